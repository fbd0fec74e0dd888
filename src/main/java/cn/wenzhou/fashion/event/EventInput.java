package cn.wenzhou.fashion.event;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.domain.AttendeeField;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.EventType;
import cn.wenzhou.fashion.domain.Industry;

/**
 * An event as its organiser publishes it. Times are Wenzhou wall-clock times (Asia/Shanghai, no offset):
 * {@code 2026-12-05T14:00}. The organiser is a profile the caller owns; admins may publish for the bureau instead
 * (organiserName). The competition fields are read for competitions only.
 *
 * @param registrationOpensAt when registration opens; now if not given
 * @param registrationClosesAt when it closes; the start of the event if not given
 */
public record EventInput(
        @NotNull EventType eventType,
        @NotBlank @Size(max = 300) String titleZh,
        @Size(max = 300) String titleEn,
        @Size(max = 4000) String descriptionZh,
        @Size(max = 4000) String descriptionEn,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        District district,
        @Size(max = 500) String address,
        @Size(max = 500) String onlineUrl,
        String organiserKind,
        Long organiserId,
        @Size(max = 200) String organiserName,
        @Size(max = 20) List<@NotNull @Valid SpeakerInput> speakers,
        @NotNull @Min(1) @Max(100_000) Integer capacity,
        LocalDateTime registrationOpensAt,
        LocalDateTime registrationClosesAt,
        @Size(max = 7) List<@NotNull Industry> industries,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> topics,
        @Size(max = 4) List<@NotNull AttendeeField> attendeeFields,
        @Size(max = 4000) String rules,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> categories,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> criteria,
        LocalDateTime submissionsOpenAt,
        LocalDateTime submissionsCloseAt) {

    /** A speaker: a designer profile of the library, or a name. */
    public record SpeakerInput(Long designerId, @Size(max = 200) String name) {
    }
}
