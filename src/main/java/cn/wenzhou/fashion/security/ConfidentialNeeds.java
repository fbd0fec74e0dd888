package cn.wenzhou.fashion.security;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.NeedRepository;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;

import lombok.RequiredArgsConstructor;

/**
 * Who sees a confidential need: its owner, admins and the owners of the partners its enterprise requested
 * cooperation with on it, whatever became of the request; its matches, only its owner and admins. To anyone else
 * it does not exist (404, never 403, which would tell that it does). The index never holds confidential needs.
 */
@Singleton
@RequiredArgsConstructor
public class ConfidentialNeeds {

    private final Caller caller;
    private final Records records;
    private final NeedRepository needs;

    /** Whether the caller may see the need; that needs are for signed-in users is checked before. */
    public boolean visible(Need need) {
        return !need.confidential || caller.isAdmin() || caller.owns(need) || needs.visibleTo(need, caller.subject());
    }

    /** The need, or a 404 problem if there is none or the caller may not see it. */
    public Need require(Long id) {
        Need need = records.require(Need.class, id);
        if (!visible(need)) {
            throw new RecordNotFoundException(RecordKind.NEED.code(), id);
        }
        return need;
    }

    /** The need whose partners the caller asks for, or a 404 problem: a confidential need's are for its owner and admins. */
    public Need requireWithMatches(Long id) {
        Need need = records.require(Need.class, id);
        if (need.confidential && !caller.isAdmin() && !caller.owns(need)) {
            throw new RecordNotFoundException(RecordKind.NEED.code(), id);
        }
        return need;
    }

    /** A page of the needs the caller may see, filtered in the query so that the counts are right. */
    public Page<Need> page(String externalId, int page, int size) {
        return caller.isAdmin()
                ? records.list(Need.class, externalId, page, size)
                : needs.pageVisibleTo(caller.subject(), externalId, page, size);
    }
}
