package cn.wenzhou.fashion.cooperation;

/** What a party may do with a cooperation, one for each change the API offers a party (admins' resolution is not one). */
public enum CooperationAction {
    ACCEPT,
    DECLINE,
    PROPOSE_TERMS,
    CONFIRM_TERMS,
    START,
    COMPLETE,
    RATE,
    CANCEL
}
