package cn.wenzhou.fashion.records.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.records.InstitutionInput;
import cn.wenzhou.fashion.records.InstitutionService;
import cn.wenzhou.fashion.records.InstitutionView;
import cn.wenzhou.fashion.records.ProfileOwnership;

@Path("/api/institutions")
// Reading profiles is public; with a token, owners, admins and accepted partners also see contact details.
@SecurityRequirement(name = "keycloak")
@SecurityRequirementsSet
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions", description = "Design institutes, universities, research institutes, testing labs (机构)")
public class InstitutionResource extends ProfileResource<Institution, InstitutionInput, InstitutionView> {

    public InstitutionResource(InstitutionService service, ProfileOwnership ownership) {
        super(RecordKind.INSTITUTION, service, ownership);
    }
}
