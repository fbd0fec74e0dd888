package cn.wenzhou.fashion.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.audit.AuditEntryView;
import cn.wenzhou.fashion.audit.AuditService;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.Roles;

import lombok.RequiredArgsConstructor;

@Path("/api/admin/audit")
@Tag(name = "Administration", description = "Rebuilding the indexes, the library's users and the audit log of admins' decisions (admins)")
@RequiredArgsConstructor
public class AuditResource {

    private final AuditService service;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "A page of the audit log")
    @APIResponse(responseCode = "400", description = "An unknown recordKind, page below 0, or size outside 1-100")
    @Operation(operationId = "readAuditLog", summary = "Admins' decisions, newest first: who, when, what and why",
            description = "Claims, assignments, registry changes and voucher decisions. Append-only: there is no operation that changes it.")
    public Page<AuditEntryView> read(@QueryParam("recordKind") String recordKind, @QueryParam("recordId") Long recordId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.page(recordKind, recordId, page, size);
    }
}
