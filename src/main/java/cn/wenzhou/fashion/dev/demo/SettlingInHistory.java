package cn.wenzhou.fashion.dev.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.domain.AmountRule;
import cn.wenzhou.fashion.domain.Decision;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.IncentiveKind;
import cn.wenzhou.fashion.domain.IncentivePolicy;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.InstitutionType;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.PolicyApplication;
import cn.wenzhou.fashion.domain.PolicyApplicationStatus;
import cn.wenzhou.fashion.domain.PolicyBudget;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.SettlementApplication;
import cn.wenzhou.fashion.domain.SettlementStatus;
import cn.wenzhou.fashion.domain.WenzhouClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

import lombok.RequiredArgsConstructor;

/**
 * Settling in and incentives for the demo library, deterministic by seed: the four kinds of policy, published, with
 * budgets for this year and the two before; an approved application behind each settled partner the generator made
 * (at most {@link #MOST_SETTLED}, in id order), approved in one of the last three years; a few applications waiting
 * for the bureau; and applications for incentives in every state, the granted ones within their year's budget.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SettlingInHistory {

    static final int MOST_SETTLED = 300;
    private static final int WAITING = 6;
    private static final String[] BRINGS = {"鞋履设计与打样服务", "服装版型开发与面料研发", "眼镜设计与检测服务", "饰品创意设计", "皮革新材料研发",
            "纺织工艺改进与检测", "品牌策划与时尚买手资源", "数字化设计工具与培训"};

    private final EntityManager em;
    private final Clock clock;

    /** Writes the policies, settlements and applications; returns the members settled. */
    public int write(long seed) {
        Random random = new Random(seed);
        int thisYear = LocalDate.now(clock).getYear();
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<IncentiveKind, IncentivePolicy> policies = policies(thisYear);
            Map<String, PolicyBudget> budgets = new HashMap<>();
            for (IncentivePolicy policy : policies.values()) {
                for (int year = thisYear - 2; year <= thisYear; year++) {
                    var budget = new PolicyBudget();
                    budget.policy = policy;
                    budget.year = year;
                    budget.amount = policy.kind == IncentiveKind.TAX_RELIEF ? new BigDecimal("2000000.00") : new BigDecimal("1000000.00");
                    em.persist(budget);
                    budgets.put(policy.kind + "-" + year, budget);
                }
            }
            List<PartnerProfile> settled = partners(true, MOST_SETTLED);
            int n = 0;
            for (PartnerProfile partner : settled) {
                int year = thisYear - random.nextInt(3);
                LocalDate today = LocalDate.now(clock);
                LocalDate day = LocalDate.of(year, 1 + random.nextInt(year == thisYear ? today.getMonthValue() : 12), 1 + random.nextInt(28));
                LocalDate decided = day.isAfter(today) ? today : day;
                SettlementApplication settlement = settlement(random, partner, n++, decided.minusDays(14));
                settlement.status = SettlementStatus.APPROVED;
                settlement.decision = new Decision("材料齐全，同意入驻", "demo-admin", decided.atTime(LocalTime.of(10, 0)).atZone(WenzhouClock.ZONE).toInstant());
                em.persist(settlement);
                if (n % 3 == 0) {
                    application(random, partner, policies, budgets, thisYear, year, n);
                }
            }
            for (PartnerProfile partner : partners(false, WAITING)) {
                em.persist(settlement(random, partner, n++, LocalDate.now(clock).minusDays(1 + random.nextInt(20))));
            }
            em.flush();
            return settled.size();
        });
    }

    private Map<IncentiveKind, IncentivePolicy> policies(int thisYear) {
        Map<IncentiveKind, IncentivePolicy> policies = new EnumMap<>(IncentiveKind.class);
        policies.put(IncentiveKind.RENT_SUBSIDY, policy(IncentiveKind.RENT_SUBSIDY, "入驻机构和设计师房租补贴", "Rent subsidy for settled members",
                "入驻成员在温州的办公、设计场地房租按百分之五十补贴，每年每家最高三十万元。", "Half of a settled member's rent in Wenzhou, up to 300,000 CNY a year.",
                AmountRule.SHARE_OF_COST, null, new BigDecimal("0.5000"), new BigDecimal("300000.00"), List.copyOf(List.of(InstitutionType.values())), true,
                List.of(), thisYear));
        policies.put(IncentiveKind.TAX_RELIEF, policy(IncentiveKind.TAX_RELIEF, "新入驻研发机构税收奖励", "Tax relief for new R&D institutions",
                "新入驻的研发机构按其缴纳地方税收的百分之三十给予奖励。", "New R&D institutions get 30% of the local taxes they paid back.",
                AmountRule.SHARE_OF_COST, null, new BigDecimal("0.3000"), new BigDecimal("500000.00"),
                List.of(InstitutionType.RESEARCH_INSTITUTE, InstitutionType.NEW_RD_INSTITUTION, InstitutionType.UNIVERSITY), false, List.of(), thisYear));
        policies.put(IncentiveKind.RD_FUNDING, policy(IncentiveKind.RD_FUNDING, "时尚产业基金研发资助", "R&D funding from the fashion-industry fund",
                "入驻机构承担鞋服、眼镜等新材料、新工艺研发项目的，按研发投入的百分之二十资助。", "20% of the R&D spending of settled institutions on new materials and processes for footwear, apparel and eyewear.",
                AmountRule.SHARE_OF_COST, null, new BigDecimal("0.2000"), new BigDecimal("200000.00"), List.copyOf(List.of(InstitutionType.values())), false,
                List.of(Industry.FOOTWEAR, Industry.APPAREL, Industry.EYEWEAR, Industry.LEATHER, Industry.TEXTILES), thisYear));
        policies.put(IncentiveKind.TALENT_AWARD, policy(IncentiveKind.TALENT_AWARD, "入驻设计人才奖励", "Award for settled design talent",
                "入驻的设计师一次性奖励五万元。", "A one-off award of 50,000 CNY to each settled designer.",
                AmountRule.FIXED, new BigDecimal("50000.00"), null, new BigDecimal("50000.00"), List.of(), true, List.of(), thisYear));
        policies.values().forEach(em::persist);
        return policies;
    }

    private IncentivePolicy policy(IncentiveKind kind, String titleZh, String titleEn, String textZh, String textEn, AmountRule rule, BigDecimal fixed,
            BigDecimal share, BigDecimal cap, List<InstitutionType> types, boolean designers, List<Industry> industries, int thisYear) {
        var policy = new IncentivePolicy();
        policy.externalId = "demo-policy-" + kind.name().toLowerCase();
        policy.kind = kind;
        policy.titleZh = titleZh;
        policy.titleEn = titleEn;
        policy.textZh = textZh;
        policy.textEn = textEn;
        policy.settledOnly = true;
        policy.institutionTypes = types;
        policy.designers = designers;
        policy.industries = industries;
        policy.amountRule = rule;
        policy.fixedAmount = fixed;
        policy.costShare = share;
        policy.capPerApplicantYear = cap;
        policy.opensOn = LocalDate.of(thisYear - 2, 1, 1);
        policy.closesOn = LocalDate.of(thisYear, 12, 31);
        policy.publishedAt = LocalDate.of(thisYear - 3, 12, 15).atStartOfDay(WenzhouClock.ZONE).toInstant();
        policy.publishedBy = "demo-admin";
        return policy;
    }

    /** Partners in Wenzhou, settled or not, in id order. */
    private List<PartnerProfile> partners(boolean settled, int most) {
        List<PartnerProfile> partners = new ArrayList<>();
        for (Class<? extends PartnerProfile> type : List.of(Institution.class, Designer.class)) {
            partners.addAll(em.createQuery("from " + type.getSimpleName() + " p where p.settled = :settled and p.location.district is not null order by p.id", type)
                    .setParameter("settled", settled).setMaxResults(most / 2).getResultList());
        }
        return partners;
    }

    private SettlementApplication settlement(Random random, PartnerProfile partner, int n, LocalDate appliedOn) {
        var settlement = new SettlementApplication();
        settlement.externalId = "demo-settlement-" + n;
        settlement.ownerId = partner.ownerId;
        settlement.profileKind = RecordKind.of(partner);
        settlement.profileId = partner.id;
        settlement.contribution = BRINGS[random.nextInt(BRINGS.length)];
        settlement.district = partner.location.district();
        settlement.spaceSquareMetres = BigDecimal.valueOf(40 + random.nextInt(40) * 10L).setScale(2);
        settlement.people = 2 + random.nextInt(partner instanceof Designer ? 6 : 40);
        settlement.documentReferences = List.of("营业执照 3303-" + appliedOn.getYear() + "-" + (100 + n));
        settlement.appliedOn = appliedOn;
        return settlement;
    }

    /** An application of a settled member for the policy of its kind, in a state that follows from its year. */
    private void application(Random random, PartnerProfile partner, Map<IncentiveKind, IncentivePolicy> policies, Map<String, PolicyBudget> budgets,
            int thisYear, int year, int n) {
        IncentivePolicy policy = policies.get(partner instanceof Designer ? (n % 2 == 0 ? IncentiveKind.TALENT_AWARD : IncentiveKind.RENT_SUBSIDY)
                : (n % 2 == 0 ? IncentiveKind.RD_FUNDING : IncentiveKind.RENT_SUBSIDY));
        if (policy.refusalFor(partner) != null) {
            return;
        }
        var application = new PolicyApplication();
        application.externalId = "demo-incentive-" + n;
        application.ownerId = partner.ownerId;
        application.policy = policy;
        application.profileKind = RecordKind.of(partner);
        application.profileId = partner.id;
        application.year = year;
        application.appliedOn = LocalDate.of(year, year == thisYear ? 1 : 6, 10);
        application.declaredCost = policy.amountRule == AmountRule.FIXED ? null : BigDecimal.valueOf(20_000 + random.nextInt(200) * 1_000L).setScale(2);
        application.documentReferences = List.of("合同 HT-" + year + "-" + n);
        BigDecimal amount = policy.entitlement(application.declaredCost).min(policy.capPerApplicantYear);
        PolicyBudget budget = budgets.get(policy.kind + "-" + year);
        int state = year < thisYear ? 4 : n % 5;
        if (state >= 1) {
            application.proposedAmount = amount;
            application.proposedBy = "demo-admin";
            application.proposedAt = application.appliedOn.plusDays(10).atStartOfDay(WenzhouClock.ZONE).toInstant();
        }
        if (state >= 3 && budget.left().compareTo(amount) >= 0) {
            budget.granted = budget.granted.add(amount);
            application.grantedAmount = amount;
            application.decision = new Decision("复核通过", "demo-admin-2", application.appliedOn.plusDays(20).atStartOfDay(WenzhouClock.ZONE).toInstant());
            application.status = PolicyApplicationStatus.APPROVED;
            if (state == 4) {
                application.status = PolicyApplicationStatus.DISBURSED;
                application.disbursedAmount = amount;
                application.disbursementReference = "财政支付 " + year + "-" + n;
                application.disbursedOn = application.appliedOn.plusDays(40);
                application.disbursedBy = "demo-admin";
            }
        } else {
            application.status = state == 0 ? PolicyApplicationStatus.APPLIED : state == 2 ? PolicyApplicationStatus.REJECTED : PolicyApplicationStatus.PROPOSED;
            if (application.status == PolicyApplicationStatus.REJECTED) {
                application.decision = new Decision("材料不全", "demo-admin", application.proposedAt);
            }
        }
        em.persist(application);
    }
}
