package org.broadsheet.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.broadsheet.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A topic is known by its name; its slug must tell apart names that spell alike, or not at all in Latin. */
class TopicTest {

    @Test
    void a_latin_name_is_first_offered_its_own_spelling() {
        assertThat(Topic.slugCandidates("East Asia").findFirst()).contains("east-asia");
        assertThat(Topic.slugCandidates("Économie").findFirst()).contains("economie");
    }

    @Test
    void names_without_latin_letters_get_different_slugs_not_a_shared_fallback() {
        var names = List.of("東京", "大阪", "Україна", "Россия", "한국", "Ελλάδα", "日本と韓国");

        var firstChoices = names.stream().map(name -> Topic.slugCandidates(name).findFirst().orElseThrow()).toList();

        assertThat(firstChoices).doesNotHaveDuplicates().allSatisfy(slug -> {
            assertThat(slug).matches("topic-[0-9a-z]{6}");
            assertThat(Slug.isValid(slug)).isTrue();
        });
        assertThat(firstChoices).doesNotContain("article");
    }

    @Test
    void the_same_name_always_gets_the_same_slugs() {
        assertThat(Topic.slugCandidates("東京").toList()).isEqualTo(Topic.slugCandidates(" 東京 ").toList());
    }

    @Test
    void names_that_spell_the_same_slug_get_more_choices_each_their_own() {
        var cSharp = Topic.slugCandidates("C#").toList();
        var cPlusPlus = Topic.slugCandidates("C++").toList();

        assertThat(cSharp.getFirst()).isEqualTo("c").isEqualTo(cPlusPlus.getFirst());
        assertThat(cSharp.get(1)).matches("c-[0-9a-z]{6}").isNotEqualTo(cPlusPlus.get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"東京", "C#", "Korea and Japan agree to deepen cooperation on supply chains, security",
            "x"})
    void every_choice_is_a_valid_slug_and_different_from_the_others(String name) {
        var candidates = Topic.slugCandidates(name).toList();

        assertThat(candidates).hasSizeGreaterThan(Topic.SLUG_ATTEMPTS - 1).doesNotHaveDuplicates()
                .allSatisfy(slug -> assertThat(Slug.isValid(slug)).as(slug).isTrue());
    }

    @Test
    void a_long_latin_name_keeps_its_token_within_the_slug_limit() {
        var name = "word ".repeat(30);

        var second = Topic.slugCandidates(name).skip(1).findFirst().orElseThrow();

        assertThat(second).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).matches("(word-)+word-[0-9a-z]{6}");
    }

    @Test
    void the_same_name_in_other_case_or_spacing_is_the_same_topic() {
        var keys = new HashSet<>(List.of(Topic.key("East Asia"), Topic.key("  east   ASIA "), Topic.key("East\u00A0Asia"),
                Topic.key("EAST\tasia")));

        assertThat(keys).containsExactly("east asia");
    }

    @Test
    void composed_and_decomposed_accents_are_the_same_name() {
        assertThat(Topic.key("Economi\u0301a")).isEqualTo(Topic.key("Economía"));
        assertThat(Topic.displayName("Economi\u0301a")).isEqualTo("Economía");
    }

    @Test
    void different_names_are_different_topics() {
        assertThat(Set.of(Topic.key("東京"), Topic.key("大阪"), Topic.key("C#"), Topic.key("C++"))).hasSize(4);
    }
}
