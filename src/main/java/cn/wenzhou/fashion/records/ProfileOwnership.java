package cn.wenzhou.fashion.records;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.NeedRepository;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;

/**
 * Links users to the enterprise, institution and designer profiles they own: a user claims an unowned
 * profile of their role's kind (profiles imported from other systems have no owner), or an admin assigns
 * one. The needs of an enterprise follow it to its new owner.
 */
@Singleton
public class ProfileOwnership {

    private final Records records;
    private final NeedRepository needs;
    private final Caller caller;

    public ProfileOwnership(Records records, NeedRepository needs, Caller caller) {
        this.records = records;
        this.needs = needs;
        this.caller = caller;
    }

    /** The caller becomes the owner of a profile that has none; 409 if someone else owns it. */
    @Transactional
    public OwnedProfile claim(RecordKind kind, Long id) {
        caller.requireRole(kind.role());
        LibraryRecord profile = records.require(kind.entity(), id);
        if (profile.ownerId != null && !caller.owns(profile)) {
            throw new ConflictException("This profile already has an owner: ask an admin to reassign it");
        }
        setOwner(profile, caller.subject());
        return OwnedProfile.of(profile);
    }

    /** An admin gives a profile to a user, or releases it ({@code ownerId} null). */
    @Transactional
    public OwnedProfile assign(RecordKind kind, Long id, OwnerAssignment assignment) {
        caller.requireAdmin("assign profiles to users");
        LibraryRecord profile = records.require(kind.entity(), id);
        String ownerId = assignment.ownerId() == null || assignment.ownerId().isBlank() ? null : assignment.ownerId().strip();
        setOwner(profile, ownerId);
        return OwnedProfile.of(profile);
    }

    private void setOwner(LibraryRecord profile, String ownerId) {
        profile.ownerId = ownerId;
        if (profile instanceof Enterprise enterprise) {
            needs.transferTo(enterprise, ownerId);
        }
        records.flush();
    }
}
