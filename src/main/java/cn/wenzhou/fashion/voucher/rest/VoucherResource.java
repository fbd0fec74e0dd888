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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.VoucherStatus;
import cn.wenzhou.fashion.voucher.Redemption;
import cn.wenzhou.fashion.voucher.VoucherApplication;
import cn.wenzhou.fashion.voucher.VoucherDecision;
import cn.wenzhou.fashion.voucher.VoucherService;
import cn.wenzhou.fashion.voucher.VoucherView;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

@Authenticated
@Path("/api/vouchers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vouchers", description = "Innovation vouchers (创新券): apply, approve or reject, request redemption, confirm, pay")
@RequiredArgsConstructor
public class VoucherResource {

    private final VoucherService service;

    @POST
    @APIResponse(responseCode = "201", description = "The voucher applied for",
            headers = @Header(name = "Location", description = "URL of the created voucher", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VoucherView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, no such cooperation, a provider that is no registered voucher provider "
            + "or has no eligible capability in the category, or an amount over the limits: the problem's errors name them")
    @APIResponse(responseCode = "403", description = "You do not own the cooperation's enterprise")
    @APIResponse(responseCode = "409", description = "The cooperation has no agreement yet, or already has a voucher")
    @Operation(operationId = "applyForVoucher", summary = "Apply for a voucher for an agreed cooperation with a registered voucher provider")
    public Response apply(@NotNull @Valid VoucherApplication body) {
        VoucherView created = service.apply(body);
        return Response.created(URI.create("/api/vouchers/" + created.id())).entity(created).build();
    }

    @GET
    // Declared here so that Quarkus adds no 403 to it: any signed-in user may call this.
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "A page of vouchers")
    @Operation(operationId = "listVouchers", summary = "List your enterprise's or institution's vouchers (all of them for admins), newest first")
    public Page<VoucherView> list(@QueryParam("status") VoucherStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(status, page, size);
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The voucher")
    @APIResponse(responseCode = "403", description = "Neither the voucher's enterprise, its provider nor an admin")
    @Operation(operationId = "getVoucher", summary = "Read a voucher")
    public VoucherView get(@PathParam("id") Long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/approve")
    @APIResponse(responseCode = "200", description = "The voucher, APPROVED")
    @APIResponse(responseCode = "400", description = "reason over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin, or the applicant or an owner of one of its parties (four eyes)")
    @APIResponse(responseCode = "409", description = "Only an APPLIED voucher is approved or rejected")
    @Operation(operationId = "approveVoucher", summary = "An admin who is no party approves the application")
    public VoucherView approve(@PathParam("id") Long id, @Valid VoucherDecision body) {
        return service.approve(id, body);
    }

    @POST
    @Path("{id}/reject")
    @APIResponse(responseCode = "200", description = "The voucher, REJECTED")
    @APIResponse(responseCode = "400", description = "reason missing or over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin, or the applicant or an owner of one of its parties (four eyes)")
    @APIResponse(responseCode = "409", description = "Only an APPLIED voucher is approved or rejected")
    @Operation(operationId = "rejectVoucher", summary = "An admin rejects the application with a reason")
    public VoucherView reject(@PathParam("id") Long id, @Valid VoucherDecision body) {
        return service.reject(id, body);
    }

    @POST
    @Path("{id}/redeem")
    @APIResponse(responseCode = "200", description = "The voucher, REDEMPTION_REQUESTED (also when you repeat the request with its Idempotency-Key)")
    @APIResponse(responseCode = "400", description = "Idempotency-Key missing or over 200 characters, invalid fields, an amount over the approved one, "
            + "or a contract or invoice that already proves another voucher")
    @APIResponse(responseCode = "403", description = "Not the owner of the voucher's enterprise")
    @APIResponse(responseCode = "409", description = "The voucher is not APPROVED, its cooperation is not COMPLETED, "
            + "or you used the Idempotency-Key to redeem another voucher")
    @Operation(operationId = "requestVoucherRedemption", summary = "The enterprise requests the redemption of an approved voucher once the service was delivered, "
            + "with the contract and the invoice; repeat with the same Idempotency-Key safely")
    public VoucherView redeem(@PathParam("id") Long id,
            @HeaderParam("Idempotency-Key") @Parameter(required = true, description = "1 to 200 characters chosen by the client, the same for a repeated request") String idempotencyKey,
            @NotNull @Valid Redemption body) {
        return service.requestRedemption(id, idempotencyKey, body);
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "200", description = "The voucher, CONFIRMED")
    @APIResponse(responseCode = "403", description = "Not the owner of the voucher's provider")
    @APIResponse(responseCode = "409", description = "The voucher's redemption was not requested, or was confirmed already")
    @Operation(operationId = "confirmVoucherRedemption", summary = "The provider confirms the service and the redemption the enterprise requested")
    public VoucherView confirm(@PathParam("id") Long id) {
        return service.confirm(id);
    }

    @POST
    @Path("{id}/pay")
    @APIResponse(responseCode = "200", description = "The voucher, PAID: it counts as redeemed")
    @APIResponse(responseCode = "400", description = "reason over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin, the admin who approved the voucher, or an owner of one of its parties")
    @APIResponse(responseCode = "409", description = "The provider has not confirmed the redemption, or the voucher was paid already")
    @Operation(operationId = "payVoucher", summary = "A second admin approves the payout of a confirmed redemption (four eyes)")
    public VoucherView pay(@PathParam("id") Long id, @Valid VoucherDecision body) {
        return service.pay(id, body);
    }
}
