package cn.wenzhou.fashion.institution;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.account.OwnedProfile;
import cn.wenzhou.fashion.account.OwnerAssignment;
import cn.wenzhou.fashion.account.ProfileOwnership;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.match.MatchResult;
import cn.wenzhou.fashion.match.PartnerMatches;
import io.quarkus.security.Authenticated;

@Path("/api/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions", description = "Design institutes, universities, research institutes, testing labs (机构)")
public class InstitutionResource {

    private final InstitutionService service;
    private final ProfileOwnership ownership;
    private final PartnerMatches matches;

    public InstitutionResource(InstitutionService service, PartnerMatches matches, ProfileOwnership ownership) {
        this.service = service;
        this.matches = matches;
        this.ownership = ownership;
    }

    @GET
    @Authenticated
    @Path("{id}/matches")
    @Operation(summary = "Open needs this institution can serve, ranked and explained")
    public MatchResult matches(@PathParam("id") Long id,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return matches.needsFor(Institution.class, id, limit);
    }

    @Authenticated
    @POST
    @Operation(summary = "Create an institution")
    public Response create(@NotNull @Valid InstitutionInput body) {
        InstitutionView created = service.create(body);
        return Response.created(URI.create("/api/institutions/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an institution")
    public InstitutionView get(@PathParam("id") Long id) {
        return service.get(id);
    }

    @Authenticated
    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an institution; send the version you read to guard against lost updates")
    public InstitutionView update(@PathParam("id") Long id, @NotNull @Valid InstitutionInput body) {
        return service.update(id, body);
    }

    @Authenticated
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an institution")
    public void delete(@PathParam("id") Long id, @QueryParam("version") Long version) {
        service.delete(id, version);
    }

    @GET
    @Operation(summary = "List institutions in id order, optionally the one with an external id")
    public Page<InstitutionView> list(@QueryParam("externalId") String externalId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(externalId, page, size);
    }

    @Authenticated
    @POST
    @Path("{id}/claim")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Claim this institution profile as yours",
            description = "For users with the role 'institution' and profiles without owner (imported ones, or created by an admin); 409 if someone owns it.")
    public OwnedProfile claim(@PathParam("id") Long id) {
        return ownership.claim(Institution.class, id);
    }

    @Authenticated
    @PUT
    @Path("{id}/owner")
    @Operation(summary = "Assign this institution profile to a user (admins)", description = "ownerId is the user's subject; null releases the profile.")
    public OwnedProfile assignOwner(@PathParam("id") Long id, @NotNull @Valid OwnerAssignment body) {
        return ownership.assign(Institution.class, id, body);
    }
}
