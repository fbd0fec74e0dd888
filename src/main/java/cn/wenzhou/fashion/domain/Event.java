package cn.wenzhou.fashion.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * An event (活动) institutions, designers or the bureau hold: training, a forum, a lecture, an exchange or a design
 * competition. Times are instants, entered and shown in Wenzhou time. It takes place at an address in a district or
 * online. Its owner is the user who published it for the organiser profile; competitions also have rules, categories,
 * criteria and a submission window.
 */
@Entity
@Indexed(index = "event")
public class Event extends LibraryRecord {
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 20)
    public EventType eventType;

    @Column(name = "title_zh", nullable = false, length = 300)
    public String titleZh;

    @Column(name = "title_en", length = 300)
    public String titleEn;

    @Column(name = "description_zh", length = 4000)
    public String descriptionZh;

    @Column(name = "description_en", length = 4000)
    public String descriptionEn;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public District district;

    @Column(length = 500)
    public String address;

    /** The https address of an online event. */
    @Column(name = "online_url", length = 500)
    public String onlineUrl;

    /** The organiser's profile (institution or designer); null for the bureau's own events. */
    @Enumerated(EnumType.STRING)
    @Column(name = "organiser_kind", length = 20)
    public RecordKind organiserKind;

    @Column(name = "organiser_id")
    public Long organiserId;

    @Column(name = "organiser_name", nullable = false, length = 200)
    public String organiserName;

    @ElementCollection
    @CollectionTable(name = "event_speaker", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<Speaker> speakers = new ArrayList<>();

    @Column(nullable = false)
    public int capacity;

    @Column(name = "registration_opens_at", nullable = false)
    public Instant registrationOpensAt;

    @Column(name = "registration_closes_at", nullable = false)
    public Instant registrationClosesAt;

    @Convert(converter = ListColumns.Industries.class)
    @Column(length = 1000)
    public List<Industry> industries = List.of();

    @Convert(converter = ListColumns.Strings.class)
    @Column(length = 4000)
    public List<String> topics = List.of();

    /** What registrants share with the organiser, with their consent. */
    @Convert(converter = ListColumns.AttendeeFields.class)
    @Column(name = "attendee_fields", length = 200)
    public List<AttendeeField> attendeeFields = List.of();

    /** Shown at the venue (or in the online room): attendees confirm their attendance with it. Never in the API of others. */
    @Column(name = "check_in_code", nullable = false, length = 32)
    public String checkInCode;

    @Column(length = 4000)
    public String rules;

    @Convert(converter = ListColumns.Strings.class)
    @Column(length = 2000)
    public List<String> categories = List.of();

    /** The published criteria judges score each entry on, 0 to 10 each. */
    @Convert(converter = ListColumns.Strings.class)
    @Column(length = 2000)
    public List<String> criteria = List.of();

    @Column(name = "submissions_open_at")
    public Instant submissionsOpenAt;

    @Column(name = "submissions_close_at")
    public Instant submissionsCloseAt;

    @Column(name = "results_published_at")
    public Instant resultsPublishedAt;

    public boolean isCompetition() {
        return eventType == EventType.COMPETITION;
    }
}
