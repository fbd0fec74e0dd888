package cn.wenzhou.fashion.notification.rest;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.notification.NotificationInbox;
import cn.wenzhou.fashion.notification.NotificationView;
import io.quarkus.security.Authenticated;

import lombok.RequiredArgsConstructor;

@Authenticated
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The inbox: what happened to your records, your alerts' news")
@RequiredArgsConstructor
public class NotificationResource {

    private final NotificationInbox inbox;

    @GET
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "A page of your notifications")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @Operation(operationId = "listNotifications", summary = "Your notifications, newest first",
            description = "A notification whose record you may no longer see is withheld: no title, detail or link.")
    public Page<NotificationView> list(@QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return inbox.page(unread, page, size);
    }

    @GET
    @Path("unread-count")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "{\"unread\": n}")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of your notifications are unread")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", inbox.unread());
    }

    @POST
    @Path("{id}/read")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The notification, read")
    @APIResponse(responseCode = "404", description = "None of yours with this id")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of your notifications read")
    public NotificationView markRead(@PathParam("id") Long id) {
        return inbox.markRead(id);
    }

    @POST
    @Path("read")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "{\"marked\": n}: how many were unread")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all your notifications read")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead());
    }
}
