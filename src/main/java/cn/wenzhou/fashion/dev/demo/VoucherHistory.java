package cn.wenzhou.fashion.dev.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.domain.AgreementType;
import cn.wenzhou.fashion.domain.Capability;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Cooperation;
import cn.wenzhou.fashion.domain.CooperationEvent;
import cn.wenzhou.fashion.domain.CooperationRepository;
import cn.wenzhou.fashion.domain.CooperationStatus;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.Voucher;
import cn.wenzhou.fashion.domain.VoucherStatus;
import cn.wenzhou.fashion.domain.WenzhouClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

import lombok.RequiredArgsConstructor;

/**
 * Cooperation and voucher history since 2015 for the demo library, deterministic by seed, shaped like the
 * bureau's figures: every fashion enterprise redeemed vouchers, beside non-fashion voucher users (plain
 * enterprise rows without industries, not indexed) in such numbers that fashion firms are about 6% of all
 * users, more than 17% in Ouhai, 10% in Rui'an and 20% in Lucheng, with about 8%, 5% and 10% of the amounts.
 * Written in chunks of one transaction each, with JDBC batching.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class VoucherHistory {

    /** Fashion firms' share of a district's voucher users and of its amounts, from the source document. */
    private record Target(double firms, double amounts) {
    }

    private static final Map<District, Target> TARGETS = Map.of(
            District.OUHAI, new Target(0.176, 0.08), District.RUIAN, new Target(0.108, 0.05), District.LUCHENG, new Target(0.214, 0.10));
    private static final double FASHION_SHARE_OF_ALL = 0.06;
    /** How the other non-fashion voucher users spread over the other districts. */
    private static final Map<District, Double> OTHER_DISTRICTS = new EnumMap<>(Map.of(
            District.LONGWAN, 0.20, District.YUEQING, 0.24, District.LONGGANG, 0.09, District.YONGJIA, 0.12, District.PINGYANG, 0.10,
            District.CANGNAN, 0.11, District.DONGTOU, 0.04, District.WENCHENG, 0.05, District.TAISHUN, 0.05));
    private static final String[] SECTORS = {"电气", "阀门", "汽摩配件", "泵业", "印刷", "塑料", "机械", "电子", "包装", "化工", "五金", "光电"};
    private static final String[] WORDS = {"正泰", "华仪", "瑞明", "宏丰", "恒通", "立峰", "天正", "长城", "海泰", "伟明", "三星", "金龙"};
    /** Non-fashion vouchers average 12,000 CNY (4,000 to 20,000). */
    private static final int MEAN_AMOUNT = 12_000;
    private static final int FIRST_YEAR = WenzhouClock.FIRST_VOUCHER_YEAR;
    private static final int LAST_YEAR = 2024;
    private static final int CHUNK = 1000;

    private final EntityManager em;
    private final CooperationRepository cooperationRepository;

    /** Writes the history for the enterprises, needs and partners already in the library; returns the voucher users written. */
    public int write(long seed) {
        Random random = new Random(seed);
        List<Long> providers = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select i.id from Institution i where i.voucherProvider = true order by i.id", Long.class).getResultList());
        if (providers.isEmpty()) {
            return 0;
        }
        Map<District, List<Long>> fashion = new EnumMap<>(District.class);
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("select e.id, e.district from Enterprise e order by e.id", Object[].class)
                .getResultList().forEach(row -> fashion.computeIfAbsent((District) row[1], d -> new ArrayList<>()).add((Long) row[0])));
        cooperations(random, providers);

        List<Voucher> vouchers = new ArrayList<>();
        int users = 0;
        int fashionTotal = fashion.values().stream().mapToInt(List::size).sum();
        int inTargets = 0;
        int counter = 0;
        for (District district : District.values()) {
            List<Long> firms = fashion.getOrDefault(district, List.of());
            Target target = TARGETS.get(district);
            int others = target == null ? 0 : (int) Math.round(firms.size() * (1 - target.firms()) / target.firms());
            inTargets += target == null ? 0 : firms.size() + others;
            double fashionMean = target == null || firms.isEmpty() ? MEAN_AMOUNT * 0.5
                    : MEAN_AMOUNT * target.amounts() * others / (firms.size() * (1 - target.amounts()));
            for (Long firm : firms) {
                var enterprise = new Enterprise();
                enterprise.id = firm;
                vouchers.addAll(vouchersOf(random, enterprise, providers, fashionMean, counter++));
            }
            users += firms.size() + others;
            if (others > 0) {
                counter = nonFashionUsers(random, district, others, providers, counter);
            }
        }
        int remaining = (int) Math.round(fashionTotal / FASHION_SHARE_OF_ALL) - inTargets - countOutside(fashion);
        for (var share : OTHER_DISTRICTS.entrySet()) {
            int others = (int) Math.round(remaining * share.getValue());
            counter = nonFashionUsers(random, share.getKey(), others, providers, counter);
            users += others;
        }
        persistInChunks(vouchers);
        return users;
    }

    private static int countOutside(Map<District, List<Long>> fashion) {
        return fashion.entrySet().stream().filter(e -> !TARGETS.containsKey(e.getKey())).mapToInt(e -> e.getValue().size()).sum();
    }

    /** Non-fashion voucher users of a district and their vouchers, written chunk by chunk; returns the next counter. */
    private int nonFashionUsers(Random random, District district, int count, List<Long> providers, int counter) {
        for (int start = 0; start < count; start += CHUNK) {
            int end = Math.min(count, start + CHUNK);
            List<Object[]> plans = new ArrayList<>();
            for (int i = start; i < end; i++) {
                plans.add(new Object[] {counter + i, SECTORS[random.nextInt(SECTORS.length)], WORDS[random.nextInt(WORDS.length)],
                        random.nextLong()});
            }
            QuarkusTransaction.requiringNew().run(() -> {
                for (Object[] plan : plans) {
                    var enterprise = new Enterprise();
                    enterprise.externalId = "demo-vu-%05d".formatted((Integer) plan[0]);
                    enterprise.name = "温州" + plan[2] + plan[1] + "有限公司";
                    enterprise.district = district;
                    em.persist(enterprise);
                    vouchersOf(new Random((Long) plan[3]), enterprise, providers, MEAN_AMOUNT, (Integer) plan[0]).forEach(em::persist);
                }
                em.flush();
                em.clear();
            });
        }
        return counter + count;
    }

    /** One to three redeemed vouchers of an enterprise, amounts around {@code mean} (at most 20,000), in years since 2015. */
    private static List<Voucher> vouchersOf(Random random, Enterprise enterprise, List<Long> providers, double mean, int n) {
        List<Voucher> vouchers = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int hundreds = (int) Math.round(mean * (0.4 + 1.2 * random.nextDouble()) / 100);
            var voucher = new Voucher();
            voucher.externalId = "demo-vc-%05d-%d".formatted(n, i);
            voucher.enterprise = enterprise;
            voucher.institution = new Institution();
            voucher.institution.id = providers.get(random.nextInt(providers.size()));
            voucher.category = CapabilityCategory.values()[random.nextInt(CapabilityCategory.values().length)];
            voucher.amount = BigDecimal.valueOf(Math.max(1, Math.min(200, hundreds)) * 100L, 0).setScale(2);
            voucher.status = VoucherStatus.PAID;
            voucher.redeemedAmount = voucher.amount;
            voucher.redeemedOn = LocalDate.of(FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1), 1, 1).plusDays(random.nextInt(365));
            voucher.appliedOn = voucher.redeemedOn.minusDays(20 + random.nextInt(60));
            voucher.invoiceReference = "DEMO-INV-%05d-%d".formatted(n, i);
            vouchers.add(voucher);
        }
        return vouchers;
    }

    private void persistInChunks(List<Voucher> vouchers) {
        for (int start = 0; start < vouchers.size(); start += CHUNK) {
            List<Voucher> chunk = vouchers.subList(start, Math.min(vouchers.size(), start + CHUNK));
            QuarkusTransaction.requiringNew().run(() -> {
                chunk.forEach(v -> {
                    v.enterprise = em.getReference(Enterprise.class, v.enterprise.id);
                    v.institution = em.getReference(Institution.class, v.institution.id);
                    em.persist(v);
                });
                em.flush();
                em.clear();
            });
        }
    }

    /**
     * Cooperations on every fifth need, in every state, with their audit trails; completed ones are rated and
     * counted in their partners' track records.
     */
    private void cooperations(Random random, List<Long> providers) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Need> needs = em.createQuery("from Need n order by n.id", Need.class).getResultList();
            List<Institution> institutions = em.createQuery("from Institution i order by i.id", Institution.class).getResultList();
            List<Designer> designers = em.createQuery("from Designer d order by d.id", Designer.class).getResultList();
            Map<PartnerProfile, int[]> counters = new HashMap<>();
            CooperationStatus[] outcomes = {CooperationStatus.COMPLETED, CooperationStatus.COMPLETED, CooperationStatus.COMPLETED,
                CooperationStatus.COMPLETED, CooperationStatus.IN_PROGRESS, CooperationStatus.AGREED, CooperationStatus.ACCEPTED,
                CooperationStatus.REQUESTED, CooperationStatus.DECLINED, CooperationStatus.CANCELLED};
            for (int i = 0; i < needs.size(); i += 5) {
                Need need = needs.get(i);
                var cooperation = new Cooperation();
                cooperation.externalId = "demo-coop-%05d".formatted(i);
                cooperation.need = need;
                cooperation.enterprise = need.enterprise;
                if (designers.isEmpty() || random.nextDouble() < 0.75) {
                    cooperation.institution = institutions.get(random.nextInt(institutions.size()));
                } else {
                    cooperation.designer = designers.get(random.nextInt(designers.size()));
                }
                cooperation.message = "希望就“" + need.title + "”开展合作";
                CooperationStatus outcome = outcomes[random.nextInt(outcomes.length)];
                LocalDate day = LocalDate.of(FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1), 1, 1).plusDays(random.nextInt(200));
                List<CooperationStatus> path = pathTo(outcome);
                cooperation.status = outcome;
                if (path.contains(CooperationStatus.ACCEPTED)) {
                    cooperation.acceptedAt = day.plusDays(3).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
                }
                if (path.contains(CooperationStatus.AGREED)) {
                    cooperation.agreementType = AgreementType.values()[random.nextInt(AgreementType.values().length)];
                    cooperation.terms = "双方就" + need.title + "开展合作，费用按协议分期支付。";
                    cooperation.startDate = day.plusDays(10);
                    cooperation.endDate = day.plusDays(190);
                }
                if (outcome == CooperationStatus.COMPLETED) {
                    cooperation.completedAt = day.plusDays(200).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
                    cooperation.enterpriseRating = random.nextDouble() < 0.8 ? 4 + random.nextInt(2) : 2 + random.nextInt(2);
                    cooperation.partnerRating = 3 + random.nextInt(3);
                    int[] counter = counters.computeIfAbsent(cooperation.partner(), p -> new int[3]);
                    counter[0]++;
                    counter[1]++;
                    counter[2] += cooperation.enterpriseRating;
                }
                em.persist(cooperation);
                CooperationStatus from = null;
                int step = 0;
                for (CooperationStatus to : path) {
                    em.persist(CooperationEvent.of(cooperation.id, day.plusDays(step * 10L).atStartOfDay().toInstant(ZoneOffset.ofHours(8)),
                            step % 2 == 0 ? "demo-enterprise" : "demo-partner", from, to, null));
                    from = to;
                    step++;
                }
                if (outcome == CooperationStatus.COMPLETED && cooperation.institution != null && providers.contains(cooperation.institution.id)) {
                    redeemedVoucherOf(cooperation, need, day);
                }
            }
            counters.forEach((partner, c) -> cooperationRepository.addToTrackRecord(partner, c[0], c[1], c[2]));
        });
    }

    private void redeemedVoucherOf(Cooperation cooperation, Need need, LocalDate day) {
        cooperation.institution.capabilities.stream().filter(Capability::voucherEligible).findFirst().ifPresent(capability -> {
            var voucher = new Voucher();
            voucher.externalId = "demo-vcoop-" + cooperation.externalId;
            voucher.enterprise = need.enterprise;
            voucher.cooperation = cooperation;
            voucher.institution = cooperation.institution;
            voucher.category = capability.category();
            voucher.amount = new BigDecimal("5000.00");
            voucher.status = VoucherStatus.PAID;
            voucher.appliedOn = day.plusDays(12);
            voucher.redeemedAmount = voucher.amount;
            voucher.redeemedOn = day.plusDays(205);
            voucher.invoiceReference = "DEMO-INV-" + cooperation.externalId;
            em.persist(voucher);
        });
    }

    private static List<CooperationStatus> pathTo(CooperationStatus outcome) {
        return switch (outcome) {
            case REQUESTED -> List.of(CooperationStatus.REQUESTED);
            case DECLINED -> List.of(CooperationStatus.REQUESTED, CooperationStatus.DECLINED);
            case CANCELLED -> List.of(CooperationStatus.REQUESTED, CooperationStatus.ACCEPTED, CooperationStatus.CANCELLED);
            case ACCEPTED -> List.of(CooperationStatus.REQUESTED, CooperationStatus.ACCEPTED);
            case AGREED -> List.of(CooperationStatus.REQUESTED, CooperationStatus.ACCEPTED, CooperationStatus.AGREED);
            case IN_PROGRESS -> List.of(CooperationStatus.REQUESTED, CooperationStatus.ACCEPTED, CooperationStatus.AGREED, CooperationStatus.IN_PROGRESS);
            case COMPLETED -> List.of(CooperationStatus.REQUESTED, CooperationStatus.ACCEPTED, CooperationStatus.AGREED, CooperationStatus.IN_PROGRESS,
                    CooperationStatus.COMPLETED);
        };
    }
}
