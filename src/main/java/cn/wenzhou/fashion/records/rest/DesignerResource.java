package cn.wenzhou.fashion.records.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.records.DesignerInput;
import cn.wenzhou.fashion.records.DesignerService;
import cn.wenzhou.fashion.records.DesignerView;
import cn.wenzhou.fashion.records.ProfileOwnership;

@Path("/api/designers")
// Reading profiles is public; with a token, owners, admins and accepted partners also see contact details.
@SecurityRequirement(name = "keycloak")
@SecurityRequirementsSet
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Designers", description = "Individual designers and experts (设计师)")
public class DesignerResource extends ProfileResource<Designer, DesignerInput, DesignerView> {

    public DesignerResource(DesignerService service, ProfileOwnership ownership) {
        super(RecordKind.DESIGNER, service, ownership);
    }
}
