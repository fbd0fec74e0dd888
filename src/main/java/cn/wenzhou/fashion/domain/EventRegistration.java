package cn.wenzhou.fashion.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A user's registration for an event, with what they agreed to share with the organiser (only the fields the event
 * asks for). Attendance is confirmed by the attendee with the event's check-in code.
 */
@Entity
@Table(name = "event_registration")
public class EventRegistration extends EventPart {
    @Column(name = "user_id", nullable = false, length = 128)
    public String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public RegistrationStatus status;

    /** The place in the waiting list: earlier registrations move up first. */
    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "shared_name", length = 200)
    public String sharedName;

    @Column(name = "shared_phone", length = 50)
    public String sharedPhone;

    @Column(name = "shared_email", length = 200)
    public String sharedEmail;

    @Column(name = "shared_organisation", length = 200)
    public String sharedOrganisation;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Version
    public long version;

    public boolean active() {
        return status != RegistrationStatus.CANCELLED;
    }
}
