package cn.wenzhou.fashion.records;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ContactPolicy;

@Singleton
public class InstitutionService extends PartnerService<Institution, InstitutionInput, InstitutionView> {

    public InstitutionService(Records records, Caller caller, ContactPolicy contacts, AuditLog audit) {
        super(RecordKind.INSTITUTION, records, caller, contacts, audit, Institution::new, InstitutionView::of);
    }
}
