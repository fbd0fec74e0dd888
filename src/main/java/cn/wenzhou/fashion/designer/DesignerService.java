package cn.wenzhou.fashion.designer;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.RecordService;
import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.security.Access;
import cn.wenzhou.fashion.security.ContactPolicy;
import cn.wenzhou.fashion.security.Roles;

@Singleton
public class DesignerService extends RecordService<Designer, DesignerInput, DesignerView> {

    private final ContactPolicy contacts;

    public DesignerService(Records records, Access access, ContactPolicy contacts) {
        super(records, access, Designer.class, Designer.KIND, Designer::new);
        this.contacts = contacts;
    }

    @Override
    protected void authorizeCreate() {
        access.requireRole(Roles.DESIGNER);
    }

    @Override
    protected DesignerView view(Designer designer) {
        return DesignerView.of(designer, contacts.visibleContact(designer, designer.contact));
    }
}
