package cn.wenzhou.fashion.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Industry;

class DomainAnalyzerTest {

    private final DomainAnalyzer analyzer = new DomainAnalyzer(Optional.empty(), Optional.empty());

    private List<String> tokens(String text) {
        return List.of(analyzer.tokens(text).split(" "));
    }

    @Test
    void tradeSynonymsInChineseAndEnglishShareOneConcept() {
        assertThat(analyzer.concepts("大底")).isEqualTo(analyzer.concepts("鞋底")).isEqualTo(analyzer.concepts("outsole")).isNotEmpty();
        assertThat(analyzer.concepts("止滑")).isEqualTo(analyzer.concepts("slip resistance")).isNotEmpty();
        assertThat(analyzer.concepts("镜框")).isEqualTo(analyzer.concepts("镜架")).isNotEmpty();
        assertThat(analyzer.concepts("增材制造")).isEqualTo(analyzer.concepts("3D打印")).isNotEmpty();
        assertThat(analyzer.concepts("chrome-free tanning")).isEqualTo(analyzer.concepts("无铬鞣")).isNotEmpty();
    }

    @Test
    void fullWidthCaseAndPluralsAreFolded() {
        assertThat(tokens("ＰＵ大底")).isEqualTo(tokens("pu大底"));
        assertThat(analyzer.concepts("Outsoles")).isEqualTo(analyzer.concepts("outsole"));
        assertThat(tokens("SOLES")).isEqualTo(tokens("sole"));
    }

    @Test
    void latinTermsMatchOnlyWholeWords() {
        assertThat(analyzer.concepts("console")).doesNotContainAnyElementsOf(analyzer.concepts("sole"));
    }

    @Test
    void hardNegativesStayApart() {
        assertThat(analyzer.concepts("防滑硅胶")).doesNotContainAnyElementsOf(analyzer.concepts("鞋底防滑"));
        assertThat(analyzer.concepts("三价铬电镀")).doesNotContainAnyElementsOf(analyzer.concepts("无铬鞣"));
    }

    @Test
    void chineseIsSegmentedIntoWordsNotCharacters() {
        assertThat(tokens("鞋底配方")).contains("鞋底", "配方").doesNotContain("鞋", "配");
    }

    @Test
    void stopWordsAreLeftOutInEitherLanguage() {
        assertThat(tokens("需要改进鞋底配方")).contains("鞋底", "配方").doesNotContain("需要", "改进");
        // The list says "needs" and "development": stopped in every form that stems to the same token.
        assertThat(tokens("We need the developing of a sole")).contains("sole")
                .doesNotContain("we", "need", "the", "develop", "of", "a");
    }

    @Test
    void blankTextHasNoTokens() {
        assertThat(analyzer.tokens("  ")).isEmpty();
        assertThat(analyzer.tokens(null)).isEmpty();
    }

    @Test
    void findingsNameTheIndustriesCategoriesAndTermsOfTheConceptsMentioned() {
        DictionaryFindings slip = analyzer.findings("运动鞋大底湿滑，需要改进防滑");
        assertThat(slip.industries()).containsExactly(Industry.FOOTWEAR);
        assertThat(slip.categories()).containsExactly(CapabilityCategory.TESTING_CERTIFICATION);
        // Each concept once, by its first term: 大底 is proposed as 鞋底, 湿滑 and 防滑 as 防滑.
        assertThat(slip.terms()).containsExactly("运动鞋", "鞋底", "防滑");

        DictionaryFindings english = analyzer.findings("Lens coating adhesion of acetate frames");
        assertThat(english.industries()).containsExactly(Industry.EYEWEAR);
        assertThat(english.categories()).contains(CapabilityCategory.PROCESS_TECH, CapabilityCategory.MATERIAL_RD);
    }

    @Test
    void textWithoutDictionaryTermsFindsNothing() {
        assertThat(analyzer.findings("今天天气很好")).isEqualTo(new DictionaryFindings(List.of(), List.of(), List.of()));
        assertThat(analyzer.findings(null).terms()).isEmpty();
    }
}
