package cn.wenzhou.fashion.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.account.UserAdministration;
import cn.wenzhou.fashion.account.UserStatus;
import cn.wenzhou.fashion.account.UserView;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.Roles;

import lombok.RequiredArgsConstructor;

@Path("/api/admin/users")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Rebuilding the indexes, the library's users and the audit log of admins' decisions (admins)")
@RequiredArgsConstructor
public class UserResource {

    private final UserAdministration users;

    @GET
    @APIResponse(responseCode = "200", description = "A page of users, the most recently signed in first")
    @Operation(operationId = "listUsers", summary = "The library's users as of their last sign-in: name, e-mail, realm roles, disabled or not")
    public Page<UserView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return users.list(page, size);
    }

    @PUT
    @Path("{subject}/status")
    @APIResponse(responseCode = "200", description = "The user, disabled or enabled")
    @APIResponse(responseCode = "400", description = "disabled missing, a reason missing to disable, or your own account")
    @APIResponse(responseCode = "404", description = "No user with this subject has signed in")
    @Operation(operationId = "setUserStatus", summary = "Disable a user in the library (every request of theirs gets 403), or enable them again")
    public UserView setStatus(@PathParam("subject") String subject, @NotNull @Valid UserStatus body) {
        return users.setStatus(subject, body);
    }
}
