package cn.wenzhou.fashion.match;

/** A ranked counterpart: a partner of a need, or a need of a partner. Score 0-100, rank from 1. */
public record RankedMatch(String kind, Long id, String externalId, String name, double score, int rank,
        MatchExplanation explanation) {
}
