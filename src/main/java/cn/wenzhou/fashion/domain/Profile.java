package cn.wenzhou.fashion.domain;

/** What enterprises, institutions and designers, the records users own, tell about themselves. */
public interface Profile {

    String displayName();

    /** The contact details the profile came with or was given. */
    Contact contactDetails();
}
