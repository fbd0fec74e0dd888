package cn.wenzhou.fashion.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.wenzhou.fashion.audit.AuditEntryView;
import cn.wenzhou.fashion.audit.AuditService;
import cn.wenzhou.fashion.domain.ClaimStatus;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.domain.VoucherStatus;
import cn.wenzhou.fashion.importer.ImportJobView;
import cn.wenzhou.fashion.importer.ImportJobs;
import cn.wenzhou.fashion.records.ClaimDecision;
import cn.wenzhou.fashion.records.ClaimView;
import cn.wenzhou.fashion.records.ProfileOwnership;
import cn.wenzhou.fashion.search.ReindexProgress;
import cn.wenzhou.fashion.search.Reindexer;
import cn.wenzhou.fashion.statistics.BudgetFigures;
import cn.wenzhou.fashion.statistics.BudgetStatistics;
import cn.wenzhou.fashion.statistics.FiguresCsv;
import cn.wenzhou.fashion.statistics.FunnelFigures;
import cn.wenzhou.fashion.statistics.FunnelStatistics;
import cn.wenzhou.fashion.statistics.VoucherFigures;
import cn.wenzhou.fashion.statistics.VoucherStatistics;
import cn.wenzhou.fashion.voucher.VoucherDecision;
import cn.wenzhou.fashion.voucher.VoucherService;
import cn.wenzhou.fashion.voucher.VoucherView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import lombok.RequiredArgsConstructor;

/**
 * The bureau's dashboard, for admins: voucher figures as charts and tables, the matchmaking funnel, CSV downloads,
 * the queues of decisions with their actions, the audit log, bulk import and reindexing with their progress, and
 * the way to the registries ({@link BureauRegistryPages}). Every
 * figure and every action comes from the service the API uses; a refused action shows the dashboard again with the
 * service's reason and the refusal's status, an accepted one redirects back (post/redirect/get).
 */
@Path("/bureau")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
@RequiredArgsConstructor
public class BureauPages {

    private static final int QUEUE = 20;
    private static final int AUDIT = 20;
    private static final int JOBS = 5;
    private static final int JOB_MESSAGES = 20;
    /** The districts of the seed's figures (Ouhai, Rui'an, Lucheng), shown first and apart. */
    private static final List<String> SEED_DISTRICTS = List.of("OUHAI", "RUIAN", "LUCHENG");
    /** What an accepted action says after the redirect: only these codes, so a link cannot put words on the page. */
    private static final Set<String> DONE = Set.of("CLAIM_APPROVED", "CLAIM_REJECTED", "VOUCHER_APPROVED", "VOUCHER_REJECTED", "VOUCHER_PAID",
            "REINDEX_STARTED", "REINDEX_RUNNING");

    private final VoucherStatistics vouchers;
    private final FunnelStatistics funnel;
    private final BudgetStatistics budgets;
    private final ProfileOwnership claims;
    private final VoucherService voucherService;
    private final AuditService audit;
    private final ImportJobs imports;
    private final Reindexer reindexer;
    private final Validator validator;
    private final ObjectMapper json;
    private final PageFrames frames;

    /** The queues of decisions waiting for an admin. */
    @TemplateData
    public record Queues(List<ClaimView> claims, List<VoucherView> applications, List<VoucherView> payouts) {
    }

    /** What the dashboard says above its sections: an accepted action, or a refused one with its reason. */
    @TemplateData
    public record Notice(boolean refused, String key, String text) {
    }

    @CheckedTemplate(basePath = "BureauPages")
    static class Templates {
        static native TemplateInstance dashboard(PageFrame frame, VoucherFigures figures, List<VoucherFigures.Row> seedDistricts,
                Map<String, String> charts, FunnelFigures funnel, Queues queues, List<AuditEntryView> audit, List<ImportJobView> jobs,
                ImportJobView job, Notice notice, ReindexProgress reindex, BudgetFigures budgets);

        static native TemplateInstance importJob(PageFrame frame, ImportJobView job);

        static native TemplateInstance reindexProgress(PageFrame frame, ReindexProgress progress);
    }

    @GET
    public Response dashboard(@QueryParam("from") Integer from, @QueryParam("to") Integer to, @QueryParam("job") Long job,
            @QueryParam("done") String done, @QueryParam("lang") String lang) {
        Notice notice = done != null && DONE.contains(done) ? new Notice(false, "bureau.done." + done, null) : null;
        return PageFrames.page(lang, dashboardPage(lang, from, to, job, notice));
    }

    @GET
    @Path("vouchers.csv")
    @Produces(FiguresCsv.MEDIA_TYPE)
    public Response vouchersCsv(@QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        VoucherFigures figures = vouchers.figures(from, to);
        return FiguresCsv.download(FiguresCsv.vouchers(figures), FiguresCsv.vouchersFilename(figures));
    }

    @GET
    @Path("funnel.csv")
    @Produces(FiguresCsv.MEDIA_TYPE)
    public Response funnelCsv() {
        return FiguresCsv.download(FiguresCsv.funnel(funnel.figures()), "funnel.csv");
    }

    @POST
    @Path("claims/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveClaim(@PathParam("id") Long id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang) {
        return act(lang, "CLAIM_APPROVED", () -> claims.approve(id, decision(form, ClaimDecision::new)));
    }

    @POST
    @Path("claims/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rejectClaim(@PathParam("id") Long id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang) {
        return act(lang, "CLAIM_REJECTED", () -> claims.reject(id, decision(form, ClaimDecision::new)));
    }

    @POST
    @Path("vouchers/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveVoucher(@PathParam("id") Long id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang) {
        return act(lang, "VOUCHER_APPROVED", () -> voucherService.approve(id, decision(form, VoucherDecision::new)));
    }

    @POST
    @Path("vouchers/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rejectVoucher(@PathParam("id") Long id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang) {
        return act(lang, "VOUCHER_REJECTED", () -> voucherService.reject(id, decision(form, VoucherDecision::new)));
    }

    @POST
    @Path("vouchers/{id}/pay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response payVoucher(@PathParam("id") Long id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang) {
        return act(lang, "VOUCHER_PAID", () -> voucherService.pay(id, decision(form, VoucherDecision::new)));
    }

    @POST
    @Path("reindex")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reindex() {
        // A reindex takes from seconds to minutes: it runs in the background, the dashboard follows its progress.
        return PageActions.seeOther("/bureau?done=" + (reindexer.start() ? "REINDEX_STARTED" : "REINDEX_RUNNING") + "#reindex");
    }

    /** The progress of the reindex, as the fragment that htmx swaps in every second until it finished. */
    @GET
    @Path("reindex/progress")
    public Response reindexProgress(@QueryParam("lang") String lang) {
        return PageFrames.page(lang, Templates.reindexProgress(frames.frame(lang), reindexer.progress()));
    }

    /** The upload of the import form becomes an import job, the same as the API's; the dashboard then follows it. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importUpload(@RestForm("file") FileUpload file, @RestForm("overwriteOwned") boolean overwriteOwned,
            @QueryParam("lang") String lang) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            return refused(lang, 400, "file: " + frames.frame(lang).text().t("bureau.import.choose"));
        }
        ImportJobView job;
        try (InputStream upload = Files.newInputStream(file.uploadedFile())) {
            job = imports.submit(upload, overwriteOwned);
        }
        return PageActions.seeOther("/bureau?job=" + job.id() + "#import");
    }

    /** The progress of an import job, as the fragment that htmx swaps in every second until the job finished. */
    @GET
    @Path("import/jobs/{id}")
    public Response importJob(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        return PageFrames.page(lang, Templates.importJob(frames.frame(lang), imports.get(id, JOB_MESSAGES)));
    }

    private TemplateInstance dashboardPage(String lang, Integer from, Integer to, Long job, Notice notice) {
        PageFrame frame = frames.frame(lang);
        VoucherFigures figures = vouchers.figures(from, to);
        List<VoucherFigures.Row> seed = SEED_DISTRICTS.stream()
                .map(code -> figures.byDistrict().stream().filter(row -> row.key().equals(code)).findFirst().orElse(null))
                .filter(row -> row != null).toList();
        FunnelFigures funnelFigures = funnel.figures();
        Queues queues = new Queues(claims.list(ClaimStatus.PENDING, 0, QUEUE).items(),
                voucherService.list(VoucherStatus.APPLIED, 0, QUEUE).items(), voucherService.list(VoucherStatus.CONFIRMED, 0, QUEUE).items());
        return Templates.dashboard(frame, figures, seed, charts(frame.text(), figures, funnelFigures), funnelFigures, queues,
                audit.page(null, null, 0, AUDIT).items(), imports.newest(JOBS), job == null ? null : imports.get(job, JOB_MESSAGES), notice,
                reindexer.progress(), budgets.figures(figures.toYear(), figures.toYear()));
    }

    /** The figures each chart draws, as JSON for its container's data-chart attribute (read by bureau-charts.js). */
    private Map<String, String> charts(PageText text, VoucherFigures figures, FunnelFigures funnelFigures) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("district", voucherChart(text, figures.byDistrict(), row -> text.code("District", row.key())));
        charts.put("industry", voucherChart(text, figures.byIndustry(), row -> text.code("Industry", row.key())));
        charts.put("year", voucherChart(text, figures.byYear(), VoucherFigures.Row::key));
        FunnelFigures.Row total = funnelFigures.total();
        charts.put("funnel", chart(List.of(text.t("bureau.funnel.needs"), text.t("bureau.funnel.requests"), text.t("bureau.funnel.agreements"),
                text.t("bureau.funnel.completed")), List.of(Map.of("name", text.t("bureau.funnel.total"),
                        "values", List.of(total.needs(), total.needsWithRequests(), total.agreements(), total.completed())))));
        return charts;
    }

    private String voucherChart(PageText text, List<VoucherFigures.Row> rows, Function<VoucherFigures.Row, String> label) {
        return chart(rows.stream().map(label).toList(), List.of(
                Map.of("name", text.t("bureau.figures.enterprises"), "values", rows.stream().map(VoucherFigures.Row::enterprises).toList()),
                Map.of("name", text.t("bureau.figures.amount"), "values", rows.stream().map(VoucherFigures.Row::amount).toList())));
    }

    private String chart(List<String> categories, List<Map<String, Object>> series) {
        try {
            return json.writeValueAsString(Map.of("categories", categories, "series", series));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decision with the reason as typed, validated as the API's resource validates it (the reason's length). */
    private <T> T decision(MultivaluedMap<String, String> form, Function<String, T> withReason) {
        FormFields fields = new FormFields(form);
        return fields.valid(withReason.apply(fields.text("reason")), validator);
    }

    /** Runs an admin action of a service: back to the dashboard when done, the dashboard with the refusal when refused. */
    private Response act(String lang, String done, Runnable action) {
        return PageActions.act(action, "/bureau?done=" + done + "#queues", refusal -> refused(lang, refusal.status(), refusal.text()));
    }

    private Response refused(String lang, int status, String reason) {
        return PageFrames.page(lang, dashboardPage(lang, null, null, null, new Notice(true, "bureau.refused", reason)), status);
    }
}
