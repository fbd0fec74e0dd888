package cn.wenzhou.fashion.voucher.rest;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import cn.wenzhou.fashion.domain.VoucherStatus;
import cn.wenzhou.fashion.voucher.Redemption;
import cn.wenzhou.fashion.voucher.VoucherApplication;
import cn.wenzhou.fashion.voucher.VoucherDecision;
import cn.wenzhou.fashion.voucher.VoucherService;
import cn.wenzhou.fashion.voucher.VoucherView;
import io.quarkus.security.Authenticated;

@Authenticated
@Path("/api/vouchers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vouchers", description = "Innovation vouchers (创新券): apply, approve or reject, redeem")
public class VoucherResource {

    private final VoucherService service;

    public VoucherResource(VoucherService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Apply for a voucher for an agreed cooperation with a registered voucher provider")
    public Response apply(@NotNull @Valid VoucherApplication body) {
        VoucherView created = service.apply(body);
        return Response.created(URI.create("/api/vouchers/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List your enterprise's or institution's vouchers (all of them for admins), newest first")
    public Page<VoucherView> list(@QueryParam("status") VoucherStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(status, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a voucher")
    public VoucherView get(@PathParam("id") Long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "An admin approves the application")
    public VoucherView approve(@PathParam("id") Long id, @Valid VoucherDecision body) {
        return service.approve(id, body);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "An admin rejects the application with a reason")
    public VoucherView reject(@PathParam("id") Long id, @Valid VoucherDecision body) {
        return service.reject(id, body);
    }

    @POST
    @Path("{id}/redeem")
    @Operation(summary = "Redeem an approved voucher after completion; repeat with the same Idempotency-Key safely")
    public VoucherView redeem(@PathParam("id") Long id, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull @Valid Redemption body) {
        return service.redeem(id, idempotencyKey, body);
    }
}
