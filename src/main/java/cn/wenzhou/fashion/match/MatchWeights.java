package cn.wenzhou.fashion.match;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Points each factor can give a match; they add up to 100. Chosen on the judged public set
 * (docs/benchmarks.md); override with {@code library.match.weight.*}.
 */
@ConfigMapping(prefix = "library.match.weight")
public interface MatchWeights {

    /** How well the partner's texts answer the need's: half Elasticsearch relevance relative to the best candidate, half the share of the need's domain concepts the partner mentions. */
    @WithDefault("35")
    double text();

    /** Share of the need's capability categories the partner offers. */
    @WithDefault("15")
    double category();

    @WithDefault("5")
    double industry();

    /** For needs paid with innovation vouchers: a registered provider with an eligible capability in the category. */
    @WithDefault("20")
    double voucher();

    /** The partner is where the need wants it: Wenzhou, China or abroad. */
    @WithDefault("20")
    double scope();

    /** Completed cooperations and their ratings; neutral until there are some. */
    @WithDefault("3")
    double trackRecord();

    /** A complete, recently updated profile. */
    @WithDefault("2")
    double profile();

    /** How many candidates Elasticsearch retrieves before re-ranking. */
    @WithDefault("60")
    int candidates();
}
