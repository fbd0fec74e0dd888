package cn.wenzhou.fashion.account.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.account.Me;
import cn.wenzhou.fashion.account.MeService;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in user and the profiles they own")
public class MeResource {

    private final MeService service;

    public MeResource(MeService service) {
        this.service = service;
    }

    @GET
    // The service refuses callers without a token (MeService); no framework annotation says so, this does.
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The signed-in user")
    @APIResponse(responseCode = "401", description = "Not signed in, or the token is invalid, expired or not meant for this API")
    @Operation(operationId = "getCurrentUser", summary = "Who the signed-in user is: subject, name, the library's roles and the profiles they own")
    public Me me() {
        return service.me();
    }
}
