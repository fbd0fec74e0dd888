package cn.wenzhou.fashion.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.domain.CooperationRepository;
import cn.wenzhou.fashion.domain.CooperationStatus;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.NeedRepository;

import lombok.RequiredArgsConstructor;

/** The matchmaking funnel from needs to completed cooperations, by industry: two projection queries, added up here. */
@Singleton
@RequiredArgsConstructor
public class FunnelStatistics {

    private final CooperationRepository cooperations;
    private final NeedRepository needs;

    /** The funnel; for admins (the resource checks). */
    @Transactional
    public FunnelFigures figures() {
        Map<Long, Counts> byNeed = new HashMap<>();
        cooperations.funnelSteps().forEach(step -> {
            Counts counts = byNeed.computeIfAbsent(step.needId(), id -> new Counts());
            counts.requested = 1;
            counts.agreements += step.agreementType() != null ? 1 : 0;
            counts.completed += step.status() == CooperationStatus.COMPLETED ? 1 : 0;
        });
        Map<Industry, Counts> industries = new EnumMap<>(Industry.class);
        Counts other = new Counts();
        Counts total = new Counts();
        needs.industriesOfAll().forEach(row -> {
            Counts need = byNeed.getOrDefault(row.needId(), new Counts());
            List<Industry> needIndustries = row.industries();
            total.add(need);
            if (needIndustries.isEmpty()) {
                other.add(need);
            }
            needIndustries.forEach(industry -> industries.computeIfAbsent(industry, i -> new Counts()).add(need));
        });
        List<FunnelFigures.Row> rows = new ArrayList<>();
        industries.forEach((industry, counts) -> rows.add(counts.row(industry.name())));
        if (other.needs > 0) {
            rows.add(other.row(VoucherStatistics.OTHER));
        }
        return new FunnelFigures(total.row("ALL"), rows, cooperations.declinesByReason());
    }

    /** For one need: requested (0 or 1), agreements, completed; for a group: the sums and the number of needs. */
    private static final class Counts {
        long needs;
        long requested;
        long agreements;
        long completed;

        void add(Counts need) {
            needs++;
            requested += need.requested;
            agreements += need.agreements;
            completed += need.completed;
        }

        FunnelFigures.Row row(String industry) {
            return new FunnelFigures.Row(industry, needs, requested, agreements, completed);
        }
    }
}
