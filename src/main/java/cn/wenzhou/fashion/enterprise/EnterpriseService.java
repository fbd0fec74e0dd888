package cn.wenzhou.fashion.enterprise;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.RecordService;
import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.need.Need;

@Singleton
public class EnterpriseService extends RecordService<Enterprise, EnterpriseInput, EnterpriseView> {

    public EnterpriseService(Records records) {
        super(records, Enterprise.class, Enterprise.KIND, Enterprise::new, EnterpriseView::of);
    }

    @Override
    protected void beforeDelete(Enterprise enterprise) {
        long needs = Need.count("enterprise", enterprise);
        if (needs > 0) {
            throw new ConflictException("The enterprise " + enterprise.id + " still has " + needs + " needs: delete them first");
        }
    }
}
