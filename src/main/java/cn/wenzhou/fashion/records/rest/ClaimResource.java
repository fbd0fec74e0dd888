package cn.wenzhou.fashion.records.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.ClaimStatus;
import cn.wenzhou.fashion.records.ClaimDecision;
import cn.wenzhou.fashion.records.ClaimView;
import cn.wenzhou.fashion.records.ProfileOwnership;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

@Authenticated
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Users' claims of profiles, reviewed by the bureau's admins")
@RequiredArgsConstructor
public class ClaimResource {

    private final ProfileOwnership ownership;

    @GET
    // Declared here so that Quarkus adds no 403 to it: any signed-in user may call this.
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "A page of claims")
    @Operation(operationId = "listClaims", summary = "Your claims, or for admins the queue of everyone's (status=PENDING), newest first")
    public Page<ClaimView> list(@QueryParam("status") ClaimStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return ownership.list(status, page, size);
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(responseCode = "403", description = "Neither the claimant nor an admin")
    @Operation(operationId = "getClaim", summary = "Read a claim and its status")
    public ClaimView get(@PathParam("id") Long id) {
        return ownership.get(id);
    }

    @POST
    @Path("{id}/approve")
    @APIResponse(responseCode = "200", description = "The claim, APPROVED: the claimant owns the profile")
    @APIResponse(responseCode = "400", description = "reason over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The claim was decided already, or the profile has an owner")
    @Operation(operationId = "approveClaim", summary = "An admin approves a claim after checking its evidence")
    public ClaimView approve(@PathParam("id") Long id, @Valid ClaimDecision body) {
        return ownership.approve(id, body);
    }

    @POST
    @Path("{id}/reject")
    @APIResponse(responseCode = "200", description = "The claim, REJECTED")
    @APIResponse(responseCode = "400", description = "reason missing or over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The claim was decided already")
    @Operation(operationId = "rejectClaim", summary = "An admin rejects a claim with a reason")
    public ClaimView reject(@PathParam("id") Long id, @Valid ClaimDecision body) {
        return ownership.reject(id, body);
    }
}
