package cn.wenzhou.fashion.account;

import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.records.OwnedProfile;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/** The signed-in user as the library sees them. */
@Singleton
@RequiredArgsConstructor
public class MeService {

    private final Caller caller;
    private final Records records;

    /** The caller, their roles and the profiles they own. */
    @Transactional
    public Me me() {
        caller.requireSignedIn();
        Set<String> kinds = new TreeSet<>();
        caller.grantedKinds().forEach(kind -> kinds.add(kind.code()));
        return new Me(caller.subject(), caller.name(), caller.roles(), kinds,
                records.profilesOwnedBy(caller.subject()).stream().map(OwnedProfile::of).toList());
    }
}
