package cn.wenzhou.fashion.importer.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.importer.ImportJobView;
import cn.wenzhou.fashion.importer.ImportJobs;

import lombok.RequiredArgsConstructor;

@Path("/api/import")
@Tag(name = "Import", description = "Bulk import from other systems (provincial voucher platform, the bureau's spreadsheets)")
@RequiredArgsConstructor
public class ImportResource {

    /** Errors and warnings each that a job's status lists (its counts are complete). */
    static final int MAX_MESSAGES = 100_000;

    private final ImportJobs jobs;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"application/x-ndjson", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importRecords", summary = "Import NDJSON records, one per line, idempotent on externalId, as a job",
            description = "Each line has a kind (institution, designer, enterprise, need) and the fields of that kind; "
                    + "needs name their enterprise by enterpriseExternalId. The upload is stored and written in the background: "
                    + "follow the job at its Location until it is finished; it lists per-line errors with line numbers. "
                    + "A record a user owns is changed only with overwriteOwned=true; otherwise its line is left out, with a warning.")
    @APIResponse(responseCode = "202", description = "The upload is stored as a queued job",
            headers = @Header(name = "Location", description = "URL of the job's status", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    public Response importRecords(
            @QueryParam("overwriteOwned") @Parameter(description = "true to change records that users own too; otherwise their lines are left out and reported") boolean overwriteOwned,
            InputStream body) throws IOException {
        ImportJobView job = jobs.submit(body, overwriteOwned);
        return Response.accepted(job).location(URI.create("/api/import/jobs/" + job.id())).build();
    }

    @GET
    @Path("jobs/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getImportJob", summary = "The status of an import job: lines read, done, failed (with their line numbers), finished",
            description = "Answered by any replica from the database while the job runs and after it finished.")
    public ImportJobView job(@PathParam("id") Long id) {
        return jobs.get(id, MAX_MESSAGES);
    }
}
