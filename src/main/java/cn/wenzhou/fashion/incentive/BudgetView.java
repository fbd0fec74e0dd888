package cn.wenzhou.fashion.incentive;

import java.math.BigDecimal;

import cn.wenzhou.fashion.domain.PolicyBudget;

/** A policy's budget of a year: the amount, what approvals granted of it, what is left. */
public record BudgetView(int year, BigDecimal amount, BigDecimal granted, BigDecimal left) {
    public static BudgetView of(PolicyBudget budget) {
        return new BudgetView(budget.year, budget.amount, budget.granted, budget.left());
    }
}
