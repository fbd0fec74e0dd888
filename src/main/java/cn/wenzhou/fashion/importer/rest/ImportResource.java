package cn.wenzhou.fashion.importer.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.importer.ImportReport;
import cn.wenzhou.fashion.importer.ImportService;

import lombok.RequiredArgsConstructor;

@Path("/api/import")
@Tag(name = "Import", description = "Bulk import from other systems (provincial voucher platform, the bureau's spreadsheets)")
@RequiredArgsConstructor
public class ImportResource {

    private final ImportService service;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"application/x-ndjson", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importRecords", summary = "Import NDJSON records, one per line, idempotent on externalId",
            description = "Each line has a kind (institution, designer, enterprise, need) and the fields of that kind; "
                    + "needs name their enterprise by enterpriseExternalId. The report lists per-line errors with line numbers. "
                    + "A record a user owns is changed only with overwriteOwned=true; otherwise its line is left out, with a warning.")
    public ImportReport importRecords(
            @QueryParam("overwriteOwned") @Parameter(description = "true to change records that users own too; otherwise their lines are left out and reported") boolean overwriteOwned,
            InputStream body) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            return service.importNdjson(reader, overwriteOwned);
        }
    }
}
