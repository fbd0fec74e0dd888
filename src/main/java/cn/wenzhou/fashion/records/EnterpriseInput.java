package cn.wenzhou.fashion.records;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.common.Lists;
import cn.wenzhou.fashion.domain.Contact;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.EnterpriseSize;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.ValidCreditCode;

/** An enterprise as clients send it, in the bulk-import format too. */
public record EnterpriseInput(
        @Size(max = 64) String externalId,
        @NotBlank @Size(max = 200) String name,
        @ValidCreditCode String creditCode,
        @NotEmpty @Size(max = 7) List<@NotNull Industry> industries,
        @NotNull District district,
        EnterpriseSize size,
        @Size(max = 4000) String description,
        @Valid Contact contact,
        Long version) implements RecordInput<Enterprise> {

    @Override
    public void applyTo(Enterprise enterprise) {
        enterprise.name = name.strip();
        if (!Objects.equals(enterprise.creditCode, creditCode)) {
            // A verification holds for the code that was verified, not for its replacement.
            enterprise.verifiedCreditCode = null;
        }
        enterprise.creditCode = creditCode;
        enterprise.industries = Lists.copyOf(industries);
        enterprise.district = district;
        enterprise.size = size;
        enterprise.description = description;
        enterprise.contact = contact;
    }
}
