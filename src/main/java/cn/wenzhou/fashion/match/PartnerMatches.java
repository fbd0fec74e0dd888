package cn.wenzhou.fashion.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.PartnerProfile;
import cn.wenzhou.fashion.common.Records;

/** The open needs a stored partner can serve. */
@ApplicationScoped
public class PartnerMatches {

    private final Records records;
    private final NeedMatcher matcher;

    public PartnerMatches(Records records, NeedMatcher matcher) {
        this.records = records;
        this.matcher = matcher;
    }

    @Transactional
    public MatchResult needsFor(Class<? extends PartnerProfile> type, Long id, int limit) {
        return matcher.match(records.require(type, id), limit);
    }
}
