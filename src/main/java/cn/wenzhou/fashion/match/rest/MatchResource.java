package cn.wenzhou.fashion.match.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.match.DraftNeed;
import cn.wenzhou.fashion.match.MatchKind;
import cn.wenzhou.fashion.match.MatchResult;
import cn.wenzhou.fashion.match.Matchmaker;

import lombok.RequiredArgsConstructor;

/** The partners of a need being typed, not stored. */
@Path("/api/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Ranked, explained cooperation partners (对接)")
@RequiredArgsConstructor
public class MatchResource {

    private final Matchmaker matchmaker;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The partners, best first, each with its explanation")
    @APIResponse(responseCode = "400", description = "Invalid draft need, kind not one of institution, designer, all, or limit outside 1-100")
    // Anyone may preview, and a token changes nothing: no security at all (security: []).
    @SecurityRequirements
    @Operation(operationId = "previewMatches", summary = "Preview the partners of a draft need (not stored)",
            description = "Same ranking and explanations as GET /api/needs/{id}/matches, for a form that shows partners while the user types.")
    public MatchResult preview(@NotNull @Valid DraftNeed body,
            @QueryParam("kind") @DefaultValue("all") String kind,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @QueryParam("strict") @DefaultValue("false") boolean strict) {
        return matchmaker.partnersOf(body.toProfile(), MatchKind.parse(kind), limit, strict);
    }
}
