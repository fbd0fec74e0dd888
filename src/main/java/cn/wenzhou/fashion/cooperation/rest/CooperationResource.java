package cn.wenzhou.fashion.cooperation.rest;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.cooperation.AgreementInput;
import cn.wenzhou.fashion.cooperation.Confirmation;
import cn.wenzhou.fashion.cooperation.CooperationRequest;
import cn.wenzhou.fashion.cooperation.CooperationService;
import cn.wenzhou.fashion.cooperation.CooperationView;
import cn.wenzhou.fashion.cooperation.DeclineInput;
import cn.wenzhou.fashion.cooperation.RatingInput;
import cn.wenzhou.fashion.cooperation.ReasonInput;
import cn.wenzhou.fashion.cooperation.Resolution;
import cn.wenzhou.fashion.domain.CooperationStatus;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

@Authenticated
@Path("/api/cooperations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperations", description = "From match to agreement (合作): request, accept or decline, agreement, progress, completion")
@RequiredArgsConstructor
public class CooperationResource {

    private final CooperationService service;

    @POST
    @APIResponse(responseCode = "201", description = "The cooperation requested",
            headers = @Header(name = "Location", description = "URL of the created cooperation", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CooperationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or no need or partner with the ids given: the problem's errors name them")
    @APIResponse(responseCode = "403", description = "You do not own the need's enterprise")
    @APIResponse(responseCode = "409", description = "The need is not open, or already has an active cooperation with this partner")
    @Operation(operationId = "requestCooperation", summary = "Request cooperation with a partner on one of your enterprise's needs")
    public Response request(@NotNull @Valid CooperationRequest body) {
        CooperationView created = service.request(body);
        return Response.created(URI.create("/api/cooperations/" + created.id())).entity(created).build();
    }

    @GET
    // Declared here so that Quarkus adds no 403 to it: any signed-in user may call this.
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "A page of cooperations")
    @Operation(operationId = "listCooperations", summary = "List the cooperations you are a party of (all of them for admins), newest first")
    public Page<CooperationView> list(@QueryParam("status") CooperationStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(status, page, size);
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The cooperation")
    @APIResponse(responseCode = "403", description = "Neither a party of the cooperation nor an admin")
    @Operation(operationId = "getCooperation", summary = "Read a cooperation with its audit trail")
    public CooperationView get(@PathParam("id") Long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/accept")
    @APIResponse(responseCode = "200", description = "The cooperation, ACCEPTED")
    @APIResponse(responseCode = "403", description = "Not the requested partner")
    @APIResponse(responseCode = "409", description = "Refused in the cooperation's current state (see the README's states), or changed concurrently")
    @Operation(operationId = "acceptCooperation", summary = "The partner accepts the request")
    public CooperationView accept(@PathParam("id") Long id) {
        return service.accept(id);
    }

    @POST
    @Path("{id}/decline")
    @APIResponse(responseCode = "200", description = "The cooperation, DECLINED")
    @APIResponse(responseCode = "400", description = "An unknown code, reason over 2000 characters, or code OTHER without a reason")
    @APIResponse(responseCode = "403", description = "Not the requested partner")
    @APIResponse(responseCode = "409", description = "Refused in the cooperation's current state (see the README's states), or changed concurrently")
    @Operation(operationId = "declineCooperation", summary = "The partner declines the request",
            description = "code: NOT_OUR_FIELD, NO_CAPACITY, BUDGET_TOO_LOW, TIMING or OTHER (the default, with reason); shown to the enterprise, counted in the funnel")
    public CooperationView decline(@PathParam("id") Long id, @Valid DeclineInput body) {
        return service.decline(id, body);
    }

    @POST
    @Path("{id}/agreement")
    @APIResponse(responseCode = "200", description = "The cooperation, still ACCEPTED, with the proposed terms and their new termsVersion")
    @APIResponse(responseCode = "400", description = "Invalid fields, or an end before the start: the problem's errors name them")
    @APIResponse(responseCode = "403", description = "Not a party of the cooperation")
    @APIResponse(responseCode = "409", description = "Not ACCEPTED, one user owns both sides, or changed concurrently")
    @Operation(operationId = "proposeCooperationTerms", summary = "Propose the agreement's terms (type, terms, start and end); the other side confirms them",
            description = "Every proposal increases termsVersion; proposing again replaces the terms.")
    public CooperationView propose(@PathParam("id") Long id, @NotNull @Valid AgreementInput body) {
        return service.propose(id, body);
    }

    @POST
    @Path("{id}/agreement/confirmation")
    @APIResponse(responseCode = "200", description = "The cooperation, AGREED")
    @APIResponse(responseCode = "400", description = "termsVersion missing or below 1")
    @APIResponse(responseCode = "403", description = "Not a party, or the side that proposed the terms")
    @APIResponse(responseCode = "409", description = "No terms proposed, the terms changed since the version read, or the proposal expired")
    @Operation(operationId = "confirmCooperationTerms", summary = "The other side confirms the version of the terms it read: the cooperation is AGREED")
    public CooperationView confirm(@PathParam("id") Long id, @NotNull @Valid Confirmation body) {
        return service.confirm(id, body);
    }

    @POST
    @Path("{id}/start")
    @APIResponse(responseCode = "200", description = "The cooperation, IN_PROGRESS")
    @APIResponse(responseCode = "403", description = "Not a party of the cooperation")
    @APIResponse(responseCode = "409", description = "Refused in the cooperation's current state (see the README's states), or changed concurrently")
    @Operation(operationId = "startCooperation", summary = "The agreed cooperation is in progress")
    public CooperationView start(@PathParam("id") Long id) {
        return service.start(id);
    }

    @POST
    @Path("{id}/complete")
    @APIResponse(responseCode = "200", description = "The cooperation: COMPLETED once both sides confirmed, IN_PROGRESS after the first")
    @APIResponse(responseCode = "400", description = "Invalid fields (rating 1-5): the problem's errors name them")
    @APIResponse(responseCode = "403", description = "Not a party of the cooperation")
    @APIResponse(responseCode = "409", description = "Not IN_PROGRESS, your side confirmed already, one user owns both sides, or changed concurrently")
    @Operation(operationId = "completeCooperation", summary = "Confirm the completion with your rating (1-5) and comment of the other side; both sides do")
    public CooperationView complete(@PathParam("id") Long id, @NotNull @Valid RatingInput body) {
        return service.complete(id, body);
    }

    @POST
    @Path("{id}/rating")
    @APIResponse(responseCode = "200", description = "The cooperation with both ratings")
    @APIResponse(responseCode = "400", description = "Invalid fields (rating 1-5): the problem's errors name them")
    @APIResponse(responseCode = "403", description = "Not a party of the cooperation")
    @APIResponse(responseCode = "409", description = "Not COMPLETED yet, or your side has already rated it")
    @Operation(operationId = "rateCooperation", summary = "The other side rates a completed cooperation")
    public CooperationView rate(@PathParam("id") Long id, @NotNull @Valid RatingInput body) {
        return service.rate(id, body);
    }

    @POST
    @Path("{id}/cancel")
    @APIResponse(responseCode = "200", description = "The cooperation, CANCELLED")
    @APIResponse(responseCode = "400", description = "reason over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not a party of the cooperation")
    @APIResponse(responseCode = "409", description = "Refused in the cooperation's current state (see the README's states), or changed concurrently")
    @Operation(operationId = "cancelCooperation", summary = "Cancel the cooperation before it is completed")
    public CooperationView cancel(@PathParam("id") Long id, @Valid ReasonInput body) {
        return service.cancel(id, body);
    }

    @POST
    @Path("{id}/resolution")
    @APIResponse(responseCode = "200", description = "The cooperation, COMPLETED or CANCELLED")
    @APIResponse(responseCode = "400", description = "status other than COMPLETED or CANCELLED, or reason missing")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The state machine does not allow the status from the current one")
    @Operation(operationId = "resolveCooperation", summary = "An admin resolves a stuck cooperation with a reason (kept in the audit log)")
    public CooperationView resolve(@PathParam("id") Long id, @NotNull @Valid Resolution body) {
        return service.resolve(id, body);
    }
}
