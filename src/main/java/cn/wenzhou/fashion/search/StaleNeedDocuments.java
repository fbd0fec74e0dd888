package cn.wenzhou.fashion.search;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.wenzhou.fashion.domain.IndexEvents;
import cn.wenzhou.fashion.domain.NeedRepository;
import cn.wenzhou.fashion.domain.RecordKind;

import lombok.RequiredArgsConstructor;

/**
 * Keeps needs out of search once the database hides them, before the index follows: a need made confidential or
 * deleted keeps its old document until the outbox applies its change (a second, or as long as Elasticsearch is
 * away), and nobody may see it from the commit on. Two guards, both reading the database's current state:
 * <ul>
 * <li>{@link #hidden()}: the needs with an unapplied change that are now gone or confidential, which queries exclude
 * (so totals, facet counts and suggestions leave them out too); a change is deleted from the outbox only after its
 * document was rewritten and the index refreshed, so no need slips between the two;</li>
 * <li>{@link #visible}: the needs among a page of hits that exist and are not confidential, one query per page,
 * which also covers a page kept for reuse from before the change (whose total and facet counts may then lag by the
 * reuse time).</li>
 * </ul>
 * The home page's newest needs and a need's own page read the database, not the index.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class StaleNeedDocuments {

    /** Outbox rows of needs read at most to find the hidden ones; beyond that, needs are left out of suggestions. */
    static final int MAX_CHECKED = 5_000;

    private final IndexEvents events;
    private final NeedRepository needs;

    /**
     * The needs whose documents may still show them though they are now gone or confidential; empty (unknown) when
     * more than {@link #MAX_CHECKED} changes of needs wait, as after a long outage of the cluster.
     */
    public Optional<Set<Long>> hidden() {
        List<Long> changed = events.recordsWithUnappliedChanges(RecordKind.NEED, MAX_CHECKED + 1);
        if (changed.size() > MAX_CHECKED) {
            return Optional.empty();
        }
        Set<Long> hidden = new HashSet<>(changed);
        hidden.removeAll(needs.searchable(hidden));
        return Optional.of(hidden);
    }

    /** The hits without the needs the database now hides; hits of other kinds are kept. */
    public <T> List<T> visible(List<T> hits, Function<T, Long> needId) {
        Set<Long> needIds = new HashSet<>();
        hits.forEach(hit -> {
            Long id = needId.apply(hit);
            if (id != null) {
                needIds.add(id);
            }
        });
        if (needIds.isEmpty()) {
            return hits;
        }
        Set<Long> searchable = needs.searchable(needIds);
        return hits.stream().filter(hit -> {
            Long id = needId.apply(hit);
            return id == null || searchable.contains(id);
        }).toList();
    }
}
