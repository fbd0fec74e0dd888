package cn.wenzhou.fashion.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The user (their account's subject) the organiser invites to judge. */
public record JudgeInvitation(@NotBlank @Size(max = 128) String userId) {
}
