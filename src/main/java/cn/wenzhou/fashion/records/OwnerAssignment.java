package cn.wenzhou.fashion.records;

import jakarta.validation.constraints.Size;

/**
 * An admin's assignment of a profile to a user.
 *
 * @param ownerId the user's subject (Keycloak user id, the {@code sub} of their tokens); null releases the
 *        profile so that it can be claimed again
 */
public record OwnerAssignment(@Size(max = 128) String ownerId) {
}
