package cn.wenzhou.fashion.outreach;

import java.util.List;

import cn.wenzhou.fashion.domain.CapabilityCategory;

/** A registered voucher provider among a need's first matches: its rank there and its voucher-eligible categories the need asks for. */
public record EligibleProvider(Long id, String externalId, String name, int rank, List<CapabilityCategory> categories) {
}
