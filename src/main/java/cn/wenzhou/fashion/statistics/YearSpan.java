package cn.wenzhou.fashion.statistics;

import java.time.Clock;
import java.time.Year;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.WenzhouClock;

/** The years a figure covers, as asked in {@code from} and {@code to}: checked and defaulted once for every figure. */
public record YearSpan(int first, int last) {

    /** From {@code from} (default: the first voucher year) to {@code to} (default: this year), each within 2000-2100. */
    public static YearSpan of(Integer from, Integer to, Clock clock) {
        int first = from == null ? WenzhouClock.FIRST_VOUCHER_YEAR : from;
        int last = to == null ? Year.now(clock).getValue() : to;
        if (first < 2000 || first > 2100) {
            throw new InvalidFieldException("from", "must be between 2000 and 2100");
        }
        if (last < 2000 || last > 2100) {
            throw new InvalidFieldException("to", "must be between 2000 and 2100");
        }
        if (first > last) {
            throw new InvalidFieldException("from", "must not be after to");
        }
        return new YearSpan(first, last);
    }
}
