package cn.wenzhou.fashion.importer;

import java.util.function.Supplier;

import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.records.DesignerInput;
import cn.wenzhou.fashion.records.EnterpriseInput;
import cn.wenzhou.fashion.records.InstitutionInput;
import cn.wenzhou.fashion.records.NeedInput;
import cn.wenzhou.fashion.records.RecordInput;

/** The {@code kind} of an import line, in the order kinds are written: needs after their enterprises. */
enum ImportKind {
    INSTITUTION(RecordKind.INSTITUTION, InstitutionInput.class, Institution::new),
    DESIGNER(RecordKind.DESIGNER, DesignerInput.class, Designer::new),
    ENTERPRISE(RecordKind.ENTERPRISE, EnterpriseInput.class, Enterprise::new),
    NEED(RecordKind.NEED, NeedInput.class, Need::new);

    final RecordKind kind;
    final Class<? extends RecordInput<?>> inputType;
    final Supplier<? extends LibraryRecord> factory;

    ImportKind(RecordKind kind, Class<? extends RecordInput<?>> inputType, Supplier<? extends LibraryRecord> factory) {
        this.kind = kind;
        this.inputType = inputType;
        this.factory = factory;
    }

    static ImportKind of(String code) {
        for (ImportKind value : values()) {
            if (value.kind.code().equals(code)) {
                return value;
            }
        }
        return null;
    }
}
