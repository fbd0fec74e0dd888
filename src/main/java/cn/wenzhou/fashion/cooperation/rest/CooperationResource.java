package cn.wenzhou.fashion.cooperation.rest;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.cooperation.AgreementInput;
import cn.wenzhou.fashion.cooperation.CooperationRequest;
import cn.wenzhou.fashion.cooperation.CooperationService;
import cn.wenzhou.fashion.cooperation.CooperationView;
import cn.wenzhou.fashion.cooperation.RatingInput;
import cn.wenzhou.fashion.cooperation.ReasonInput;
import cn.wenzhou.fashion.domain.CooperationStatus;
import io.quarkus.security.Authenticated;

@Authenticated
@Path("/api/cooperations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperations", description = "From match to agreement (合作): request, accept or decline, agreement, progress, completion")
public class CooperationResource {

    private final CooperationService service;

    public CooperationResource(CooperationService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Request cooperation with a partner on one of your enterprise's needs")
    public Response request(@NotNull @Valid CooperationRequest body) {
        CooperationView created = service.request(body);
        return Response.created(URI.create("/api/cooperations/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List the cooperations you are a party of (all of them for admins), newest first")
    public Page<CooperationView> list(@QueryParam("status") CooperationStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(status, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a cooperation with its audit trail")
    public CooperationView get(@PathParam("id") Long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "The partner accepts the request")
    public CooperationView accept(@PathParam("id") Long id) {
        return service.accept(id);
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "The partner declines the request")
    public CooperationView decline(@PathParam("id") Long id, @Valid ReasonInput body) {
        return service.decline(id, body);
    }

    @POST
    @Path("{id}/agreement")
    @Operation(summary = "Record the agreement: type, terms, start and end")
    public CooperationView agree(@PathParam("id") Long id, @NotNull @Valid AgreementInput body) {
        return service.agree(id, body);
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "The agreed cooperation is in progress")
    public CooperationView start(@PathParam("id") Long id) {
        return service.start(id);
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Complete the cooperation with your rating (1-5) and comment of the other side")
    public CooperationView complete(@PathParam("id") Long id, @NotNull @Valid RatingInput body) {
        return service.complete(id, body);
    }

    @POST
    @Path("{id}/rating")
    @Operation(summary = "The other side rates a completed cooperation")
    public CooperationView rate(@PathParam("id") Long id, @NotNull @Valid RatingInput body) {
        return service.rate(id, body);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel the cooperation before it is completed")
    public CooperationView cancel(@PathParam("id") Long id, @Valid ReasonInput body) {
        return service.cancel(id, body);
    }
}
