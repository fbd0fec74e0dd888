package cn.wenzhou.fashion.web.pages;

import java.net.URI;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.domain.VoucherBudget;
import cn.wenzhou.fashion.statistics.BudgetFigures;
import cn.wenzhou.fashion.statistics.BudgetStatistics;
import cn.wenzhou.fashion.statistics.FiguresCsv;
import cn.wenzhou.fashion.voucher.BudgetInput;
import cn.wenzhou.fashion.voucher.VoucherBudgets;
import cn.wenzhou.fashion.web.pages.BureauPages.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import lombok.RequiredArgsConstructor;

/**
 * The bureau's voucher budgets of a year, for admins: the city's and each district's budget beside what was approved
 * and paid against it and what is left, the form that sets one (the service the API's PUT calls), and the CSV.
 */
@Path("/bureau/budgets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
@RequiredArgsConstructor
public class BureauBudgetPages {

    private static final String HOME = "/bureau/budgets";
    private static final Set<String> DONE = Set.of("BUDGET_SET");

    private final BudgetStatistics statistics;
    private final VoucherBudgets budgets;
    private final Validator validator;
    private final Clock clock;
    private final PageFrames frames;

    @CheckedTemplate(basePath = "BureauBudgetPages")
    static class Templates {
        static native TemplateInstance budgets(PageFrame frame, BudgetFigures figures, List<String> areas, Notice notice);
    }

    @GET
    public Response budgets(@QueryParam("year") Integer year, @QueryParam("done") String done, @QueryParam("lang") String lang) {
        Notice notice = done != null && DONE.contains(done) ? new Notice(false, "budgets.done." + done, null) : null;
        return PageFrames.page(lang, Templates.budgets(frames.frame(lang), figures(year), areas(), notice));
    }

    @GET
    @Path("budgets.csv")
    @Produces(FiguresCsv.MEDIA_TYPE)
    public Response csv(@QueryParam("year") Integer year) {
        BudgetFigures figures = figures(year);
        return FiguresCsv.download(FiguresCsv.budgets(figures), FiguresCsv.budgetsFilename(figures));
    }

    /** Sets the budget of a year and area, as PUT /api/voucher-budgets/{year}/{area} does. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(MultivaluedMap<String, String> form) {
        FormFields fields = new FormFields(form);
        Integer year = fields.integer("year");
        try {
            String area = fields.text("area");
            var input = fields.valid(new BudgetInput(fields.decimal("amount"), fields.text("reason")), validator);
            if (year == null) {
                throw new InvalidFieldException("year", "is required");
            }
            if (area == null) {
                throw new InvalidFieldException("area", "is required");
            }
            budgets.set(year, area, input);
        } catch (RuntimeException e) {
            Refusal refusal = Refusal.of(e).orElseThrow(() -> e);
            TemplateInstance page = Templates.budgets(frames.frameAt(HOME), figures(null), areas(), new Notice(true, "bureau.refused", refusal.text()));
            return PageFrames.page(null, page, refusal.status());
        }
        return Response.seeOther(URI.create(HOME + "?year=" + year + "&done=BUDGET_SET")).build();
    }

    /** The figures of one year, this year by default; a 400 naming {@code year} outside 2000-2100. */
    BudgetFigures figures(Integer year) {
        int shown = year == null ? Year.now(clock).getValue() : year;
        if (shown < 2000 || shown > 2100) {
            throw new InvalidFieldException("year", "must be from 2000 to 2100");
        }
        return statistics.figures(shown, shown);
    }

    private static List<String> areas() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(VoucherBudget.CITY),
                java.util.Arrays.stream(District.values()).map(District::name)).toList();
    }
}
