package cn.wenzhou.fashion.records.rest;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.records.RecordInput;
import cn.wenzhou.fashion.records.RecordService;
import cn.wenzhou.fashion.records.RecordView;
import io.quarkus.security.Authenticated;

/**
 * The endpoints every kind of record has: create, read, replace, delete, list. The subclasses give the path and
 * the types; "{kind}" in the summaries is the kind's name (see {@code KindSummaries}).
 */
public abstract class RecordResource<E extends LibraryRecord, I extends RecordInput<E>, V extends RecordView> {

    private final RecordKind kind;
    private final RecordService<E, I, V> service;

    protected RecordResource(RecordKind kind, RecordService<E, I, V> service) {
        this.kind = kind;
        this.service = service;
    }

    @Authenticated
    @APIResponse(responseCode = "200", description = "Done")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Signed in, but the role or ownership does not allow it")
    @POST
    @Operation(summary = "Create {kind}")
    public Response create(@NotNull @Valid I body) {
        V created = service.create(body);
        return Response.created(URI.create(kind.path() + "/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read {kind}")
    public V get(@PathParam("id") Long id) {
        return service.get(id);
    }

    @Authenticated
    @APIResponse(responseCode = "200", description = "Done")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Signed in, but the role or ownership does not allow it")
    @PUT
    @Path("{id}")
    @Operation(summary = "Replace {kind}; send the version you read to guard against lost updates")
    public V update(@PathParam("id") Long id, @NotNull @Valid I body) {
        return service.update(id, body);
    }

    @Authenticated
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Signed in, but the role or ownership does not allow it")
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete {kind}")
    public void delete(@PathParam("id") Long id, @QueryParam("version") Long version) {
        service.delete(id, version);
    }

    @GET
    @Operation(summary = "List {kinds} in id order, optionally the one with an external id")
    public Page<V> list(@QueryParam("externalId") String externalId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(externalId, page, size);
    }
}
