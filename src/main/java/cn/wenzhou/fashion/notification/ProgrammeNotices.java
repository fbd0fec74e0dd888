package cn.wenzhou.fashion.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import cn.wenzhou.fashion.domain.IncentivePolicy;
import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.NoticeTopic;
import cn.wenzhou.fashion.domain.PolicyApplication;
import cn.wenzhou.fashion.domain.PolicyApplicationStatus;
import cn.wenzhou.fashion.domain.Profile;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.SettlementApplication;
import cn.wenzhou.fashion.event.WaitingListMovedUp;
import cn.wenzhou.fashion.incentive.IncentiveDecided;
import cn.wenzhou.fashion.settlement.SettlementDecided;

import lombok.RequiredArgsConstructor;

/**
 * The bureau's programme tells the people it decides for: a settling-in decision reaches the profile's owner, an
 * incentive decision (approved, rejected, disbursed; the first admin's proposal is internal) the applicant, a place
 * freed on an event the registrant who moved up from the waiting list. The workflows fire their own events; this turns
 * them into notices, in the same transaction.
 */
@ApplicationScoped
@RequiredArgsConstructor
class ProgrammeNotices {

    private final Event<Notice> notices;
    private final Records records;

    void settlementDecided(@Observes SettlementDecided decided) {
        SettlementApplication application = records.require(SettlementApplication.class, decided.settlementId());
        Profile profile = (Profile) records.require(decided.profile().kind().entity(), decided.profile().id());
        notices.fire(Notice.about(decided.ownerId(), NoticeTopic.SETTLEMENT_DECIDED, application, profile.displayName(),
                detail(decided.status().name(), decided.reason())).on(decided.status().name()));
    }

    void incentiveDecided(@Observes IncentiveDecided decided) {
        if (decided.status() == PolicyApplicationStatus.PROPOSED) {
            return;
        }
        PolicyApplication application = records.require(PolicyApplication.class, decided.applicationId());
        IncentivePolicy policy = application.policy;
        String amount = decided.amount() == null ? null : decided.amount().toPlainString() + " CNY";
        notices.fire(Notice.about(decided.ownerId(), NoticeTopic.INCENTIVE_DECIDED, application, policy.titleZh + " · " + policy.titleEn,
                detail(decided.status().name(), amount == null ? decided.reason() : amount)).on(decided.status().name()));
    }

    void movedUp(@Observes WaitingListMovedUp movedUp) {
        cn.wenzhou.fashion.domain.Event event = records.require(cn.wenzhou.fashion.domain.Event.class, movedUp.eventId());
        notices.fire(Notice.about(movedUp.userId(), NoticeTopic.REGISTRATION_MOVED_UP, event, event.titleZh + " · " + event.titleEn, null)
                .on(String.valueOf(movedUp.registrationId())));
    }

    private static String detail(String status, String more) {
        return more == null || more.isBlank() ? status : status + ": " + more;
    }
}
