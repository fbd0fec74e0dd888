package cn.wenzhou.fashion.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The check-in code the attendee reads at the venue. */
public record CheckIn(@NotBlank @Size(max = 32) String code) {
}
