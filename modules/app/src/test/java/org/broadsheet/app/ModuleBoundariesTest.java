package org.broadsheet.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module graph, checked on every build: shared ← people ← content ← commenting ← admin ← app, no
 * cycles, and no module touching another's {@code internal} or {@code ui} package (its API is the root).
 */
class ModuleBoundariesTest {

    private static final List<String> MODULES = List.of("shared", "people", "content", "commenting", "admin", "app");

    private static JavaClasses broadsheet;

    @BeforeAll
    static void importClasses() {
        broadsheet = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.broadsheet");
    }

    @Test
    void every_module_is_there_to_be_checked() {
        for (var module : MODULES) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    broadsheet.stream().anyMatch(c -> c.getPackageName().startsWith("org.broadsheet." + module)),
                    "no classes found for module " + module);
        }
    }

    @Test
    void modules_depend_only_on_the_modules_below_them() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("shared").definedBy("org.broadsheet.shared..")
                .layer("people").definedBy("org.broadsheet.people..")
                .layer("content").definedBy("org.broadsheet.content..")
                .layer("commenting").definedBy("org.broadsheet.commenting..")
                .layer("admin").definedBy("org.broadsheet.admin..")
                .layer("app").definedBy("org.broadsheet.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("admin").mayOnlyBeAccessedByLayers("app")
                .whereLayer("commenting").mayOnlyBeAccessedByLayers("admin", "app")
                .whereLayer("content").mayOnlyBeAccessedByLayers("commenting", "admin", "app")
                .whereLayer("people").mayOnlyBeAccessedByLayers("content", "commenting", "admin", "app")
                .check(broadsheet);
    }

    @Test
    void modules_are_free_of_cycles() {
        slices().matching("org.broadsheet.(*)..").should().beFreeOfCycles().check(broadsheet);
    }

    @TestFactory
    List<DynamicTest> no_module_reaches_into_another_modules_internals_or_views() {
        return MODULES.stream().map(module -> DynamicTest.dynamicTest(module, () -> noClasses()
                .that().resideOutsideOfPackage("org.broadsheet." + module + "..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(hiddenPackagesOf(module))
                .because("a module's API is its root package; other modules refer to its entities by id")
                .check(broadsheet))).toList();
    }

    /** Shared's {@code ui} is the reading-view contract every module's views follow, so it is open to them. */
    private static String[] hiddenPackagesOf(String module) {
        var internal = "org.broadsheet." + module + ".internal..";
        return module.equals("shared") ? new String[] {internal}
                : new String[] {internal, "org.broadsheet." + module + ".ui.."};
    }

    @Test
    void only_views_use_the_shared_view_contract() {
        noClasses().that().resideOutsideOfPackages("org.broadsheet.*.ui..", "org.broadsheet.app..")
                .should().dependOnClassesThat().resideInAPackage("org.broadsheet.shared.ui..")
                .because("services and domain code know nothing of pages")
                .check(broadsheet);
    }

    @Test
    void vaadin_stays_in_ui_packages() {
        noClasses().that().resideOutsideOfPackage("org.broadsheet..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("APIs, services and domain code must be usable without a page: what a module offers other"
                        + " modules is records, services and events, and views are one way of showing them")
                .check(broadsheet);
    }

    @Test
    void entities_live_in_internal_packages() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("org.broadsheet.*.internal..")
                .check(broadsheet);
    }
}
