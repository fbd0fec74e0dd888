package cn.wenzhou.fashion.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.wenzhou.fashion.domain.Decision;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.SettlementApplication;
import cn.wenzhou.fashion.domain.SettlementStatus;

/** An application to settle in as the API returns it, with the name of its partner. */
public record SettlementView(
        Long id,
        String externalId,
        SettlementStatus status,
        String profileKind,
        Long profileId,
        String profileName,
        String contribution,
        District district,
        BigDecimal spaceSquareMetres,
        int people,
        List<String> documentReferences,
        LocalDate appliedOn,
        String decisionReason,
        String decidedBy,
        Instant decidedAt,
        String withdrawalReason,
        String withdrawnBy,
        Instant withdrawnAt,
        long version) {

    public static SettlementView of(SettlementApplication s, PartnerProfile partner) {
        Decision decision = Decision.of(s.decision);
        return new SettlementView(s.id, s.externalId, s.status, s.profileKind.code(), s.profileId, partner.name, s.contribution, s.district,
                s.spaceSquareMetres, s.people, s.documentReferences, s.appliedOn, decision.reason(), decision.by(), decision.at(),
                s.withdrawalReason, s.withdrawnBy, s.withdrawnAt, s.version);
    }
}
