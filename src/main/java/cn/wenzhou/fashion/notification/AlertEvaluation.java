package cn.wenzhou.fashion.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.AlertKind;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.NeedStatus;
import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.NoticeTopic;
import cn.wenzhou.fashion.domain.NotificationRepository;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.RecordsIndexed;
import cn.wenzhou.fashion.match.FollowedMatches;
import cn.wenzhou.fashion.match.NeedProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;

import lombok.RequiredArgsConstructor;

/**
 * Evaluates the followed alerts against the records a batch of the index outbox made searchable: new or changed
 * partners against followed needs, new or changed open needs against followed capabilities. A record scoring at
 * least the alert's threshold is news, once per record and alert. One alert's failure leaves the others.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class AlertEvaluation {

    private static final Logger LOG = Logger.getLogger(AlertEvaluation.class);

    private final NotificationRepository notifications;
    private final Records records;
    private final FollowedMatches matches;
    private final NoticeRecorder recorder;

    @ActivateRequestContext
    void onIndexed(@Observes RecordsIndexed indexed) {
        Map<RecordKind, Set<Long>> changed = indexed.records();
        Set<Long> needs = changed.getOrDefault(RecordKind.NEED, Set.of());
        boolean partners = RecordKind.PARTNERS.stream().anyMatch(changed::containsKey);
        if (partners) {
            each(AlertKind.FOLLOWED_NEED, alert -> newPartners(alert, changed));
        }
        if (!needs.isEmpty()) {
            each(AlertKind.CAPABILITIES, alert -> needsToServe(alert, needs));
        }
    }

    private void each(AlertKind kind, java.util.function.Consumer<Alert> evaluate) {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> notifications.alertsOfKind(kind).stream().map(a -> a.id).toList());
        for (Long id : ids) {
            try {
                QuarkusTransaction.requiringNew().run(() -> notifications.alert(id).ifPresent(evaluate));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Alert %d not evaluated against the indexed records", id);
            }
        }
    }

    private void newPartners(Alert alert, Map<RecordKind, Set<Long>> changed) {
        Need need = records.find(Need.class, alert.recordId).orElse(null);
        if (need == null || need.status != NeedStatus.OPEN) {
            return;
        }
        for (RecordKind kind : RecordKind.PARTNERS) {
            Set<Long> ids = changed.getOrDefault(kind, Set.of());
            matches.partnerScores(NeedProfile.of(need), kind, ids, best(alert)).forEach((id, score) -> {
                PartnerProfile partner = (PartnerProfile) records.find(kind.entity(), id).orElse(null);
                if (score >= alert.threshold && partner != null && !alert.ownerId.equals(partner.ownerId)) {
                    recorder.deliver(new Notice(alert.ownerId, NoticeTopic.NEW_PARTNER, kind.code(), id, "", partner.name,
                            need.title + " · " + Math.round(score)), alert);
                }
            });
        }
    }

    private void needsToServe(Alert alert, Set<Long> needIds) {
        PartnerProfile partner = (PartnerProfile) records.find(alert.recordKind.entity(), alert.recordId).orElse(null);
        if (partner == null) {
            return;
        }
        matches.needScores(partner, needIds, best(alert)).forEach((id, score) -> {
            Need need = records.find(Need.class, id).orElse(null);
            if (score >= alert.threshold && need != null && !alert.ownerId.equals(need.ownerId)) {
                recorder.deliver(new Notice(alert.ownerId, NoticeTopic.NEED_TO_SERVE, RecordKind.NEED.code(), id, "", need.title,
                        partner.name + " · " + Math.round(score)), alert);
            }
        });
    }

    private static float best(Alert alert) {
        return alert.bestRelevance == null ? 0 : alert.bestRelevance.floatValue();
    }
}
