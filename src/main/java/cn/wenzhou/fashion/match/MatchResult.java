package cn.wenzhou.fashion.match;

import java.util.List;

/** The ranked counterparts of one need or partner. */
public record MatchResult(List<RankedMatch> items) {
}
