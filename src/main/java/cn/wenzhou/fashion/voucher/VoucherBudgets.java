package cn.wenzhou.fashion.voucher;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Voucher;
import cn.wenzhou.fashion.domain.VoucherBudget;
import cn.wenzhou.fashion.domain.VoucherBudgetRepository;
import cn.wenzhou.fashion.domain.VoucherRepository;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/**
 * The bureau's yearly voucher budgets, of each district and of the city ({@link VoucherBudget#CITY}), set by admins.
 * An approval takes its voucher's amount from the budgets of the year it was applied for: its district's and the
 * city's, each locked (the city's first, always) while the approved total is counted, so that concurrent approvals
 * are serialized and none takes a total over a budget. A year and area without a budget has no limit.
 */
@Singleton
@RequiredArgsConstructor
public class VoucherBudgets {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final VoucherBudgetRepository budgets;
    private final VoucherRepository vouchers;
    private final Caller caller;
    private final AuditLog audit;
    private final Clock clock;

    /** Sets the budget of a year and area; refused below what was approved of it already. */
    @Transactional
    public BudgetView set(int year, String area, BudgetInput input) {
        caller.requireAdmin("set voucher budgets");
        String code = area(area);
        checkYear(year);
        Optional<VoucherBudget> existing = budgets.lock(year, code);
        BigDecimal approved = vouchers.approvedInYear(year, district(code));
        if (input.amount().compareTo(approved) < 0) {
            throw new ConflictException("The vouchers approved for " + code + " in " + year + " take " + approved.toPlainString()
                    + " CNY already: its budget cannot be less");
        }
        VoucherBudget budget = existing.orElseGet(VoucherBudget::new);
        String was = budget.amount == null ? "none" : budget.amount.toPlainString() + " CNY";
        budget.year = year;
        budget.area = code;
        budget.amount = input.amount();
        budget.setBy = caller.subject();
        budget.setAt = clock.instant();
        if (existing.isEmpty()) {
            budgets.persist(budget);
        }
        audit.append(caller.subject(), caller.name(), AuditAction.VOUCHER_BUDGET_SET, null, null,
                "voucher budget of " + code + " for " + year + ": " + input.amount().toPlainString() + " CNY (was " + was + ")", input.reason());
        return BudgetView.of(budget);
    }

    /** Removes the budget of a year and area: its approvals have no limit any more. */
    @Transactional
    public void remove(int year, String area, String reason) {
        caller.requireAdmin("remove voucher budgets");
        String code = area(area);
        checkYear(year);
        VoucherBudget budget = budgets.lock(year, code)
                .orElseThrow(() -> new RecordNotFoundException("voucher budget", code + " " + year));
        audit.append(caller.subject(), caller.name(), AuditAction.VOUCHER_BUDGET_SET, null, null,
                "voucher budget of " + code + " for " + year + " removed (was " + budget.amount.toPlainString() + " CNY)", reason);
        budgets.delete(budget);
    }

    /**
     * Refuses, with a 409 naming the budget, an approval of the voucher that would take the approved total of its year
     * over the city's budget or its district's. Called in the approval's transaction: the locks last until it ends.
     */
    void reserve(Voucher voucher) {
        int year = voucher.appliedOn.getYear();
        District district = voucher.enterprise.district;
        // The city's row first, then the district's: every approval locks in the same order, so none waits on another in a cycle.
        Optional<VoucherBudget> city = budgets.lock(year, VoucherBudget.CITY);
        Optional<VoucherBudget> own = district == null ? Optional.empty() : budgets.lock(year, district.name());
        if (city.isPresent()) {
            requireRoom(city.get(), vouchers.approvedInYear(year, null), voucher);
        }
        if (own.isPresent()) {
            requireRoom(own.get(), vouchers.approvedInYear(year, district), voucher);
        }
    }

    private static void requireRoom(VoucherBudget budget, BigDecimal approved, Voucher voucher) {
        BigDecimal total = approved.add(voucher.amount);
        if (total.compareTo(budget.amount) > 0) {
            throw new ConflictException("Approving voucher " + voucher.id + " (" + voucher.amount.toPlainString() + " CNY) would bring the vouchers "
                    + "approved for " + budget.area + " in " + budget.year + " to " + total.toPlainString() + " CNY, over its voucher budget of "
                    + budget.amount.toPlainString() + " CNY (" + budget.amount.subtract(approved).toPlainString() + " CNY left)");
        }
    }

    /** CITY or a district's code; a 400 naming {@code area} otherwise. */
    static String area(String area) {
        if (VoucherBudget.CITY.equals(area) || Arrays.stream(District.values()).anyMatch(d -> d.name().equals(area))) {
            return area;
        }
        throw new InvalidFieldException("area", "must be CITY or one of the districts " + Arrays.toString(District.values()));
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidFieldException("year", "must be from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    private static District district(String area) {
        return VoucherBudget.CITY.equals(area) ? null : District.valueOf(area);
    }
}
