package cn.wenzhou.fashion.search.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.search.Reindexer;

import lombok.RequiredArgsConstructor;

@Path("/api/admin/reindex")
@Tag(name = "Administration", description = "Rebuilding the indexes, the library's users and the audit log of admins' decisions (admins)")
@RequiredArgsConstructor
public class IndexAdminResource {

    private final Reindexer reindexer;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rebuildIndexes", summary = "Rebuild every index from the database",
            description = "Run after changing elastic/index-settings.json or the dictionaries, or when an index was lost. One reindex runs"
                    + " at a time across all instances; the index outbox pauses on every instance while it runs.")
    @APIResponse(responseCode = "200", description = "Every index rebuilt: the time it took, in milliseconds")
    @APIResponse(responseCode = "409", description = "A reindex runs already, on this or another instance")
    public Map<String, Long> reindex() throws InterruptedException {
        return Map.of("millis", reindexer.reindexAll());
    }
}
