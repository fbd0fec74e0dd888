package cn.wenzhou.fashion.need;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.RecordService;
import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.enterprise.Enterprise;

@Singleton
public class NeedService extends RecordService<Need, NeedInput, NeedView> {

    public NeedService(Records records) {
        super(records, Need.class, Need.KIND, Need::new, NeedView::of);
    }

    /** A need belongs to an existing enterprise. */
    @Override
    protected void save(Need need, NeedInput input) {
        need.enterprise = enterpriseOf(input);
        input.applyTo(need);
    }

    Enterprise enterpriseOf(NeedInput input) {
        if (input.enterpriseId() != null) {
            return records.find(Enterprise.class, input.enterpriseId())
                    .orElseThrow(() -> new InvalidFieldException("enterpriseId", "no enterprise with id " + input.enterpriseId()));
        }
        if (input.enterpriseExternalId() != null) {
            return records.findByExternalId(Enterprise.class, input.enterpriseExternalId())
                    .orElseThrow(() -> new InvalidFieldException("enterpriseExternalId",
                            "no enterprise with external id " + input.enterpriseExternalId()));
        }
        throw new InvalidFieldException("enterpriseId", "is required (or enterpriseExternalId)");
    }
}
