package cn.wenzhou.fashion.settlement;

import cn.wenzhou.fashion.domain.ProfileRef;
import cn.wenzhou.fashion.domain.SettlementStatus;

/** Fired (CDI event, in the decision's transaction) when an admin approves, rejects or withdraws a settlement: for notifiers. */
public record SettlementDecided(long settlementId, ProfileRef profile, String ownerId, SettlementStatus status, String reason) {
}
