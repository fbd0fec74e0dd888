package cn.wenzhou.fashion.account.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Who the signed-in user is: subject, name, the library's roles and the profiles they own")
    public Me me() {
        return service.me();
    }
}
