package cn.wenzhou.fashion.notification.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.notification.AlertService;
import cn.wenzhou.fashion.notification.AlertView;
import cn.wenzhou.fashion.notification.DeliveryInput;
import cn.wenzhou.fashion.notification.FollowCapabilitiesInput;
import cn.wenzhou.fashion.notification.FollowNeedInput;
import cn.wenzhou.fashion.notification.FollowedAlerts;
import cn.wenzhou.fashion.notification.SavedSearchInput;
import cn.wenzhou.fashion.notification.SavedSearchView;
import cn.wenzhou.fashion.notification.SavedSearches;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

@Authenticated
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "What you hear about, and whether by mail at once, in a daily digest or in the inbox only")
@RequiredArgsConstructor
public class AlertResource {

    private final AlertService service;
    private final FollowedAlerts followed;
    private final SavedSearches savedSearches;

    @GET
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "Your alerts, the workflow's first")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @Operation(operationId = "listAlerts", summary = "Your alerts")
    public List<AlertView> list() {
        return service.mine();
    }

    @POST
    @Path("followed-needs")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "The alert (the same one if you follow the need already)")
    @APIResponse(responseCode = "400", description = "No needId, or no need with it")
    @APIResponse(responseCode = "403", description = "Not your need")
    @APIResponse(responseCode = "409", description = "The need is not open")
    @Operation(operationId = "followNeed", summary = "Hear of new or changed partners for one of your open needs",
            description = "A partner whose match score for the need reaches library.notification.match-threshold (60) is news.")
    public Response followNeed(@NotNull @Valid FollowNeedInput body) {
        return created(followed.followNeed(body));
    }

    @POST
    @Path("capabilities")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "The alert (the same one if you follow the profile already)")
    @APIResponse(responseCode = "400", description = "kind not institution or designer, or no such profile")
    @APIResponse(responseCode = "403", description = "Not your profile")
    @Operation(operationId = "followCapabilities", summary = "Hear of new needs your institution or designer profile could serve",
            description = "A new or changed open need whose reverse-match score reaches library.notification.match-threshold (60) is news.")
    public Response followCapabilities(@NotNull @Valid FollowCapabilitiesInput body) {
        return created(followed.followCapabilities(body));
    }

    private static Response created(AlertView alert) {
        return Response.created(URI.create("/api/alerts/" + alert.id())).entity(alert).build();
    }

    @POST
    @Path("saved-searches")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "The saved search with its threshold (the same one if you saved it already)")
    @APIResponse(responseCode = "400", description = "Text too long or without a word search scores, an unknown facet or value, or neither text nor facet")
    @APIResponse(responseCode = "409", description = "You have 50 saved searches already")
    @Operation(operationId = "saveSearch", summary = "Hear of new or changed records as good as your search's first page",
            description = "Takes q and the facets of GET /api/search. The search runs now and daily; the score of its 20th hit (0 with fewer)"
                    + " is the threshold a new or changed record must reach to be news.")
    public Response saveSearch(@NotNull @Valid SavedSearchInput body) {
        SavedSearchView saved = savedSearches.save(body);
        return Response.created(URI.create("/api/alerts/" + saved.id())).entity(saved).build();
    }

    @GET
    @Path("saved-searches")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "Your saved searches")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @Operation(operationId = "listSavedSearches", summary = "Your saved searches")
    public List<SavedSearchView> savedSearches() {
        return savedSearches.mine();
    }

    @PUT
    @Path("{id}/delivery")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The alert")
    @APIResponse(responseCode = "400", description = "No or an unknown delivery")
    @APIResponse(responseCode = "404", description = "None of yours with this id")
    @Operation(operationId = "setAlertDelivery", summary = "How one of your alerts reaches you: IMMEDIATE, DAILY_DIGEST or IN_APP")
    public AlertView deliver(@PathParam("id") Long id, @NotNull @Valid DeliveryInput body) {
        return service.deliver(id, body);
    }

    @DELETE
    @Path("{id}")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "204", description = "Deleted, with its notifications")
    @APIResponse(responseCode = "404", description = "None of yours with this id")
    @Operation(operationId = "deleteAlert", summary = "Delete one of your alerts")
    public void delete(@PathParam("id") Long id) {
        service.delete(id);
    }
}
