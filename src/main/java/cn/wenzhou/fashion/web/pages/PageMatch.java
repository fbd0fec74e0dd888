package cn.wenzhou.fashion.web.pages;

import java.util.ArrayList;
import java.util.List;

import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.match.RankedMatch;
import cn.wenzhou.fashion.search.Fragment;
import io.quarkus.qute.TemplateData;

/**
 * A ranked partner of a need, or a need of a partner, as a page shows it: its page, the fragments with the matched
 * terms marked (rendered only through {@link PageExtensions#html}), and the reasons in the page's language.
 */
@TemplateData
public record PageMatch(RankedMatch match, String href, List<Fragment> fragments) {

    static PageMatch of(RankedMatch match) {
        List<Fragment> fragments = new ArrayList<>();
        match.explanation().matchedTerms().values().forEach(fragments::addAll);
        String href = RecordKind.NEED.code().equals(match.kind()) ? NeedPages.needHref(match.id()) : Pages.profileHref(match.kind(), match.id());
        return new PageMatch(match, href, fragments);
    }

    static List<PageMatch> of(List<RankedMatch> matches) {
        return matches.stream().map(PageMatch::of).toList();
    }

    public List<String> reasons(PageText text) {
        return text.english() ? match.explanation().reasonsEn() : match.explanation().reasonsZh();
    }

    /** The score as people read it: a whole number out of 100. */
    public long roundScore() {
        return Math.round(match.score());
    }
}
