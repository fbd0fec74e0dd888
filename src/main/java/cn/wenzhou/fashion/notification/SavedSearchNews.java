package cn.wenzhou.fashion.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.AlertKind;
import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.NoticeTopic;
import cn.wenzhou.fashion.domain.NotificationRepository;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.RecordsIndexed;
import cn.wenzhou.fashion.search.DomainAnalyzer;
import cn.wenzhou.fashion.search.IndexMapping;
import cn.wenzhou.fashion.search.IndexedTerms;
import cn.wenzhou.fashion.search.SearchDocument;
import io.quarkus.narayana.jta.QuarkusTransaction;

import lombok.RequiredArgsConstructor;

/**
 * Evaluates the saved searches against the records a batch of the index outbox made searchable
 * ({@link SavedSearchMatcher}), and keeps each record that is news in the search's owner's inbox, once per record and
 * search. A record is read as the index holds it (its document and scored terms); whether the owner may see it is
 * checked at delivery ({@link DeliveryCheck}), as for every alert.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SavedSearchNews {

    private static final Logger LOG = Logger.getLogger(SavedSearchNews.class);

    private final NotificationRepository notifications;
    private final Records records;
    private final IndexedTerms indexedTerms;
    private final DomainAnalyzer analyzer;
    private final SavedSearchMatcher matcher;
    private final NoticeRecorder recorder;

    @ActivateRequestContext
    void onIndexed(@Observes RecordsIndexed indexed) {
        try {
            QuarkusTransaction.requiringNew().run(() -> evaluate(indexed.records()));
        } catch (RuntimeException e) {
            LOG.warn("Saved searches not evaluated against the indexed records", e);
        }
    }

    private void evaluate(Map<RecordKind, Set<Long>> changed) {
        List<Alert> alerts = notifications.alertsOfKind(AlertKind.SAVED_SEARCH);
        if (alerts.isEmpty()) {
            return;
        }
        List<SavedSearchMatcher.ChangedRecord> batch = changedRecords(changed);
        var owners = new java.util.HashMap<Long, Alert>();
        alerts.forEach(alert -> owners.put(alert.id, alert));
        for (SavedSearchMatcher.News news : matcher.news(alerts.stream().map(this::query).toList(), batch)) {
            Alert alert = owners.get(news.alertId());
            SearchDocument doc = news.record().doc();
            recorder.deliver(new Notice(alert.ownerId, NoticeTopic.SEARCH_HIT, doc.kind(), doc.id(), "", doc.name(),
                    describe(alert) + " · " + Math.round(news.score() * 100) / 100.0), alert);
        }
    }

    /** The batch's records that the index holds, as it holds them. */
    private List<SavedSearchMatcher.ChangedRecord> changedRecords(Map<RecordKind, Set<Long>> changed) {
        List<SavedSearchMatcher.ChangedRecord> batch = new ArrayList<>();
        changed.forEach((kind, ids) -> ids.forEach(id -> records.find(kind.entity(), id).filter(IndexMapping::indexed).ifPresent(record -> {
            SearchDocument doc = SearchDocument.of(record);
            batch.add(new SavedSearchMatcher.ChangedRecord(kind, record.ownerId, doc, indexedTerms.scoredTerms(doc)));
        })));
        return batch;
    }

    SavedQuery query(Alert alert) {
        String text = alert.queryText == null || alert.queryText.isBlank() ? null : alert.queryText;
        return new SavedQuery(alert.id, alert.ownerId, text == null ? null : analyzer.analyze(text), SavedFilters.parse(alert.facets),
                alert.threshold == null ? 0 : alert.threshold);
    }

    private static String describe(Alert alert) {
        return alert.queryText == null || alert.queryText.isBlank() ? alert.facets : alert.queryText;
    }
}
