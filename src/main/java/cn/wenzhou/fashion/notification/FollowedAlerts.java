package cn.wenzhou.fashion.notification;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import cn.wenzhou.fashion.common.ClusterOnce;
import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.AlertKind;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.NeedStatus;
import cn.wenzhou.fashion.domain.NotificationRepository;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.match.FollowedMatches;
import cn.wenzhou.fashion.match.MatchKind;
import cn.wenzhou.fashion.match.NeedProfile;
import cn.wenzhou.fashion.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.ForbiddenException;

import lombok.RequiredArgsConstructor;

/**
 * Followed needs (the owner hears of new or changed partners whose match score reaches the threshold) and followed
 * capabilities (an institution or designer hears of new needs it could serve). Each alert keeps the best text relevance
 * of any counterpart, refreshed daily, so that a changed record is scored alone ({@link FollowedMatches}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class FollowedAlerts {

    static final String REFRESH_JOB = "alert-relevance-refresh";
    private static final Logger LOG = Logger.getLogger(FollowedAlerts.class);

    private final NotificationRepository notifications;
    private final Alerts alerts;
    private final Records records;
    private final FollowedMatches matches;
    private final NotificationSettings settings;
    private final ClusterOnce clusterOnce;
    private final Caller caller;

    /** The owner follows one of their open needs; following it again returns the same alert. */
    @Transactional
    public AlertView followNeed(FollowNeedInput input) {
        caller.requireSignedIn();
        Need need = records.find(Need.class, input.needId())
                .orElseThrow(() -> new InvalidFieldException("needId", "no need with id " + input.needId()));
        if (!caller.owns(need)) {
            throw new ForbiddenException("Only the owner of need " + need.id + " follows it");
        }
        if (need.status != NeedStatus.OPEN) {
            throw new ConflictException("The need " + need.id + " is " + need.status + ": only open needs are followed");
        }
        return AlertView.of(follow(AlertKind.FOLLOWED_NEED, RecordKind.NEED, need.id));
    }

    /** An institution or designer follows its own capabilities; again, the same alert. */
    @Transactional
    public AlertView followCapabilities(FollowCapabilitiesInput input) {
        caller.requireSignedIn();
        RecordKind kind = RecordKind.ofCode(input.kind());
        PartnerProfile partner = (PartnerProfile) records.find(kind.entity(), input.id())
                .orElseThrow(() -> new InvalidFieldException("id", "no " + input.kind() + " with id " + input.id()));
        if (!caller.owns(partner)) {
            throw new ForbiddenException("Only the owner of " + input.kind() + " " + partner.id + " follows its capabilities");
        }
        return AlertView.of(follow(AlertKind.CAPABILITIES, kind, partner.id));
    }

    private Alert follow(AlertKind kind, RecordKind recordKind, Long id) {
        String key = kind + ":" + caller.subject() + ":" + recordKind + ":" + id;
        return notifications.alertByKey(key).orElseGet(() -> {
            Alert alert = alerts.newAlert(caller.subject(), kind, key);
            alert.recordKind = recordKind;
            alert.recordId = id;
            alert.threshold = settings.matchThreshold();
            alert.bestRelevance = (double) bestRelevance(alert);
            notifications.persist(alert);
            return alert;
        });
    }

    /** Daily, on one instance: the best relevance of each followed alert again, as the library has changed. */
    @Scheduled(cron = "${library.notification.digest-cron}", timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshDaily() {
        clusterOnce.run(REFRESH_JOB, Duration.ofHours(20), Duration.ofHours(23), this::refreshNow);
    }

    /** Refreshes every followed alert's best relevance now. */
    @ActivateRequestContext
    public void refreshNow() {
        for (AlertKind kind : new AlertKind[] {AlertKind.FOLLOWED_NEED, AlertKind.CAPABILITIES}) {
            for (Long id : QuarkusTransaction.requiringNew().call(() -> notifications.alertsOfKind(kind).stream().map(a -> a.id).toList())) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> notifications.alert(id).ifPresent(a -> a.bestRelevance = (double) bestRelevance(a)));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Best relevance of alert %d not refreshed; it keeps the last one", id);
                }
            }
        }
    }

    /** The best text relevance of any counterpart of the alert's record; 0 when it is gone. */
    float bestRelevance(Alert alert) {
        var record = records.find(alert.recordKind.entity(), alert.recordId).orElse(null);
        if (record == null) {
            return 0;
        }
        return alert.kind == AlertKind.FOLLOWED_NEED
                ? matches.bestPartnerRelevance(NeedProfile.of((Need) record), MatchKind.ALL)
                : matches.bestNeedRelevance((PartnerProfile) record);
    }
}
