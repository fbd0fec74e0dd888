package cn.wenzhou.fashion.domain;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Contact details: shown only to the owner, admins and the counterparty of an accepted cooperation. */
@Embeddable
public record Contact(
        @Size(max = 100) String person,
        @Pattern(regexp = "[0-9+\\-() ]{5,30}", message = "must be a phone number of 5 to 30 digits, spaces, +, - or parentheses") String phone,
        @Email @Size(max = 200) String email) {
}
