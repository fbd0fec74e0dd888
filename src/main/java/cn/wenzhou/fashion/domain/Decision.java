package cn.wenzhou.fashion.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An admin's decision on a claim or a voucher application: why, who and when, in the columns {@code decision_reason},
 * {@code decided_by} and {@code decided_at} of both tables. Hibernate reads an undecided record's three empty
 * columns as no decision ({@code null}); {@link #NONE} stands in for it in views.
 */
@Embeddable
public record Decision(
        @Column(name = "decision_reason", length = 2000) String reason,
        @Column(name = "decided_by", length = 128) String by,
        @Column(name = "decided_at") Instant at) {

    public static final Decision NONE = new Decision(null, null, null);

    /** The decision of a record, {@link #NONE} while it has none. */
    public static Decision of(Decision decision) {
        return decision == null ? NONE : decision;
    }
}
