package org.broadsheet.app.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every in-container test class runs against: the WAR `mvn package` built, with this
 * package's test classes added, so tests run against the real thing. Deploying it once per run instead of
 * once per class saves a server boot for every test class added (arquillian.xml names this class).
 */
@ArquillianSuiteDeployment
final class Deployments {

    private Deployments() {
    }

    @Deployment
    static WebArchive broadsheet() {
        var war = new File(System.getProperty("broadsheet.war", "target/broadsheet.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(Deployments.class.getPackage())
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsLibrary(testSettings());
    }

    /**
     * Sign-in limits small enough for PeopleIT to reach a lock quickly, with no waiting between attempts. A
     * second settings file in a library of its own: the WAR's own file (the database) stays as it is. Only
     * PeopleIT signs in; the other tests act through role callers.
     */
    private static JavaArchive testSettings() {
        return ShrinkWrap.create(JavaArchive.class, "it-settings.jar").addAsManifestResource(new StringAsset("""
                broadsheet.sign-in.account-failures=%d
                broadsheet.sign-in.address-failures=%d
                broadsheet.sign-in.slow-after=1000
                """.formatted(PeopleIT.ACCOUNT_FAILURES, PeopleIT.ADDRESS_FAILURES)), "microprofile-config.properties");
    }
}
