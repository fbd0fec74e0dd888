package cn.wenzhou.fashion.outreach.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.outreach.VoucherEligibility;
import cn.wenzhou.fashion.outreach.VoucherOutreach;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

/** Whether a stored need could be paid for with innovation vouchers, for its owner and admins. */
@Authenticated
@Path("/api/needs/{id}/voucher-eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vouchers", description = "Innovation vouchers (创新券): apply, approve or reject, request redemption, confirm, pay")
@RequiredArgsConstructor
public class NeedVoucherEligibilityResource {

    private final VoucherOutreach outreach;

    @GET
    @APIResponse(responseCode = "200", description = "The eligibility: the providers among the need's first 10 matches that take vouchers "
            + "in its categories, those categories, the enterprise's cap left this year, and what is missing when it is not eligible")
    @APIResponse(responseCode = "403", description = "Neither the owner of the need's enterprise nor an admin")
    @APIResponse(responseCode = "404", description = "No need with this id, or a confidential need that is not yours")
    @Operation(operationId = "getNeedVoucherEligibility", summary = "Whether the need could be paid for with innovation vouchers, and with whom")
    public VoucherEligibility eligibility(@PathParam("id") Long id) {
        return outreach.eligibilityOf(id);
    }
}
