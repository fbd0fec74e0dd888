package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.search.SearchFields.SUGGEST;
import static cn.wenzhou.fashion.search.SearchFields.SUGGEST_TEXT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.session.SearchSession;

import com.google.gson.JsonObject;

import cn.wenzhou.fashion.domain.Event;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.Need;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Type-ahead over names, tags and capability titles: values that start with what the user typed, in
 * Chinese or Latin letters (any case), most frequent first (counted on a sample of the matching records);
 * for Latin words, values within one or two typos when the prefix alone finds too few. Needs' values are
 * offered to signed-in users only.
 */
@ApplicationScoped
public class SuggestionService {

    private static final AggregationKey<JsonObject> VALUES = AggregationKey.of("values");
    private static final int FUZZY_CANDIDATES = 100;
    /** Records per shard whose values are counted. */
    private static final int SAMPLE = 500;

    /** Suggestion lists kept for reuse: type-ahead repeats the same short prefixes all day. */
    private static final int RECENT = 10_000;

    private final SearchSession session;
    private final SearchableKinds kinds;
    private final RecentResults<Key, List<Suggestion>> recent;
    private final StaleNeedDocuments staleNeeds;

    public SuggestionService(SearchSession session, SearchableKinds kinds,
            @ConfigProperty(name = "library.search.recent-results.ttl") Duration recentResultsTtl, LibraryGeneration generation,
            MeterRegistry registry, StaleNeedDocuments staleNeeds) {
        this.session = session;
        this.staleNeeds = staleNeeds;
        this.kinds = kinds;
        this.recent = new RecentResults<Key, List<Suggestion>>(recentResultsTtl, RECENT, generation).measuredAs("recent-suggestions", registry);
    }

    /** What decides a suggestion list: the prefix, the size and the kinds the user may see. */
    private record Key(String typed, int size, List<Class<? extends LibraryRecord>> kinds) {
    }

    /**
     * Lists with needs' values are not kept for reuse (Elasticsearch's request cache still spares their work until the
     * index changes): one kept from before a need was made confidential would offer its title after the commit. They
     * leave out the needs the database hides since they were indexed ({@link StaleNeedDocuments}), and every need when
     * too many changes of needs wait to tell which.
     */
    public List<Suggestion> suggest(String prefix, int size) {
        return suggest(prefix, size, false);
    }

    /** Suggestions from events only ({@code events}), or from the kinds of the library's search. */
    public List<Suggestion> suggest(String prefix, int size, boolean events) {
        String typed = prefix.strip();
        List<Class<? extends LibraryRecord>> visible = events ? List.of(Event.class) : kinds.forCaller();
        if (!visible.contains(Need.class)) {
            return recent.get(new Key(typed, size, visible), () -> suggestFromIndexes(typed, size, visible, Set.of()));
        }
        Optional<Set<Long>> hidden = staleNeeds.hidden();
        if (hidden.isEmpty()) {
            List<Class<? extends LibraryRecord>> withoutNeeds = visible.stream().filter(kind -> kind != Need.class).toList();
            return recent.get(new Key(typed, size, withoutNeeds), () -> suggestFromIndexes(typed, size, withoutNeeds, Set.of()));
        }
        return suggestFromIndexes(typed, size, visible, hidden.get());
    }

    private List<Suggestion> suggestFromIndexes(String typed, int size, List<Class<? extends LibraryRecord>> visible, Set<Long> hiddenNeeds) {
        Map<String, Long> found = new LinkedHashMap<>(byPrefix(typed, size, visible, hiddenNeeds));
        if (found.size() < size && isLatinWord(typed) && typed.length() >= 4) {
            byTypo(typed, visible, hiddenNeeds).forEach(found::putIfAbsent);
        }
        List<Suggestion> suggestions = new ArrayList<>();
        found.forEach((text, count) -> suggestions.add(Suggestion.of(text, typed, count)));
        return List.copyOf(suggestions.subList(0, Math.min(size, suggestions.size())));
    }

    private Map<String, Long> byPrefix(String typed, int size, List<Class<? extends LibraryRecord>> visible, Set<Long> hiddenNeeds) {
        var prefix = new JsonObject();
        var value = new JsonObject();
        value.addProperty("value", typed);
        value.addProperty("case_insensitive", true);
        prefix.add(SUGGEST, value);
        var query = new JsonObject();
        query.add("prefix", prefix);
        // Every match of a prefix scores the same: each shard's first SAMPLE matches are as good a sample as
        // any, and stopping there spares counting the thousands of records that a short prefix matches.
        return values(visible, query, hiddenNeeds, terms(size, caseInsensitivePrefix(typed)), SAMPLE);
    }

    private Map<String, Long> byTypo(String typed, List<Class<? extends LibraryRecord>> visible, Set<Long> hiddenNeeds) {
        var match = new JsonObject();
        var options = new JsonObject();
        options.addProperty("query", typed);
        options.addProperty("fuzziness", "AUTO");
        options.addProperty("prefix_length", 1);
        match.add(SUGGEST_TEXT, options);
        var query = new JsonObject();
        query.add("match", match);
        Map<String, Long> close = new LinkedHashMap<>();
        values(visible, query, hiddenNeeds, bestScored(terms(FUZZY_CANDIDATES, null)), null).forEach((text, count) -> {
            if (hasWordNear(text, typed)) {
                close.put(text, count);
            }
        });
        return close;
    }

    /** A terms aggregation over the suggestion values (optionally only those matching a regular expression). */
    private static JsonObject terms(int size, String include) {
        var terms = new JsonObject();
        terms.addProperty("field", SUGGEST);
        terms.addProperty("size", size);
        if (include != null) {
            terms.addProperty("include", include);
        }
        var aggregation = new JsonObject();
        aggregation.add("terms", terms);
        return aggregation;
    }

    /** {@code aggregation} over the SAMPLE best scored matches of each shard. */
    private static JsonObject bestScored(JsonObject aggregation) {
        var aggregations = new JsonObject();
        aggregations.add(VALUES.name(), aggregation);
        var sampler = new JsonObject();
        sampler.addProperty("shard_size", SAMPLE);
        var sampled = new JsonObject();
        sampled.add("sampler", sampler);
        sampled.add("aggs", aggregations);
        return sampled;
    }

    /**
     * The values and counts of a terms aggregation, possibly inside a sampler, over the matches of
     * {@code query}, or over the first {@code firstMatches} of each shard when not null. Type-ahead needs the
     * frequent values fast, not exact counts, and no total.
     */
    private Map<String, Long> values(List<Class<? extends LibraryRecord>> visible, JsonObject query, Set<Long> hiddenNeeds,
            JsonObject aggregation, Integer firstMatches) {
        JsonObject result = session.search(session.scope(visible))
                .extension(ElasticsearchExtension.get())
                .where(f -> hiddenNeeds.isEmpty() ? f.fromJson(query)
                        : f.bool().must(f.fromJson(query)).mustNot(SearchService.hiddenNeeds(f, hiddenNeeds)))
                .aggregation(VALUES, f -> f.fromJson(aggregation))
                .requestTransformer(request -> {
                    request.body().addProperty("track_total_hits", false);
                    if (firstMatches != null) {
                        request.body().addProperty("terminate_after", firstMatches);
                    }
                })
                .fetch(0)
                .aggregation(VALUES);
        JsonObject terms = result.has(VALUES.name()) ? result.getAsJsonObject(VALUES.name()) : result;
        Map<String, Long> values = new LinkedHashMap<>();
        terms.getAsJsonArray("buckets").forEach(bucket -> values.put(
                bucket.getAsJsonObject().get("key").getAsString(), bucket.getAsJsonObject().get("doc_count").getAsLong()));
        return values;
    }

    /** A Lucene regular expression matching values that start with {@code typed}, whatever their case. */
    static String caseInsensitivePrefix(String typed) {
        StringBuilder regex = new StringBuilder();
        typed.codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            String lower = s.toLowerCase(Locale.ROOT);
            String upper = s.toUpperCase(Locale.ROOT);
            if (!lower.equals(upper)) {
                regex.append('[').append(lower).append(upper).append(']');
            } else if (Character.isLetterOrDigit(c)) {
                regex.append(s);
            } else {
                regex.append('\\').append(s);
            }
        });
        return regex.append(".*").toString();
    }

    private static boolean isLatinWord(String text) {
        return text.chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == ' ' || c == '-'));
    }

    /** True when a word of {@code text} is within the typo budget of {@code typed}, whole or as a prefix. */
    static boolean hasWordNear(String text, String typed) {
        String target = typed.toLowerCase(Locale.ROOT);
        int budget = target.length() <= 5 ? 1 : 2;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String head = word.substring(0, Math.min(word.length(), target.length()));
            if (distance(word, target) <= budget || distance(head, target) <= budget) {
                return true;
            }
        }
        return false;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
