package cn.wenzhou.fashion.enterprise;

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
import io.quarkus.security.Authenticated;

@Path("/api/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "Wenzhou enterprises that post R&D needs (企业)")
public class EnterpriseResource {

    private final EnterpriseService service;
    private final ProfileOwnership ownership;

    public EnterpriseResource(EnterpriseService service, ProfileOwnership ownership) {
        this.service = service;
        this.ownership = ownership;
    }

    @Authenticated
    @POST
    @Operation(summary = "Create an enterprise")
    public Response create(@NotNull @Valid EnterpriseInput body) {
        EnterpriseView created = service.create(body);
        return Response.created(URI.create("/api/enterprises/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an enterprise")
    public EnterpriseView get(@PathParam("id") Long id) {
        return service.get(id);
    }

    @Authenticated
    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an enterprise; send the version you read to guard against lost updates")
    public EnterpriseView update(@PathParam("id") Long id, @NotNull @Valid EnterpriseInput body) {
        return service.update(id, body);
    }

    @Authenticated
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an enterprise")
    public void delete(@PathParam("id") Long id, @QueryParam("version") Long version) {
        service.delete(id, version);
    }

    @GET
    @Operation(summary = "List enterprises in id order, optionally the one with an external id")
    public Page<EnterpriseView> list(@QueryParam("externalId") String externalId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(externalId, page, size);
    }

    @Authenticated
    @POST
    @Path("{id}/claim")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Claim this enterprise profile as yours",
            description = "For users with the role 'enterprise' and profiles without owner (imported ones, or created by an admin); 409 if someone owns it.")
    public OwnedProfile claim(@PathParam("id") Long id) {
        return ownership.claim(Enterprise.class, id);
    }

    @Authenticated
    @PUT
    @Path("{id}/owner")
    @Operation(summary = "Assign this enterprise profile to a user (admins)", description = "ownerId is the user's subject; null releases the profile.")
    public OwnedProfile assignOwner(@PathParam("id") Long id, @NotNull @Valid OwnerAssignment body) {
        return ownership.assign(Enterprise.class, id, body);
    }
}
