package cn.wenzhou.fashion.outreach;

import java.math.BigDecimal;
import java.util.List;

import cn.wenzhou.fashion.domain.CapabilityCategory;

/**
 * Whether a need could be paid for with innovation vouchers now: its enterprise has a verified credit code and cap
 * left this year ({@code capLeft}, CNY; null without verified code), and registered voucher providers rank among the
 * need's first matches with an eligible capability in its categories. {@code reasons} says what is missing when it is
 * not eligible: NEED_CLOSED, NO_VERIFIED_CREDIT_CODE, NO_CAP_LEFT, NO_PROVIDER_AMONG_FIRST_MATCHES.
 */
public record VoucherEligibility(Long needId, boolean eligible, BigDecimal capLeft, List<CapabilityCategory> categories,
        List<EligibleProvider> providers, List<String> reasons) {
}
