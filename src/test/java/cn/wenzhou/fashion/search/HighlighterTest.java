package cn.wenzhou.fashion.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class HighlighterTest {

    private static final DomainAnalyzer ANALYZER = new DomainAnalyzer(Optional.empty(), Optional.empty());

    private static List<String> fragments(String query, int fragmentSize, String... values) {
        return Highlighter.of(ANALYZER.analyze(query), ANALYZER, fragmentSize, 2).fragments(List.of(values)).stream()
                .map(HighlighterTest::marked).toList();
    }

    /** The fragment with its marks in {@code <em>}, as plain as the assertions read best. */
    private static String marked(Fragment fragment) {
        var out = new StringBuilder();
        int at = 0;
        for (Fragment.Mark mark : fragment.marks()) {
            out.append(fragment.text(), at, mark.start()).append("<em>").append(fragment.text(), mark.start(), mark.end()).append("</em>");
            at = mark.end();
        }
        return out.append(fragment.text().substring(at)).toString();
    }

    @Test
    void marksTheQueryWordsAndTheSynonymsOfItsConcepts() {
        // 防滑性能 is a dictionary term of the concept of 防滑: the longest term is marked.
        assertThat(fragments("鞋底防滑", 80, "PU大底的防滑性能检测"))
                .containsExactly("PU<em>大底</em>的<em>防滑性能</em>检测");
        assertThat(fragments("鞋底", 80, "Outsole abrasion testing")).containsExactly("<em>Outsole</em> abrasion testing");
    }

    @Test
    void latinTermsAreWholeWordsInAnyCaseWidthAndNumber() {
        assertThat(fragments("sole", 80, "Soles and a console")).containsExactly("<em>Soles</em> and a console");
        assertThat(fragments("ＰＵ", 80, "pu foam")).containsExactly("<em>pu</em> foam");
    }

    @Test
    void aLoneCharacterIsMarkedAsTyped() {
        assertThat(fragments("鞋", 80, "童鞋检测")).containsExactly("童<em>鞋</em>检测");
    }

    @Test
    void longTextsGiveAtMostTwoFragmentsAroundTheMostTerms() {
        String filler = "与本需求无关的说明文字。".repeat(10);
        String text = filler + "本机构做鞋底防滑检测。" + filler + "也做色牢度测试。" + filler + "还做鞋底耐磨测试。";
        List<String> fragments = fragments("鞋底防滑 色牢度", 30, text);
        assertThat(fragments).hasSize(2).allMatch(f -> f.length() < 60);
        assertThat(fragments.get(0)).contains("<em>鞋底</em>");
        assertThat(String.join("", fragments)).contains("<em>色牢度</em>");
    }

    @Test
    void fieldsWithoutMarksAreLeftOut() {
        Map<String, List<Fragment>> highlights = Highlighter.of(ANALYZER.analyze("镜架电镀"), ANALYZER, 60, 2)
                .highlight(SearchFields.texts(List.of("瓯海眼镜设计中心"), List.of("镜架", "电镀"), List.of(), "专注板材加工"));
        assertThat(highlights).containsOnlyKeys(SearchFields.TAGS);
        assertThat(highlights.get(SearchFields.TAGS).stream().map(HighlighterTest::marked)).containsExactly("<em>镜架</em>", "<em>电镀</em>");
    }
}
