package cn.wenzhou.fashion.records;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.domain.Capability;
import cn.wenzhou.fashion.domain.Contact;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.InstitutionType;
import cn.wenzhou.fashion.domain.Location;

/**
 * An institution as clients send it, in the bulk-import format too.
 *
 * @param version the version the client read; required to be current when given on update
 */
public record InstitutionInput(
        @Size(max = 64) String externalId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 300) String nameEn,
        @NotNull InstitutionType type,
        @Size(max = 4000) String description,
        @NotEmpty @Size(max = 7) List<@NotNull Industry> industries,
        @Size(max = 50) List<@NotNull @Valid Capability> capabilities,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
        @NotNull @Valid Location location,
        boolean voucherProvider,
        LocalDate voucherProviderUntil,
        boolean settled,
        @Valid Contact contact,
        Long version) implements RecordInput<Institution> {

    @Override
    public void applyTo(Institution institution) {
        institution.describe(name, description, industries, capabilities, tags, location, settled, contact);
        institution.nameEn = nameEn;
        institution.type = type;
        institution.voucherProvider = voucherProvider;
        institution.voucherProviderUntil = voucherProviderUntil;
    }
}
