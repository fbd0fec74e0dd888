package cn.wenzhou.fashion.event;

import java.time.OffsetDateTime;

import cn.wenzhou.fashion.domain.EventRegistration;
import cn.wenzhou.fashion.domain.RegistrationStatus;

/**
 * A registration as the registrant and the organiser see it: what the registrant shared, never their account.
 *
 * @param waitingPosition 1 for the next to move up; null unless waiting
 */
public record RegistrationView(
        Long eventId,
        RegistrationStatus status,
        Integer waitingPosition,
        OffsetDateTime registeredAt,
        String name,
        String phone,
        String email,
        String organisation,
        OffsetDateTime checkedInAt) {

    static RegistrationView of(EventRegistration r, Integer waitingPosition) {
        return new RegistrationView(r.event.id, r.status, waitingPosition, EventView.wenzhou(r.registeredAt), r.sharedName, r.sharedPhone,
                r.sharedEmail, r.sharedOrganisation, EventView.wenzhou(r.checkedInAt));
    }
}
