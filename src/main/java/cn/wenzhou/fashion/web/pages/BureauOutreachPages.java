package cn.wenzhou.fashion.web.pages;

import java.net.URI;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.outreach.OutreachCsv;
import cn.wenzhou.fashion.outreach.OutreachEntry;
import cn.wenzhou.fashion.outreach.VoucherOutreach;
import cn.wenzhou.fashion.statistics.FiguresCsv;
import cn.wenzhou.fashion.web.pages.BureauPages.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import lombok.RequiredArgsConstructor;

/**
 * Voucher outreach for admins: the voucher-eligible open needs without an application, by district, filtered by
 * district and industry, 20 a page, with whom to call, the providers and categories a voucher could pay, the cap left;
 * the CSV of the whole filtered list; and a button that computes the list again now.
 */
@Path("/bureau/outreach")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
@RequiredArgsConstructor
public class BureauOutreachPages {

    private static final int PAGE_SIZE = 20;
    private static final Set<String> DONE = Set.of("OUTREACH_REFRESHED");

    private final VoucherOutreach outreach;
    private final PageFrames frames;

    /** A page of the list with its filters and the links that turn its pages. */
    @TemplateData
    public record Listing(Page<OutreachEntry> entries, District district, Industry industry) {

        public String filters() {
            return (district == null ? "" : "&district=" + district) + (industry == null ? "" : "&industry=" + industry);
        }

        public String previousHref() {
            return entries.page() == 0 ? null : "/bureau/outreach?page=" + (entries.page() - 1) + filters();
        }

        public String nextHref() {
            return (long) (entries.page() + 1) * entries.size() < entries.total() ? "/bureau/outreach?page=" + (entries.page() + 1) + filters() : null;
        }

        public District[] districts() {
            return District.values();
        }

        public Industry[] industries() {
            return Industry.values();
        }
    }

    @CheckedTemplate(basePath = "BureauOutreachPages")
    static class Templates {
        static native TemplateInstance outreach(PageFrame frame, Listing listing, Notice notice);
    }

    @GET
    public Response list(@QueryParam("district") District district, @QueryParam("industry") Industry industry,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done, @QueryParam("lang") String lang) {
        Notice notice = done != null && DONE.contains(done) ? new Notice(false, "outreach.done." + done, null) : null;
        Listing listing = new Listing(outreach.list(district, industry, page, PAGE_SIZE), district, industry);
        return PageFrames.page(lang, Templates.outreach(frames.frame(lang), listing, notice));
    }

    @GET
    @Path("outreach.csv")
    @Produces(FiguresCsv.MEDIA_TYPE)
    public Response csv(@QueryParam("district") District district, @QueryParam("industry") Industry industry) {
        return FiguresCsv.download(OutreachCsv.of(outreach.all(district, industry)), "voucher-outreach.csv");
    }

    /** Computes the list again now, as POST /api/voucher-outreach/refresh does. */
    @POST
    @Path("refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refresh() {
        outreach.refreshNow();
        return Response.seeOther(URI.create("/bureau/outreach?done=OUTREACH_REFRESHED")).build();
    }
}
