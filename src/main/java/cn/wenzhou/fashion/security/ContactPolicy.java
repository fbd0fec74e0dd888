package cn.wenzhou.fashion.security;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.account.OwnedProfile;
import cn.wenzhou.fashion.common.Contact;
import cn.wenzhou.fashion.common.LibraryRecord;
import cn.wenzhou.fashion.cooperation.CooperationService;

/**
 * Who sees a profile's contact details (person, phone, e-mail): its owner, admins, and the other party of
 * a cooperation with it that was accepted. Search results and the indexes never hold contact details,
 * whoever asks.
 */
@Singleton
public class ContactPolicy {

    private final CurrentUser user;
    private final ActorResolver actors;
    private final CooperationService cooperations;

    public ContactPolicy(CurrentUser user, ActorResolver actors, CooperationService cooperations) {
        this.user = user;
        this.actors = actors;
        this.cooperations = cooperations;
    }

    public boolean maySeeContact(LibraryRecord profile) {
        if (user.isAdmin() || user.owns(profile)) {
            return true;
        }
        return user.signedIn() && !actors.current().profiles().isEmpty()
                && cooperations.isAcceptedCounterparty(actors.current().profiles(), OwnedProfile.kindOf(profile), profile.id);
    }

    /** The profile's contact details if the current user may see them, otherwise null. */
    public Contact visibleContact(LibraryRecord profile, Contact contact) {
        return maySeeContact(profile) ? contact : null;
    }
}
