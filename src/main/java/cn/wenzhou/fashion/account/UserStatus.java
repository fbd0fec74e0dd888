package cn.wenzhou.fashion.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin's decision to disable a user in the library, or to enable them again; the reason goes to the audit log. */
public record UserStatus(@NotNull Boolean disabled, @Size(max = 2000) String reason) {
}
