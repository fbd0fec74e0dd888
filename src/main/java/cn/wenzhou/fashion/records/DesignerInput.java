package cn.wenzhou.fashion.records;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.domain.Capability;
import cn.wenzhou.fashion.domain.Contact;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Location;

/**
 * A designer as clients send it, in the bulk-import format too.
 *
 * @param version the version the client read; required to be current when given on update
 */
public record DesignerInput(
        @Size(max = 64) String externalId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotEmpty @Size(max = 7) List<@NotNull Industry> industries,
        @Size(max = 50) List<@NotNull @Valid Capability> capabilities,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
        @Min(0) @Max(70) Integer yearsExperience,
        @NotNull @Valid Location location,
        boolean settled,
        @Valid Contact contact,
        Long version) implements RecordInput<Designer> {

    @Override
    public void applyTo(Designer designer) {
        designer.describe(name, description, industries, capabilities, tags, location, settled, contact);
        designer.yearsExperience = yearsExperience;
    }
}
