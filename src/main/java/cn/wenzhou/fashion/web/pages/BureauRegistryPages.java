package cn.wenzhou.fashion.web.pages;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.records.DesignerService;
import cn.wenzhou.fashion.records.InstitutionService;
import cn.wenzhou.fashion.records.PartnerRegistry;
import cn.wenzhou.fashion.records.RegistryEntry;
import cn.wenzhou.fashion.web.pages.BureauPages.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import lombok.RequiredArgsConstructor;

/**
 * The bureau's registries, for admins: the institutions registered as innovation-voucher providers with the last day
 * of their registration (sorted by it, the expired and the soon expiring marked), the settled partners (入驻), and
 * the forms that change them through the services the API's writes use (the same checks, the same audit entries).
 * Post/redirect/get; a refusal shows the registry again with the service's reason and the refusal's status.
 */
@Path("/bureau/registry")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
@RequiredArgsConstructor
public class BureauRegistryPages {

    static final int PAGE_SIZE = 20;
    private static final String HOME = "/bureau/registry";
    /** What an accepted change says after the redirect: only these codes, so a link cannot put words on the page. */
    private static final String PARTNERS_ONLY = "must be INSTITUTION or DESIGNER: only partners settle in the library";
    private static final Set<String> DONE = Set.of("PROVIDER_REGISTERED", "PROVIDER_ENDED", "SETTLED", "SETTLEMENT_ENDED");

    private final PartnerRegistry registry;
    private final InstitutionService institutions;
    private final DesignerService designers;
    private final PageFrames frames;

    /** The order of the providers: the soonest end of registration first (those without end last), or the latest. */
    public enum ExpiryOrder {
        SOONEST, LATEST
    }

    /** One page of each registry and how they are ordered, with the links that turn their pages. */
    @TemplateData
    public record Registry(Page<RegistryEntry> providers, ExpiryOrder order, Page<RegistryEntry> settled, RecordKind settledKind) {

        public boolean latestFirst() {
            return order == ExpiryOrder.LATEST;
        }

        public boolean designers() {
            return settledKind == RecordKind.DESIGNER;
        }

        public String orderHref(String other) {
            return href(0, ExpiryOrder.valueOf(other), settled.page(), settledKind);
        }

        public String previousProvidersHref() {
            return providers.page() == 0 ? null : href(providers.page() - 1, order, settled.page(), settledKind);
        }

        public String nextProvidersHref() {
            return hasNext(providers) ? href(providers.page() + 1, order, settled.page(), settledKind) : null;
        }

        public String settledKindHref(String kind) {
            return href(providers.page(), order, 0, RecordKind.valueOf(kind));
        }

        public String previousSettledHref() {
            return settled.page() == 0 ? null : href(providers.page(), order, settled.page() - 1, settledKind);
        }

        public String nextSettledHref() {
            return hasNext(settled) ? href(providers.page(), order, settled.page() + 1, settledKind) : null;
        }

        public int providersPageNumber() {
            return providers.page() + 1;
        }

        public int settledPageNumber() {
            return settled.page() + 1;
        }

        private static boolean hasNext(Page<?> page) {
            return (long) (page.page() + 1) * page.size() < page.total();
        }

        private static String href(int page, ExpiryOrder order, int settledPage, RecordKind settledKind) {
            return HOME + "?order=" + order + "&page=" + page + "&settledKind=" + settledKind + "&settledPage=" + settledPage;
        }
    }

    @CheckedTemplate(basePath = "BureauRegistryPages")
    static class Templates {
        static native TemplateInstance registry(PageFrame frame, Registry registry, Notice notice);
    }

    @GET
    public Response registry(@QueryParam("order") @DefaultValue("SOONEST") ExpiryOrder order, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("settledKind") @DefaultValue("INSTITUTION") RecordKind settledKind,
            @QueryParam("settledPage") @DefaultValue("0") int settledPage, @QueryParam("done") String done, @QueryParam("lang") String lang) {
        Notice notice = done != null && DONE.contains(done) ? new Notice(false, "registry.done." + done, null) : null;
        return PageFrames.page(lang, Templates.registry(frames.frame(lang), registry(order, page, settledKind, settledPage), notice));
    }

    /** Registers an institution as a voucher provider, or changes the last day of its registration. */
    @POST
    @Path("providers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerProvider(MultivaluedMap<String, String> form) {
        return act("PROVIDER_REGISTERED", "providers", () -> {
            FormFields fields = new FormFields(form);
            Long id = fields.requiredId("institutionId");
            var until = fields.date("voucherProviderUntil");
            Long version = fields.id("version");
            fields.check();
            institutions.registerVoucherProvider(id, until, version);
        });
    }

    @POST
    @Path("providers/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endProvider(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act("PROVIDER_ENDED", "providers", () -> {
            FormFields fields = new FormFields(form);
            Long version = fields.id("version");
            fields.check();
            institutions.endVoucherProvider(id, version);
        });
    }

    /** Settles a partner in the library or ends its settlement ({@code settled} true or false). */
    @POST
    @Path("settled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response settle(MultivaluedMap<String, String> form) {
        FormFields fields = new FormFields(form);
        String settledField = fields.text("settled");
        boolean settled = "true".equals(settledField);
        return act(settled ? "SETTLED" : "SETTLEMENT_ENDED", "settled", () -> {
            if (!settled && !"false".equals(settledField)) {
                // Neither settles nor ends by default: a form without its intent changes nothing.
                throw new InvalidFieldException("settled", "must be true or false");
            }
            RecordKind kind = fields.code(RecordKind.class, "kind");
            Long id = fields.requiredId("partnerId");
            Long version = fields.id("version");
            fields.check();
            if (kind == RecordKind.INSTITUTION) {
                institutions.settle(id, settled, version);
            } else if (kind == RecordKind.DESIGNER) {
                designers.settle(id, settled, version);
            } else {
                throw new InvalidFieldException("kind", PARTNERS_ONLY);
            }
        });
    }

    private Registry registry(ExpiryOrder order, int page, RecordKind settledKind, int settledPage) {
        checkPage("page", page);
        checkPage("settledPage", settledPage);
        if (!RecordKind.PARTNERS.contains(settledKind)) {
            throw new InvalidFieldException("settledKind", PARTNERS_ONLY);
        }
        return new Registry(registry.voucherProviders(order == ExpiryOrder.LATEST, page, PAGE_SIZE), order,
                registry.settled(settledKind, settledPage, PAGE_SIZE), settledKind);
    }

    /** A page within the lists' window, refused naming its own parameter (the registry has two). */
    private static void checkPage(String name, int page) {
        if (page < 0 || (long) (page + 1) * PAGE_SIZE > Page.MAX_WINDOW) {
            throw new InvalidFieldException(name, "must be from 0 to " + (Page.MAX_WINDOW / PAGE_SIZE - 1));
        }
    }

    /** The change, then back to the registry's list; a refusal, the registry with its reason and status. */
    private Response act(String done, String anchor, Runnable change) {
        return PageActions.act(change, HOME + "?done=" + done + "#" + anchor, refusal -> PageFrames.page(null,
                Templates.registry(frames.frameAt(HOME), registry(ExpiryOrder.SOONEST, 0, RecordKind.INSTITUTION, 0),
                        new Notice(true, "bureau.refused", refusal.text())), refusal.status()));
    }
}
