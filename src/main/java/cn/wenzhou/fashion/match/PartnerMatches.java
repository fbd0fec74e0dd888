package cn.wenzhou.fashion.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.PartnerProfile;
import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.security.Access;

/** The open needs a stored partner can serve: for signed-in users, as needs are. */
@ApplicationScoped
public class PartnerMatches {

    private final Records records;
    private final Access access;
    private final NeedMatcher matcher;

    public PartnerMatches(Records records, Access access, NeedMatcher matcher) {
        this.records = records;
        this.access = access;
        this.matcher = matcher;
    }

    @Transactional
    public MatchResult needsFor(Class<? extends PartnerProfile> type, Long id, int limit) {
        access.requireSignedIn();
        return matcher.match(records.require(type, id), limit);
    }
}
