package cn.wenzhou.fashion.voucher;

import java.math.BigDecimal;
import java.time.Instant;

import cn.wenzhou.fashion.domain.VoucherBudget;

/** A voucher budget as set: the year, the area (a district's code or CITY), the amount and who set it when. */
public record BudgetView(int year, String area, BigDecimal amount, String setBy, Instant setAt) {

    static BudgetView of(VoucherBudget budget) {
        return new BudgetView(budget.year, budget.area, budget.amount, budget.setBy, budget.setAt);
    }
}
