package cn.wenzhou.fashion.web.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

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
import cn.wenzhou.fashion.domain.AttendeeField;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.EventType;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.event.CompetitionService;
import cn.wenzhou.fashion.event.EventInput;
import cn.wenzhou.fashion.event.EventService;
import cn.wenzhou.fashion.event.EventView;
import cn.wenzhou.fashion.event.JudgeInvitation;
import cn.wenzhou.fashion.event.JudgeView;
import cn.wenzhou.fashion.event.RegistrationService;
import cn.wenzhou.fashion.event.RegistrationView;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.statistics.FiguresCsv;
import cn.wenzhou.fashion.web.RegistrationsCsv;
import cn.wenzhou.fashion.web.pages.SettlingInPages.Member;
import cn.wenzhou.fashion.web.pages.SettlingInPages.MemberChoice;
import cn.wenzhou.fashion.web.pages.WorkspacePages.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

/**
 * The organiser's side of events, in the workspace: the events the reader publishes or organises through a profile
 * they own, the form to publish one, and for each of their events the check-in code to show at the venue, the
 * registrations with what registrants agreed to share (and their CSV), and for a competition its judges, the form to
 * invite one and the publication of the results. The services decide who may see and do each; the page only asks.
 */
@Authenticated
@Path("/workspace/events")
@Produces(MediaType.TEXT_HTML)
@RequiredArgsConstructor
public class OrganiserEventPages {

    static final String HOME = "/workspace/events";
    /** The confirmations the page knows: {@code done} comes from the address, which anyone can write. */
    private static final Set<String> DONE = Set.of("PUBLISHED", "JUDGE_INVITED", "RESULTS_PUBLISHED");
    static final String PUBLISH_FORM = "publish";
    static final String INVITE_FORM = "invite";

    private final EventService events;
    private final RegistrationService registrations;
    private final CompetitionService competitions;
    private final MeService me;
    private final Caller caller;
    private final Validator validator;
    private final PageFrames frames;

    /** The reader's events and what the publishing form offers: their institutions and designers, the codes. */
    @TemplateData
    public record Organised(List<EventView> events, List<MemberChoice> organisers, boolean forBureau) {

        public List<String> eventTypes() {
            return names(EventType.values());
        }

        public List<String> districts() {
            return names(District.values());
        }

        public List<String> industries() {
            return names(Industry.values());
        }

        public List<String> attendeeFields() {
            return names(AttendeeField.values());
        }

        private static List<String> names(Enum<?>[] values) {
            return Arrays.stream(values).map(Enum::name).toList();
        }
    }

    /** One of the reader's events as its organiser sees it; judges for competitions only. */
    @TemplateData
    public record Managed(EventView event, List<RegistrationView> registrations, List<JudgeView> judges) {

        public boolean competition() {
            return event.eventType() == EventType.COMPETITION;
        }
    }

    @CheckedTemplate(basePath = "OrganiserEventPages")
    static class Templates {
        static native TemplateInstance events(PageFrame frame, Organised page, Notice notice, FormState form);

        static native TemplateInstance event(PageFrame frame, Managed page, Notice notice, FormState form);
    }

    @GET
    public Response page(@QueryParam("done") String done, @QueryParam("lang") String lang) {
        PageFrame frame = frames.frame(lang);
        return PageFrames.page(lang, Templates.events(frame, organised(), notice(frame, done), FormState.NONE));
    }

    @GET
    @Path("{id: \\d+}")
    public Response event(@PathParam("id") Long id, @QueryParam("done") String done, @QueryParam("lang") String lang) {
        PageFrame frame = frames.frame(lang);
        return PageFrames.page(lang, Templates.event(frame, managed(id), notice(frame, done), FormState.NONE));
    }

    /** The list of registrations as the API's CSV: formula-safe, the columns of the fields the event asks for only. */
    @GET
    @Path("{id: \\d+}/registrations.csv")
    @Produces(FiguresCsv.MEDIA_TYPE)
    public Response csv(@PathParam("id") Long id) {
        List<RegistrationView> rows = registrations.list(id);
        return FiguresCsv.download(RegistrationsCsv.of(events.get(id).attendeeFields(), rows), "event-" + id + "-registrations.csv");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(MultivaluedMap<String, String> form) {
        FormFields fields = new FormFields(form);
        return PageActions.act(() -> events.publish(input(fields)), HOME + "?done=PUBLISHED", refusal -> PageFrames.page(null,
                Templates.events(frames.frameAt(HOME), organised(), refused(refusal), new FormState(PUBLISH_FORM, fields.values(), refusal.fields())),
                refusal.status()));
    }

    @POST
    @Path("{id: \\d+}/judges")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        FormFields fields = new FormFields(form);
        return onEvent(id, INVITE_FORM, "JUDGE_INVITED", fields,
                () -> competitions.invite(id, fields.valid(new JudgeInvitation(fields.text("userId")), validator)));
    }

    @POST
    @Path("{id: \\d+}/results")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publishResults(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        FormFields fields = new FormFields(form);
        return onEvent(id, "results", "RESULTS_PUBLISHED", fields, () -> competitions.publishResults(id));
    }

    /** The event as the form describes it; the organiser a profile of the reader's, none for an admin's bureau event. */
    private EventInput input(FormFields fields) {
        String organiser = fields.text("member");
        Member member = organiser == null ? null : Member.of(organiser);
        List<EventInput.SpeakerInput> speakers = fields.lines("speakers").stream().map(name -> new EventInput.SpeakerInput(null, name)).toList();
        return fields.valid(new EventInput(fields.code(EventType.class, "eventType"), fields.text("titleZh"), fields.text("titleEn"),
                fields.text("descriptionZh"), fields.text("descriptionEn"), fields.dateTime("startsAt"), fields.dateTime("endsAt"),
                fields.code(District.class, "district"), fields.text("address"), fields.text("onlineUrl"),
                member == null ? null : member.kind(), member == null ? null : member.id(), null, speakers, fields.integer("capacity"),
                fields.dateTime("registrationOpensAt"), fields.dateTime("registrationClosesAt"), fields.codes(Industry.class, "industries"),
                fields.lines("topics"), fields.codes(AttendeeField.class, "attendeeFields"), fields.text("rules"), fields.lines("categories"),
                fields.lines("criteria"), fields.dateTime("submissionsOpenAt"), fields.dateTime("submissionsCloseAt")), validator);
    }

    private Response onEvent(Long id, String formId, String done, FormFields fields, Runnable change) {
        String here = HOME + "/" + id;
        return PageActions.act(change, here + "?done=" + done, refusal -> PageFrames.page(null,
                Templates.event(frames.frameAt(here), managed(id), refused(refusal), new FormState(formId, fields.values(), refusal.fields())),
                refusal.status()));
    }

    private Notice refused(Refusal refusal) {
        PageFrame frame = frames.frame(null);
        return new Notice(true, frame.text().t("workspace.refused." + refusal.status()) + " " + refusal.text());
    }

    private static Notice notice(PageFrame frame, String done) {
        return done != null && DONE.contains(done) ? new Notice(false, frame.text().t("organiser.done." + done)) : null;
    }

    private Organised organised() {
        return new Organised(events.managedByMe(), MemberChoice.of(me.me().profiles()), caller.isAdmin());
    }

    private Managed managed(Long id) {
        EventView event = events.get(id);
        List<RegistrationView> list = registrations.list(id);
        return new Managed(event, list, event.eventType() == EventType.COMPETITION ? competitions.judges(id) : List.of());
    }
}
