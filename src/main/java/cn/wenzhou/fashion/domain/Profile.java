package cn.wenzhou.fashion.domain;

/** What enterprises, institutions and designers, the records users own, tell about themselves. */
public interface Profile {

    String displayName();

    /** The contact details the profile came with or was given. */
    Contact contactDetails();

    /**
     * Whether an admin approved the owner (a claim, an assignment, a registered profile): only then does the
     * profile grant its kind, and with it access to the library's needs.
     */
    boolean ownerApproved();

    void approveOwner(boolean approved);
}
