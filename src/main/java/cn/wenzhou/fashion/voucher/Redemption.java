package cn.wenzhou.fashion.voucher;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The enterprise's request to redeem (兑现) an approved voucher: the amount spent and its proof, the contract
 * with the provider and the provider's invoice, each of which may prove one voucher only.
 */
public record Redemption(
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @NotBlank @Size(max = 200) String contractReference,
        @NotBlank @Size(max = 200) String invoiceReference) {
}
