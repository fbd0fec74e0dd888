package cn.wenzhou.fashion.records;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ContactPolicy;

@Singleton
public class InstitutionService extends RecordService<Institution, InstitutionInput, InstitutionView> {

    public InstitutionService(Records records, Caller caller, ContactPolicy contacts) {
        super(RecordKind.INSTITUTION, records, caller, contacts, Institution::new, InstitutionView::of);
    }
}
