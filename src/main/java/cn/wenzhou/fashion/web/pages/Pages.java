package cn.wenzhou.fashion.web.pages;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.TrackRecord;
import cn.wenzhou.fashion.event.ProfileEvents;
import cn.wenzhou.fashion.records.DesignerService;
import cn.wenzhou.fashion.records.DesignerView;
import cn.wenzhou.fashion.records.EnterpriseService;
import cn.wenzhou.fashion.records.EnterpriseView;
import cn.wenzhou.fashion.records.InstitutionService;
import cn.wenzhou.fashion.records.InstitutionView;
import cn.wenzhou.fashion.records.NeedService;
import cn.wenzhou.fashion.records.NeedSummary;
import cn.wenzhou.fashion.search.Facet;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.search.SearchCursor;
import cn.wenzhou.fashion.search.SearchQuery;
import cn.wenzhou.fashion.search.SearchResult;
import cn.wenzhou.fashion.search.SearchService;
import cn.wenzhou.fashion.search.SearchSort;
import cn.wenzhou.fashion.search.Suggestion;
import cn.wenzhou.fashion.search.SuggestionService;
import cn.wenzhou.fashion.statistics.VoucherFigures;
import cn.wenzhou.fashion.statistics.VoucherStatistics;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import lombok.RequiredArgsConstructor;

/**
 * The public pages: home, search and profiles, rendered on the server from the services the API uses, so a page
 * shows exactly what the API would show the same reader (anonymous: no contact details, no needs). The home page
 * adds the newest open needs for signed-in readers.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RequiredArgsConstructor
public class Pages {

    private static final int PAGE_SIZE = 20;
    private static final int SUGGESTIONS = 8;
    private static final int NEWEST_NEEDS = 8;
    private static final String API = "/api";

    private final SearchService search;
    private final SuggestionService suggestions;
    private final VoucherStatistics statistics;
    private final InstitutionService institutions;
    private final DesignerService designers;
    private final EnterpriseService enterprises;
    private final NeedService needs;
    private final Records records;
    private final PageFrames frames;
    private final Caller caller;
    private final ProfileEvents profileEvents;

    @Context
    UriInfo uri;

    /** A facet of the search page: its values with counts, in the order the search gives them. */
    @TemplateData
    public record PageFacet(String param, String group, List<SearchResult.FacetValue> values) {

        /** The key of the facet's name among the page texts (labels.properties, group Page). */
        public String legendKey() {
            return "facet." + param;
        }
    }

    @CheckedTemplate(basePath = "Pages")
    static class Templates {
        static native TemplateInstance home(PageFrame frame, List<SearchResult.FacetValue> kinds, VoucherFigures.Row figures,
                List<NeedSummary> newestNeeds);

        static native TemplateInstance suggestions(PageFrame frame, List<Suggestion> items);

        static native TemplateInstance search(PageFrame frame, String q, SearchSort sort, List<SearchSort> sorts, SearchResult result,
                List<PageHit> hits, List<PageFacet> facets, String moreHref, String savedFilters);

        static native TemplateInstance institution(PageFrame frame, InstitutionView profile, TrackRecord trackRecord, String needsHref,
                ProfileEvents.Summary events);

        static native TemplateInstance designer(PageFrame frame, DesignerView profile, TrackRecord trackRecord, String needsHref,
                ProfileEvents.Summary events);

        static native TemplateInstance enterprise(PageFrame frame, EnterpriseView profile);
    }

    @GET
    public Response home(@QueryParam("lang") String lang) {
        SearchResult all = search.search(new SearchQuery(null, Map.of(), SearchSort.RELEVANCE, 0, 1, null));
        VoucherFigures figures = statistics.figures(null, null); // every year to this one
        return PageFrames.page(lang, Templates.home(frames.frame(lang), all.facets().get(Facet.KIND.param), figures.total(),
                needs.newestOpen(NEWEST_NEEDS)));
    }

    /** The type-ahead list under the home page's search box (an htmx fragment). */
    @GET
    @Path("suggestions")
    public Response suggestions(@QueryParam("q") String q, @QueryParam("lang") String lang) {
        String typed = q == null ? "" : q.strip();
        List<Suggestion> items = typed.isEmpty() || typed.length() > 50 ? List.of() : suggestions.suggest(typed, SUGGESTIONS);
        return PageFrames.page(lang, Templates.suggestions(frames.frame(lang), items));
    }

    @GET
    @Path("search")
    public Response search(@QueryParam("q") String q, @QueryParam("sort") @DefaultValue("RELEVANCE") SearchSort sort,
            @QueryParam("after") String after, @QueryParam("lang") String lang) {
        SearchCursor cursor = after == null || after.isBlank() ? null : SearchCursor.decode(after, sort);
        SearchResult result = search.search(new SearchQuery(SearchQuery.checkedText(q), Facet.filters(uri.getQueryParameters()), sort, 0,
                PAGE_SIZE, cursor));
        List<PageFacet> facets = java.util.Arrays.stream(Facet.values())
                .map(facet -> new PageFacet(facet.param, facet.labelGroup, result.facets().getOrDefault(facet.param, List.of())))
                .filter(facet -> !facet.values().isEmpty())
                .toList();
        String more = result.next() == null ? null : PageFrames.relative(uri.getRequestUriBuilder().replaceQueryParam("after", result.next())
                .replaceQueryParam("lang").build());
        return PageFrames.page(lang, Templates.search(frames.frame(lang), q == null ? "" : q, sort, List.of(SearchSort.values()), result,
                result.items().stream().map(PageHit::of).toList(), facets, more, NotificationPages.savedFilters(uri.getQueryParameters())));
    }

    @GET
    @Path("institutions/{id}")
    public Response institution(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        return partner(lang, RecordKind.INSTITUTION, id, institutions.get(id), Templates::institution);
    }

    @GET
    @Path("designers/{id}")
    public Response designer(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        return partner(lang, RecordKind.DESIGNER, id, designers.get(id), Templates::designer);
    }

    @GET
    @Path("enterprises/{id}")
    public Response enterprise(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        return PageFrames.page(lang, Templates.enterprise(frames.frame(lang), enterprises.get(id)));
    }

    /** The template of a partner kind's page. */
    private interface PartnerTemplate<V> {
        TemplateInstance of(PageFrame frame, V profile, TrackRecord trackRecord, String needsHref, ProfileEvents.Summary events);
    }

    /** A partner's page: the profile as its service shows it to the reader, its track record, the link to its open needs. */
    private <V> Response partner(String lang, RecordKind kind, Long id, V profile, PartnerTemplate<V> template) {
        TrackRecord trackRecord = ((PartnerProfile) records.require(kind.entity(), id)).trackRecord;
        return PageFrames.page(lang, template.of(frames.frame(lang), profile, trackRecord, openNeedsHref(kind, id), profileEvents.of(kind, id)));
    }

    /** The partner's open needs ({@code NeedPages}), linked only for those who read needs. */
    private String openNeedsHref(RecordKind kind, Long id) {
        return caller.readsNeeds() ? profileHref(kind.code(), id) + "/needs" : null;
    }

    /** The profile page of a search hit's kind (its API collection's path without {@code /api}); null for kinds without one. */
    static String profileHref(String kind, Long id) {
        return RecordKind.PROFILES.stream().filter(profile -> profile.code().equals(kind)).findFirst()
                .map(profile -> profile.path().substring(API.length()) + "/" + id).orElse(null);
    }
}
