package cn.wenzhou.fashion.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the bureau writes them: one decimal, rounded half up; 0 of nothing is 0. */
final class Shares {

    private Shares() {
    }

    static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
