package cn.wenzhou.fashion.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much each text field and each kind of token counts in search relevance. The defaults were chosen on
 * the judged public set (docs/benchmarks.md); override with {@code library.search.weight.*}.
 */
@ConfigMapping(prefix = "library.search.weight")
public interface SearchWeights {

    @WithDefault("2")
    float name();

    @WithDefault("1.5")
    float tags();

    @WithDefault("3")
    float capabilities();

    @WithDefault("0.8")
    float description();

    /**
     * How many of the query's distinct words a record must contain, unless it shares a concept with the query (Elasticsearch minimum_should_match
     * syntax). One: a need's long description shares only a few words with a good partner's profile
     * (requiring 30% of them lost most relevant partners on the judged set).
     */
    @WithDefault("1")
    String minimumShouldMatch();

    /** Dictionary concepts found in the query, counted once more. */
    @WithDefault("1")
    float concepts();
}
