package cn.wenzhou.fashion.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.security.Access;
import cn.wenzhou.fashion.need.Need;

/** The partners of a stored need: for signed-in users, who alone may read needs. */
@ApplicationScoped
public class NeedMatches {

    private final Records records;
    private final Access access;
    private final PartnerMatcher matcher;

    public NeedMatches(Records records, Access access, PartnerMatcher matcher) {
        this.records = records;
        this.access = access;
        this.matcher = matcher;
    }

    @Transactional
    public MatchResult partnersFor(Long needId, MatchKind kind, int limit, boolean strict) {
        access.requireSignedIn();
        return matcher.match(NeedProfile.of(records.require(Need.class, needId)), kind, limit, strict);
    }
}
