package cn.wenzhou.fashion.need;

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

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.match.MatchKind;
import cn.wenzhou.fashion.match.NeedMatches;
import cn.wenzhou.fashion.match.MatchResult;
import io.quarkus.security.Authenticated;

@Path("/api/needs")
// Needs are for signed-in users; who may change which need is checked by NeedService.
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Needs", description = "R&D needs of enterprises (需求)")
public class NeedResource {

    private final NeedService service;
    private final NeedMatches matches;

    public NeedResource(NeedService service, NeedMatches matches) {
        this.service = service;
        this.matches = matches;
    }

    @GET
    @Path("{id}/matches")
    @Operation(summary = "Ranked, explained partners for a need",
            description = "kind = institution | designer | all; strict = true turns the voucher and scope preferences into filters.")
    public MatchResult matches(@PathParam("id") Long id,
            @QueryParam("kind") @DefaultValue("all") String kind,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @QueryParam("strict") @DefaultValue("false") boolean strict) {
        return matches.partnersFor(id, MatchKind.parse(kind), limit, strict);
    }

    @POST
    @Operation(summary = "Create a need")
    public Response create(@NotNull @Valid NeedInput body) {
        NeedView created = service.create(body);
        return Response.created(URI.create("/api/needs/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a need")
    public NeedView get(@PathParam("id") Long id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a need; send the version you read to guard against lost updates")
    public NeedView update(@PathParam("id") Long id, @NotNull @Valid NeedInput body) {
        return service.update(id, body);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a need")
    public void delete(@PathParam("id") Long id, @QueryParam("version") Long version) {
        service.delete(id, version);
    }

    @GET
    @Operation(summary = "List needs in id order, optionally the one with an external id")
    public Page<NeedView> list(@QueryParam("externalId") String externalId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(externalId, page, size);
    }
}
