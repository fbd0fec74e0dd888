package cn.wenzhou.fashion.records.rest;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.records.ClaimDecision;
import cn.wenzhou.fashion.records.ClaimInput;
import cn.wenzhou.fashion.records.ClaimView;
import cn.wenzhou.fashion.records.OwnedProfile;
import cn.wenzhou.fashion.records.OwnerAssignment;
import cn.wenzhou.fashion.records.ProfileOwnership;
import cn.wenzhou.fashion.records.RecordInput;
import cn.wenzhou.fashion.records.RecordService;
import cn.wenzhou.fashion.records.RecordView;
import io.quarkus.security.Authenticated;

/** The endpoints of a profile kind: those of every record, and claiming or assigning the profile. */
public abstract class ProfileResource<E extends LibraryRecord, I extends RecordInput<E>, V extends RecordView>
        extends RecordResource<E, I, V> {

    private final ProfileOwnership ownership;

    protected ProfileResource(RecordKind kind, RecordService<E, I, V> service, ProfileOwnership ownership) {
        super(kind, service);
        this.ownership = ownership;
    }

    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "The claim, PENDING until an admin decides",
            headers = @Header(name = "Location", description = "URL of the claim", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Evidence missing, or a credit code that is not the record's: the problem's errors name the fields")
    @APIResponse(responseCode = "403", description = "Signed in, but without the role of this kind, or an admin (admins assign, they do not claim)")
    @APIResponse(responseCode = "409", description = "The {kind} has an owner, or your claim of it is pending")
    @POST
    @Path("{id}/claim")
    @Operation(operationId = "claim{Kind}", summary = "Claim this {kind} profile as yours, with evidence an admin reviews",
            description = "For users with the role of the profile's kind and profiles without owner (imported ones, or created by an admin).")
    public Response claim(@PathParam("id") Long id, @NotNull @Valid ClaimInput body) {
        ClaimView claim = ownership.claim(kind, id, body);
        return Response.created(URI.create("/api/claims/" + claim.id())).entity(claim).build();
    }

    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The profile with its new owner, or none")
    @APIResponse(responseCode = "400", description = "Invalid body, or ownerId is the admin's own subject")
    @APIResponse(responseCode = "403", description = "Signed in, but not an admin")
    @PUT
    @Path("{id}/owner")
    @Operation(operationId = "assign{Kind}Owner", summary = "Assign this {kind} profile to a user (admins)",
            description = "ownerId is the user's subject, never the admin's own; null releases the profile. The reason goes to the audit log.")
    public OwnedProfile assignOwner(@PathParam("id") Long id, @NotNull @Valid OwnerAssignment body) {
        return ownership.assign(kind, id, body);
    }

    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The profile, its owner approved")
    @APIResponse(responseCode = "400", description = "reason over 2000 characters")
    @APIResponse(responseCode = "403", description = "Signed in, but not an admin")
    @APIResponse(responseCode = "409", description = "The {kind} has no owner")
    @POST
    @Path("{id}/approval")
    @Operation(operationId = "approve{Kind}Owner", summary = "An admin approves the owner of a {kind} profile they registered",
            description = "The profile then grants its kind to the owner, and with it access to the library's needs. The reason goes to the audit log.")
    public OwnedProfile approveOwner(@PathParam("id") Long id, @Valid ClaimDecision body) {
        return ownership.approveOwner(kind, id, body);
    }
}
