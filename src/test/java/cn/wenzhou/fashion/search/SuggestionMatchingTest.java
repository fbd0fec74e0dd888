package cn.wenzhou.fashion.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The typo tolerance and prefix matching of type-ahead, without Elasticsearch. */
class SuggestionMatchingTest {

    @Test
    void levenshteinDistanceCountsEdits() {
        assertThat(SuggestionService.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(SuggestionService.distance("sole", "sole")).isZero();
        assertThat(SuggestionService.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void shortWordsAllowOneTypoLongerOnesTwo() {
        assertThat(SuggestionService.hasWordNear("Slip resistance testing", "slpi")).isFalse();
        assertThat(SuggestionService.hasWordNear("Slip resistance testing", "slit")).isTrue();
        assertThat(SuggestionService.hasWordNear("Slip resistance testing", "resistanse")).isTrue();
        assertThat(SuggestionService.hasWordNear("Slip resistance testing", "rezistanse")).isTrue();
        assertThat(SuggestionService.hasWordNear("Slip resistance testing", "rozistanse")).isFalse();
    }

    @Test
    void aTypedPrefixMatchesTheStartOfALongerWord() {
        assertThat(SuggestionService.hasWordNear("Outsole abrasion", "abrasi")).isTrue();
        assertThat(SuggestionService.hasWordNear("Outsole abrasion", "abrazi")).isTrue();
        assertThat(SuggestionService.hasWordNear("鞋底耐磨 testing", "tesd")).isTrue();
    }

    @Test
    void prefixesMatchInAnyCaseAndEscapeWhatIsNotALetter() {
        assertThat(SuggestionService.caseInsensitivePrefix("Pu鞋")).isEqualTo("[pP][uU]鞋.*");
        assertThat(SuggestionService.caseInsensitivePrefix("3D-")).isEqualTo("3[dD]\\-.*");
    }

    @Test
    void theTypedPrefixIsMarkedInAnyCaseAndAValueFoundWithinTyposIsNot() {
        assertThat(Suggestion.of("PU outsole", "pU o", 3).highlighted()).isEqualTo(new Fragment("PU outsole", List.of(new Fragment.Mark(0, 4))));
        assertThat(Suggestion.of("Abrasion testing", "abrazi", 1).highlighted()).isEqualTo(new Fragment("Abrasion testing", List.of()));
    }
}
