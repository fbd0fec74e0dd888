package cn.wenzhou.fashion.enterprise;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.RecordService;
import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.need.Need;
import cn.wenzhou.fashion.security.Access;
import cn.wenzhou.fashion.security.ContactPolicy;
import cn.wenzhou.fashion.security.Roles;

@Singleton
public class EnterpriseService extends RecordService<Enterprise, EnterpriseInput, EnterpriseView> {

    private final ContactPolicy contacts;

    public EnterpriseService(Records records, Access access, ContactPolicy contacts) {
        super(records, access, Enterprise.class, Enterprise.KIND, Enterprise::new);
        this.contacts = contacts;
    }

    @Override
    protected void authorizeCreate() {
        access.requireRole(Roles.ENTERPRISE);
    }

    @Override
    protected EnterpriseView view(Enterprise enterprise) {
        return EnterpriseView.of(enterprise, contacts.visibleContact(enterprise, enterprise.contact));
    }

    @Override
    protected void beforeDelete(Enterprise enterprise) {
        long needs = Need.count("enterprise", enterprise);
        if (needs > 0) {
            throw new ConflictException("The enterprise " + enterprise.id + " still has " + needs + " needs: delete them first");
        }
    }
}
