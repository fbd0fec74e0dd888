package cn.wenzhou.fashion.records;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ConfidentialNeeds;
import cn.wenzhou.fashion.security.ContactPolicy;

/**
 * Needs are read by signed-in users only, confidential ones as {@link ConfidentialNeeds} allows, and posted by the
 * owner of their enterprise (or an admin).
 */
@Singleton
public class NeedService extends RecordService<Need, NeedInput, NeedView> {

    private final ConfidentialNeeds confidentialNeeds;

    public NeedService(Records records, Caller caller, ContactPolicy contacts, ConfidentialNeeds confidentialNeeds) {
        super(RecordKind.NEED, records, caller, contacts, Need::new, NeedView::of);
        this.confidentialNeeds = confidentialNeeds;
    }

    /** A confidential need the caller may not see is missing to them, for changes too. */
    @Override
    protected Need readable(Long id) {
        return confidentialNeeds.require(id);
    }

    @Override
    protected Page<Need> readablePage(String externalId, int page, int size) {
        return confidentialNeeds.page(externalId, page, size);
    }

    /** A need belongs to an existing enterprise of the user's, and to that enterprise's owner. */
    @Override
    protected void save(Need need, NeedInput input) {
        need.enterprise = enterpriseOf(input);
        caller.requireOwnerOrAdmin(need.enterprise);
        need.ownerId = need.enterprise.ownerId;
        input.applyTo(need);
    }

    private Enterprise enterpriseOf(NeedInput input) {
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
