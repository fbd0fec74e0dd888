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

    @WithDefault("2")
    float tags();

    @WithDefault("2.5")
    float capabilities();

    @WithDefault("1")
    float description();

    /** Single-character matches: a tie-breaker, and what highlights are made of. */
    @WithDefault("0.2")
    float characters();

    /** Dictionary concepts found in the query, counted once more. */
    @WithDefault("1")
    float concepts();
}
