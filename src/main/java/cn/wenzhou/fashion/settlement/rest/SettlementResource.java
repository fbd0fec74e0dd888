package cn.wenzhou.fashion.settlement.rest;

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
import cn.wenzhou.fashion.domain.SettlementStatus;
import cn.wenzhou.fashion.settlement.Reason;
import cn.wenzhou.fashion.settlement.SettlementInput;
import cn.wenzhou.fashion.settlement.SettlementService;
import cn.wenzhou.fashion.settlement.SettlementView;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

@Authenticated
@Path("/api/settlements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settling in", description = "Applications of institutions and designers to settle in (入驻): apply, cancel, approve or reject, withdraw")
@RequiredArgsConstructor
public class SettlementResource {

    private final SettlementService service;

    @POST
    @APIResponse(responseCode = "201", description = "The application",
            headers = @Header(name = "Location", description = "URL of the application", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettlementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or no such profile: the problem's errors name them")
    @APIResponse(responseCode = "403", description = "You are not the owner of the profile, or the bureau has not approved you as its owner")
    @APIResponse(responseCode = "409", description = "The profile is settled already, or has an application waiting for a decision")
    @Operation(operationId = "applyToSettle", summary = "The owner of an institution or designer applies for it to settle in")
    public Response apply(@NotNull @Valid SettlementInput body) {
        SettlementView created = service.apply(body);
        return Response.created(URI.create("/api/settlements/" + created.id())).entity(created).build();
    }

    @GET
    // Declared here so that Quarkus adds no 403 to it: any signed-in user may call this.
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "A page of applications")
    @APIResponse(responseCode = "400", description = "An unknown status, or page or size out of range")
    @Operation(operationId = "listSettlements", summary = "List the applications of your institutions and designers (all of them for admins), newest first")
    public Page<SettlementView> list(@QueryParam("status") SettlementStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(status, page, size);
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "403", description = "Neither the applicant nor an admin")
    @APIResponse(responseCode = "404", description = "No such application")
    @Operation(operationId = "getSettlement", summary = "Read an application to settle in")
    public SettlementView get(@PathParam("id") Long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "200", description = "The application, CANCELLED")
    @APIResponse(responseCode = "403", description = "Not the owner of the profile")
    @APIResponse(responseCode = "409", description = "The application was decided already")
    @Operation(operationId = "cancelSettlement", summary = "The applicant cancels an application the bureau has not decided yet")
    public SettlementView cancel(@PathParam("id") Long id) {
        return service.cancel(id);
    }

    @POST
    @Path("{id}/approve")
    @APIResponse(responseCode = "200", description = "The application, APPROVED: the partner is settled")
    @APIResponse(responseCode = "400", description = "reason over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin, or the applicant or the profile's owner")
    @APIResponse(responseCode = "409", description = "Only an APPLIED application is approved or rejected")
    @Operation(operationId = "approveSettlement", summary = "An admin who is no party approves the application: the partner is settled")
    public SettlementView approve(@PathParam("id") Long id, @Valid Reason body) {
        return service.approve(id, body);
    }

    @POST
    @Path("{id}/reject")
    @APIResponse(responseCode = "200", description = "The application, REJECTED")
    @APIResponse(responseCode = "400", description = "reason missing or over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin, or the applicant or the profile's owner")
    @APIResponse(responseCode = "409", description = "Only an APPLIED application is approved or rejected")
    @Operation(operationId = "rejectSettlement", summary = "An admin rejects the application with a reason")
    public SettlementView reject(@PathParam("id") Long id, @Valid Reason body) {
        return service.reject(id, body);
    }

    @POST
    @Path("{id}/withdraw")
    @APIResponse(responseCode = "200", description = "The application, WITHDRAWN: the partner is no longer settled")
    @APIResponse(responseCode = "400", description = "reason missing or over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin, or the applicant or the profile's owner")
    @APIResponse(responseCode = "409", description = "Only an APPROVED settlement is withdrawn")
    @Operation(operationId = "withdrawSettlement", summary = "An admin withdraws an approved settlement with a reason: the partner is no longer settled")
    public SettlementView withdraw(@PathParam("id") Long id, @Valid Reason body) {
        return service.withdraw(id, body);
    }
}
