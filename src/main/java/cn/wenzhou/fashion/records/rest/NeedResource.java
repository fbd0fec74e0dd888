package cn.wenzhou.fashion.records.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.records.NeedInput;
import cn.wenzhou.fashion.records.NeedService;
import cn.wenzhou.fashion.records.NeedView;
import io.quarkus.security.Authenticated;

@Path("/api/needs")
// Needs are for signed-in users; who may change which need is checked by NeedService.
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Needs", description = "R&D needs of enterprises (需求)")
public class NeedResource extends RecordResource<Need, NeedInput, NeedView> {

    public NeedResource(NeedService service) {
        super(RecordKind.NEED, service);
    }
}
