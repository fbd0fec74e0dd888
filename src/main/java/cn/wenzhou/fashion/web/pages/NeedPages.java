package cn.wenzhou.fashion.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.common.FieldPaths;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.cooperation.CooperationRequest;
import cn.wenzhou.fashion.cooperation.CooperationService;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.Profile;
import cn.wenzhou.fashion.domain.ProfileRef;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.Scope;
import cn.wenzhou.fashion.match.DraftNeed;
import cn.wenzhou.fashion.match.MatchKind;
import cn.wenzhou.fashion.match.MatchResult;
import cn.wenzhou.fashion.match.Matchmaker;
import cn.wenzhou.fashion.outreach.VoucherEligibility;
import cn.wenzhou.fashion.outreach.VoucherOutreach;
import cn.wenzhou.fashion.records.NeedInput;
import cn.wenzhou.fashion.records.NeedService;
import cn.wenzhou.fashion.records.NeedView;
import cn.wenzhou.fashion.search.DictionaryFindings;
import cn.wenzhou.fashion.search.DomainAnalyzer;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.web.RateLimits;
import cn.wenzhou.fashion.web.RouteGroup;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

import lombok.RequiredArgsConstructor;

/**
 * A need with its ranked partners and the request of cooperation with each; the open needs a partner can serve;
 * the need editor with its live list of partners and the dictionary's proposals. Each from the service the API
 * uses ({@code GET /api/needs/{id}/matches}, {@code POST /api/cooperations}, {@code GET /api/institutions/{id}/matches},
 * {@code POST /api/matches}, {@code POST /api/needs}), which decides who may see and do what.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RequiredArgsConstructor
public class NeedPages {

    private static final int PARTNERS = 10;
    private static final int PREVIEW_PARTNERS = 5;

    private final NeedService needs;
    private final Matchmaker matchmaker;
    private final VoucherOutreach outreach;
    private final CooperationService cooperations;
    private final DomainAnalyzer analyzer;
    private final Caller caller;
    private final Records records;
    private final Validator validator;
    private final RateLimits rateLimits;
    private final SecurityIdentity identity;
    private final PageFrames frames;

    @Context
    HttpServerRequest http;

    /** What became of a cooperation request, shown on the need page it redirects to. */
    public enum Notice {
        REQUESTED, NOT_YOURS, ALREADY_REQUESTED, INVALID, TOO_MANY;

        static Notice parse(String value) {
            for (Notice notice : values()) {
                if (notice.name().equals(value)) {
                    return notice;
                }
            }
            return null;
        }

        public boolean success() {
            return this == REQUESTED;
        }
    }

    /** The editor's choice of enterprise: one the caller owns. */
    @TemplateData
    public record EnterpriseChoice(long id, String name) {

        public boolean chosen(String typed) {
            return Long.toString(id).equals(typed);
        }
    }

    @CheckedTemplate(basePath = "NeedPages")
    static class Templates {
        static native TemplateInstance need(PageFrame frame, NeedView need, List<PageMatch> partners, boolean mayRequest, Notice notice,
                VoucherEligibility voucher);

        static native TemplateInstance partnerNeeds(PageFrame frame, String partnerName, String partnerHref, List<PageMatch> needs);

        static native TemplateInstance editor(PageFrame frame, NeedForm form, FieldMessages errors, List<EnterpriseChoice> enterprises,
                List<Industry> industries, List<CapabilityCategory> categories, List<Scope> scopes);

        static native TemplateInstance preview(PageFrame frame, List<PageMatch> partners, DictionaryFindings proposals, String message);
    }

    @GET
    @Path("needs/{id}")
    public Response need(@PathParam("id") Long id, @QueryParam("notice") String notice, @QueryParam("lang") String lang) {
        NeedView need = needs.get(id);
        List<PageMatch> partners;
        try {
            partners = PageMatch.of(matchmaker.partnersOf(id, MatchKind.ALL, PARTNERS, false).items());
        } catch (RecordNotFoundException e) {
            // A confidential need that the caller sees (a partner it was sent to) without its matches, which are its owner's.
            partners = null;
        }
        // Only the owner of the need's enterprise may request (CooperationService refuses anyone else): the others get no buttons.
        boolean mayRequest = partners != null && caller.owns(records.require(Need.class, id).enterprise);
        // The owner sees whether vouchers could pay for the need, with whom, and the cap left (as GET /api/needs/{id}/voucher-eligibility).
        VoucherEligibility voucher = mayRequest ? outreach.eligibilityOf(id) : null;
        return PageFrames.page(lang, Templates.need(frames.frame(lang), need, partners, mayRequest, Notice.parse(notice), voucher));
    }

    /** Requests cooperation as {@code POST /api/cooperations} does, then shows the need again with what became of it. */
    @POST
    @Path("needs/{id}/cooperations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestCooperation(@PathParam("id") Long id, @FormParam("partnerKind") String partnerKind,
            @FormParam("partnerId") String partnerId, @FormParam("message") String message) {
        caller.requireSignedIn();
        return PageActions.seeOther(needHref(id) + "?notice=" + request(id, partnerKind, partnerId, message) + "#notice");
    }

    private Notice request(Long needId, String partnerKind, String partnerId, String message) {
        // The API's daily limit of requests, shared, and counted first as the API counts it: each request notifies another party.
        if (rateLimits.take(RouteGroup.COOPERATION_REQUESTS, identity, http).isPresent()) {
            return Notice.TOO_MANY;
        }
        Long partner;
        try {
            partner = Long.valueOf(partnerId == null ? "" : partnerId.strip());
        } catch (NumberFormatException e) {
            return Notice.INVALID;
        }
        var input = new CooperationRequest(needId, partnerKind, partner, message == null || message.isBlank() ? null : message.strip());
        if (!validator.validate(input).isEmpty()) {
            return Notice.INVALID;
        }
        try {
            cooperations.request(input);
            return Notice.REQUESTED;
        } catch (ForbiddenException e) {
            return Notice.NOT_YOURS;
        } catch (ConflictException e) {
            return Notice.ALREADY_REQUESTED;
        } catch (InvalidFieldException e) {
            return Notice.INVALID;
        }
    }

    @GET
    @Path("institutions/{id}/needs")
    public Response institutionNeeds(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        return partnerNeeds(RecordKind.INSTITUTION, id, lang);
    }

    @GET
    @Path("designers/{id}/needs")
    public Response designerNeeds(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        return partnerNeeds(RecordKind.DESIGNER, id, lang);
    }

    private Response partnerNeeds(RecordKind kind, Long id, String lang) {
        MatchResult open = matchmaker.needsOf(kind, id, PARTNERS);
        String name = ((Profile) records.require(kind.entity(), id)).name;
        return PageFrames.page(lang, Templates.partnerNeeds(frames.frame(lang), name, Pages.profileHref(kind.code(), id), PageMatch.of(open.items())));
    }

    @GET
    @Path("needs/new")
    public Response editor(@QueryParam("lang") String lang) {
        caller.requireSignedIn();
        List<EnterpriseChoice> enterprises = enterprises();
        return editor(lang, NeedForm.empty(enterprises.size() == 1 ? enterprises.get(0).id() : null), FieldMessages.NONE, enterprises, 200);
    }

    /** Posts the need as {@code POST /api/needs} does; the form again, as typed, with each message beside its field. */
    @POST
    @Path("needs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields, @QueryParam("lang") String lang) {
        caller.requireSignedIn();
        NeedForm form = NeedForm.of(fields);
        List<FieldError> errors = new ArrayList<>();
        NeedInput input = form.toInput(errors);
        validator.validate(input).forEach(v -> errors.add(new FieldError(FieldPaths.of(v), v.getMessage())));
        try {
            if (errors.isEmpty()) {
                return PageActions.seeOther(needHref(needs.create(input).id()));
            }
        } catch (InvalidFieldException e) {
            errors.addAll(e.errors());
        } catch (ForbiddenException e) {
            errors.add(new FieldError("enterpriseId", "must be one of your enterprises"));
        }
        return editor(lang, form, FieldMessages.of(errors), enterprises(), 400);
    }

    /** The live list of the editor: the partners of the need as typed ({@code POST /api/matches}) and the dictionary's proposals. */
    @POST
    @Path("needs/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(MultivaluedMap<String, String> fields, @QueryParam("lang") String lang) {
        PageFrame frame = frames.frame(lang);
        NeedForm form = NeedForm.of(fields);
        DraftNeed draft = form.toDraft();
        DictionaryFindings proposals = new DictionaryFindings(List.of(), List.of(), List.of());
        List<PageMatch> partners = List.of();
        String message = null;
        if (!validator.validate(draft).isEmpty()) {
            message = "preview.tooLong";
        } else if (rateLimits.take(RouteGroup.MATCHES, identity, http).isPresent()) {
            message = "preview.tooMany";
        } else {
            // Only text within the API's limits is read by the dictionary and matched.
            proposals = notYetChosen(analyzer.findings(form.text()), form);
            try {
                partners = PageMatch.of(matchmaker.partnersOf(draft.toProfile(), MatchKind.ALL, PREVIEW_PARTNERS, false).items());
            } catch (InvalidFieldException e) {
                message = "preview.empty";
            }
        }
        return PageFrames.page(lang, Templates.preview(frame, partners, proposals, message));
    }

    static String needHref(Long id) {
        return "/needs/" + id;
    }

    private Response editor(String lang, NeedForm form, FieldMessages errors, List<EnterpriseChoice> enterprises, int status) {
        TemplateInstance page = Templates.editor(frames.frame(lang), form, errors, enterprises, List.of(Industry.values()),
                List.of(CapabilityCategory.values()), List.of(Scope.values()));
        return PageFrames.page(lang, page, status);
    }

    /** The enterprises the caller owns: a need is posted for one of them. */
    private List<EnterpriseChoice> enterprises() {
        List<EnterpriseChoice> owned = new ArrayList<>();
        for (ProfileRef ref : caller.parties().profiles()) {
            if (ref.kind() == RecordKind.ENTERPRISE) {
                owned.add(new EnterpriseChoice(ref.id(), records.require(Enterprise.class, ref.id()).name));
            }
        }
        owned.sort(java.util.Comparator.comparingLong(EnterpriseChoice::id));
        return owned;
    }

    /** Proposals leave out what the form holds already. */
    private static DictionaryFindings notYetChosen(DictionaryFindings found, NeedForm form) {
        Set<String> keywords = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        keywords.addAll(form.keywordList());
        return new DictionaryFindings(found.terms().stream().filter(t -> !keywords.contains(t)).toList(),
                found.industries().stream().filter(i -> !form.has(i)).toList(),
                found.categories().stream().filter(c -> !form.has(c)).toList());
    }
}
