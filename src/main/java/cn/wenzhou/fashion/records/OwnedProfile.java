package cn.wenzhou.fashion.records;

import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.Profile;
import cn.wenzhou.fashion.domain.RecordKind;

/** A profile linked to a user: what {@code GET /api/me} lists and assignments and approvals return. */
public record OwnedProfile(String kind, Long id, String externalId, String name, String ownerId, boolean ownerApproved) {

    public static OwnedProfile of(LibraryRecord profile) {
        Profile described = (Profile) profile;
        return new OwnedProfile(RecordKind.of(profile).code(), profile.id, profile.externalId, described.displayName(), profile.ownerId,
                described.ownerApproved());
    }
}
