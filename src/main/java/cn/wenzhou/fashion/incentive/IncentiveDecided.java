package cn.wenzhou.fashion.incentive;

import java.math.BigDecimal;

import cn.wenzhou.fashion.domain.PolicyApplicationStatus;
import cn.wenzhou.fashion.domain.ProfileRef;

/**
 * Fired (CDI event, in the decision's transaction) when an admin proposes, approves or rejects an application for an
 * incentive, or records its disbursement: for notifiers. {@code amount}: proposed, granted or disbursed.
 */
public record IncentiveDecided(long applicationId, long policyId, ProfileRef profile, String ownerId, PolicyApplicationStatus status,
        BigDecimal amount, String reason) {
}
