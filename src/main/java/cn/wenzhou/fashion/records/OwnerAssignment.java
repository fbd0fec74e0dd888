package cn.wenzhou.fashion.records;

import jakarta.validation.constraints.Size;

/**
 * An admin's assignment of a profile to a user.
 *
 * @param ownerId the user's subject (Keycloak user id, the {@code sub} of their tokens); null releases the
 *        profile so that it can be claimed again
 * @param reason why, for the audit log
 */
public record OwnerAssignment(@Size(max = 128) String ownerId, @Size(max = 2000) String reason) {
}
