package cn.wenzhou.fashion.records.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.records.EnterpriseInput;
import cn.wenzhou.fashion.records.EnterpriseService;
import cn.wenzhou.fashion.records.EnterpriseView;
import cn.wenzhou.fashion.records.ProfileOwnership;

@Path("/api/enterprises")
// Reading profiles is public; with a token, owners, admins and accepted partners also see contact details.
@SecurityRequirement(name = "keycloak")
@SecurityRequirementsSet
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "Wenzhou enterprises that post R&D needs (企业)")
public class EnterpriseResource extends ProfileResource<Enterprise, EnterpriseInput, EnterpriseView> {

    public EnterpriseResource(EnterpriseService service, ProfileOwnership ownership) {
        super(RecordKind.ENTERPRISE, service, ownership);
    }
}
