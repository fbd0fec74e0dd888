package cn.wenzhou.fashion.web.pages;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import cn.wenzhou.fashion.account.MeService;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.AttendeeField;
import cn.wenzhou.fashion.domain.JudgeStatus;
import cn.wenzhou.fashion.domain.EventType;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.RegistrationStatus;
import cn.wenzhou.fashion.event.CheckIn;
import cn.wenzhou.fashion.event.CompetitionService;
import cn.wenzhou.fashion.event.ConflictDeclaration;
import cn.wenzhou.fashion.event.EntryInput;
import cn.wenzhou.fashion.event.EntryView;
import cn.wenzhou.fashion.event.EventService;
import cn.wenzhou.fashion.event.EventView;
import cn.wenzhou.fashion.event.JudgeView;
import cn.wenzhou.fashion.event.RegistrationInput;
import cn.wenzhou.fashion.event.RegistrationService;
import cn.wenzhou.fashion.event.RegistrationView;
import cn.wenzhou.fashion.event.Scores;
import cn.wenzhou.fashion.records.OwnedProfile;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.web.pages.WorkspacePages.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

/**
 * The page of an event: what, when (Wenzhou time), where, who speaks, places left, and its calendar file; for a
 * signed-in reader their registration (register with the fields the event asks for and the consent to share them,
 * join the waiting list when it is full, cancel, check in with the code read at the venue); for a competition its
 * entries, the form to enter a designer the reader owns, the invited judge's acceptance, conflicts and scores, and
 * the results with ranks once published. Events are found on the search page ({@code /search?kind=event}). Each
 * form calls the service the API calls, then redirects back (post/redirect/get); a refusal shows the page again with
 * the API's status, the reason and the form as typed.
 */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
@RequiredArgsConstructor
public class EventPages {

    /** The confirmations the page knows: {@code done} comes from the address, which anyone can write. */
    private static final Set<String> DONE = Set.of("REGISTERED", "CANCELLED", "CHECKED_IN", "ENTERED", "JUDGE_ACCEPTED", "CONFLICT_DECLARED",
            "SCORED");
    static final String REGISTER_FORM = "register";
    static final String CHECK_IN_FORM = "check-in";
    static final String ENTRY_FORM = "entry";

    private final EventService events;
    private final RegistrationService registrations;
    private final CompetitionService competitions;
    private final MeService me;
    private final Caller caller;
    private final Validator validator;
    private final PageFrames frames;

    /**
     * What the page shows of an event to its reader.
     *
     * @param registration the reader's active registration; null for none (and for anonymous readers)
     * @param competition null unless the event is a competition
     */
    @TemplateData
    public record EventPage(EventView event, String when, String calendarHref, boolean signedIn, RegistrationView registration,
            Competition competition) {

        /** Every place is taken: a registration joins the waiting list. */
        public boolean full() {
            return event.registered() >= event.capacity();
        }

        public boolean holdsPlace() {
            return registration != null && registration.status() == RegistrationStatus.REGISTERED;
        }
    }

    /**
     * A competition as its reader sees it: the entries the service shows them, their invitation to judge, the
     * designers they may enter.
     */
    @TemplateData
    public record Competition(List<EntryView> entries, JudgeView invitation, List<OwnedProfile> designers, boolean published) {

        public boolean invited() {
            return invitation != null && invitation.status() == JudgeStatus.INVITED;
        }

        /** An accepted judge scores and declares conflicts until the results are published. */
        public boolean judging() {
            return invitation != null && invitation.status() == JudgeStatus.ACCEPTED && !published;
        }

        public boolean entering() {
            return !designers.isEmpty() && !published;
        }
    }

    @CheckedTemplate(basePath = "EventPages")
    static class Templates {
        static native TemplateInstance event(PageFrame frame, EventPage page, Notice notice, FormState form);
    }

    @GET
    @Path("{id: \\d+}")
    public Response event(@PathParam("id") Long id, @QueryParam("done") String done, @QueryParam("lang") String lang) {
        PageFrame frame = frames.frame(lang);
        Notice notice = done != null && DONE.contains(done) ? new Notice(false, frame.text().t("event.done." + done)) : null;
        return PageFrames.page(lang, Templates.event(frame, page(id), notice, FormState.NONE));
    }

    @POST
    @Path("{id: \\d+}/registration")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, REGISTER_FORM, "REGISTERED", form, fields -> {
            Map<AttendeeField, String> shared = new EnumMap<>(AttendeeField.class);
            for (AttendeeField field : AttendeeField.values()) {
                String value = fields.text("shared." + field.name());
                if (value != null) {
                    shared.put(field, value);
                }
            }
            registrations.register(id, fields.valid(new RegistrationInput(shared, fields.checked("consent")), validator));
        });
    }

    @POST
    @Path("{id: \\d+}/registration/cancel")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, "cancel", "CANCELLED", form, fields -> registrations.cancel(id));
    }

    @POST
    @Path("{id: \\d+}/check-in")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, CHECK_IN_FORM, "CHECKED_IN", form, fields -> registrations.checkIn(id, fields.valid(new CheckIn(fields.text("code")), validator)));
    }

    @POST
    @Path("{id: \\d+}/competition/entries")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enter(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, ENTRY_FORM, "ENTERED", form, fields -> competitions.enter(id, fields.valid(new EntryInput(fields.requiredId("designerId"),
                fields.text("category"), fields.text("title"), fields.text("description"), fields.lines("imageRefs")), validator)));
    }

    @POST
    @Path("{id: \\d+}/competition/judges/acceptance")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acceptJudging(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, "accept-judging", "JUDGE_ACCEPTED", form, fields -> competitions.accept(id));
    }

    /** A judge's conflict with an entry (the form's {@code entryId}: each entry has its form). */
    @POST
    @Path("{id: \\d+}/competition/conflicts")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declareConflict(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, entryForm(form, "conflict"), "CONFLICT_DECLARED", form, fields -> {
            Long entryId = fields.requiredId("entryId");
            competitions.declareConflict(id, entryId, fields.valid(new ConflictDeclaration(fields.text("reason")), validator));
        });
    }

    /** A judge's scores of an entry: one field {@code scores.<criterion>} for each of the competition's published criteria. */
    @POST
    @Path("{id: \\d+}/competition/scores")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, entryForm(form, "score"), "SCORED", form, fields -> {
            Long entryId = fields.requiredId("entryId");
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (String criterion : events.get(id).criteria()) {
                scores.put(criterion, fields.integer("scores." + criterion));
            }
            competitions.score(id, entryId, fields.valid(new Scores(scores), validator));
        });
    }

    /** The id of an entry's form on the page, {@code entry-<entryId>-<action>}, to show it again when refused. */
    private static String entryForm(MultivaluedMap<String, String> form, String action) {
        String entryId = form == null ? null : form.getFirst("entryId");
        return "entry-" + (entryId != null && entryId.matches("\\d{1,18}") ? entryId : "") + "-" + action;
    }

    /** The page of a search hit of kind event. */
    static String eventHref(Long id) {
        return "/events/" + id;
    }

    private Response act(Long id, String formId, String done, MultivaluedMap<String, String> form, Consumer<FormFields> change) {
        FormFields fields = new FormFields(form);
        return PageActions.act(() -> change.accept(fields), eventHref(id) + "?done=" + done, refusal -> {
            PageFrame frame = frames.frameAt(eventHref(id));
            Notice notice = new Notice(true, frame.text().t("workspace.refused." + refusal.status()) + " " + refusal.text());
            return PageFrames.page(null, Templates.event(frame, page(id), notice, new FormState(formId, fields.values(), refusal.fields())),
                    refusal.status());
        });
    }

    private EventPage page(Long id) {
        EventView event = events.get(id);
        String when = event.startsAt().toLocalDate() + " " + event.startsAt().toLocalTime() + " – "
                + (event.endsAt().toLocalDate().equals(event.startsAt().toLocalDate()) ? "" : event.endsAt().toLocalDate() + " ")
                + event.endsAt().toLocalTime();
        boolean signedIn = caller.signedIn();
        return new EventPage(event, when, "/api/events/" + id + ".ics", signedIn, signedIn ? myRegistration(id) : null,
                event.eventType() == EventType.COMPETITION ? competition(event, signedIn) : null);
    }

    private RegistrationView myRegistration(Long id) {
        try {
            return registrations.mine(id);
        } catch (RecordNotFoundException none) {
            return null;
        }
    }

    private Competition competition(EventView event, boolean signedIn) {
        boolean published = event.resultsPublishedAt() != null;
        // Before the results, the service shows entries to signed-in readers only (each entrant their own).
        List<EntryView> entries = published || signedIn ? competitions.entries(event.id()) : List.of();
        List<OwnedProfile> designers = signedIn ? me.me().profiles().stream()
                .filter(profile -> profile.kind().equals(RecordKind.DESIGNER.code())).toList() : List.of();
        return new Competition(entries, competitions.myInvitation(event.id()).orElse(null), designers, published);
    }
}
