package cn.wenzhou.fashion.domain;

import java.util.List;
import java.util.Set;

/**
 * Who a user acts for: their subject and the profiles they own. Queries of "my cooperations" or "my vouchers"
 * take it, so that the domain needs no notion of a request or a token.
 *
 * @param userId the subject that records keep as their owner; null for anonymous users
 */
public record Parties(String userId, Set<ProfileRef> profiles) {

    /** An id no record has (ids start at 1): keeps an "in" list of a query from being empty. */
    private static final List<Long> NONE = List.of(-1L);

    public Parties {
        profiles = Set.copyOf(profiles);
    }

    /** The ids of the profiles of one kind, for an "in" condition of a query (never empty). */
    public List<Long> idsOf(RecordKind kind) {
        List<Long> ids = profiles.stream().filter(p -> p.kind() == kind).map(ProfileRef::id).toList();
        return ids.isEmpty() ? NONE : ids;
    }
}
