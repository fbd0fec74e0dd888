package cn.wenzhou.fashion.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.wenzhou.fashion.domain.AgreementType;
import cn.wenzhou.fashion.domain.Contact;
import cn.wenzhou.fashion.domain.Cooperation;
import cn.wenzhou.fashion.domain.CooperationEvent;
import cn.wenzhou.fashion.domain.CooperationStatus;
import cn.wenzhou.fashion.domain.DeclineReason;
import cn.wenzhou.fashion.domain.Side;

/**
 * A cooperation as its parties and admins see it. The contact details of both sides are shown once the
 * request was accepted, and not before.
 */
public record CooperationView(
        Long id,
        String externalId,
        CooperationStatus status,
        Long needId,
        String needTitle,
        Long enterpriseId,
        String enterpriseName,
        String partnerKind,
        Long partnerId,
        String partnerName,
        String message,
        DeclineReason declineReason,
        AgreementType agreementType,
        String terms,
        LocalDate startDate,
        LocalDate endDate,
        int termsVersion,
        Side proposedBy,
        Instant proposedAt,
        Side completionConfirmedBy,
        Instant acceptedAt,
        Instant completedAt,
        Integer enterpriseRating,
        String enterpriseComment,
        Integer partnerRating,
        String partnerComment,
        Contact enterpriseContact,
        Contact partnerContact,
        List<Change> history,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** One entry of the audit trail. */
    public record Change(Instant at, String actor, CooperationStatus from, CooperationStatus to, String note) {

        static Change of(CooperationEvent event) {
            return new Change(event.at, event.actor, event.fromStatus, event.toStatus, event.note);
        }
    }

    public static CooperationView of(Cooperation c, List<CooperationEvent> events) {
        boolean open = c.acceptedAt != null;
        return new CooperationView(c.id, c.externalId, c.status, c.need.id, c.need.title, c.enterprise.id, c.enterprise.name,
                c.partnerKind().code(), c.partner().id, c.partner().name, c.message, c.declineReason, c.agreementType, c.terms, c.startDate, c.endDate,
                c.termsVersion, c.proposedBy, c.proposedAt, c.completionConfirmedBy, c.acceptedAt, c.completedAt, c.enterpriseRating, c.enterpriseComment, c.partnerRating, c.partnerComment,
                open ? c.enterprise.contact : null, open ? c.partner().contact : null,
                events.stream().map(Change::of).toList(), c.createdAt, c.updatedAt, c.version);
    }
}
