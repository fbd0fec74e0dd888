package cn.wenzhou.fashion.web.pages;

import java.util.Arrays;
import java.util.List;
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

import cn.wenzhou.fashion.domain.AmountRule;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.IncentiveKind;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.InstitutionType;
import cn.wenzhou.fashion.domain.PolicyApplicationStatus;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.domain.SettlementStatus;
import cn.wenzhou.fashion.incentive.Disbursement;
import cn.wenzhou.fashion.incentive.PolicyApplicationService;
import cn.wenzhou.fashion.incentive.PolicyApplicationView;
import cn.wenzhou.fashion.incentive.PolicyInput;
import cn.wenzhou.fashion.incentive.PolicyService;
import cn.wenzhou.fashion.incentive.PolicyView;
import cn.wenzhou.fashion.incentive.Proposal;
import cn.wenzhou.fashion.incentive.YearBudget;
import cn.wenzhou.fashion.settlement.Reason;
import cn.wenzhou.fashion.settlement.SettlementService;
import cn.wenzhou.fashion.settlement.SettlementView;
import cn.wenzhou.fashion.statistics.FiguresCsv;
import cn.wenzhou.fashion.statistics.SettlingInStatistics;
import cn.wenzhou.fashion.web.pages.BureauPages.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import lombok.RequiredArgsConstructor;

/**
 * The bureau's side of settling in and incentives, for admins: the applications to settle in waiting for a decision,
 * the settled ones (to withdraw), the policies (a form for a new one as a draft, publish a draft), and the applications
 * for incentives: those waiting for a proposed amount, those waiting for a second admin's approval, those approved
 * and not yet disbursed. Each form calls the service the API calls (the same checks: four eyes, the budget's lock,
 * the audit log); post/redirect/get, a refusal shows the queues again with the service's reason and status.
 */
@Path("/bureau/settling-in")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
@RequiredArgsConstructor
public class BureauSettlingInPages {

    private static final String HOME = "/bureau/settling-in";
    private static final int QUEUE_SIZE = 50;
    static final String POLICY_FORM = "policy";
    /** What an accepted change says after the redirect: only these codes, so a link cannot put words on the page. */
    private static final Set<String> DONE = Set.of("SETTLEMENT_APPROVED", "SETTLEMENT_REJECTED", "SETTLEMENT_WITHDRAWN", "POLICY_CREATED",
            "POLICY_PUBLISHED", "INCENTIVE_PROPOSED", "INCENTIVE_APPROVED", "INCENTIVE_REJECTED", "INCENTIVE_DISBURSED");

    private final SettlementService settlements;
    private final PolicyService policies;
    private final PolicyApplicationService applications;
    private final SettlingInStatistics statistics;
    private final Validator validator;
    private final PageFrames frames;

    /** The queues and the policies the page shows. */
    @TemplateData
    public record Queues(List<SettlementView> settlementsToDecide, List<SettlementView> settled, List<PolicyView> policies,
            List<PolicyApplicationView> toPropose, List<PolicyApplicationView> toApprove, List<PolicyApplicationView> toDisburse) {

        public List<String> kinds() {
            return names(IncentiveKind.values());
        }

        public List<String> amountRules() {
            return names(AmountRule.values());
        }

        public List<String> institutionTypes() {
            return names(InstitutionType.values());
        }

        public List<String> districts() {
            return names(District.values());
        }

        public List<String> industries() {
            return names(Industry.values());
        }

        private static List<String> names(Enum<?>[] values) {
            return Arrays.stream(values).map(Enum::name).toList();
        }
    }

    @CheckedTemplate(basePath = "BureauSettlingInPages")
    static class Templates {
        static native TemplateInstance queues(PageFrame frame, Queues queues, Notice notice, FormState form);
    }

    @GET
    public Response queues(@QueryParam("done") String done, @QueryParam("lang") String lang) {
        Notice notice = done != null && DONE.contains(done) ? new Notice(false, "settlingIn.done." + done, null) : null;
        return PageFrames.page(lang, Templates.queues(frames.frame(lang), queues(), notice, FormState.NONE));
    }

    @GET
    @Path("settled.csv")
    @Produces(FiguresCsv.MEDIA_TYPE)
    public Response settledCsv() {
        return FiguresCsv.download(FiguresCsv.settled(statistics.figures()), "settled.csv");
    }

    @GET
    @Path("support.csv")
    @Produces(FiguresCsv.MEDIA_TYPE)
    public Response supportCsv() {
        return FiguresCsv.download(FiguresCsv.support(statistics.figures()), "support.csv");
    }

    @POST
    @Path("settlements/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveSettlement(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act("settlement-" + id, "SETTLEMENT_APPROVED", form, fields -> settlements.approve(id, reason(fields)));
    }

    @POST
    @Path("settlements/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rejectSettlement(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act("settlement-" + id, "SETTLEMENT_REJECTED", form, fields -> settlements.reject(id, reason(fields)));
    }

    @POST
    @Path("settlements/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdrawSettlement(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act("settled-" + id, "SETTLEMENT_WITHDRAWN", form, fields -> settlements.withdraw(id, reason(fields)));
    }

    /** A new policy as a draft, with its budget for one year (more years through the API). */
    @POST
    @Path("policies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createPolicy(MultivaluedMap<String, String> form) {
        return act(POLICY_FORM, "POLICY_CREATED", form, fields -> {
            Integer year = fields.integer("budgetYear");
            var budget = fields.decimal("budgetAmount");
            return policies.create(fields.valid(new PolicyInput(fields.code(IncentiveKind.class, "kind"), fields.text("titleZh"),
                    fields.text("titleEn"), fields.text("textZh"), fields.text("textEn"), fields.checked("settledOnly"),
                    fields.codes(InstitutionType.class, "institutionTypes"), fields.checked("designers"), fields.codes(District.class, "districts"),
                    fields.codes(Industry.class, "industries"), fields.code(AmountRule.class, "amountRule"), fields.decimal("fixedAmount"),
                    fields.decimal("costShare"), fields.decimal("capPerApplicantYear"), fields.date("opensOn"), fields.date("closesOn"),
                    List.of(new YearBudget(year, budget)), null), validator));
        });
    }

    @POST
    @Path("policies/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act("policy-" + id, "POLICY_PUBLISHED", form, fields -> policies.publish(id));
    }

    @POST
    @Path("incentives/{id}/proposal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act("incentive-" + id, "INCENTIVE_PROPOSED", form,
                fields -> applications.propose(id, fields.valid(new Proposal(fields.decimal("amount"), fields.text("reason")), validator)));
    }

    @POST
    @Path("incentives/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveIncentive(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act("incentive-" + id, "INCENTIVE_APPROVED", form, fields -> applications.approve(id, reason(fields)));
    }

    @POST
    @Path("incentives/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rejectIncentive(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act("incentive-" + id, "INCENTIVE_REJECTED", form, fields -> applications.reject(id, reason(fields)));
    }

    @POST
    @Path("incentives/{id}/disbursement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disburse(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act("incentive-" + id, "INCENTIVE_DISBURSED", form,
                fields -> applications.disburse(id, fields.valid(new Disbursement(fields.decimal("amount"), fields.text("reference")), validator)));
    }

    private Reason reason(FormFields fields) {
        return fields.valid(new Reason(fields.text("reason")), validator);
    }

    /**
     * The change, then back to the queues with the confirmation {@code done}. A refusal shows the queues again with the
     * service's reason and status and the form {@code formId} as typed.
     */
    private Response act(String formId, String done, MultivaluedMap<String, String> form, Function<FormFields, ?> change) {
        FormFields fields = new FormFields(form);
        return PageActions.act(() -> change.apply(fields), HOME + "?done=" + done, refusal -> PageFrames.page(null,
                Templates.queues(frames.frameAt(HOME), queues(), new Notice(true, "bureau.refused", refusal.text()),
                        new FormState(formId, fields.values(), refusal.fields())), refusal.status()));
    }

    private Queues queues() {
        return new Queues(settlements.list(SettlementStatus.APPLIED, 0, QUEUE_SIZE).items(),
                settlements.list(SettlementStatus.APPROVED, 0, QUEUE_SIZE).items(),
                policies.list(null, 0, QUEUE_SIZE).items(),
                applications.list(null, PolicyApplicationStatus.APPLIED, 0, QUEUE_SIZE).items(),
                applications.list(null, PolicyApplicationStatus.PROPOSED, 0, QUEUE_SIZE).items(),
                applications.list(null, PolicyApplicationStatus.APPROVED, 0, QUEUE_SIZE).items());
    }
}
