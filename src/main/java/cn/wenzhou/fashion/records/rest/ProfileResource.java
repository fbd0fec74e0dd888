package cn.wenzhou.fashion.records.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;
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
    @APIResponse(responseCode = "200", description = "The profile, now yours")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Signed in, but without the role of this kind")
    @APIResponse(responseCode = "404", description = "No {kind} with this id")
    @APIResponse(responseCode = "409", description = "Someone else owns this {kind}: ask an admin to reassign it")
    @POST
    @Path("{id}/claim")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "claim{Kind}", summary = "Claim this {kind} profile as yours",
            description = "For users with the role of the profile's kind and profiles without owner (imported ones, or created by an admin); 409 if someone owns it.")
    public OwnedProfile claim(@PathParam("id") Long id) {
        return ownership.claim(kind, id);
    }

    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The profile with its new owner, or none")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Signed in, but not an admin")
    @APIResponse(responseCode = "404", description = "No {kind} with this id")
    @PUT
    @Path("{id}/owner")
    @Operation(operationId = "assign{Kind}Owner", summary = "Assign this {kind} profile to a user (admins)",
            description = "ownerId is the user's subject; null releases the profile.")
    public OwnedProfile assignOwner(@PathParam("id") Long id, @NotNull @Valid OwnerAssignment body) {
        return ownership.assign(kind, id, body);
    }
}
