package cn.wenzhou.fashion.domain;

/** What an organiser may ask registrants to share: only the fields an event names, and only with their consent. */
public enum AttendeeField {
    NAME,
    PHONE,
    EMAIL,
    ORGANISATION
}
