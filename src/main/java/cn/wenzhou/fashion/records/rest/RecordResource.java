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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.records.RecordInput;
import cn.wenzhou.fashion.records.RecordService;
import cn.wenzhou.fashion.records.RecordView;
import io.quarkus.security.Authenticated;

/**
 * The endpoints every kind of record has: create, read, replace, delete, list. The subclasses give the path and
 * the types. In the OpenAPI annotations, {@code {kind}}, {@code {kinds}}, {@code {Kind}} and {@code {Kinds}} stand
 * for the kind's names ({@code institution}, {@code institutions}, {@code Institution}, {@code Institutions}):
 * {@code web.rest.ApiDocumentFilter} puts them in for each subclass's path, so that every operationId is unique.
 * Quarkus does not see a method's {@code @Authenticated} for the operations of the subclasses, hence the
 * {@code @SecurityRequirement} beside each; reads are public for profiles (class-level requirements of the
 * subclasses) and for signed-in users for needs ({@code @Authenticated} on NeedResource).
 */
public abstract class RecordResource<E extends LibraryRecord, I extends RecordInput<E>, V extends RecordView> {

    protected final RecordKind kind;
    private final RecordService<E, I, V> service;

    protected RecordResource(RecordKind kind, RecordService<E, I, V> service) {
        this.kind = kind;
        this.service = service;
    }

    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "The {kind} created",
            headers = @Header(name = "Location", description = "URL of the created record",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/{Kind}View")))
    @APIResponse(responseCode = "400", description = "Invalid fields, or an external id another {kind} uses: the problem's errors name them")
    @APIResponse(responseCode = "403", description = "Signed in, but the role or ownership does not allow it")
    @POST
    @Operation(operationId = "create{Kind}", summary = "Create {kind}")
    public Response create(@NotNull @Valid I body) {
        V created = service.create(body);
        return Response.created(URI.create(kind.path() + "/" + created.id())).entity(created).build();
    }

    @APIResponse(responseCode = "200", description = "The {kind}")
    @GET
    @Path("{id}")
    @Operation(operationId = "get{Kind}", summary = "Read {kind}")
    public V get(@PathParam("id") Long id) {
        return service.get(id);
    }

    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The {kind} as replaced")
    @APIResponse(responseCode = "400", description = "Invalid fields, or an external id another {kind} uses: the problem's errors name them")
    @APIResponse(responseCode = "403", description = "Signed in, but the role or ownership does not allow it")
    @APIResponse(responseCode = "409", description = "The version sent is not the current one: the {kind} was changed since it was read")
    @PUT
    @Path("{id}")
    @Operation(operationId = "replace{Kind}", summary = "Replace {kind}; send the version you read to guard against lost updates")
    public V update(@PathParam("id") Long id, @NotNull @Valid I body) {
        return service.update(id, body);
    }

    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Signed in, but the role or ownership does not allow it")
    @APIResponse(responseCode = "409", description = "The version sent is not the current one (the {kind} changed since it was read), or needs, cooperations or vouchers still refer to it (they are kept, and so is the {kind})")
    @DELETE
    @Path("{id}")
    @Operation(operationId = "delete{Kind}", summary = "Delete {kind}")
    public void delete(@PathParam("id") Long id,
            @QueryParam("version") @Parameter(description = "the version you read: a {kind} changed since is not deleted (409)") Long version) {
        service.delete(id, version);
    }

    @APIResponse(responseCode = "200", description = "A page of {kinds}")
    @GET
    @Operation(operationId = "list{Kinds}", summary = "List {kinds} in id order, optionally the one with an external id")
    public Page<V> list(@QueryParam("externalId") String externalId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(externalId, page, size);
    }
}
