package cn.wenzhou.fashion.incentive.rest;

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
import cn.wenzhou.fashion.domain.PolicyApplicationStatus;
import cn.wenzhou.fashion.incentive.Disbursement;
import cn.wenzhou.fashion.incentive.PolicyApplicationInput;
import cn.wenzhou.fashion.incentive.PolicyApplicationService;
import cn.wenzhou.fashion.incentive.PolicyApplicationView;
import cn.wenzhou.fashion.incentive.Proposal;
import cn.wenzhou.fashion.settlement.Reason;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

@Authenticated
@Path("/api/policy-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incentive applications", description = "Members apply for a policy's support; a first admin proposes the amount, a second approves within the year's budget; disbursements are recorded")
@RequiredArgsConstructor
public class PolicyApplicationResource {

    private final PolicyApplicationService service;

    @POST
    @APIResponse(responseCode = "201", description = "The application",
            headers = @Header(name = "Location", description = "URL of the application", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, no such published policy or profile, or no declared cost for a policy that gives a share of it: the problem's errors name them")
    @APIResponse(responseCode = "403", description = "You are not the approved owner of the profile, or the profile is not eligible for the policy")
    @APIResponse(responseCode = "409", description = "The policy is not open or has no budget this year, the profile has an undecided application for it, or received its yearly cap")
    @Operation(operationId = "applyForIncentive", summary = "The owner of an eligible institution or designer applies for a policy's support")
    public Response apply(@NotNull @Valid PolicyApplicationInput body) {
        PolicyApplicationView created = service.apply(body);
        return Response.created(URI.create("/api/policy-applications/" + created.id())).entity(created).build();
    }

    @GET
    // Declared here so that Quarkus adds no 403 to it: any signed-in user may call this.
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "A page of applications")
    @APIResponse(responseCode = "400", description = "An unknown status, or page or size out of range")
    @Operation(operationId = "listIncentiveApplications", summary = "List the applications of your institutions and designers (all of them for admins), newest first")
    public Page<PolicyApplicationView> list(@QueryParam("policyId") Long policyId, @QueryParam("status") PolicyApplicationStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(policyId, status, page, size);
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "403", description = "Neither the applicant nor an admin")
    @APIResponse(responseCode = "404", description = "No such application")
    @Operation(operationId = "getIncentiveApplication", summary = "Read an application for an incentive")
    public PolicyApplicationView get(@PathParam("id") Long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/proposal")
    @APIResponse(responseCode = "200", description = "The application, PROPOSED")
    @APIResponse(responseCode = "400", description = "An amount over the applicant's entitlement, or reason over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin, or the applicant or the profile's owner")
    @APIResponse(responseCode = "409", description = "Only an APPLIED application gets a proposal")
    @Operation(operationId = "proposeIncentiveAmount", summary = "A first admin proposes the amount to grant (the entitlement when left out)")
    public PolicyApplicationView propose(@PathParam("id") Long id, @Valid Proposal body) {
        return service.propose(id, body);
    }

    @POST
    @Path("{id}/approve")
    @APIResponse(responseCode = "200", description = "The application, APPROVED: the amount is granted from the year's budget")
    @APIResponse(responseCode = "400", description = "reason over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin, the admin who proposed the amount, or a party")
    @APIResponse(responseCode = "409", description = "Not PROPOSED, or the amount would take the policy over its year's budget or the applicant over its cap")
    @Operation(operationId = "approveIncentive", summary = "A second admin approves the proposed amount within the year's budget (four eyes)")
    public PolicyApplicationView approve(@PathParam("id") Long id, @Valid Reason body) {
        return service.approve(id, body);
    }

    @POST
    @Path("{id}/reject")
    @APIResponse(responseCode = "200", description = "The application, REJECTED")
    @APIResponse(responseCode = "400", description = "reason missing or over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin, or the applicant or the profile's owner")
    @APIResponse(responseCode = "409", description = "Approved or rejected already")
    @Operation(operationId = "rejectIncentive", summary = "An admin rejects an application before its approval, with a reason")
    public PolicyApplicationView reject(@PathParam("id") Long id, @Valid Reason body) {
        return service.reject(id, body);
    }

    @POST
    @Path("{id}/disbursement")
    @APIResponse(responseCode = "200", description = "The application, DISBURSED")
    @APIResponse(responseCode = "400", description = "Invalid fields, or an amount over the one granted")
    @APIResponse(responseCode = "403", description = "Not an admin, or the applicant or the profile's owner")
    @APIResponse(responseCode = "409", description = "Not APPROVED, or disbursed already")
    @Operation(operationId = "recordIncentiveDisbursement", summary = "An admin records the payment of an approved support")
    public PolicyApplicationView disburse(@PathParam("id") Long id, @NotNull @Valid Disbursement body) {
        return service.disburse(id, body);
    }
}
