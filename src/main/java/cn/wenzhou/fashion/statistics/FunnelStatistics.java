package cn.wenzhou.fashion.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.Actor;
import cn.wenzhou.fashion.common.Industry;
import cn.wenzhou.fashion.cooperation.CooperationStatus;

/** The matchmaking funnel from needs to completed cooperations, by industry: two projection queries, added up here. */
@Singleton
public class FunnelStatistics {

    private final EntityManager em;

    public FunnelStatistics(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public FunnelFigures figures(Actor actor) {
        actor.requireAdmin("see the matchmaking statistics");
        Map<Long, Counts> byNeed = new HashMap<>();
        em.createQuery("select c.need.id, c.agreementType, c.status from Cooperation c", Object[].class).getResultStream().forEach(row -> {
            Counts counts = byNeed.computeIfAbsent((Long) row[0], id -> new Counts());
            counts.requested = 1;
            counts.agreements += row[1] != null ? 1 : 0;
            counts.completed += row[2] == CooperationStatus.COMPLETED ? 1 : 0;
        });
        Map<Industry, Counts> industries = new EnumMap<>(Industry.class);
        Counts other = new Counts();
        Counts total = new Counts();
        em.createQuery("select n.id, n.industries from Need n", Object[].class).getResultStream().forEach(row -> {
            Counts need = byNeed.getOrDefault((Long) row[0], new Counts());
            @SuppressWarnings("unchecked")
            List<Industry> needIndustries = (List<Industry>) row[1];
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
        return new FunnelFigures(total.row("ALL"), rows);
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
