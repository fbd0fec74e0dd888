package cn.wenzhou.fashion.records;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ContactPolicy;

@Singleton
public class DesignerService extends PartnerService<Designer, DesignerInput, DesignerView> {

    public DesignerService(Records records, Caller caller, ContactPolicy contacts, AuditLog audit) {
        super(RecordKind.DESIGNER, records, caller, contacts, audit, Designer::new, DesignerView::of);
    }
}
