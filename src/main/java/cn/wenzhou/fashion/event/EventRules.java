package cn.wenzhou.fashion.event;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.EventType;
import cn.wenzhou.fashion.domain.WenzhouClock;

/** The rules an event's fields must keep together, beyond each field's own: every broken one named in one 400 problem. */
final class EventRules {

    private final List<FieldError> errors = new ArrayList<>();

    static Instant wenzhou(LocalDateTime time) {
        return time == null ? null : time.atZone(WenzhouClock.ZONE).toInstant();
    }

    /**
     * The broken rules of the input, with {@code more} found elsewhere (speakers), all in one 400 problem if any;
     * {@code now} is when registration opens if the input says nothing.
     */
    static void check(EventInput in, Instant now, List<FieldError> more) {
        var rules = new EventRules();
        rules.checkTimes(in, now);
        rules.checkPlace(in);
        if (in.eventType() == EventType.COMPETITION) {
            rules.checkCompetition(in);
        }
        rules.errors.addAll(more);
        if (!rules.errors.isEmpty()) {
            throw new InvalidFieldException(rules.errors);
        }
    }

    private void checkTimes(EventInput in, Instant now) {
        Instant starts = wenzhou(in.startsAt());
        Instant ends = wenzhou(in.endsAt());
        if (!ends.isAfter(starts)) {
            errors.add(new FieldError("endsAt", "must be after startsAt"));
        }
        Instant opens = in.registrationOpensAt() == null ? now : wenzhou(in.registrationOpensAt());
        Instant closes = in.registrationClosesAt() == null ? starts : wenzhou(in.registrationClosesAt());
        if (!closes.isAfter(opens)) {
            errors.add(new FieldError("registrationClosesAt", "must be after registrationOpensAt (or now, when that is not given)"));
        } else if (closes.isAfter(ends)) {
            errors.add(new FieldError("registrationClosesAt", "must not be after endsAt"));
        }
    }

    private void checkPlace(EventInput in) {
        boolean online = in.onlineUrl() != null && !in.onlineUrl().isBlank();
        boolean address = in.address() != null && !in.address().isBlank();
        if (online && !isHttpsUrl(in.onlineUrl())) {
            errors.add(new FieldError("onlineUrl", "must be an https URL with a host, such as https://meeting.example.cn/room/1"));
        }
        if (!online && !address && in.district() == null) {
            errors.add(new FieldError("address", "give the district and address of the place, or an onlineUrl"));
        } else if (address != (in.district() != null)) {
            errors.add(new FieldError(address ? "district" : "address", "a place needs both its district and its address"));
        }
    }

    private void checkCompetition(EventInput in) {
        if (in.categories() == null || in.categories().isEmpty()) {
            errors.add(new FieldError("categories", "a competition needs at least one category"));
        }
        if (in.criteria() == null || in.criteria().isEmpty()) {
            errors.add(new FieldError("criteria", "a competition publishes at least one criterion its entries are scored on"));
        }
        if (in.submissionsOpenAt() == null) {
            errors.add(new FieldError("submissionsOpenAt", "a competition needs a submission window"));
        }
        if (in.submissionsCloseAt() == null) {
            errors.add(new FieldError("submissionsCloseAt", "a competition needs a submission window"));
        } else if (in.submissionsOpenAt() != null && !in.submissionsCloseAt().isAfter(in.submissionsOpenAt())) {
            errors.add(new FieldError("submissionsCloseAt", "must be after submissionsOpenAt"));
        }
    }

    static boolean isHttpsUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank() && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
