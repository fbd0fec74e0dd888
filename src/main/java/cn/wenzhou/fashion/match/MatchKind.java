package cn.wenzhou.fashion.match;

import java.util.Set;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.RecordKind;

/** Which partners a match looks for: institutions, designers or both. */
public enum MatchKind {
    INSTITUTION(Set.of(RecordKind.INSTITUTION)),
    DESIGNER(Set.of(RecordKind.DESIGNER)),
    ALL(RecordKind.PARTNERS);

    final Set<RecordKind> kinds;

    MatchKind(Set<RecordKind> kinds) {
        this.kinds = kinds;
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
