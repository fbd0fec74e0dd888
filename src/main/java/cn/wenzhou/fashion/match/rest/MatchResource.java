package cn.wenzhou.fashion.match;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/matches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Ranked, explained cooperation partners (对接)")
public class MatchResource {

    private final PartnerMatcher matcher;

    public MatchResource(PartnerMatcher matcher) {
        this.matcher = matcher;
    }

    @POST
    @Operation(summary = "Preview the partners of a draft need (not stored)",
            description = "Same ranking and explanations as GET /api/needs/{id}/matches, for a form that shows partners while the user types.")
    public MatchResult preview(@NotNull @Valid DraftNeed body,
            @QueryParam("kind") @DefaultValue("all") String kind,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @QueryParam("strict") @DefaultValue("false") boolean strict) {
        return matcher.match(body.toProfile(), MatchKind.parse(kind), limit, strict);
    }
}
