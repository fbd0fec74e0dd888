package cn.wenzhou.fashion.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;

import cn.wenzhou.fashion.common.ClusterOnce;
import cn.wenzhou.fashion.domain.Cooperation;
import cn.wenzhou.fashion.domain.CooperationRepository;
import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.NoticeTopic;
import cn.wenzhou.fashion.match.MatchKind;
import cn.wenzhou.fashion.match.Matchmaker;
import cn.wenzhou.fashion.match.NeedProfile;
import cn.wenzhou.fashion.match.RankedMatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import lombok.RequiredArgsConstructor;

/**
 * Answers, not silence: a cooperation request the partner has not answered after {@code library.notification.reminder-after}
 * (7 days) reminds the partner; after {@code unanswered-after} (21 days) the enterprise is told, with the next partners
 * of its need's matches. Daily on one instance; each notice once per request (its occasion).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class UnansweredRequests {

    static final String JOB = "unanswered-cooperation-requests";
    private static final int NEXT_PARTNERS = 3;

    private final CooperationRepository cooperations;
    private final Matchmaker matchmaker;
    private final NotificationSettings settings;
    private final ClusterOnce clusterOnce;
    private final Event<Notice> notices;
    private final Clock clock;

    @Scheduled(cron = "${library.notification.digest-cron}", timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        clusterOnce.run(JOB, Duration.ofHours(20), Duration.ofHours(23), this::remindNow);
    }

    /** Sends the reminders and the unanswered notices due now. */
    @ActivateRequestContext
    public void remindNow() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Cooperation c : cooperations.requestedBefore(clock.instant().minus(settings.reminderAfter()))) {
                notices.fire(Notice.about(c.partner().ownerId, NoticeTopic.REQUEST_WAITING, c, c.need.title, c.enterprise.name)
                        .on("after " + settings.reminderAfter().toDays() + "d"));
            }
        });
        QuarkusTransaction.requiringNew().run(() -> {
            for (Cooperation c : cooperations.requestedBefore(clock.instant().minus(settings.unansweredAfter()))) {
                notices.fire(Notice.about(c.enterprise.ownerId, NoticeTopic.REQUEST_UNANSWERED, c, c.need.title, nextPartners(c))
                        .on("after " + settings.unansweredAfter().toDays() + "d"));
            }
        });
    }

    /** The need's best matches other than the silent partner, by name: whom to ask next. */
    private String nextPartners(Cooperation c) {
        List<RankedMatch> matches = matchmaker.partnersOf(NeedProfile.of(c.need), MatchKind.ALL, NEXT_PARTNERS + 1, false).items();
        String names = matches.stream().filter(m -> !(m.kind().equals(c.partnerKind().code()) && m.id().equals(c.partner().id)))
                .limit(NEXT_PARTNERS).map(RankedMatch::name).collect(Collectors.joining("、"));
        return names.isEmpty() ? null : "可考虑 · Consider: " + names;
    }
}
