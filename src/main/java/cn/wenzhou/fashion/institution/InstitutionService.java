package cn.wenzhou.fashion.institution;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.RecordService;
import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.security.Access;
import cn.wenzhou.fashion.security.ContactPolicy;
import cn.wenzhou.fashion.security.Roles;

@Singleton
public class InstitutionService extends RecordService<Institution, InstitutionInput, InstitutionView> {

    private final ContactPolicy contacts;

    public InstitutionService(Records records, Access access, ContactPolicy contacts) {
        super(records, access, Institution.class, Institution.KIND, Institution::new);
        this.contacts = contacts;
    }

    @Override
    protected void authorizeCreate() {
        access.requireRole(Roles.INSTITUTION);
    }

    @Override
    protected InstitutionView view(Institution institution) {
        return InstitutionView.of(institution, contacts.visibleContact(institution, institution.contact));
    }
}
