package cn.wenzhou.fashion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.search.DomainAnalyzer;
import cn.wenzhou.fashion.search.Fragment;
import cn.wenzhou.fashion.search.Highlighter;

class MarkedHtmlTest {

    private static final DomainAnalyzer ANALYZER = new DomainAnalyzer(Optional.empty(), Optional.empty());

    /** What the API writes for {@code text} searched with {@code query}: the search's highlighter, then this rendering. */
    private static List<String> highlighted(String query, String text) {
        var highlighter = Highlighter.of(ANALYZER.analyze(query), ANALYZER, 200, 2);
        return highlighter.highlight(Map.of("description", List.of(text))).get("description").stream().map(MarkedHtml::of).toList();
    }

    @Test
    void marksAreTheOnlyMarkupAndRecordTextIsEscaped() {
        var fragment = new Fragment("<img src=x onerror=alert(1)><script>alert(2)</script>防滑", List.of(new Fragment.Mark(53, 55)));
        assertThat(MarkedHtml.of(fragment))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;<em>防滑</em>");
    }

    @Test
    void quotesAmpersandsAndEntityLookalikesStayText() {
        var fragment = new Fragment("\"PU\" & 'TPU' &amp; sole", List.of(new Fragment.Mark(1, 3), new Fragment.Mark(19, 23)));
        assertThat(MarkedHtml.of(fragment)).isEqualTo("&quot;<em>PU</em>&quot; &amp; &#39;TPU&#39; &amp;amp; <em>sole</em>");
    }

    @Test
    void aMarkedTermIsEscapedInsideItsMark() {
        var fragment = new Fragment("a<b>c", List.of(new Fragment.Mark(1, 4)));
        assertThat(MarkedHtml.of(fragment)).isEqualTo("a<em>&lt;b&gt;</em>c");
    }

    @Test
    void termsFoundInHostileTextAreMarkedAndEverythingElseIsEscaped() {
        String text = "<img src=x onerror=alert(1)><script>alert(2)</script><a href=\"#\" onmouseover='alert(3)'>鞋底防滑</a>";
        assertThat(highlighted("鞋底防滑", text)).containsExactly("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;"
                + "&lt;a href=&quot;#&quot; onmouseover=&#39;alert(3)&#39;&gt;<em>鞋底</em><em>防滑</em>&lt;/a&gt;");
    }

    @Test
    void aTermInsideEntityLookingTextIsMarkedWithoutSplittingAnEntity() {
        // The marks are found in the stored text, the text is escaped around them: "lt" of "&lt;" is marked as the
        // letters it is, and the escaped ampersand before it stays whole.
        assertThat(highlighted("lt amp", "&lt;b&gt; &amp; R&D")).containsExactly("&amp;<em>lt</em>;b&amp;gt; &amp;<em>amp</em>; R&amp;D");
    }
}
