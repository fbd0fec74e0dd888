package cn.wenzhou.fashion.records.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.records.EnterpriseInput;
import cn.wenzhou.fashion.records.EnterpriseService;
import cn.wenzhou.fashion.records.EnterpriseView;
import cn.wenzhou.fashion.records.MergeInput;
import cn.wenzhou.fashion.records.ProfileOwnership;

@Path("/api/enterprises")
// Reading profiles is public; with a token, owners, admins and accepted partners also see contact details.
@SecurityRequirement(name = "keycloak")
@SecurityRequirementsSet
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "Wenzhou enterprises that post R&D needs (企业)")
public class EnterpriseResource extends ProfileResource<Enterprise, EnterpriseInput, EnterpriseView> {

    private final EnterpriseService enterprises;

    public EnterpriseResource(EnterpriseService service, ProfileOwnership ownership) {
        super(RecordKind.ENTERPRISE, service, ownership);
        this.enterprises = service;
    }

    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    // The class declares reading as public; this operation is for admins.
    @SecurityRequirement(name = "keycloak", scopes = Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "The enterprise, its credit code verified")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The enterprise has no valid credit code, or another enterprise has it verified: merge the two")
    @Operation(operationId = "verifyEnterpriseCreditCode", summary = "An admin verifies the enterprise's credit code against the business register",
            description = "Only a verified credit code is unique, opens vouchers and carries the yearly voucher cap.")
    public EnterpriseView verify(@PathParam("id") Long id) {
        return enterprises.verify(id);
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "keycloak", scopes = Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "The enterprise kept, with the duplicate's needs, cooperations and vouchers")
    @APIResponse(responseCode = "400", description = "duplicateId missing, unknown or the kept enterprise itself, or reason missing")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @Operation(operationId = "mergeEnterprises", summary = "An admin merges a duplicate record of the same legal entity into this one, then deletes it",
            description = "Imports report duplicates of verified credit codes per line and leave them for this.")
    public EnterpriseView merge(@PathParam("id") Long id, @NotNull @Valid MergeInput body) {
        return enterprises.merge(id, body);
    }
}
