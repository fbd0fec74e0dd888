package cn.wenzhou.fashion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.search.Fragment;

class MarkedHtmlTest {

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
}
