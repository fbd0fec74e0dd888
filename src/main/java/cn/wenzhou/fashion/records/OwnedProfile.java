package cn.wenzhou.fashion.records;

import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;

/** A profile linked to a user: what {@code GET /api/me} lists and claims and assignments return. */
public record OwnedProfile(String kind, Long id, String externalId, String name, String ownerId) {

    public static OwnedProfile of(LibraryRecord profile) {
        String name = profile instanceof Enterprise e ? e.name : ((PartnerProfile) profile).name;
        return new OwnedProfile(RecordKind.of(profile).code(), profile.id, profile.externalId, name, profile.ownerId);
    }
}
