package cn.wenzhou.fashion.cooperation;

import java.util.Set;

/** A cooperation of the caller's with the actions its state allows them now. */
public record InboxEntry(CooperationView cooperation, Set<CooperationAction> actions) {
}
