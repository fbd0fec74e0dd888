package cn.wenzhou.fashion.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The caller's institution or designer profile whose capabilities new needs are matched against. */
public record FollowCapabilitiesInput(@NotNull @Pattern(regexp = "institution|designer", message = "must be institution or designer") String kind,
        @NotNull Long id) {
}
