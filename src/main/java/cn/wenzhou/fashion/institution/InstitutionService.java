package cn.wenzhou.fashion.institution;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.RecordService;
import cn.wenzhou.fashion.common.Records;

@Singleton
public class InstitutionService extends RecordService<Institution, InstitutionInput, InstitutionView> {

    public InstitutionService(Records records) {
        super(records, Institution.class, Institution.KIND, Institution::new, InstitutionView::of);
    }
}
