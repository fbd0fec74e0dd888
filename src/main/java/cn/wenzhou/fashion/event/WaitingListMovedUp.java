package cn.wenzhou.fashion.event;

/**
 * Fired (a CDI event, in the transaction of the cancellation) when a registration moved up from the waiting list to a
 * place: notifications observe it, after the commit, to tell the user.
 */
public record WaitingListMovedUp(long eventId, long registrationId, String userId) {
}
