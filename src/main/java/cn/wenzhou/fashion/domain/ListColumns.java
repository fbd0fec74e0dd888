package cn.wenzhou.fashion.domain;

import cn.wenzhou.fashion.common.JsonListConverter;

/** The list columns of the library's records, each a JSON array in one text column. */
public final class ListColumns {
    private ListColumns() {
    }

    public static class Strings extends JsonListConverter<String> {
        public Strings() {
            super(String.class);
        }
    }

    public static class Industries extends JsonListConverter<Industry> {
        public Industries() {
            super(Industry.class);
        }
    }

    public static class Categories extends JsonListConverter<CapabilityCategory> {
        public Categories() {
            super(CapabilityCategory.class);
        }
    }

    public static class Capabilities extends JsonListConverter<Capability> {
        public Capabilities() {
            super(Capability.class);
        }
    }

    public static class AttendeeFields extends JsonListConverter<AttendeeField> {
        public AttendeeFields() {
            super(AttendeeField.class);
        }
    }

    public static class InstitutionTypes extends JsonListConverter<InstitutionType> {
        public InstitutionTypes() {
            super(InstitutionType.class);
        }
    }

    public static class Districts extends JsonListConverter<District> {
        public Districts() {
            super(District.class);
        }
    }
}
