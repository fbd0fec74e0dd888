package cn.wenzhou.fashion.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much each text field and each kind of token counts in search relevance. The defaults were chosen on
 * the judged public set (docs/benchmarks.md); override with {@code library.search.weight.*}. Field weights
 * are how many times a field's tokens are indexed in the scored field, so a change needs a reindex
 * ({@code POST /api/admin/reindex}). BM25's k1 in {@code elastic/index-settings.json} is a fixed 2.4, tuned on the
 * judged set together with these weights: repeated tokens saturate more slowly than with the default 1.2.
 */
@ConfigMapping(prefix = "library.search.weight")
public interface SearchWeights {

    @WithDefault("5")
    int name();

    @WithDefault("4")
    int tags();

    @WithDefault("8")
    int capabilities();

    @WithDefault("2")
    int description();

    /**
     * How many of the query's distinct words a record must contain, unless it shares a concept with the query
     * (Elasticsearch minimum_should_match syntax). One: a need's long description shares only a few words
     * with a good partner's profile (requiring 30% of them lost most relevant partners on the judged set).
     */
    @WithDefault("1")
    String minimumShouldMatch();

    /** Dictionary concepts found in the query, counted once more. */
    @WithDefault("1")
    float concepts();
}
