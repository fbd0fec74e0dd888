package cn.wenzhou.fashion.web.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

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

import cn.wenzhou.fashion.account.Me;
import cn.wenzhou.fashion.account.MeService;
import cn.wenzhou.fashion.cooperation.AgreementInput;
import cn.wenzhou.fashion.cooperation.Confirmation;
import cn.wenzhou.fashion.cooperation.CooperationAction;
import cn.wenzhou.fashion.cooperation.CooperationService;
import cn.wenzhou.fashion.cooperation.CooperationView;
import cn.wenzhou.fashion.cooperation.DeclineInput;
import cn.wenzhou.fashion.cooperation.RatingInput;
import cn.wenzhou.fashion.cooperation.ReasonInput;
import cn.wenzhou.fashion.domain.AgreementType;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.DeclineReason;
import cn.wenzhou.fashion.notification.FollowCapabilitiesInput;
import cn.wenzhou.fashion.notification.FollowNeedInput;
import cn.wenzhou.fashion.notification.FollowedAlerts;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.records.ClaimView;
import cn.wenzhou.fashion.records.NeedService;
import cn.wenzhou.fashion.records.NeedView;
import cn.wenzhou.fashion.records.OwnedProfile;
import cn.wenzhou.fashion.records.ProfileOwnership;
import cn.wenzhou.fashion.voucher.Redemption;
import cn.wenzhou.fashion.voucher.VoucherAction;
import cn.wenzhou.fashion.voucher.VoucherApplication;
import cn.wenzhou.fashion.voucher.VoucherService;
import cn.wenzhou.fashion.voucher.VoucherView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

/**
 * The signed-in user's workspace: their profiles and claims, their needs, the cooperations they are a party of with
 * the actions each allows them, and their vouchers. Every action posts a form to a route here that calls the
 * service method the API calls, then redirects back (post/redirect/get) with a confirmation; a refusal of the
 * service shows the workspace again with its message, with the API's status, and changes nothing.
 */
@Authenticated
@Path("/workspace")
@Produces(MediaType.TEXT_HTML)
@RequiredArgsConstructor
public class WorkspacePages {

    private static final int LIST_SIZE = 50;
    private static final String HOME = "/workspace";
    private static final String FOLLOWED = "FOLLOW";

    private final MeService me;
    private final ProfileOwnership ownership;
    private final NeedService needs;
    private final CooperationService cooperations;
    private final VoucherService vouchers;
    private final FollowedAlerts followed;
    private final Validator validator;
    private final PageFrames frames;

    /** A message at the top of the page: the confirmation of a change, or why it was refused. */
    @TemplateData
    public record Notice(boolean error, String text) {
    }

    @TemplateData
    public record WorkspaceProfile(OwnedProfile profile, String href) {
    }

    @TemplateData
    public record WorkspaceClaim(ClaimView claim, String href) {
    }

    /** A cooperation of the inbox; its forms are named {@code c<id>-<ACTION>}. */
    @TemplateData
    public record WorkspaceCooperation(CooperationView cooperation, Set<CooperationAction> actions, boolean voucherOpen) {

        public String form(String action) {
            return "c" + cooperation.id() + "-" + action;
        }

        public boolean may(String action) {
            return actions.contains(CooperationAction.valueOf(action));
        }

        public String anchor() {
            return "cooperation-" + cooperation.id();
        }

        public String partnerHref() {
            return Pages.profileHref(cooperation.partnerKind(), cooperation.partnerId());
        }
    }

    /** A voucher; its forms are named {@code v<id>-<ACTION>}, the redemption's with an idempotency key of its own. */
    @TemplateData
    public record WorkspaceVoucher(VoucherView voucher, Set<VoucherAction> actions, String redemptionKey) {

        public String form(String action) {
            return "v" + voucher.id() + "-" + action;
        }

        public boolean may(String action) {
            return actions.contains(VoucherAction.valueOf(action));
        }
    }

    /** Everything the workspace shows; admins own nothing and are no party, so theirs is empty. */
    @TemplateData
    public record Workspace(boolean admin, boolean enterprise, List<WorkspaceProfile> profiles, List<WorkspaceClaim> claims,
            List<NeedView> needs, List<WorkspaceCooperation> cooperations, long cooperationTotal, List<WorkspaceVoucher> vouchers) {

        public List<String> agreementTypes() {
            return Arrays.stream(AgreementType.values()).map(Enum::name).toList();
        }

        public List<String> declineReasons() {
            return Arrays.stream(DeclineReason.values()).map(Enum::name).toList();
        }

        public List<String> categories() {
            return Arrays.stream(CapabilityCategory.values()).map(Enum::name).toList();
        }

        public List<String> ratings() {
            return IntStream.rangeClosed(1, 5).map(i -> 6 - i).mapToObj(String::valueOf).toList();
        }
    }

    @CheckedTemplate(basePath = "WorkspacePages")
    static class Templates {
        static native TemplateInstance workspace(PageFrame frame, Workspace ws, Notice notice, FormState form);
    }

    @GET
    public Response workspace(@QueryParam("done") String done, @QueryParam("lang") String lang) {
        PageFrame frame = frames.frame(lang);
        return PageFrames.page(lang, Templates.workspace(frame, workspace(), confirmation(frame.text(), done), FormState.NONE));
    }

    @POST
    @Path("cooperations/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return cooperation(id, CooperationAction.ACCEPT, form, fields -> cooperations.accept(id));
    }

    @POST
    @Path("cooperations/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return cooperation(id, CooperationAction.DECLINE, form, fields -> cooperations.decline(id,
                fields.valid(new DeclineInput(fields.code(DeclineReason.class, "code"), fields.text("reason")), validator)));
    }

    @POST
    @Path("cooperations/{id}/agreement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return cooperation(id, CooperationAction.PROPOSE_TERMS, form, fields -> cooperations.propose(id, fields.valid(new AgreementInput(
                fields.code(AgreementType.class, "type"), fields.text("terms"), fields.date("startDate"), fields.date("endDate")), validator)));
    }

    @POST
    @Path("cooperations/{id}/agreement/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return cooperation(id, CooperationAction.CONFIRM_TERMS, form,
                fields -> cooperations.confirm(id, fields.valid(new Confirmation(fields.integer("termsVersion")), validator)));
    }

    @POST
    @Path("cooperations/{id}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return cooperation(id, CooperationAction.START, form, fields -> cooperations.start(id));
    }

    @POST
    @Path("cooperations/{id}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return cooperation(id, CooperationAction.COMPLETE, form, fields -> cooperations.complete(id, rating(fields)));
    }

    @POST
    @Path("cooperations/{id}/rating")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return cooperation(id, CooperationAction.RATE, form, fields -> cooperations.rate(id, rating(fields)));
    }

    @POST
    @Path("cooperations/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return cooperation(id, CooperationAction.CANCEL, form, fields -> cooperations.cancel(id, reason(fields)));
    }

    /** The application names its cooperation in a field, as the API's body does, so the form is named after it. */
    @POST
    @Path("vouchers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(MultivaluedMap<String, String> form) {
        FormFields fields = new FormFields(form);
        Long cooperation = fields.id("cooperationId");
        return act("c" + cooperation + "-APPLY", "cooperation-" + cooperation, "APPLY", fields, f -> vouchers.apply(f.valid(
                new VoucherApplication(cooperation, f.code(CapabilityCategory.class, "category"), f.decimal("amount")), validator)));
    }

    @POST
    @Path("vouchers/{id}/redeem")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeem(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return voucher(id, VoucherAction.REDEEM, form, fields -> vouchers.requestRedemption(id, fields.text("idempotencyKey"), fields.valid(
                new Redemption(fields.decimal("amount"), fields.text("contractReference"), fields.text("invoiceReference")), validator)));
    }

    @POST
    @Path("vouchers/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmRedemption(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return voucher(id, VoucherAction.CONFIRM, form, fields -> vouchers.confirm(id));
    }

    /** The owner of an institution or designer profile follows its capabilities: new needs it could serve reach the inbox. */
    @POST
    @Path("alerts/capabilities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response followCapabilities(MultivaluedMap<String, String> form) {
        FormFields fields = new FormFields(form);
        return act("follow-capabilities", "ws-profiles", FOLLOWED, fields, f -> followed.followCapabilities(
                f.valid(new FollowCapabilitiesInput(f.text("partnerKind"), f.id("partnerId")), validator)));
    }

    /** The owner of an open need follows it: new partners for it reach the inbox. */
    @POST
    @Path("alerts/needs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response followNeed(MultivaluedMap<String, String> form) {
        FormFields fields = new FormFields(form);
        return act("follow-need", "ws-needs", FOLLOWED, fields, f -> followed.followNeed(f.valid(new FollowNeedInput(f.id("needId")), validator)));
    }

    private Response cooperation(Long id, CooperationAction action, MultivaluedMap<String, String> form, Function<FormFields, ?> change) {
        return act("c" + id + "-" + action, "cooperation-" + id, action.name(), new FormFields(form), change);
    }

    private Response voucher(Long id, VoucherAction action, MultivaluedMap<String, String> form, Function<FormFields, ?> change) {
        return act("v" + id + "-" + action, "voucher-" + id, "VOUCHER_" + action.name(), new FormFields(form), change);
    }

    /**
     * The change, then back to the workspace at the record with the confirmation {@code done}. A refusal shows the
     * workspace again with the API's status, the message and the form as typed.
     */
    private Response act(String formId, String anchor, String done, FormFields fields, Function<FormFields, ?> change) {
        return PageActions.act(() -> change.apply(fields), HOME + "?done=" + done + "#" + anchor, refusal -> {
            PageFrame frame = frames.frameAt(HOME);
            Notice notice = new Notice(true, frame.text().t("workspace.refused." + refusal.status()) + " " + refusal.text());
            var page = Templates.workspace(frame, workspace(), notice, new FormState(formId, fields.values(), refusal.fields()));
            return PageFrames.page(null, page, refusal.status());
        });
    }

    private ReasonInput reason(FormFields fields) {
        return fields.valid(new ReasonInput(fields.text("reason")), validator);
    }

    private RatingInput rating(FormFields fields) {
        return fields.valid(new RatingInput(fields.integer("rating"), fields.text("comment")), validator);
    }

    /** Only the confirmations the page knows: {@code done} comes from the address, which anyone can write. */
    private static Notice confirmation(PageText text, String done) {
        boolean known = done != null && (done.equals("APPLY") || done.equals(FOLLOWED) || Arrays.stream(CooperationAction.values()).anyMatch(a -> a.name().equals(done))
                || Arrays.stream(VoucherAction.values()).anyMatch(a -> ("VOUCHER_" + a.name()).equals(done)));
        return known ? new Notice(false, text.t("workspace.done." + done)) : null;
    }

    private Workspace workspace() {
        Me user = me.me();
        boolean enterprise = user.roles().contains(Roles.ENTERPRISE);
        if (user.roles().contains(Roles.ADMIN)) {
            return new Workspace(true, enterprise, List.of(), List.of(), List.of(), List.of(), 0, List.of());
        }
        var profiles = user.profiles().stream().map(p -> new WorkspaceProfile(p, Pages.profileHref(p.kind(), p.id()))).toList();
        var claims = ownership.list(null, 0, LIST_SIZE).items().stream()
                .map(c -> new WorkspaceClaim(c, c.profileName() == null ? null : Pages.profileHref(c.profileKind(), c.profileId()))).toList();
        var inbox = cooperations.inbox(0, LIST_SIZE);
        var cards = inbox.items().stream()
                .map(e -> new WorkspaceCooperation(e.cooperation(), e.actions(), vouchers.mayApplyFor(e.cooperation().id()))).toList();
        String keys = UUID.randomUUID().toString();
        var mine = vouchers.mine(0, LIST_SIZE).items().stream()
                .map(v -> new WorkspaceVoucher(v.voucher(), v.actions(), keys + "-" + v.voucher().id())).toList();
        return new Workspace(false, enterprise, profiles, claims, needs.listOwn(0, LIST_SIZE).items(), cards, inbox.total(), mine);
    }
}
