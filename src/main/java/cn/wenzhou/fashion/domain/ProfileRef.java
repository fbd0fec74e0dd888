package cn.wenzhou.fashion.domain;

/** A profile of the library (enterprise, institution or designer), addressed by its kind and id. */
public record ProfileRef(RecordKind kind, long id) {
    public static ProfileRef of(LibraryRecord profile) {
        return new ProfileRef(RecordKind.of(profile), profile.id);
    }
}
