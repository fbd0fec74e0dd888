package cn.wenzhou.fashion.security;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.Contact;
import cn.wenzhou.fashion.common.LibraryRecord;

/**
 * Who sees a profile's contact details (person, phone, e-mail): its owner and admins. This is the one
 * place to extend when the counterparty of an accepted cooperation may see them too (step 5). Search
 * results and the indexes never hold contact details, whoever asks.
 */
@Singleton
public class ContactPolicy {

    private final CurrentUser user;

    public ContactPolicy(CurrentUser user) {
        this.user = user;
    }

    public boolean maySeeContact(LibraryRecord profile) {
        return user.isAdmin() || user.owns(profile);
    }

    /** The profile's contact details if the current user may see them, otherwise null. */
    public Contact visibleContact(LibraryRecord profile, Contact contact) {
        return maySeeContact(profile) ? contact : null;
    }
}
