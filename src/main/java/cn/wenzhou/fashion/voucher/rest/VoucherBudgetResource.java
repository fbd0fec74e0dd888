package cn.wenzhou.fashion.voucher.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.voucher.BudgetInput;
import cn.wenzhou.fashion.voucher.BudgetView;
import cn.wenzhou.fashion.voucher.VoucherBudgets;

import lombok.RequiredArgsConstructor;

/** The bureau's yearly voucher budgets, set by admins; read them beside the approved totals at /api/statistics/voucher-budgets. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/voucher-budgets/{year}/{area}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vouchers", description = "Innovation vouchers (创新券): apply, approve or reject, request redemption, confirm, pay")
@RequiredArgsConstructor
public class VoucherBudgetResource {

    private final VoucherBudgets budgets;

    @PUT
    @APIResponse(responseCode = "200", description = "The budget as set")
    @APIResponse(responseCode = "400", description = "A year outside 2000-2100, an area other than CITY or a district, an amount missing, "
            + "negative or with more than 2 decimals, or a reason over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The vouchers approved for the year and area already take more than the amount")
    @Operation(operationId = "setVoucherBudget", summary = "Set the voucher budget of a year for a district or for the city (area CITY); "
            + "approvals of vouchers applied for in that year never take the approved total over it")
    public BudgetView set(@PathParam("year") @Parameter(description = "2000-2100") int year,
            @PathParam("area") @Parameter(description = "CITY or a district's code") String area, @NotNull @Valid BudgetInput body) {
        return budgets.set(year, area, body);
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "204", description = "Removed: the year and area have no limit")
    @APIResponse(responseCode = "400", description = "A year outside 2000-2100, an area other than CITY or a district, or a reason over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No budget is set for the year and area")
    @Operation(operationId = "removeVoucherBudget", summary = "Remove the voucher budget of a year and area: its approvals have no limit any more")
    public void remove(@PathParam("year") int year, @PathParam("area") String area, @QueryParam("reason") @Size(max = 2000) String reason) {
        budgets.remove(year, area, reason);
    }
}
