package cn.wenzhou.fashion.records;

import java.util.List;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.NeedRepository;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ConfidentialNeeds;
import cn.wenzhou.fashion.security.ContactPolicy;

/**
 * Needs are read by admins and users with a granted kind ({@link Caller#readsNeeds()}), confidential ones as
 * {@link ConfidentialNeeds} allows, and by their owner; they are posted by the owner of their enterprise (or an
 * admin).
 */
@Singleton
public class NeedService extends RecordService<Need, NeedInput, NeedView> {

    private final ConfidentialNeeds confidentialNeeds;
    private final NeedRepository needs;

    public NeedService(Records records, Caller caller, ContactPolicy contacts, ConfidentialNeeds confidentialNeeds, NeedRepository needs) {
        super(RecordKind.NEED, records, caller, contacts, Need::new, NeedView::of);
        this.confidentialNeeds = confidentialNeeds;
        this.needs = needs;
    }

    /** A confidential need the caller may not see is missing to them, for changes too; others' needs need a granted kind. */
    @Override
    protected Need readable(Long id) {
        Need need = confidentialNeeds.require(id);
        caller.requireNeedReaderOrOwnerOf(need);
        return need;
    }

    /** Users without a granted kind list their own needs only. */
    @Override
    protected Page<Need> readablePage(String externalId, int page, int size) {
        return caller.readsNeeds() ? confidentialNeeds.page(externalId, page, size) : needs.pageOwnedBy(caller.subject(), externalId, page, size);
    }

    /** The caller's own needs (those of the enterprises they own), whatever kinds they hold: their workspace lists them. */
    @Transactional
    public Page<NeedView> listOwn(int page, int size) {
        caller.requireSignedIn();
        return needs.pageOwnedBy(caller.subject(), null, page, size).map(need -> NeedView.of(need, new Disclosure(false, true)));
    }

    /**
     * The newest open needs for the home page, at most {@code max}: the caller's own, and for those who read needs the
     * others' that are not confidential. Others' confidential needs never, not even those the API lists to a partner
     * they were requested with: the home page is a window on the library, not an inbox. Anonymous readers get none.
     */
    @Transactional
    public List<NeedSummary> newestOpen(int max) {
        if (!caller.signedIn()) {
            return List.of();
        }
        return needs.newestOpen(caller.subject(), caller.readsNeeds(), max).stream().map(NeedSummary::of).toList();
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
