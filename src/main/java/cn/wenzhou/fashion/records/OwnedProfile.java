package cn.wenzhou.fashion.account;

import cn.wenzhou.fashion.common.LibraryRecord;
import cn.wenzhou.fashion.common.PartnerProfile;
import cn.wenzhou.fashion.designer.Designer;
import cn.wenzhou.fashion.enterprise.Enterprise;
import cn.wenzhou.fashion.institution.Institution;

/** A profile linked to a user: what {@code GET /api/me} lists and claims and assignments return. */
public record OwnedProfile(String kind, Long id, String externalId, String name, String ownerId) {

    static OwnedProfile of(LibraryRecord profile) {
        String name = profile instanceof Enterprise e ? e.name : ((PartnerProfile) profile).name;
        return new OwnedProfile(kindOf(profile), profile.id, profile.externalId, name, profile.ownerId);
    }

    /** The kind of a profile: enterprise, institution or designer. */
    public static String kindOf(LibraryRecord profile) {
        if (profile instanceof Enterprise) {
            return Enterprise.KIND;
        }
        if (profile instanceof Institution) {
            return Institution.KIND;
        }
        if (profile instanceof Designer) {
            return Designer.KIND;
        }
        throw new IllegalArgumentException("not a profile: " + profile.getClass());
    }
}
