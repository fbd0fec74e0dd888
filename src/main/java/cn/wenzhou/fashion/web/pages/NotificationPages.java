package cn.wenzhou.fashion.web.pages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.notification.NotificationInbox;
import cn.wenzhou.fashion.notification.NotificationView;
import cn.wenzhou.fashion.notification.SavedSearchInput;
import cn.wenzhou.fashion.notification.SavedSearchView;
import cn.wenzhou.fashion.notification.SavedSearches;
import cn.wenzhou.fashion.search.Facet;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

/**
 * The inbox: the reader's notifications, newest first, each linking to the page of its record; opening one marks it
 * read (a form, since it changes something), and one form marks all read. What the API's inbox withholds, this does.
 */
@Authenticated
@Path("/inbox")
@Produces(MediaType.TEXT_HTML)
@RequiredArgsConstructor
public class NotificationPages {

    private static final int LIST_SIZE = 50;

    private final NotificationInbox inbox;
    private final PageFrames frames;
    private final SavedSearches savedSearches;

    /** A notification with the page of its record; none when withheld. */
    @TemplateData
    public record InboxItem(NotificationView notification, String href) {
    }

    /** A saved search with the search page's query that runs it. */
    @TemplateData
    public record SavedSearchItem(SavedSearchView search, String href) {
    }

    @CheckedTemplate(basePath = "NotificationPages")
    static class Templates {
        static native TemplateInstance inbox(PageFrame frame, List<InboxItem> items, long total, List<SavedSearchItem> searches,
                Refusal refusal);
    }

    @GET
    public Response inbox(@QueryParam("lang") String lang) {
        return PageFrames.page(lang, inboxPage(lang, null));
    }

    private TemplateInstance inboxPage(String lang, Refusal refusal) {
        var page = inbox.page(false, 0, LIST_SIZE);
        List<InboxItem> items = page.items().stream().map(n -> new InboxItem(n, n.withheld() ? null : pageOf(n))).toList();
        List<SavedSearchItem> searches = savedSearches.mine().stream().map(s -> new SavedSearchItem(s, searchQuery(s))).toList();
        return Templates.inbox(frames.frame(lang), items, page.total(), searches, refusal);
    }

    /** Saves the search the search page shows ({@code filters} as {@link #savedFilters} writes them); refused, the inbox says why. */
    @POST
    @Path("saved-searches")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSearch(@FormParam("q") String q, @FormParam("filters") String filters, @QueryParam("lang") String lang) {
        return PageActions.act(() -> savedSearches.save(new SavedSearchInput(q, parameters(filters))), "/inbox",
                refusal -> Response.status(refusal.status()).entity(inboxPage(lang, refusal)).type(MediaType.TEXT_HTML).build());
    }

    @POST
    @Path("saved-searches/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteSearch(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        return PageActions.act(() -> savedSearches.delete(id), "/inbox",
                refusal -> Response.status(refusal.status()).entity(inboxPage(lang, refusal)).type(MediaType.TEXT_HTML).build());
    }

    /** The selected facets of a search page's query, as the save form carries them: {@code industry=FOOTWEAR,LEATHER&kind=need}. */
    static String savedFilters(MultivaluedMap<String, String> query) {
        return Facet.filters(query).entrySet().stream().map(e -> e.getKey().param + "=" + String.join(",", e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, List<String>> parameters(String filters) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (filters != null && !filters.isBlank()) {
            for (String pair : filters.split("&")) {
                String[] nameValue = pair.split("=", 2);
                parameters.put(nameValue[0], List.of(nameValue.length > 1 ? nameValue[1] : ""));
            }
        }
        return parameters;
    }

    private static String searchQuery(SavedSearchView search) {
        var query = new StringBuilder("q=").append(URLEncoder.encode(search.q() == null ? "" : search.q(), StandardCharsets.UTF_8));
        search.filters().forEach((facet, values) -> values.forEach(v -> query.append('&').append(facet).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return query.toString();
    }

    /** Marks the notification read and opens its record's page. */
    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("id") Long id) {
        NotificationView read = inbox.markRead(id);
        return Response.seeOther(URI.create(read.withheld() ? "/inbox" : pageOf(read))).build();
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAllRead() {
        inbox.markAllRead();
        return Response.seeOther(URI.create("/inbox")).build();
    }

    /** The page that shows the record: the workspace for the workflow's records, else the record's own. */
    static String pageOf(NotificationView n) {
        if (Notice.CLAIM.equals(n.recordType())) {
            return "/workspace";
        }
        RecordKind kind = RecordKind.ofCode(n.recordType());
        return switch (kind) {
            case COOPERATION -> "/workspace#cooperation-" + n.recordId();
            case VOUCHER -> "/workspace";
            case NEED -> "/needs/" + n.recordId();
            case EVENT -> "/events/" + n.recordId();
            case SETTLEMENT, POLICY_APPLICATION -> "/workspace/settling-in";
            case POLICY -> "/policies/" + n.recordId();
            case INSTITUTION, DESIGNER, ENTERPRISE -> Pages.profileHref(kind.code(), n.recordId());
        };
    }
}
