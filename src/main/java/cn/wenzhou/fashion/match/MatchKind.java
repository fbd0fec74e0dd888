package cn.wenzhou.fashion.match;

import java.util.List;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.PartnerProfile;
import cn.wenzhou.fashion.designer.Designer;
import cn.wenzhou.fashion.institution.Institution;

/** Which partners a match looks for: institutions, designers or both. */
public enum MatchKind {
    INSTITUTION(List.of(Institution.class)),
    DESIGNER(List.of(Designer.class)),
    ALL(List.of(Institution.class, Designer.class));

    final List<Class<? extends PartnerProfile>> types;

    MatchKind(List<Class<? extends PartnerProfile>> types) {
        this.types = types;
    }

    /** {@code institution}, {@code designer} or {@code all}; a 400 naming {@code kind} otherwise. */
    public static MatchKind parse(String kind) {
        for (MatchKind value : values()) {
            if (value.name().equalsIgnoreCase(kind)) {
                return value;
            }
        }
        throw new InvalidFieldException("kind", "must be one of institution, designer, all");
    }
}
