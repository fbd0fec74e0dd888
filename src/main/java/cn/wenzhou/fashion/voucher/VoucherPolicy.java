package cn.wenzhou.fashion.voucher;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The innovation-voucher rules of the bureau, in CNY; override with {@code library.voucher.*}. */
@ConfigMapping(prefix = "library.voucher")
public interface VoucherPolicy {

    /** The most one application may ask for. */
    @WithDefault("20000")
    BigDecimal maxPerApplication();

    /**
     * The most one legal entity (a verified credit code) may apply for in a calendar year of Wenzhou: applied,
     * approved and requested amounts and paid amounts; a voucher never paid whose cooperation was cancelled
     * does not count.
     */
    @WithDefault("100000")
    BigDecimal maxPerEnterpriseYear();
}
