package cn.wenzhou.fashion.event.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.event.CompetitionService;
import cn.wenzhou.fashion.event.ConflictDeclaration;
import cn.wenzhou.fashion.event.EntryInput;
import cn.wenzhou.fashion.event.EntryView;
import cn.wenzhou.fashion.event.JudgeInvitation;
import cn.wenzhou.fashion.event.JudgeView;
import cn.wenzhou.fashion.event.Scores;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

/** Design competitions (events of type COMPETITION): judges, entries, scores, conflicts and results. */
@Path("/api/events/{id}/competition")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@SecurityRequirementsSet
@Tag(name = "Competitions", description = "Design competitions: invite judges, enter, score on the published criteria, declare conflicts, publish results")
@RequiredArgsConstructor
public class CompetitionResource {

    private final CompetitionService competitions;

    @POST
    @Path("judges")
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The judge, INVITED (or as they were if invited before)")
    @APIResponse(responseCode = "400", description = "userId missing")
    @APIResponse(responseCode = "403", description = "Not the competition's organiser nor an admin")
    @APIResponse(responseCode = "409", description = "The results are published")
    @Operation(operationId = "inviteJudge", summary = "The organiser invites a signed-in user to judge")
    public JudgeView invite(@PathParam("id") Long id, @NotNull @Valid JudgeInvitation body) {
        return competitions.invite(id, body);
    }

    @GET
    @Path("judges")
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The judges and whether they accepted")
    @APIResponse(responseCode = "403", description = "Not the competition's organiser nor an admin")
    @Operation(operationId = "listJudges", summary = "The competition's judges")
    public List<JudgeView> judges(@PathParam("id") Long id) {
        return competitions.judges(id);
    }

    @POST
    @Path("judges/acceptance")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "You, ACCEPTED")
    @APIResponse(responseCode = "403", description = "You were not invited")
    @Operation(operationId = "acceptJudgeInvitation", summary = "Accept your invitation to judge")
    public JudgeView accept(@PathParam("id") Long id) {
        return competitions.accept(id);
    }

    @POST
    @Path("entries")
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "The entry")
    @APIResponse(responseCode = "400", description = "Invalid fields, an unknown designer or a category the competition does not have")
    @APIResponse(responseCode = "403", description = "Not the approved owner of the designer profile")
    @APIResponse(responseCode = "409", description = "Outside the submission window, or the designer entered the category already")
    @Operation(operationId = "submitEntry", summary = "A designer enters the competition")
    public Response enter(@PathParam("id") Long id, @NotNull @Valid EntryInput body) {
        EntryView entry = competitions.enter(id, body);
        return Response.created(URI.create("/api/events/" + id + "/competition/entries")).entity(entry).build();
    }

    @GET
    @Path("entries")
    @APIResponse(responseCode = "200", description = "The entries: all once results are published, else to the organiser, admins and judges; entrants see theirs")
    @APIResponse(responseCode = "401", description = "Not signed in, before the results are published")
    @Operation(operationId = "listEntries", summary = "The competition's entries, ranked by category once results are published")
    public List<EntryView> entries(@PathParam("id") Long id) {
        return competitions.entries(id);
    }

    @POST
    @Path("entries/{entryId}/conflict")
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "204", description = "Declared: you do not score the entry (your scores of it are withdrawn)")
    @APIResponse(responseCode = "400", description = "reason missing or over 1000 characters")
    @APIResponse(responseCode = "403", description = "Not a judge who accepted")
    @Operation(operationId = "declareJudgeConflict", summary = "A judge declares a conflict of interest with an entry")
    public void declareConflict(@PathParam("id") Long id, @PathParam("entryId") Long entryId, @NotNull @Valid ConflictDeclaration body) {
        competitions.declareConflict(id, entryId, body);
    }

    @PUT
    @Path("entries/{entryId}/scores")
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "Your scores of the entry")
    @APIResponse(responseCode = "400", description = "A criterion without score, a score outside 0-10, or a name that is no published criterion")
    @APIResponse(responseCode = "403", description = "Not a judge who accepted, or you own or cooperate with the entry's designer, or declared a conflict")
    @APIResponse(responseCode = "409", description = "The submission window is still open, or the results are published")
    @Operation(operationId = "scoreEntry", summary = "A judge scores an entry on every published criterion")
    public Map<String, Integer> score(@PathParam("id") Long id, @PathParam("entryId") Long entryId, @NotNull @Valid Scores body) {
        return competitions.score(id, entryId, body);
    }

    @POST
    @Path("results")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The ranked entries")
    @APIResponse(responseCode = "403", description = "Not the competition's organiser nor an admin")
    @APIResponse(responseCode = "409", description = "The submission window is still open, or results are published already")
    @Operation(operationId = "publishCompetitionResults", summary = "The organiser publishes the results with ranks per category")
    public List<EntryView> publish(@PathParam("id") Long id) {
        return competitions.publishResults(id);
    }
}
