package cn.wenzhou.fashion.outreach.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.outreach.OutreachCsv;
import cn.wenzhou.fashion.outreach.OutreachEntry;
import cn.wenzhou.fashion.outreach.VoucherOutreach;
import cn.wenzhou.fashion.statistics.FiguresCsv;

import lombok.RequiredArgsConstructor;

/** The bureau's list of voucher-eligible needs without an application, to contact their enterprises (admins). */
@RolesAllowed(Roles.ADMIN)
@Path("/api/voucher-outreach")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vouchers", description = "Innovation vouchers (创新券): apply, approve or reject, request redemption, confirm, pay")
@RequiredArgsConstructor
public class VoucherOutreachResource {

    private final VoucherOutreach outreach;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, FiguresCsv.MEDIA_TYPE })
    @APIResponse(responseCode = "200", description = "A page of the list (JSON), or all of it (CSV with format=csv)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON),
            @Content(mediaType = FiguresCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "An unknown district or industry, a page beyond the window, or a format other than csv or json")
    @Operation(operationId = "listVoucherOutreach", summary = "Voucher-eligible open needs without an application, by district, "
            + "from the last background computation; filter by district and industry")
    public Response list(@QueryParam("district") District district, @QueryParam("industry") Industry industry,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page, @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @QueryParam("format") String format) {
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw new InvalidFieldException("format", "must be csv or json");
        }
        if ("csv".equals(format)) {
            return FiguresCsv.download(OutreachCsv.of(outreach.all(district, industry)), "voucher-outreach.csv");
        }
        Page<OutreachEntry> entries = outreach.list(district, industry, page, size);
        return Response.ok(entries, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("refresh")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "200", description = "The list was computed again: how many needs are voucher-eligible")
    @Operation(operationId = "refreshVoucherOutreach", summary = "Compute the list again now (a match per open need that could use a voucher); "
            + "it is recomputed in the background anyway")
    public Map<String, Integer> refresh() {
        return Map.of("eligible", outreach.refreshNow());
    }
}
