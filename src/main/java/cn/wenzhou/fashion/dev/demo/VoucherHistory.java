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
import java.util.Set;
import java.util.stream.Collectors;

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
 * The bureau's figures stay those of the source document whatever the library's size: 620 of the fashion firms
 * (spread over the districts as the generator spreads them) are voucher users, beside 9,712 others.
 * Written in chunks of one transaction each, with JDBC batching: a chunk's persistence context holds only what
 * it writes, so no flush grows with the library.
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
    /** Fashion firms among the voucher users since 2015, from the source document. */
    static final int FASHION_VOUCHER_USERS = 620;
    /** How the other non-fashion voucher users spread over the other districts. */
    private static final Map<District, Double> OTHER_DISTRICTS = new EnumMap<>(Map.of(
            District.LONGWAN, 0.20, District.YUEQING, 0.24, District.LONGGANG, 0.09, District.YONGJIA, 0.12, District.PINGYANG, 0.10,
            District.CANGNAN, 0.11, District.DONGTOU, 0.04, District.WENCHENG, 0.05, District.TAISHUN, 0.05));
    private static final String[] SECTORS = {"电气", "阀门", "汽摩配件", "泵业", "印刷", "塑料", "机械", "电子", "包装", "化工", "五金", "光电"};
    private static final String[] WORDS = {"正泰", "华仪", "瑞明", "宏丰", "恒通", "立峰", "天正", "长城", "海泰", "伟明", "三星", "金龙"};
    /** Non-fashion vouchers average 12,000 CNY (4,000 to 20,000). */
    private static final int MEAN_AMOUNT = 12_000;
    private static final int FIRST_YEAR = WenzhouClock.FIRST_VOUCHER_YEAR;
    static final int LAST_YEAR = 2024;
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
        Map<District, List<Long>> firms = new EnumMap<>(District.class);
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("select e.id, e.district from Enterprise e order by e.id", Object[].class)
                .getResultList().forEach(row -> firms.computeIfAbsent((District) row[1], d -> new ArrayList<>()).add((Long) row[0])));
        Map<District, List<Long>> fashion = voucherUsers(firms);
        cooperations(random, providers, fashion.values().stream().flatMap(List::stream).collect(Collectors.toSet()));

        Map<District, Integer> others = otherUsers(fashion);
        List<Voucher> vouchers = new ArrayList<>();
        int counter = 0;
        for (District district : District.values()) {
            List<Long> users = fashion.getOrDefault(district, List.of());
            Target target = TARGETS.get(district);
            int other = others.getOrDefault(district, 0);
            double fashionMean = target == null || users.isEmpty() ? MEAN_AMOUNT * 0.5
                    : MEAN_AMOUNT * target.amounts() * other / (users.size() * (1 - target.amounts()));
            for (Long firm : users) {
                var enterprise = new Enterprise();
                enterprise.id = firm;
                vouchers.addAll(vouchersOf(random, enterprise, providers, fashionMean, counter++));
            }
            if (target != null && other > 0) {
                counter = nonFashionUsers(random, district, other, providers, counter);
            }
        }
        for (District district : OTHER_DISTRICTS.keySet()) {
            counter = nonFashionUsers(random, district, others.get(district), providers, counter);
        }
        int users = fashion.values().stream().mapToInt(List::size).sum() + others.values().stream().mapToInt(Integer::intValue).sum();
        persistInChunks(vouchers);
        return users;
    }

    /**
     * The fashion firms that used vouchers: in each district as many as the generator places there among 620 firms,
     * evenly spread over the district's firms (all of them in the default library of 620).
     */
    static Map<District, List<Long>> voucherUsers(Map<District, List<Long>> firms) {
        Map<District, List<Long>> users = new EnumMap<>(District.class);
        DemoDataGenerator.districtsOf(FASHION_VOUCHER_USERS).forEach((district, count) -> {
            List<Long> candidates = firms.getOrDefault(district, List.of());
            int chosen = Math.min(count, candidates.size());
            List<Long> picked = new ArrayList<>();
            for (int k = 0; k < chosen; k++) {
                picked.add(candidates.get((int) ((k + 0.5) * candidates.size() / chosen)));
            }
            users.put(district, picked);
        });
        return users;
    }

    /**
     * How many non-fashion voucher users each district has beside the fashion ones: in Ouhai, Rui'an and Lucheng as
     * many as make the fashion firms their share of the district's users; the rest of the 6% share over the other
     * districts.
     */
    static Map<District, Integer> otherUsers(Map<District, List<Long>> fashion) {
        Map<District, Integer> others = new EnumMap<>(District.class);
        int fashionTotal = fashion.values().stream().mapToInt(List::size).sum();
        int counted = 0;
        for (var district : fashion.entrySet()) {
            Target target = TARGETS.get(district.getKey());
            int firms = district.getValue().size();
            int other = target == null ? 0 : (int) Math.round(firms * (1 - target.firms()) / target.firms());
            if (target != null) {
                others.put(district.getKey(), other);
            }
            counted += firms + other;
        }
        int remaining = (int) Math.round(fashionTotal / FASHION_SHARE_OF_ALL) - counted;
        OTHER_DISTRICTS.forEach((district, share) -> others.put(district, (int) Math.round(remaining * share)));
        return others;
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

    /** What a cooperation of the history needs of its need, read without loading the need. */
    private record NeedRow(Long id, Long enterpriseId, String title) {
    }

    /** A partner whose track record the history adds to: an institution or a designer. */
    private record PartnerKey(boolean institution, Long id) {

        PartnerProfile profile() {
            PartnerProfile profile = institution ? new Institution() : new Designer();
            profile.id = id;
            return profile;
        }
    }

    /**
     * Cooperations on every fifth need, in every state, with their audit trails; completed ones are rated and
     * counted in their partners' track records, and those with a voucher provider of a voucher user were paid
     * with a voucher.
     */
    private void cooperations(Random random, List<Long> providers, Set<Long> voucherUsers) {
        List<NeedRow> needs = new ArrayList<>();
        List<Long> institutions = new ArrayList<>();
        List<Long> designers = new ArrayList<>();
        Map<Long, CapabilityCategory> voucherCategories = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("select n.id, n.enterprise.id, n.title from Need n order by n.id", Object[].class).getResultList()
                    .forEach(row -> needs.add(new NeedRow((Long) row[0], (Long) row[1], (String) row[2])));
            institutions.addAll(em.createQuery("select i.id from Institution i order by i.id", Long.class).getResultList());
            designers.addAll(em.createQuery("select d.id from Designer d order by d.id", Long.class).getResultList());
            em.createQuery("select i.id, i.capabilities from Institution i where i.voucherProvider = true", Object[].class).getResultList()
                    .forEach(row -> ((List<?>) row[1]).stream().map(Capability.class::cast).filter(Capability::voucherEligible).findFirst()
                            .ifPresent(capability -> voucherCategories.put((Long) row[0], capability.category())));
        });
        Map<PartnerKey, int[]> counters = new HashMap<>();
        for (int start = 0; start < needs.size(); start += CHUNK * 5) {
            List<NeedRow> chunk = needs.subList(start, Math.min(needs.size(), start + CHUNK * 5));
            int offset = start;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < chunk.size(); i += 5) {
                    cooperation(random, chunk.get(i), offset + i, institutions, designers, voucherCategories, voucherUsers, counters);
                }
                em.flush();
                em.clear();
            });
        }
        List<Map.Entry<PartnerKey, int[]>> records = new ArrayList<>(counters.entrySet());
        for (int start = 0; start < records.size(); start += CHUNK) {
            List<Map.Entry<PartnerKey, int[]>> chunk = records.subList(start, Math.min(records.size(), start + CHUNK));
            QuarkusTransaction.requiringNew().run(() -> chunk.forEach(
                    e -> cooperationRepository.addToTrackRecord(e.getKey().profile(), e.getValue()[0], e.getValue()[1], e.getValue()[2])));
        }
    }

    private static final CooperationStatus[] OUTCOMES = {CooperationStatus.COMPLETED, CooperationStatus.COMPLETED,
        CooperationStatus.COMPLETED, CooperationStatus.COMPLETED, CooperationStatus.IN_PROGRESS, CooperationStatus.AGREED,
        CooperationStatus.ACCEPTED, CooperationStatus.REQUESTED, CooperationStatus.DECLINED, CooperationStatus.CANCELLED};

    private void cooperation(Random random, NeedRow need, int n, List<Long> institutions, List<Long> designers,
            Map<Long, CapabilityCategory> voucherCategories, Set<Long> voucherUsers, Map<PartnerKey, int[]> counters) {
        var cooperation = new Cooperation();
        cooperation.externalId = "demo-coop-%05d".formatted(n);
        cooperation.need = em.getReference(Need.class, need.id());
        cooperation.enterprise = em.getReference(Enterprise.class, need.enterpriseId());
        PartnerKey partner;
        if (designers.isEmpty() || random.nextDouble() < 0.75) {
            partner = new PartnerKey(true, institutions.get(random.nextInt(institutions.size())));
            cooperation.institution = em.getReference(Institution.class, partner.id());
        } else {
            partner = new PartnerKey(false, designers.get(random.nextInt(designers.size())));
            cooperation.designer = em.getReference(Designer.class, partner.id());
        }
        cooperation.message = "希望就“" + need.title() + "”开展合作";
        CooperationStatus outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
        LocalDate day = LocalDate.of(FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1), 1, 1).plusDays(random.nextInt(200));
        List<CooperationStatus> path = pathTo(outcome);
        cooperation.status = outcome;
        if (path.contains(CooperationStatus.ACCEPTED)) {
            cooperation.acceptedAt = day.plusDays(3).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        }
        if (path.contains(CooperationStatus.AGREED)) {
            cooperation.agreementType = AgreementType.values()[random.nextInt(AgreementType.values().length)];
            cooperation.terms = "双方就" + need.title() + "开展合作，费用按协议分期支付。";
            cooperation.startDate = day.plusDays(10);
            cooperation.endDate = day.plusDays(190);
        }
        if (outcome == CooperationStatus.COMPLETED) {
            cooperation.completedAt = day.plusDays(200).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
            cooperation.enterpriseRating = random.nextDouble() < 0.8 ? 4 + random.nextInt(2) : 2 + random.nextInt(2);
            cooperation.partnerRating = 3 + random.nextInt(3);
            int[] counter = counters.computeIfAbsent(partner, p -> new int[3]);
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
        CapabilityCategory category = partner.institution() ? voucherCategories.get(partner.id()) : null;
        if (outcome == CooperationStatus.COMPLETED && category != null && voucherUsers.contains(need.enterpriseId())) {
            var voucher = new Voucher();
            voucher.externalId = "demo-vcoop-" + cooperation.externalId;
            voucher.enterprise = cooperation.enterprise;
            voucher.cooperation = cooperation;
            voucher.institution = cooperation.institution;
            voucher.category = category;
            voucher.amount = new BigDecimal("5000.00");
            voucher.status = VoucherStatus.PAID;
            voucher.appliedOn = day.plusDays(12);
            voucher.redeemedAmount = voucher.amount;
            voucher.redeemedOn = day.plusDays(205);
            voucher.invoiceReference = "DEMO-INV-" + cooperation.externalId;
            em.persist(voucher);
        }
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
