package cn.wenzhou.fashion.statistics.rest;

import java.time.Clock;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.statistics.BudgetFigures;
import cn.wenzhou.fashion.statistics.BudgetStatistics;
import cn.wenzhou.fashion.statistics.FiguresCsv;
import cn.wenzhou.fashion.statistics.FunnelFigures;
import cn.wenzhou.fashion.statistics.FunnelStatistics;
import cn.wenzhou.fashion.statistics.SettlingInFigures;
import cn.wenzhou.fashion.statistics.SettlingInStatistics;
import cn.wenzhou.fashion.statistics.VoucherFigures;
import cn.wenzhou.fashion.statistics.VoucherStatistics;
import cn.wenzhou.fashion.statistics.YearSpan;

import lombok.RequiredArgsConstructor;

/** The bureau's figures, in JSON, or in CSV with {@code ?format=csv} or {@code Accept: text/csv}. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/statistics")
@Produces({ MediaType.APPLICATION_JSON, StatisticsResource.CSV })
@Tag(name = "Statistics", description = "Voucher users by district, industry and year; the matchmaking funnel (admins)")
@RequiredArgsConstructor
public class StatisticsResource {

    static final String CSV = FiguresCsv.MEDIA_TYPE;

    private final VoucherStatistics vouchers;
    private final FunnelStatistics funnel;
    private final BudgetStatistics budgets;
    private final SettlingInStatistics settlingIn;
    private final HttpHeaders headers;
    private final Clock clock;

    @GET
    @Path("vouchers")
    @APIResponse(responseCode = "200", description = "The figures, in JSON or CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VoucherFigures.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "from or to outside 2000-2100, from after to, or a format other than csv or json")
    @Operation(operationId = "getVoucherStatistics", summary = "Voucher users and amounts redeemed from year `from` (default 2015) to `to` (default this year): in all, by district, industry and year, with the fashion firms' shares")
    public Response vouchers(@QueryParam("from") @Min(2000) @Max(2100) Integer from, @QueryParam("to") @Min(2000) @Max(2100) Integer to,
            @QueryParam("format") String format) {
        VoucherFigures figures = vouchers.figures(from, to);
        return answer(format, figures, () -> FiguresCsv.vouchers(figures), FiguresCsv.vouchersFilename(figures));
    }

    @GET
    @Path("voucher-budgets")
    @APIResponse(responseCode = "200", description = "The budgets and totals, in JSON or CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetFigures.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "from or to outside 2000-2100, from after to, or a format other than csv or json")
    @Operation(operationId = "getVoucherBudgetStatistics", summary = "The voucher budgets of the years `from` (default 2015) to `to` (default this year), "
            + "the city's and each district's, with the vouchers approved and paid against them and what is left")
    public Response voucherBudgets(@QueryParam("from") @Min(2000) @Max(2100) Integer from, @QueryParam("to") @Min(2000) @Max(2100) Integer to,
            @QueryParam("format") String format) {
        YearSpan span = YearSpan.of(from, to, clock);
        BudgetFigures figures = budgets.figures(span.first(), span.last());
        return answer(format, figures, () -> FiguresCsv.budgets(figures), FiguresCsv.budgetsFilename(figures));
    }

    @GET
    @Path("funnel")
    @APIResponse(responseCode = "200", description = "The funnel, in JSON or CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FunnelFigures.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "A format other than csv or json")
    @Operation(operationId = "getFunnelStatistics", summary = "The matchmaking funnel by industry: needs, needs with requests, agreements, completed cooperations")
    public Response funnel(@QueryParam("format") String format) {
        FunnelFigures figures = funnel.figures();
        return answer(format, figures, () -> FiguresCsv.funnel(figures), "funnel.csv");
    }

    /** The figures as JSON, or as the CSV file {@code filename} when the client asks for CSV. */
    private Response answer(String format, Object figures, Supplier<String> csvBody, String filename) {
        if (!csv(format)) {
            return Response.ok(figures, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return FiguresCsv.download(csvBody.get(), filename);
    }

    @GET
    @Path("settled")
    @APIResponse(responseCode = "200", description = "The figures, in JSON or CSV (members settled only)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettlingInFigures.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "A format other than csv or json")
    @Operation(operationId = "getSettlingInStatistics", summary = "Members settled per year, district and kind, and the incentive policies' support granted and left per year; the CSV has the members settled")
    public Response settled(@QueryParam("format") String format) {
        SettlingInFigures figures = settlingIn.figures();
        return answer(format, figures, () -> FiguresCsv.settled(figures), "settled.csv");
    }

    @GET
    @Path("support")
    @APIResponse(responseCode = "200", description = "The figures, in JSON or CSV (support only)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettlingInFigures.Support.class, type = SchemaType.ARRAY)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "A format other than csv or json")
    @Operation(operationId = "getIncentiveSupportStatistics", summary = "The incentive policies' support granted and left per policy and budget year")
    public Response support(@QueryParam("format") String format) {
        SettlingInFigures figures = settlingIn.figures();
        return answer(format, figures.support(), () -> FiguresCsv.support(figures), "support.csv");
    }

    /** {@code format} decides when given; otherwise CSV only when the client prefers it to JSON. */
    private boolean csv(String format) {
        if (format != null) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw new InvalidFieldException("format", "must be csv or json");
            }
            return format.equals("csv");
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
        }
        return false;
    }
}
