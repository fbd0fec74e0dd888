package cn.wenzhou.fashion.settlement;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.ProfileRef;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import io.quarkus.security.ForbiddenException;

import lombok.RequiredArgsConstructor;

/** The members who settle in and apply for incentives: institutions and designers, addressed by kind code and id. */
@Singleton
@RequiredArgsConstructor
public class Members {

    private final Records records;
    private final Caller caller;

    /** The partner a request names; a 400 problem on {@code profileId} when there is none. */
    public PartnerProfile named(String kindCode, Long id) {
        RecordKind kind = RecordKind.INSTITUTION.code().equals(kindCode) ? RecordKind.INSTITUTION : RecordKind.DESIGNER;
        return records.find(type(kind), id)
                .orElseThrow(() -> new InvalidFieldException("profileId", "no " + kind.code() + " with id " + id));
    }

    /** The partner a stored application refers to, locked when {@code lock}: serializes the rules checked over it. */
    public PartnerProfile of(ProfileRef profile, boolean lock) {
        return lock ? records.lock(type(profile.kind()), profile.id()) : records.require(type(profile.kind()), profile.id());
    }

    /** Applications are for the owner of the profile whom an admin approved as such. */
    public void requireApprovedOwner(PartnerProfile partner, String what) {
        caller.requireSignedIn();
        if (!caller.owns(partner)) {
            throw new ForbiddenException("Only the owner of " + RecordKind.of(partner).code() + " " + partner.id + " may " + what);
        }
        if (!partner.ownerApproved()) {
            throw new ForbiddenException("The bureau has not approved you as the owner of " + RecordKind.of(partner).code() + " " + partner.id + " yet");
        }
    }

    /**
     * The partner of an application, for the readers of the application: its applicant (the owner of the profile or
     * the user who applied) and admins.
     */
    public PartnerProfile ofReadable(LibraryRecord application, ProfileRef profile) {
        PartnerProfile partner = of(profile, false);
        if (!caller.isAdmin() && !caller.owns(partner) && !caller.owns(application)) {
            throw new ForbiddenException("Only the applicant and admins may see " + RecordKind.of(application).code() + " " + application.id);
        }
        return partner;
    }

    private static Class<? extends PartnerProfile> type(RecordKind kind) {
        return kind == RecordKind.INSTITUTION ? Institution.class : Designer.class;
    }
}
