package cn.wenzhou.fashion.web.pages;

import java.util.ArrayList;
import java.util.List;

import cn.wenzhou.fashion.search.Fragment;
import cn.wenzhou.fashion.search.SearchResult;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;

/**
 * A search hit as the page shows it. Only {@link cn.wenzhou.fashion.web.MarkedHtml} output is raw: the record's text escaped, the
 * terms found in {@code <em>}; the plain name is escaped by the template.
 *
 * @param href the profile or event page; null for kinds without one (needs)
 * @param markedName the name with the terms found marked, or null to show {@code hit.name} as text
 */
@TemplateData
public record PageHit(SearchResult.Hit hit, String href, RawString markedName, List<RawString> snippets) {

    private static final List<String> SNIPPET_FIELDS = List.of("capabilities", "tags", "description");

    static PageHit of(SearchResult.Hit hit) {
        List<Fragment> names = hit.highlights().getOrDefault("name", List.of());
        List<RawString> snippets = new ArrayList<>();
        for (String field : SNIPPET_FIELDS) {
            hit.highlights().getOrDefault(field, List.of()).forEach(fragment -> snippets.add(marked(fragment)));
        }
        String href = cn.wenzhou.fashion.domain.RecordKind.EVENT.code().equals(hit.kind()) ? EventPages.eventHref(hit.id())
                : Pages.profileHref(hit.kind(), hit.id());
        return new PageHit(hit, href, names.isEmpty() ? null : marked(names.get(0)), snippets);
    }

    private static RawString marked(Fragment fragment) {
        return PageExtensions.html(fragment);
    }
}
