package cn.wenzhou.fashion.records;

import java.time.LocalDate;

import cn.wenzhou.fashion.domain.Institution;

/** Where a partner stands in the voucher provider registry on a day. */
public enum ProviderStanding {
    NOT_REGISTERED, WITHOUT_END, VALID, EXPIRING_SOON, EXPIRED;

    /** How long before its last day a registration counts as expiring soon: the bureau has a month to renew it. */
    static final int SOON_DAYS = 30;

    static ProviderStanding of(Institution institution, LocalDate today) {
        if (!institution.voucherProvider) {
            return NOT_REGISTERED;
        }
        LocalDate until = institution.voucherProviderUntil;
        if (until == null) {
            return WITHOUT_END;
        }
        if (until.isBefore(today)) {
            return EXPIRED;
        }
        return until.isBefore(today.plusDays(SOON_DAYS)) ? EXPIRING_SOON : VALID;
    }
}
