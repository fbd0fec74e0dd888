package cn.wenzhou.fashion.dev.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.wenzhou.fashion.domain.VoucherBudget;
import cn.wenzhou.fashion.domain.VoucherBudgetRepository;
import cn.wenzhou.fashion.domain.VoucherRepository;
import cn.wenzhou.fashion.domain.WenzhouClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

import lombok.RequiredArgsConstructor;

/**
 * The demo's voucher budgets, shaped like its voucher history: each district's budget of a year is what its vouchers of
 * that year took, a fifth more, rounded up to 10,000 CNY; the city's is the sum of the districts' (and of what firms
 * without district took). The years after the history, up to this one, get the last history year's budgets, so that
 * the demo's approvals have room and the dashboard shows what is left.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DemoBudgets {

    private static final BigDecimal HEADROOM = new BigDecimal("1.2");
    private static final BigDecimal STEP = new BigDecimal("10000");

    private final VoucherRepository vouchers;
    private final VoucherBudgetRepository budgets;
    private final Clock clock;

    /** Writes the budgets of the history's years and of the years since; how many. */
    public int write(int lastHistoryYear) {
        int thisYear = LocalDate.now(clock).getYear();
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, BigDecimal> byYearAndArea = new HashMap<>();
            for (VoucherRepository.ApprovedTotal total : vouchers.approvedBetween(WenzhouClock.FIRST_VOUCHER_YEAR, lastHistoryYear)) {
                BigDecimal budget = roundedUp(total.approved().multiply(HEADROOM));
                String area = VoucherBudget.areaOf(total.district());
                byYearAndArea.merge(total.year() + " " + area, budget, BigDecimal::add);
                if (total.district() != null) {
                    byYearAndArea.merge(total.year() + " " + VoucherBudget.CITY, budget, BigDecimal::add);
                }
            }
            int written = 0;
            Instant now = clock.instant();
            for (var entry : byYearAndArea.entrySet()) {
                String[] key = entry.getKey().split(" ");
                int year = Integer.parseInt(key[0]);
                for (int y = year; y <= (year == lastHistoryYear ? Math.max(lastHistoryYear, thisYear) : year); y++) {
                    budgets.persist(budget(y, key[1], entry.getValue(), now));
                    written++;
                }
            }
            return written;
        });
    }

    private static VoucherBudget budget(int year, String area, BigDecimal amount, Instant now) {
        var budget = new VoucherBudget();
        budget.year = year;
        budget.area = area;
        budget.amount = amount;
        budget.setBy = "demo";
        budget.setAt = now;
        return budget;
    }

    private static BigDecimal roundedUp(BigDecimal amount) {
        return amount.divide(STEP, 0, RoundingMode.CEILING).multiply(STEP).setScale(2);
    }
}
