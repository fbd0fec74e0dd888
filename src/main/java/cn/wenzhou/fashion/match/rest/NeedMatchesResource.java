package cn.wenzhou.fashion.match.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.match.MatchKind;
import cn.wenzhou.fashion.match.MatchResult;
import cn.wenzhou.fashion.match.Matchmaker;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

/** The partners of a stored need. */
@Path("/api/needs/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
@RequiredArgsConstructor
public class NeedMatchesResource {

    private final Matchmaker matchmaker;

    @GET
    @Authenticated
    // Declared here so that Quarkus adds no 403 to it: any signed-in user may call this.
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The partners, best first, each with its explanation")
    @APIResponse(responseCode = "400", description = "kind not one of institution, designer, all, or limit outside 1-100")
    @APIResponse(responseCode = "401", description = "Not signed in: needs are for signed-in users")
    @APIResponse(responseCode = "404", description = "No need with this id, or a confidential need that is not yours")
    @Operation(operationId = "listNeedMatches", summary = "Ranked, explained partners for a need",
            description = "kind = institution | designer | all; strict = true turns the voucher and scope preferences into filters.")
    public MatchResult partnersOfNeed(@PathParam("id") Long id,
            @QueryParam("kind") @DefaultValue("all") String kind,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @QueryParam("strict") @DefaultValue("false") boolean strict) {
        return matchmaker.partnersOf(id, MatchKind.parse(kind), limit, strict);
    }
}
