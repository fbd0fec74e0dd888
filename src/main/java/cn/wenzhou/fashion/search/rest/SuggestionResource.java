package cn.wenzhou.fashion.search.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.search.Suggestion;
import cn.wenzhou.fashion.search.SuggestionService;

import lombok.RequiredArgsConstructor;

@Path("/api/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
@RequiredArgsConstructor
public class SuggestionResource {

    private final SuggestionService service;

    @GET
    @APIResponse(responseCode = "200", description = "The suggestions, most frequent first")
    @APIResponse(responseCode = "400", description = "q blank or over 50 characters, size outside 1-50, or a kind other than event")
    // Anyone may ask; with a token, needs are suggested too.
    @SecurityRequirement(name = "keycloak")
    @SecurityRequirementsSet
    @Operation(operationId = "listSuggestions", summary = "Type-ahead on names, tags and capability titles",
            description = "Values starting with q (Chinese or Latin, any case), most frequent first; Latin words also within one or two typos. "
                    + "With kind=event, the titles and topics of events instead.")
    public List<Suggestion> suggest(@QueryParam("q") @NotBlank @Size(max = 50) String q,
            @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size,
            @QueryParam("kind") @Pattern(regexp = "event", message = "must be event or absent") String kind) {
        return service.suggest(q, size, kind != null);
    }
}
