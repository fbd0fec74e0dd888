package cn.wenzhou.fashion.statistics;

import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.domain.DeclineReason;

/**
 * The matchmaking funnel by the needs' industries (a need of several industries counts in each), and for all
 * needs: needs posted, needs with at least one cooperation request, cooperations that reached an agreement,
 * cooperations completed; and the declined requests by the partners' reasons.
 */
public record FunnelFigures(Row total, List<Row> byIndustry, Map<DeclineReason, Long> declinesByReason) {

    public record Row(String industry, long needs, long needsWithRequests, long agreements, long completed) {
    }
}
