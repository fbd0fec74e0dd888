package cn.wenzhou.fashion.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The bureau's voucher budgets against the vouchers approved, by year and area: for each year the city's row
 * (area CITY: every approved voucher, also of enterprises without district), then one per district.
 */
public record BudgetFigures(int fromYear, int toYear, List<Row> rows) {

    /**
     * One year and area: its budget (null when none is set: no limit), what the approved vouchers of the year take of
     * it (the paid amount of paid ones, the approved amount of the others), what was paid, and what is left to
     * approve (null without budget). CNY.
     */
    public record Row(int year, String area, BigDecimal budget, BigDecimal approved, BigDecimal paid, BigDecimal left) {
    }
}
