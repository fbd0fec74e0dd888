package cn.wenzhou.fashion.outreach;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Industry;

/**
 * A voucher-eligible open need without an application, as the bureau contacts its enterprise: who to call, which
 * categories and providers a voucher could pay for, the cap left, and when this was computed.
 */
public record OutreachEntry(Long needId, String needExternalId, String title, Long enterpriseId, String enterpriseName, District district,
        List<Industry> industries, List<CapabilityCategory> categories, List<String> providers, BigDecimal capLeft, String contactPerson,
        String phone, String email, Instant computedAt) {
}
