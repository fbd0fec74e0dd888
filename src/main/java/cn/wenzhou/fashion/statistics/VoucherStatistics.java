package cn.wenzhou.fashion.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.VoucherRepository.Redeemed;
import cn.wenzhou.fashion.domain.VoucherRepository;

import lombok.RequiredArgsConstructor;

/**
 * The bureau's voucher figures, from one query over the redeemed vouchers of the span (about 20,000 rows for
 * ten years of Wenzhou), added up here: distinct firms per slice are easier to count right in Java than in
 * SQL that runs unchanged on H2 and PostgreSQL. A firm is a fashion firm when it works in one of the library's
 * industries.
 */
@Singleton
@RequiredArgsConstructor
public class VoucherStatistics {

    static final String OTHER = "OTHER";

    private final VoucherRepository vouchers;
    private final Clock clock;

    /**
     * The figures of the years asked for, from {@code from} (default: the first voucher year) to {@code to} (default:
     * this year), each within 2000-2100; for admins (the callers check).
     */
    public VoucherFigures figures(Integer from, Integer to) {
        YearSpan span = YearSpan.of(from, to, clock);
        return figures(span.first(), span.last());
    }

    /** The figures of the years {@code fromYear} to {@code toYear}. */
    @Transactional
    public VoucherFigures figures(int fromYear, int toYear) {
        List<Redeemed> rows = vouchers.redeemedBetween(fromYear, toYear);
        Slice all = new Slice();
        Map<String, Slice> districts = new TreeMap<>();
        Map<String, Slice> industries = new TreeMap<>();
        Map<String, Slice> years = new TreeMap<>();
        for (Redeemed r : rows) {
            all.add(r);
            districts.computeIfAbsent(r.district() == null ? OTHER : r.district().name(), k -> new Slice()).add(r);
            years.computeIfAbsent(String.valueOf(r.redeemedOn().getYear()), k -> new Slice()).add(r);
            if (r.industries().isEmpty()) {
                industries.computeIfAbsent(OTHER, k -> new Slice()).add(r);
            }
            r.industries().forEach(industry -> industries.computeIfAbsent(industry.name(), k -> new Slice()).add(r));
        }
        return new VoucherFigures(fromYear, toYear, all.row("TOTAL", "ALL", all), rows(districts, "DISTRICT", all, District::valueOf),
                rows(industries, "INDUSTRY", all, Industry::valueOf), rows(years, "YEAR", all, Integer::valueOf));
    }

    /** Rows in the order of their keys' natural order (enumeration order, years ascending), OTHER last. */
    private static <K extends Comparable<K>> List<VoucherFigures.Row> rows(Map<String, Slice> slices, String dimension, Slice all,
            Function<String, K> order) {
        List<String> keys = new ArrayList<>(slices.keySet());
        keys.sort((a, b) -> a.equals(OTHER) ? 1 : b.equals(OTHER) ? -1 : order.apply(a).compareTo(order.apply(b)));
        return keys.stream().map(key -> slices.get(key).row(dimension, key, all)).toList();
    }

    /** Firms and amounts of one slice. */
    private static final class Slice {
        private final Set<Long> enterprises = new HashSet<>();
        private final Set<Long> fashionEnterprises = new HashSet<>();
        private BigDecimal amount = BigDecimal.ZERO.setScale(2);
        private BigDecimal fashionAmount = BigDecimal.ZERO.setScale(2);

        void add(Redeemed r) {
            enterprises.add(r.enterpriseId());
            amount = amount.add(r.amount());
            if (r.fashion()) {
                fashionEnterprises.add(r.enterpriseId());
                fashionAmount = fashionAmount.add(r.amount());
            }
        }

        VoucherFigures.Row row(String dimension, String key, Slice all) {
            return new VoucherFigures.Row(dimension, key, enterprises.size(), Shares.percent(enterprises.size(), all.enterprises.size()),
                    fashionEnterprises.size(), Shares.percent(fashionEnterprises.size(), enterprises.size()),
                    amount, Shares.percent(amount, all.amount), fashionAmount, Shares.percent(fashionAmount, amount));
        }
    }
}
