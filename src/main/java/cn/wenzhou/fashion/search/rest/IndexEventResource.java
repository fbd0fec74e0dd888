package cn.wenzhou.fashion.search.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.search.IndexEventProcessor;
import cn.wenzhou.fashion.search.IndexOutboxView;

import lombok.RequiredArgsConstructor;

@Path("/api/admin/index-events")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@RequiredArgsConstructor
public class IndexEventResource {

    /** Enough to see what fails; the count says how many there are in all. */
    private static final int FAILED_SHOWN = 100;

    private final IndexEventProcessor processor;

    @GET
    @Operation(operationId = "indexEvents", summary = "Changes waiting to be indexed, and the oldest 100 whose indexing failed",
            description = "Every change of a record is indexed after its transaction commits, from an outbox in the database. Changes wait"
                    + " there while Elasticsearch cannot be reached; other failures are retried with a growing delay, then kept as failed.")
    public IndexOutboxView indexEvents() {
        return processor.view(FAILED_SHOWN);
    }

    @POST
    @Path("/retry")
    @Operation(operationId = "retryIndexEvents", summary = "Retry every change whose indexing failed",
            description = "Makes the failed changes due again with a fresh count of attempts and has them applied at once, in the background; answers how many there were.")
    public Map<String, Integer> retry() {
        return Map.of("retried", processor.retryFailed());
    }
}
