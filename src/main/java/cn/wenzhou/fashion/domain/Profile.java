package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/** What enterprises, institutions and designers, the records users own, have in common: a name, a contact, an owner. */
@MappedSuperclass
public abstract class Profile extends LibraryRecord {
    @Column(nullable = false, length = 200)
    public String name;

    /** The contact details the profile came with or was given. */
    @Embedded
    public Contact contact;

    /**
     * Whether an admin approved the owner (a claim, an assignment, a registered profile): only then does the
     * profile grant its kind, and with it access to the library's needs.
     */
    @Column(name = "owner_approved", nullable = false)
    public boolean ownerApproved;

    public String displayName() {
        return name;
    }

    public Contact contactDetails() {
        return contact;
    }

    public boolean ownerApproved() {
        return ownerApproved;
    }

    public void approveOwner(boolean approved) {
        ownerApproved = approved;
    }
}
