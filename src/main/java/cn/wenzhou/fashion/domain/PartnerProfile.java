package cn.wenzhou.fashion.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import cn.wenzhou.fashion.common.Lists;

/** What institutions and designers, the partners an enterprise can cooperate with, have in common. */
@MappedSuperclass
public abstract class PartnerProfile extends Profile {
    @Column(length = 4000)
    public String description;

    @Convert(converter = ListColumns.Industries.class)
    @Column(length = 1000)
    public List<Industry> industries = List.of();

    @Convert(converter = ListColumns.Capabilities.class)
    @Column(length = 250000)
    public List<Capability> capabilities = List.of();

    @Convert(converter = ListColumns.Strings.class)
    @Column(length = 8000)
    public List<String> tags = List.of();

    @Embedded
    public Location location;

    public boolean settled;

    /** Changed only by the cooperation workflow, through counter updates (never by saving the profile). */
    @Embedded
    public TrackRecord trackRecord = TrackRecord.NONE;

    /** Replaces the fields every partner has. */
    public void describe(String name, String description, List<Industry> industries, List<Capability> capabilities,
            List<String> tags, Location location, boolean settled, Contact contact) {
        this.name = name.strip();
        this.description = description;
        this.industries = Lists.copyOf(industries);
        this.capabilities = Lists.copyOf(capabilities);
        this.tags = Lists.copyOf(tags);
        this.location = location;
        this.settled = settled;
        this.contact = contact;
    }

    /** Categories of the capabilities, without repetition. */
    public List<CapabilityCategory> capabilityCategories() {
        return capabilities.stream().map(Capability::category).distinct().toList();
    }
}
