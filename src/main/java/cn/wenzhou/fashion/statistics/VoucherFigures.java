package cn.wenzhou.fashion.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who redeemed innovation vouchers in a span of years, as in the bureau's figures: the whole span, then by
 * district, by industry (of the firm; OTHER for firms outside the fashion industries) and by year. A firm
 * counts once in each row however many vouchers it redeemed.
 */
public record VoucherFigures(int fromYear, int toYear, Row total, List<Row> byDistrict, List<Row> byIndustry, List<Row> byYear) {

    /**
     * One slice of the voucher users: how many firms, their share of all users of the span, how many of them are
     * fashion firms and their share of the slice; the amount redeemed, its share of all amounts, the fashion
     * firms' amount and its share of the slice's amount. Amounts in CNY, shares in percent.
     */
    public record Row(
            String dimension,
            String key,
            long enterprises,
            BigDecimal enterpriseShareOfAll,
            long fashionEnterprises,
            BigDecimal fashionShare,
            BigDecimal amount,
            BigDecimal amountShareOfAll,
            BigDecimal fashionAmount,
            BigDecimal fashionAmountShare) {
    }
}
