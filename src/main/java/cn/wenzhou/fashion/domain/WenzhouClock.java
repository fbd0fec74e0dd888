package cn.wenzhou.fashion.domain;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The library's one clock: Wenzhou time, in which voucher years, agreement dates and statistics are counted. */
@Singleton
public class WenzhouClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The first year of innovation vouchers in Wenzhou. */
    public static final int FIRST_VOUCHER_YEAR = 2015;

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
