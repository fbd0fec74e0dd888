package cn.wenzhou.fashion.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import cn.wenzhou.fashion.common.ClusterOnce;
import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.AlertKind;
import cn.wenzhou.fashion.domain.NotificationRepository;
import cn.wenzhou.fashion.search.DomainAnalyzer;
import cn.wenzhou.fashion.search.Facet;
import cn.wenzhou.fashion.search.SearchQuery;
import cn.wenzhou.fashion.search.SearchService;
import cn.wenzhou.fashion.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import lombok.RequiredArgsConstructor;

/**
 * Saved searches: a user saves a search's text and facets; when saved and then daily the search runs and keeps the
 * score of its 20th hit as its threshold. A new or changed record scoring at least that is news
 * ({@link SavedSearchNews}): as good as the search's first page. With fewer than 20 hits the threshold is 0: a rare
 * search hears of every record that matches it.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SavedSearches {

    static final String REFRESH_JOB = "saved-search-thresholds";
    /** The hit whose score is the threshold: the last of the search's first page. */
    static final int THRESHOLD_RANK = 20;
    /** Enough for anyone; bounds the work one user adds to every outbox batch. */
    static final int MAX_PER_USER = 50;
    private static final int MAX_FILTERS_LENGTH = 2000;
    private static final Logger LOG = Logger.getLogger(SavedSearches.class);

    private final NotificationRepository notifications;
    private final Alerts alerts;
    private final SearchService search;
    private final DomainAnalyzer analyzer;
    private final ClusterOnce clusterOnce;
    private final Caller caller;

    /** Saves the caller's search; saving the same text and facets again returns the saved one. */
    @Transactional
    public SavedSearchView save(SavedSearchInput input) {
        caller.requireSignedIn();
        String text = SearchQuery.checkedText(input.q() == null ? "" : input.q().strip());
        Map<Facet, List<String>> filters = filters(input.filters() == null ? Map.of() : input.filters());
        String facets = SavedFilters.format(filters);
        if (facets.length() > MAX_FILTERS_LENGTH) {
            throw new InvalidFieldException("filters", "must be at most " + MAX_FILTERS_LENGTH + " characters as saved");
        }
        if (text.isEmpty() && filters.isEmpty()) {
            throw new InvalidFieldException("q", "a saved search needs text or a facet: without either every record would be news");
        }
        if (!text.isEmpty() && analyzer.analyze(text).isBlank()) {
            throw new InvalidFieldException("q", "has no word or domain term that search scores (single characters and stop words alone)");
        }
        String key = AlertKind.SAVED_SEARCH + ":" + caller.subject() + ":" + digest(text + "\n" + facets);
        return SavedSearchView.of(notifications.alertByKey(key).orElseGet(() -> {
            if (notifications.alertsOf(caller.subject()).stream().filter(a -> a.kind == AlertKind.SAVED_SEARCH).count() >= MAX_PER_USER) {
                throw new ConflictException("You have " + MAX_PER_USER + " saved searches already: delete one first");
            }
            Alert alert = alerts.newAlert(caller.subject(), AlertKind.SAVED_SEARCH, key);
            alert.queryText = text;
            alert.facets = facets;
            alert.threshold = threshold(alert);
            notifications.persist(alert);
            return alert;
        }));
    }

    @Transactional
    public List<SavedSearchView> mine() {
        caller.requireSignedIn();
        return notifications.alertsOf(caller.subject()).stream().filter(a -> a.kind == AlertKind.SAVED_SEARCH).map(SavedSearchView::of)
                .toList();
    }

    /** Deletes one of the caller's saved searches; another's, or another kind of alert, is missing (404). */
    @Transactional
    public void delete(Long id) {
        caller.requireSignedIn();
        notifications.remove(notifications.alert(id).filter(a -> a.kind == AlertKind.SAVED_SEARCH && a.ownerId.equals(caller.subject()))
                .orElseThrow(() -> new RecordNotFoundException("saved search", id)));
    }

    /** The facets of the body, as the search reads its parameters; an unknown facet or value is a 400 naming filters.facet. */
    private static Map<Facet, List<String>> filters(Map<String, List<String>> parameters) {
        for (String name : parameters.keySet()) {
            if (java.util.Arrays.stream(Facet.values()).noneMatch(facet -> facet.param.equals(name))) {
                throw new InvalidFieldException("filters." + name, "is not a facet of the search");
            }
        }
        try {
            return Facet.filters(parameters);
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(e.errors().stream().map(error -> new FieldError("filters." + error.field(), error.message())).toList());
        }
    }

    /** Daily, on one instance: every saved search runs again, as the library has changed. */
    @Scheduled(cron = "${library.notification.digest-cron}", timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshDaily() {
        clusterOnce.run(REFRESH_JOB, Duration.ofHours(20), Duration.ofHours(23), this::refreshNow);
    }

    /** Runs every saved search now and keeps its threshold. */
    @ActivateRequestContext
    public void refreshNow() {
        for (Long id : QuarkusTransaction.requiringNew().call(() -> notifications.alertsOfKind(AlertKind.SAVED_SEARCH).stream().map(a -> a.id).toList())) {
            try {
                QuarkusTransaction.requiringNew().run(() -> notifications.alert(id).ifPresent(a -> a.threshold = threshold(a)));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Threshold of saved search %d not refreshed; it keeps the last one", id);
            }
        }
    }

    /** The score of the search's 20th hit; 0 when it has fewer. */
    private double threshold(Alert alert) {
        List<Float> scores = search.bestScores(alert.queryText, SavedFilters.parse(alert.facets), THRESHOLD_RANK);
        return scores.size() < THRESHOLD_RANK ? 0 : scores.get(THRESHOLD_RANK - 1);
    }

    /** A short fingerprint of the search: the alert's unique key holds it, not the text. */
    private static String digest(String search) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(search.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
