package cn.wenzhou.fashion.need;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.RecordService;
import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.enterprise.Enterprise;
import cn.wenzhou.fashion.security.Access;

/** Needs are read by signed-in users only, and posted by the owner of their enterprise (or an admin). */
@Singleton
public class NeedService extends RecordService<Need, NeedInput, NeedView> {

    public NeedService(Records records, Access access) {
        super(records, access, Need.class, Need.KIND, Need::new);
    }

    @Override
    protected void authorizeCreate() {
        access.requireSignedIn();
    }

    @Override
    protected void authorizeRead() {
        access.requireSignedIn();
    }

    @Override
    protected NeedView view(Need need) {
        return NeedView.of(need);
    }

    /** A need belongs to an existing enterprise of the user's, and to that enterprise's owner. */
    @Override
    protected void save(Need need, NeedInput input) {
        need.enterprise = enterpriseOf(input);
        access.requireOwnerOrAdmin(need.enterprise);
        need.ownerId = need.enterprise.ownerId;
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
