package cn.wenzhou.fashion.statistics;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.IncentiveRepository;
import cn.wenzhou.fashion.domain.SettlementRepository;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/** Counts members settled and support granted for the bureau (admins). */
@Singleton
@RequiredArgsConstructor
public class SettlingInStatistics {

    private final SettlementRepository settlements;
    private final IncentiveRepository incentives;
    private final Caller caller;
    private final Clock clock;

    @Transactional
    public SettlingInFigures figures() {
        caller.requireAdmin("read the statistics");
        Map<SettledKey, Long> counts = settlements.approved().stream().collect(Collectors.groupingBy(
                s -> new SettledKey(s.at().atZone(clock.getZone()).getYear(), s.district(), s.kind().code()), TreeMap::new, Collectors.counting()));
        List<SettlingInFigures.Settled> settled = counts.entrySet().stream()
                .map(e -> new SettlingInFigures.Settled(e.getKey().year(), e.getKey().district(), e.getKey().kind(), e.getValue())).toList();
        List<SettlingInFigures.Support> support = incentives.allBudgets().stream()
                .map(b -> new SettlingInFigures.Support(b.policy.id, b.policy.kind, b.policy.titleZh, b.policy.titleEn, b.year, b.amount,
                        b.granted, b.left()))
                .toList();
        return new SettlingInFigures(settled, support);
    }

    /** Years in order, then districts and kinds. */
    private record SettledKey(int year, District district, String kind) implements Comparable<SettledKey> {
        private static final Comparator<SettledKey> ORDER = Comparator.comparingInt(SettledKey::year)
                .thenComparing(SettledKey::district).thenComparing(SettledKey::kind);

        @Override
        public int compareTo(SettledKey other) {
            return ORDER.compare(this, other);
        }
    }
}
