package cn.wenzhou.fashion.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.wenzhou.fashion.domain.TrackRecord;
import cn.wenzhou.fashion.search.Fragment;
import cn.wenzhou.fashion.web.MarkedHtml;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/** What templates may do with values beyond printing them (escaped). */
@TemplateExtension
final class PageExtensions {

    private PageExtensions() {
    }

    /** A fragment as HTML: the record's text escaped, the marks in {@code <em>}; the only raw HTML of the pages. */
    static RawString html(Fragment fragment) {
        return new RawString(MarkedHtml.of(fragment));
    }

    /** The average rating with one decimal, as people write it. */
    static String averageStars(TrackRecord trackRecord) {
        return "%.1f".formatted(trackRecord.averageRating());
    }

    static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
