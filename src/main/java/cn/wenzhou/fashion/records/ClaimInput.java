package cn.wenzhou.fashion.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.domain.Contact;

/**
 * The evidence of a claim. An enterprise's claim names its unified social credit code, which must be the
 * record's, its business licence (营业执照) and the letter authorising the claimant (授权委托书); an
 * institution's names its registration certificate and the authorising letter; a designer's a qualification
 * or portfolio reference. The contact is how the admin reaches the claimant.
 */
public record ClaimInput(
        @Size(max = 18) String creditCode,
        @NotBlank @Size(max = 200) String evidenceReference,
        @Size(max = 200) String authorisationReference,
        @NotNull @Valid Contact contact) {
}
