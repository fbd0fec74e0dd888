package cn.wenzhou.fashion.statistics;

import java.math.BigDecimal;
import java.util.List;

import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.IncentiveKind;

/**
 * The figures of settling in and of the incentive policies: members settled per year (of the approval, in Wenzhou's
 * time), district and kind (a settlement withdrawn later still counts in its year); and each policy's support granted
 * and left per budget year.
 */
public record SettlingInFigures(List<Settled> settled, List<Support> support) {

    /** How many members of a kind settled in a district in a year. */
    public record Settled(int year, District district, String kind, long members) {
    }

    /** What a policy granted of its budget of a year, and what is left. */
    public record Support(long policyId, IncentiveKind kind, String titleZh, String titleEn, int year, BigDecimal budget,
            BigDecimal granted, BigDecimal left) {
    }
}
