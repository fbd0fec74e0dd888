package cn.wenzhou.fashion.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.need.Need;

/** The partners of a stored need. */
@ApplicationScoped
public class NeedMatches {

    private final Records records;
    private final PartnerMatcher matcher;

    public NeedMatches(Records records, PartnerMatcher matcher) {
        this.records = records;
        this.matcher = matcher;
    }

    @Transactional
    public MatchResult partnersFor(Long needId, MatchKind kind, int limit, boolean strict) {
        return matcher.match(NeedProfile.of(records.require(Need.class, needId)), kind, limit, strict);
    }
}
