package cn.wenzhou.fashion.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.VoucherBudget;
import cn.wenzhou.fashion.domain.VoucherBudgetRepository;
import cn.wenzhou.fashion.domain.VoucherRepository;

import lombok.RequiredArgsConstructor;

/** The voucher budgets of a span of years beside the approved and paid totals that count against them. */
@Singleton
@RequiredArgsConstructor
public class BudgetStatistics {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final VoucherBudgetRepository budgets;
    private final VoucherRepository vouchers;

    /** Every year of the span, the city first, then the districts in their order; for admins (the callers check). */
    @Transactional
    public BudgetFigures figures(int fromYear, int toYear) {
        Map<String, BigDecimal> budgetOf = new HashMap<>();
        budgets.between(fromYear, toYear).forEach(b -> budgetOf.put(b.year + " " + b.area, b.amount));
        Map<String, BigDecimal[]> totals = new HashMap<>();
        for (VoucherRepository.ApprovedTotal total : vouchers.approvedBetween(fromYear, toYear)) {
            add(totals, total.year() + " " + VoucherBudget.CITY, total);
            if (total.district() != null) {
                add(totals, total.year() + " " + total.district().name(), total);
            }
        }
        List<BudgetFigures.Row> rows = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            rows.add(row(year, VoucherBudget.CITY, budgetOf, totals));
            for (District district : District.values()) {
                rows.add(row(year, district.name(), budgetOf, totals));
            }
        }
        return new BudgetFigures(fromYear, toYear, rows);
    }

    private static void add(Map<String, BigDecimal[]> totals, String key, VoucherRepository.ApprovedTotal total) {
        BigDecimal[] sums = totals.computeIfAbsent(key, k -> new BigDecimal[] {ZERO, ZERO});
        sums[0] = sums[0].add(total.approved());
        sums[1] = sums[1].add(total.paid());
    }

    private static BudgetFigures.Row row(int year, String area, Map<String, BigDecimal> budgetOf, Map<String, BigDecimal[]> totals) {
        BigDecimal budget = budgetOf.get(year + " " + area);
        BigDecimal[] sums = totals.getOrDefault(year + " " + area, new BigDecimal[] {ZERO, ZERO});
        return new BudgetFigures.Row(year, area, budget, sums[0], sums[1], budget == null ? null : budget.subtract(sums[0]));
    }
}
