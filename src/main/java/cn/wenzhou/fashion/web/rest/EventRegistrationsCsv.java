package cn.wenzhou.fashion.web.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.domain.AttendeeField;
import cn.wenzhou.fashion.event.EventService;
import cn.wenzhou.fashion.event.RegistrationService;
import cn.wenzhou.fashion.event.RegistrationView;
import cn.wenzhou.fashion.statistics.FiguresCsv;
import cn.wenzhou.fashion.web.RegistrationsCsv;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

/**
 * The organiser's list of an event's registrations as CSV, formula-safe, with the columns of the fields the
 * event asks for only ({@link RegistrationsCsv}, which the organiser's page downloads too).
 */
@Path("/api/events/{id}/registrations.csv")
@Tag(name = "Events")
@RequiredArgsConstructor
public class EventRegistrationsCsv {

    private final EventService events;
    private final RegistrationService registrations;

    @GET
    @Produces(FiguresCsv.MEDIA_TYPE)
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "status, waitingPosition, registeredAt, the fields the event asks for, checkedInAt",
            content = @Content(mediaType = FiguresCsv.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not the event's organiser nor an admin")
    @Operation(operationId = "exportEventRegistrations", summary = "Download the organiser's list of registrations as CSV")
    public Response export(@PathParam("id") Long id) {
        List<RegistrationView> rows = registrations.list(id);
        List<AttendeeField> fields = events.get(id).attendeeFields();
        return FiguresCsv.download(RegistrationsCsv.of(fields, rows), "event-" + id + "-registrations.csv");
    }
}
