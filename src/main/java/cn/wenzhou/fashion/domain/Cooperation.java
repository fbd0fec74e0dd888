package cn.wenzhou.fashion.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A cooperation (合作) an enterprise requested with a partner for one of its needs, from the request to the
 * agreement (合作协议) and its completion. Concurrent changes are caught by the record's version.
 */
@Entity
public class Cooperation extends LibraryRecord {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id", nullable = false)
    public Need need;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    public Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    public Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "designer_id")
    public Designer designer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CooperationStatus status = CooperationStatus.REQUESTED;

    @Column(length = 2000)
    public String message;

    /** Why the partner declined; null unless DECLINED (and for declines before the list: counted as OTHER). */
    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 20)
    public DeclineReason declineReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type", length = 30)
    public AgreementType agreementType;

    @Column(length = 4000)
    public String terms;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** The version of the terms: it increases with every proposal, and the other side confirms one version. */
    @Column(name = "terms_version", nullable = false)
    public int termsVersion;

    /** The side that proposed the current terms; the other side confirms them. */
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_by", length = 10)
    public Side proposedBy;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    /** The side that has confirmed the completion while the other has not yet. */
    @Enumerated(EnumType.STRING)
    @Column(name = "completion_confirmed_by", length = 10)
    public Side completionConfirmedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The enterprise's rating of the partner: it feeds the partner's track record. */
    @Column(name = "enterprise_rating")
    public Integer enterpriseRating;

    @Column(name = "enterprise_comment", length = 2000)
    public String enterpriseComment;

    /** The partner's rating of the enterprise. */
    @Column(name = "partner_rating")
    public Integer partnerRating;

    @Column(name = "partner_comment", length = 2000)
    public String partnerComment;

    public PartnerProfile partner() {
        return institution != null ? institution : designer;
    }

    public RecordKind partnerKind() {
        return RecordKind.of(partner());
    }

    /** Whether the current proposal of terms was left unconfirmed for longer than {@code expiry} at {@code now}. */
    public boolean proposalExpired(Instant now, Duration expiry) {
        return proposedAt != null && proposedAt.plus(expiry).isBefore(now);
    }

    /** Moves to {@code to}, or refuses with a 409 problem if the state machine does not allow it. */
    public void moveTo(CooperationStatus to) {
        status = StateMachine.move(RecordKind.COOPERATION, id, status, to);
    }
}
