package cn.wenzhou.fashion.records;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.common.Lists;
import cn.wenzhou.fashion.domain.BudgetRange;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.NeedStatus;
import cn.wenzhou.fashion.domain.Scope;

/**
 * A need as clients send it. The enterprise is given by {@code enterpriseId} or, as in the bulk-import
 * format, by {@code enterpriseExternalId}.
 */
@BudgetRange
public record NeedInput(
        @Size(max = 64) String externalId,
        Long enterpriseId,
        @Size(max = 64) String enterpriseExternalId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @NotEmpty @Size(max = 7) List<@NotNull Industry> industries,
        @Size(max = 9) List<@NotNull CapabilityCategory> categories,
        @Size(max = 30) List<@NotBlank @Size(max = 50) String> keywords,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal budgetMin,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal budgetMax,
        boolean useVoucher,
        Scope preferredScope,
        NeedStatus status,
        boolean confidential,
        Long version) implements RecordInput<Need>, BudgetRange.Ranged {

    @Override
    public void applyTo(Need need) {
        need.title = title.strip();
        need.description = description;
        need.industries = Lists.copyOf(industries);
        need.categories = Lists.copyOf(categories);
        need.keywords = Lists.copyOf(keywords);
        need.budgetMin = budgetMin;
        need.budgetMax = budgetMax;
        need.useVoucher = useVoucher;
        need.preferredScope = preferredScope == null ? Scope.ANY : preferredScope;
        need.status = status == null ? NeedStatus.OPEN : status;
        need.confidential = confidential;
    }
}
