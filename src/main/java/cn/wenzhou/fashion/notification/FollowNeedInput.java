package cn.wenzhou.fashion.notification;

import jakarta.validation.constraints.NotNull;

/** The owner's open need to hear of new partners for. */
public record FollowNeedInput(@NotNull Long needId) {
}
