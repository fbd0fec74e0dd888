package cn.wenzhou.fashion.web.pages;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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

import cn.wenzhou.fashion.account.MeService;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.SettlementStatus;
import cn.wenzhou.fashion.incentive.PolicyApplicationInput;
import cn.wenzhou.fashion.incentive.PolicyApplicationService;
import cn.wenzhou.fashion.incentive.PolicyApplicationView;
import cn.wenzhou.fashion.records.OwnedProfile;
import cn.wenzhou.fashion.settlement.SettlementInput;
import cn.wenzhou.fashion.settlement.SettlementService;
import cn.wenzhou.fashion.settlement.SettlementView;
import cn.wenzhou.fashion.web.pages.WorkspacePages.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

/**
 * The members' side of settling in (入驻) and incentives, in the workspace: the form to apply for one's institution or
 * designer to settle in, one's applications with their decisions, one's applications for incentives. The application
 * for an incentive is posted from the policy's page ({@link PolicyPages}) to a route here. Each form calls the service
 * the API calls, then redirects back (post/redirect/get); a refusal shows the page again with the API's status, the
 * reason and the form as typed.
 */
@Authenticated
@Path("/workspace/settling-in")
@Produces(MediaType.TEXT_HTML)
@RequiredArgsConstructor
public class SettlingInPages {

    static final String HOME = "/workspace/settling-in";
    private static final int LIST_SIZE = 50;
    /** The confirmations the page knows: {@code done} comes from the address, which anyone can write. */
    private static final Set<String> DONE = Set.of("SETTLEMENT_APPLIED", "SETTLEMENT_CANCELLED", "INCENTIVE_APPLIED");
    static final String SETTLE_FORM = "settle";
    static final String INCENTIVE_FORM = "incentive";

    private final MeService me;
    private final SettlementService settlements;
    private final PolicyApplicationService applications;
    private final Validator validator;
    private final PageFrames frames;

    /** What the page shows: the caller's institutions and designers, their applications to settle and for incentives. */
    @TemplateData
    public record SettlingIn(List<MemberChoice> members, List<SettlementView> settlements, List<PolicyApplicationView> incentives) {

        public List<String> districts() {
            return Arrays.stream(District.values()).map(Enum::name).toList();
        }

        public boolean cancellable(SettlementView settlement) {
            return settlement.status() == SettlementStatus.APPLIED;
        }
    }

    /** One of the caller's institutions or designers in a form's select: {@code value} is its kind and id. */
    @TemplateData
    public record MemberChoice(String value, String name, String kind) {
        static List<MemberChoice> of(List<OwnedProfile> profiles) {
            return profiles.stream().filter(p -> p.kind().equals(RecordKind.INSTITUTION.code()) || p.kind().equals(RecordKind.DESIGNER.code()))
                    .map(p -> new MemberChoice(p.kind() + ":" + p.id(), p.name(), p.kind())).toList();
        }
    }

    @CheckedTemplate(basePath = "SettlingInPages")
    static class Templates {
        static native TemplateInstance settlingIn(PageFrame frame, SettlingIn page, Notice notice, FormState form);
    }

    @GET
    public Response page(@QueryParam("done") String done, @QueryParam("lang") String lang) {
        PageFrame frame = frames.frame(lang);
        Notice notice = done != null && DONE.contains(done) ? new Notice(false, frame.text().t("settling.done." + done)) : null;
        return PageFrames.page(lang, Templates.settlingIn(frame, settlingIn(), notice, FormState.NONE));
    }

    @POST
    @Path("settlements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response applyToSettle(MultivaluedMap<String, String> form) {
        return act(SETTLE_FORM, "SETTLEMENT_APPLIED", new FormFields(form), fields -> {
            Member member = Member.of(fields.text("member"));
            return settlements.apply(fields.valid(new SettlementInput(member.kind(), member.id(), fields.text("contribution"),
                    fields.code(District.class, "district"), fields.decimal("spaceSquareMetres"), fields.integer("people"),
                    fields.lines("documentReferences")), validator));
        });
    }

    @POST
    @Path("settlements/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act("s" + id + "-CANCEL", "SETTLEMENT_CANCELLED", new FormFields(form), fields -> settlements.cancel(id));
    }

    /** An application for a policy's support, posted from the policy's page. */
    @POST
    @Path("incentives")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response applyForIncentive(MultivaluedMap<String, String> form) {
        return act(INCENTIVE_FORM, "INCENTIVE_APPLIED", new FormFields(form), fields -> {
            Member member = Member.of(fields.text("member"));
            return applications.apply(fields.valid(new PolicyApplicationInput(fields.id("policyId"), member.kind(), member.id(),
                    fields.decimal("declaredCost"), fields.lines("documentReferences"), fields.text("note")), validator));
        });
    }

    /** The institution or designer a form's select names as {@code kind:id}. */
    record Member(String kind, Long id) {
        static Member of(String value) {
            if (value == null || !value.matches("(institution|designer):\\d{1,18}")) {
                throw new InvalidFieldException("member", "choose one of your institutions or designers");
            }
            String[] parts = value.split(":");
            return new Member(parts[0], Long.valueOf(parts[1]));
        }
    }

    private Response act(String formId, String done, FormFields fields, Function<FormFields, ?> change) {
        try {
            change.apply(fields);
        } catch (RuntimeException e) {
            Refusal refusal = Refusal.of(e).orElseThrow(() -> e);
            PageFrame frame = frames.frameAt(HOME);
            Notice notice = new Notice(true, frame.text().t("workspace.refused." + refusal.status()) + " " + refusal.text());
            return PageFrames.page(null, Templates.settlingIn(frame, settlingIn(), notice, new FormState(formId, fields.values(), refusal.fields())),
                    refusal.status());
        }
        return Response.seeOther(URI.create(HOME + "?done=" + done)).build();
    }

    private SettlingIn settlingIn() {
        return new SettlingIn(MemberChoice.of(me.me().profiles()), settlements.mine(0, LIST_SIZE).items(), applications.mine(0, LIST_SIZE).items());
    }
}
