package cn.wenzhou.fashion.account;

import cn.wenzhou.fashion.common.LibraryRecord;
import cn.wenzhou.fashion.common.PartnerProfile;
import cn.wenzhou.fashion.designer.Designer;
import cn.wenzhou.fashion.enterprise.Enterprise;
import cn.wenzhou.fashion.institution.Institution;

/** A profile linked to a user: what {@code GET /api/me} lists and claims and assignments return. */
public record OwnedProfile(String kind, Long id, String externalId, String name, String ownerId) {

    static OwnedProfile of(LibraryRecord profile) {
        if (profile instanceof Enterprise e) {
            return new OwnedProfile(Enterprise.KIND, e.id, e.externalId, e.name, e.ownerId);
        }
        if (profile instanceof Institution i) {
            return of(Institution.KIND, i);
        }
        if (profile instanceof Designer d) {
            return of(Designer.KIND, d);
        }
        throw new IllegalArgumentException("not a profile: " + profile.getClass());
    }

    private static OwnedProfile of(String kind, PartnerProfile partner) {
        return new OwnedProfile(kind, partner.id, partner.externalId, partner.name, partner.ownerId);
    }
}
