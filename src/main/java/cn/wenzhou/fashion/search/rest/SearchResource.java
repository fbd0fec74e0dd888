package cn.wenzhou.fashion.search.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.search.Facet;
import cn.wenzhou.fashion.search.SearchCursor;
import cn.wenzhou.fashion.search.SearchQuery;
import cn.wenzhou.fashion.search.SearchResult;
import cn.wenzhou.fashion.search.SearchService;
import cn.wenzhou.fashion.search.SearchSort;

import lombok.RequiredArgsConstructor;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search with facets, in Chinese and English")
@RequiredArgsConstructor
public class SearchResource {

    private final SearchService service;

    @GET
    @APIResponse(responseCode = "200", description = "The page of hits with highlights, the facet counts and the next cursor")
    @APIResponse(responseCode = "400", description = "q over 500 characters, an unknown facet value, page or size out of range or beyond "
            + "the first results, or an after cursor of another sort: the problem's errors name the parameter")
    // Anyone may search; with a token, needs are found too.
    @SecurityRequirement(name = "keycloak")
    @SecurityRequirementsSet
    @Operation(operationId = "searchRecords", summary = "Search institutions, designers, enterprises and needs",
            description = "Free text in Chinese or English, plus facet filters given as repeated query parameters "
                    + "(kind, industry, category, institutionType, district, scope, country, voucher, voucherCategory, settled): "
                    + "values of one facet are OR-ed, facets are AND-ed. Facet counts of a selected facet ignore its own filter.")
    public SearchResult search(
            @QueryParam("q") @Parameter(description = "free text, at most 500 characters") String q,
            @QueryParam("sort") @DefaultValue("RELEVANCE") SearchSort sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(500) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @QueryParam("after") @Parameter(description = "the 'next' cursor of the previous page: deep pagination without limit") String after,
            @Context UriInfo uri) {
        SearchCursor cursor = after == null || after.isBlank() ? null : SearchCursor.decode(after, sort);
        if (cursor == null && (page + 1) * size > Page.MAX_WINDOW) {
            throw new InvalidFieldException("page", "page and size reach beyond the first " + Page.MAX_WINDOW
                    + " results; follow the 'next' cursor with 'after' instead");
        }
        return service.search(new SearchQuery(SearchQuery.checkedText(q), Facet.filters(uri.getQueryParameters()), sort, page, size, cursor));
    }
}
