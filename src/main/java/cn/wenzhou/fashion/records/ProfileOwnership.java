package cn.wenzhou.fashion.account;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.LibraryRecord;
import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.designer.Designer;
import cn.wenzhou.fashion.enterprise.Enterprise;
import cn.wenzhou.fashion.institution.Institution;
import cn.wenzhou.fashion.need.Need;
import cn.wenzhou.fashion.security.Access;
import cn.wenzhou.fashion.security.CurrentUser;
import cn.wenzhou.fashion.security.Roles;

/**
 * Links users to the enterprise, institution and designer profiles they own: a user claims an unowned
 * profile of their role's kind (profiles imported from other systems have no owner), or an admin assigns
 * one. The needs of an enterprise follow it to its new owner.
 */
@Singleton
public class ProfileOwnership {

    private final Records records;
    private final Access access;
    private final CurrentUser user;

    public ProfileOwnership(Records records, Access access, CurrentUser user) {
        this.records = records;
        this.access = access;
        this.user = user;
    }

    /** The current user becomes the owner of a profile that has none; 409 if someone else owns it. */
    @Transactional
    public OwnedProfile claim(Class<? extends LibraryRecord> type, Long id) {
        access.requireRole(roleFor(type));
        LibraryRecord profile = records.require(type, id);
        if (profile.ownerId != null && !user.owns(profile)) {
            throw new ConflictException("This profile already has an owner: ask an admin to reassign it");
        }
        setOwner(profile, user.subject());
        return OwnedProfile.of(profile);
    }

    /** An admin gives a profile to a user, or releases it ({@code ownerId} null). */
    @Transactional
    public OwnedProfile assign(Class<? extends LibraryRecord> type, Long id, OwnerAssignment assignment) {
        access.requireRole(Roles.ADMIN);
        LibraryRecord profile = records.require(type, id);
        String ownerId = assignment.ownerId() == null || assignment.ownerId().isBlank() ? null : assignment.ownerId().strip();
        setOwner(profile, ownerId);
        return OwnedProfile.of(profile);
    }

    /** The current user, their roles and the profiles they own. */
    @Transactional
    public Me me() {
        access.requireSignedIn();
        return new Me(user.subject(), user.name(), user.roles(), ownedBy(user.subject()));
    }

    /** The enterprise, institution and designer profiles a user owns. */
    @Transactional
    public List<OwnedProfile> ownedBy(String subject) {
        List<OwnedProfile> profiles = new ArrayList<>();
        for (Class<? extends LibraryRecord> type : List.of(Enterprise.class, Institution.class, Designer.class)) {
            records.ownedBy(type, subject).forEach(profile -> profiles.add(OwnedProfile.of(profile)));
        }
        return profiles;
    }

    private void setOwner(LibraryRecord profile, String ownerId) {
        profile.ownerId = ownerId;
        if (profile instanceof Enterprise enterprise) {
            Need.update("ownerId = ?1 where enterprise = ?2", ownerId, enterprise);
        }
        records.flush();
    }

    private static String roleFor(Class<? extends LibraryRecord> type) {
        if (type == Enterprise.class) {
            return Roles.ENTERPRISE;
        }
        if (type == Institution.class) {
            return Roles.INSTITUTION;
        }
        if (type == Designer.class) {
            return Roles.DESIGNER;
        }
        throw new IllegalArgumentException("not a profile: " + type);
    }
}
