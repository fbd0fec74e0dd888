package cn.wenzhou.fashion.event.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.event.CheckIn;
import cn.wenzhou.fashion.event.EventCalendar;
import cn.wenzhou.fashion.event.EventInput;
import cn.wenzhou.fashion.event.EventService;
import cn.wenzhou.fashion.event.EventView;
import cn.wenzhou.fashion.event.ProfileEvents;
import cn.wenzhou.fashion.event.RegistrationInput;
import cn.wenzhou.fashion.event.RegistrationService;
import cn.wenzhou.fashion.event.RegistrationView;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

/** Events: published by organisers, read by anyone, registered for by signed-in users; calendar files and feeds. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@SecurityRequirementsSet
@Tag(name = "Events", description = "Training, forums, lectures, exchanges and design competitions: publish, find, register, check in, calendars")
@RequiredArgsConstructor
public class EventResource {

    private final EventService events;
    private final RegistrationService registrations;
    private final EventCalendar calendar;
    private final ProfileEvents profiles;

    @POST
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "The event published",
            headers = @Header(name = "Location", description = "URL of the event", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: times out of order, no place and no online link, a link that is no https URL, "
            + "an unknown organiser or speaker, a competition without categories, criteria or submission window; the problem's errors name them")
    @APIResponse(responseCode = "403", description = "Not the approved owner of the organiser profile, nor an admin")
    @Operation(operationId = "publishEvent", summary = "Publish an event for an institution or designer profile you own (admins: any, or the bureau)")
    public Response publish(@NotNull @Valid EventInput body) {
        EventView created = events.publish(body);
        return Response.created(URI.create("/api/events/" + created.id())).entity(created).build();
    }

    @GET
    @APIResponse(responseCode = "200", description = "Events not over yet, soonest first")
    @APIResponse(responseCode = "400", description = "size out of range")
    @Operation(operationId = "listUpcomingEvents", summary = "List the coming events (search them with GET /api/search?kind=event)")
    public List<EventView> upcoming(@QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return events.upcoming(size);
    }

    @GET
    @Path("{id: \\d+}")
    @APIResponse(responseCode = "200", description = "The event; its check-in code only for its organiser and admins")
    @Operation(operationId = "getEvent", summary = "Read an event")
    public EventView get(@PathParam("id") Long id) {
        return events.get(id);
    }

    @GET
    @Path("{id: \\d+}.ics")
    @Produces(EventCalendar.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The event as an iCalendar file", content = @Content(mediaType = EventCalendar.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such event")
    @Operation(operationId = "getEventCalendar", summary = "Download an event as an iCalendar (.ics) file")
    public Response ics(@PathParam("id") Long id) {
        return calendarFile(calendar.ofEvent(id), "event-" + id + ".ics");
    }

    @POST
    @Path("calendar-feed")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The address of your feed: calendar applications subscribe to it without signing in; keep it to yourself")
    @Operation(operationId = "getCalendarFeedAddress", summary = "The address of your calendar feed of the events you hold a place at")
    public Map<String, String> feedAddress() {
        return Map.of("url", "/api/events/feeds/" + calendar.feedToken() + ".ics");
    }

    @GET
    @Path("feeds/{token: [A-Za-z0-9_-]{32}}.ics")
    @Produces(EventCalendar.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The events the feed's user holds a place at", content = @Content(mediaType = EventCalendar.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No feed has this token")
    @Operation(operationId = "getCalendarFeed", summary = "A user's calendar feed, by the unguessable token of its address")
    public Response feed(@PathParam("token") String token) {
        return calendarFile(calendar.feed(token), "events.ics");
    }

    @POST
    @Path("{id}/registration")
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "Your registration: REGISTERED while places last, else WAITING with your position")
    @APIResponse(responseCode = "400", description = "A field the event asks for is missing or invalid, or consent to share them is missing")
    @APIResponse(responseCode = "409", description = "Registration is not open, or you are registered or waiting already")
    @Operation(operationId = "registerForEvent", summary = "Register for an event (a place or the waiting list)")
    public RegistrationView register(@PathParam("id") Long id, @Valid RegistrationInput body) {
        return registrations.register(id, body);
    }

    @GET
    @Path("{id}/registration")
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "Your registration")
    @APIResponse(responseCode = "404", description = "You are not registered")
    @Operation(operationId = "getMyEventRegistration", summary = "Your registration for an event")
    public RegistrationView mine(@PathParam("id") Long id) {
        return registrations.mine(id);
    }

    @DELETE
    @Path("{id}/registration")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "204", description = "Cancelled; the first on the waiting list moved up to a freed place")
    @APIResponse(responseCode = "404", description = "You are not registered")
    @APIResponse(responseCode = "409", description = "The event has started")
    @Operation(operationId = "cancelEventRegistration", summary = "Cancel your registration or leave the waiting list")
    public void cancel(@PathParam("id") Long id) {
        registrations.cancel(id);
    }

    @POST
    @Path("{id}/check-in")
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "Your registration with its check-in time")
    @APIResponse(responseCode = "400", description = "code missing, or not the event's")
    @APIResponse(responseCode = "404", description = "You are not registered")
    @APIResponse(responseCode = "409", description = "You are on the waiting list, or check-in is not open (an hour before the start until the end)")
    @Operation(operationId = "checkInToEvent", summary = "Confirm your own attendance with the check-in code shown at the event")
    public RegistrationView checkIn(@PathParam("id") Long id, @NotNull @Valid CheckIn body) {
        return registrations.checkIn(id, body);
    }

    @GET
    @Path("{id}/registrations")
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "Places first, then the waiting list in order, with only what registrants agreed to share")
    @APIResponse(responseCode = "403", description = "Not the event's organiser nor an admin")
    @Operation(operationId = "listEventRegistrations", summary = "The organiser's list of registrations (also as CSV: registrations.csv)")
    public List<RegistrationView> list(@PathParam("id") Long id) {
        return registrations.list(id);
    }

    @GET
    @Path("profiles/{profileKind}/{profileId}")
    @APIResponse(responseCode = "200", description = "Events organised, lectures given, attendance confirmed and awards")
    @APIResponse(responseCode = "400", description = "profileKind is not institution or designer")
    @APIResponse(responseCode = "404", description = "No such profile")
    @Operation(operationId = "getProfileEvents", summary = "What an institution or designer did at events")
    public ProfileEvents.Summary profile(@PathParam("profileKind") String kind, @PathParam("profileId") Long profileId) {
        RecordKind recordKind = RecordKind.INSTITUTION.code().equals(kind) ? RecordKind.INSTITUTION
                : RecordKind.DESIGNER.code().equals(kind) ? RecordKind.DESIGNER : null;
        if (recordKind == null) {
            throw new InvalidFieldException("profileKind", "must be institution or designer");
        }
        return profiles.of(recordKind, profileId);
    }

    private static Response calendarFile(String body, String filename) {
        return Response.ok(body, EventCalendar.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
