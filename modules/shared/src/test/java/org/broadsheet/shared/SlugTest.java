package org.broadsheet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Slugs end up in links readers share, so every headline must give a clean, stable, valid one. */
class SlugTest {

    @Nested
    class FromHeadline {

        @Test
        void lowerCasesAndJoinsWordsWithSingleHyphens() {
            assertThat(Slug.from("Korea and Japan Agree on Trade").value()).isEqualTo("korea-and-japan-agree-on-trade");
        }

        @Test
        void keepsDigits() {
            assertThat(Slug.from("G7 summit opens in 2025").value()).isEqualTo("g7-summit-opens-in-2025");
        }

        @Test
        void dropsAccents() {
            assertThat(Slug.from("Café Société").value()).isEqualTo("cafe-societe");
            assertThat(Slug.from("ÉCOLE Zürich Señor Ångström Čapek").value())
                    .isEqualTo("ecole-zurich-senor-angstrom-capek");
        }

        @Test
        void spellsOutLettersThatDoNotDecompose() {
            assertThat(Slug.from("Straße æ œ ø ł đ þ ð").value()).isEqualTo("strasse-ae-oe-o-l-d-th-d");
            assertThat(Slug.from("ẞ Æ Œ Ø Ł Đ Þ Ð").value()).isEqualTo("ss-ae-oe-o-l-d-th-d");
            assertThat(Slug.from("Łódź Ærø Œuvre Þórsmörk").value()).isEqualTo("lodz-aero-oeuvre-thorsmork");
        }

        @Test
        void spellsOutTurkishDotlessAndDottedI() {
            assertThat(Slug.from("Kılıçdaroğlu visits İstanbul").value()).isEqualTo("kilicdaroglu-visits-istanbul");
        }

        @Test
        void foldsCompatibilityFormsToAscii() {
            assertThat(Slug.from("ＫＯＲＥＡ ﬁnance").value()).isEqualTo("korea-finance");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "\u00A0", "\u202F", "\u2007", "\u2003", "\u3000", "\t", "\n", "\r\n", "  ", "\u00A0\u00A0 \u202F"})
        void treatsAnyWhitespaceAsOneSeparator(String whitespace) {
            assertThat(Slug.from("Seoul" + whitespace + "Tokyo").value()).isEqualTo("seoul-tokyo");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "-", " - ", " — "})
        void treatsDashesAsSeparators(String dash) {
            assertThat(Slug.from("Seoul" + dash + "Tokyo").value()).isEqualTo("seoul-tokyo");
        }

        @Test
        void dropsApostrophesWithoutSeparating() {
            assertThat(Slug.from("Japan’s new cabinet").value()).isEqualTo("japans-new-cabinet");
            assertThat(Slug.from("Don't panic").value()).isEqualTo("dont-panic");
            assertThat(Slug.from("O’Neill’s ‘big’ day").value()).isEqualTo("oneills-big-day");
        }

        @Test
        void readsAmpersandAsAnd() {
            assertThat(Slug.from("Trade & Tariffs").value()).isEqualTo("trade-and-tariffs");
            assertThat(Slug.from("R&D spending").value()).isEqualTo("r-and-d-spending");
        }

        @Test
        void turnsOtherPunctuationIntoSingleSeparators() {
            assertThat(Slug.from("Breaking: markets fall (again)!").value()).isEqualTo("breaking-markets-fall-again");
            assertThat(Slug.from("Rates up 1.5%, says BoK").value()).isEqualTo("rates-up-1-5-says-bok");
            assertThat(Slug.from("Who? What?! -- Why...").value()).isEqualTo("who-what-why");
            assertThat(Slug.from("a/b\\c_d+e\"f").value()).isEqualTo("a-b-c-d-e-f");
        }

        @Test
        void hasNoLeadingOrTrailingHyphen() {
            assertThat(Slug.from("  ...“Quoted headline”?! ").value()).isEqualTo("quoted-headline");
            assertThat(Slug.from("— Opinion —").value()).isEqualTo("opinion");
        }

        @Test
        void keepsTheLatinPartOfAMixedScriptHeadline() {
            assertThat(Slug.from("日本と韓国 sign G7 pact").value()).isEqualTo("sign-g7-pact");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\u00A0\u202F", "日本と韓国", "한국과 일본", "Россия", "!!! ??? ---", "’’"})
        void fallsBackToArticleWhenNothingLatinIsLeft(String headline) {
            assertThat(Slug.from(headline).value()).isEqualTo("article");
        }

        @Test
        void keepsAHeadlineOfExactlyTheMaximumLength() {
            String headline = "a".repeat(38) + " " + "b".repeat(41); // 80 characters as a slug

            assertThat(Slug.from(headline).value()).hasSize(80).isEqualTo("a".repeat(38) + "-" + "b".repeat(41));
        }

        @Test
        void cutsALongHeadlineAfterTheLastWholeWord() {
            String headline = "Korea and Japan agree to deepen cooperation on supply chains, security "
                    + "and youth exchanges after a summit in Tokyo";

            String slug = Slug.from(headline).value();

            assertThat(slug)
                    .isEqualTo("korea-and-japan-agree-to-deepen-cooperation-on-supply-chains-security-and-youth")
                    .hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH);
        }

        @Test
        void cutsExactlyAtTheLimitWhenAWordEndsThere() {
            String headline = "a".repeat(80) + " more words";

            assertThat(Slug.from(headline).value()).isEqualTo("a".repeat(80));
        }

        @Test
        void doesNotEndWithAHyphenWhenTheLimitFallsRightAfterOne() {
            String headline = "a".repeat(79) + " bcd";

            assertThat(Slug.from(headline).value()).isEqualTo("a".repeat(79));
        }

        @Test
        void cutsASingleOverlongWordAtTheLimit() {
            assertThat(Slug.from("x".repeat(120)).value()).isEqualTo("x".repeat(80));
        }

        @Test
        void alwaysGivesAValidSlug() {
            var headlines = List.of(
                    "Café Société", "日本と韓国", "— — —", "a & b", "Japan’s\u00A0PM", "x y z ".repeat(40),
                    "ab ".repeat(50), "\uD83D\uDE00 emoji \uD83D\uDE00", "İı", "½ ⅓ ¼", "-".repeat(100));

            assertThat(headlines).allSatisfy(headline -> assertThat(Slug.isValid(Slug.from(headline).value()))
                    .as(headline).isTrue());
        }
    }

    @Nested
    class LatinSpelling {

        @Test
        void spellsWhatFromSpells() {
            assertThat(Slug.latinSpellingOf("Café Société")).contains(new Slug("cafe-societe"));
            assertThat(Slug.latinSpellingOf("日本と韓国 sign G7 pact")).contains(new Slug("sign-g7-pact"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "東京", "Україна", "한국과 일본", "Ελλάδα", "!!! ---"})
        void isEmptyRatherThanAFallbackWhenNothingLatinIsLeft(String text) {
            assertThat(Slug.latinSpellingOf(text)).isEmpty();
        }
    }

    @Nested
    class HandTyped {

        @ParameterizedTest
        @ValueSource(strings = {"a", "cafe-societe", "g7", "2025-budget", "korea-japan-summit-2025"})
        void acceptsWellFormedSlugs(String value) {
            assertThat(new Slug(value).value()).isEqualTo(value);
            assertThat(Slug.isValid(value)).isTrue();
        }

        @Test
        void acceptsTheMaximumLength() {
            assertThat(new Slug("a".repeat(80)).value()).hasSize(80);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
                "Cafe", "cafe societe", "-cafe", "cafe-", "cafe--societe", "café", "cafe_societe", "cafe.html",
                " cafe", "cafe\n", "../admin", "-", "ｃａｆｅ"})
        void rejectsMalformedSlugs(String value) {
            assertThat(Slug.isValid(value)).isFalse();
            assertThatIllegalArgumentException().isThrownBy(() -> new Slug(value));
        }

        @Test
        void rejectsOneCharacterOverTheMaximum() {
            String value = "a".repeat(81);

            assertThat(Slug.isValid(value)).isFalse();
            assertThatIllegalArgumentException().isThrownBy(() -> new Slug(value));
        }

        @Test
        void explainsTheRuleAndShowsTheRejectedValue() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Slug("Cafe Societe"))
                    .withMessageContaining("'Cafe Societe'")
                    .withMessageContaining("lower-case")
                    .withMessageContaining("80");
        }
    }

    @Nested
    class Constants {

        @Test
        void patternAgreesWithIsValidForBeanValidation() {
            assertThat("cafe-societe").matches(Slug.PATTERN);
            assertThat("cafe--societe").doesNotMatch(Slug.PATTERN);
            assertThat("Cafe").doesNotMatch(Slug.PATTERN);
            assertThat("-cafe").doesNotMatch(Slug.PATTERN);
            assertThat("").doesNotMatch(Slug.PATTERN);
        }

        @Test
        void maxLengthIsEighty() {
            assertThat(Slug.MAX_LENGTH).isEqualTo(80);
        }
    }

    @Test
    void printsAsItsValueSoItCanGoStraightIntoAUrl() {
        assertThat(Slug.from("Café Société")).hasToString("cafe-societe");
        assertThat("/articles/" + new Slug("g7-summit")).isEqualTo("/articles/g7-summit");
    }

    @Test
    void equalsBySameValue() {
        assertThat(Slug.from("Café Société")).isEqualTo(new Slug("cafe-societe"));
    }
}
