package cn.wenzhou.fashion.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a partner is; {@code district} is set only for Wenzhou. */
@Embeddable
public record Location(
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 two-letter country code such as CN") String country,
        @Size(max = 100) String province,
        @Size(max = 100) String city,
        @Enumerated(EnumType.STRING) District district) {
    public static final String WENZHOU = "温州市";

    /** LOCAL for Wenzhou, DOMESTIC for the rest of mainland China, INTERNATIONAL otherwise (Hong Kong included). */
    public Scope scope() {
        if (!"CN".equals(country)) {
            return Scope.INTERNATIONAL;
        }
        return district != null || WENZHOU.equals(city) ? Scope.LOCAL : Scope.DOMESTIC;
    }
}
