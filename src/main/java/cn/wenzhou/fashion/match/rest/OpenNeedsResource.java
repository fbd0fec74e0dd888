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

import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.match.MatchResult;
import cn.wenzhou.fashion.match.Matchmaker;
import io.quarkus.security.Authenticated;

/**
 * The open needs a stored partner can serve; the subclasses give the partner kind's path ({@code {Kind}} and
 * {@code {kind}} in the OpenAPI annotations stand for its names, see {@code web.rest.ApiDocumentFilter}).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class OpenNeedsResource {

    private final RecordKind kind;
    private final Matchmaker matchmaker;

    protected OpenNeedsResource(RecordKind kind, Matchmaker matchmaker) {
        this.kind = kind;
        this.matchmaker = matchmaker;
    }

    @GET
    @Authenticated
    // Quarkus does not see @Authenticated of an inherited method for the subclasses' operations: say it here.
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The open needs, best first, each with its explanation")
    @APIResponse(responseCode = "400", description = "limit outside 1-100")
    @APIResponse(responseCode = "401", description = "Not signed in: needs are for signed-in users")
    @APIResponse(responseCode = "403", description = "Without an approved profile of the library (or the admin role): needs are for its members")
    @Operation(operationId = "list{Kind}Matches", summary = "Open needs this partner can serve, ranked and explained")
    public MatchResult needsOfPartner(@PathParam("id") Long id,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return matchmaker.needsOf(kind, id, limit);
    }

    @Path("/api/institutions/{id}/matches")
    @Tag(name = "Matching")
    public static class OfInstitution extends OpenNeedsResource {

        public OfInstitution(Matchmaker matchmaker) {
            super(RecordKind.INSTITUTION, matchmaker);
        }
    }

    @Path("/api/designers/{id}/matches")
    @Tag(name = "Matching")
    public static class OfDesigner extends OpenNeedsResource {

        public OfDesigner(Matchmaker matchmaker) {
            super(RecordKind.DESIGNER, matchmaker);
        }
    }
}
