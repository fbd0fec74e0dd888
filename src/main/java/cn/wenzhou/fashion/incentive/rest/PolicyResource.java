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
import jakarta.ws.rs.PUT;
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

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.IncentiveKind;
import cn.wenzhou.fashion.incentive.PolicyInput;
import cn.wenzhou.fashion.incentive.PolicyService;
import cn.wenzhou.fashion.incentive.PolicyView;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

@Path("/api/policies")
// Published policies are public; admins, signed in, also see drafts.
@SecurityRequirement(name = "keycloak")
@SecurityRequirementsSet
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incentive policies", description = "Rent subsidies, tax relief, R&D funding and talent awards for settled members: published by admins, with a budget per year")
@RequiredArgsConstructor
public class PolicyResource {

    private final PolicyService service;

    @POST
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "The policy, a draft",
            headers = @Header(name = "Location", description = "URL of the policy", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (an amount rule without its amount or share, dates out of order, nobody eligible, a year twice): the problem's errors name them")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @Operation(operationId = "createPolicy", summary = "An admin writes an incentive policy as a draft")
    public Response create(@NotNull @Valid PolicyInput body) {
        PolicyView created = service.create(body);
        return Response.created(URI.create("/api/policies/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The policy as replaced")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a budget below what was granted of it: the problem's errors name them")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The version sent is not the current one")
    @Operation(operationId = "replacePolicy", summary = "An admin replaces a policy's text, rules, dates and budgets (years left out keep theirs)")
    public PolicyView update(@PathParam("id") Long id, @NotNull @Valid PolicyInput body) {
        return service.update(id, body);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The policy, published")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "Published already")
    @Operation(operationId = "publishPolicy", summary = "An admin publishes a draft policy")
    public PolicyView publish(@PathParam("id") Long id) {
        return service.publish(id);
    }

    @GET
    @APIResponse(responseCode = "200", description = "A page of policies")
    @APIResponse(responseCode = "400", description = "An unknown kind, or page or size out of range")
    @Operation(operationId = "listPolicies", summary = "List the published policies (drafts too for admins), newest first")
    public Page<PolicyView> list(@QueryParam("kind") IncentiveKind kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(kind, page, size);
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The policy")
    @APIResponse(responseCode = "404", description = "No such policy, or a draft and you are no admin")
    @Operation(operationId = "getPolicy", summary = "Read a policy with its budgets")
    public PolicyView get(@PathParam("id") Long id) {
        return service.get(id);
    }
}
