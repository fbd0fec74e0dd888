package cn.wenzhou.fashion.records;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.NeedRepository;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ContactPolicy;

/** Enterprises, which are not deleted while they have needs. */
@Singleton
public class EnterpriseService extends RecordService<Enterprise, EnterpriseInput, EnterpriseView> {

    private final NeedRepository needs;

    public EnterpriseService(Records records, Caller caller, ContactPolicy contacts, NeedRepository needs) {
        super(RecordKind.ENTERPRISE, records, caller, contacts, Enterprise::new, EnterpriseView::of);
        this.needs = needs;
    }

    @Override
    protected void beforeDelete(Enterprise enterprise) {
        long count = needs.countOf(enterprise);
        if (count > 0) {
            throw new ConflictException("The enterprise " + enterprise.id + " still has " + count + " needs: delete them first");
        }
    }
}
