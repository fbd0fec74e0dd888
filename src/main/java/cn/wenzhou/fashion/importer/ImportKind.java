package cn.wenzhou.fashion.importer;

import java.util.function.Supplier;

import cn.wenzhou.fashion.common.LibraryRecord;
import cn.wenzhou.fashion.common.RecordInput;
import cn.wenzhou.fashion.designer.Designer;
import cn.wenzhou.fashion.designer.DesignerInput;
import cn.wenzhou.fashion.enterprise.Enterprise;
import cn.wenzhou.fashion.enterprise.EnterpriseInput;
import cn.wenzhou.fashion.institution.Institution;
import cn.wenzhou.fashion.institution.InstitutionInput;
import cn.wenzhou.fashion.need.Need;
import cn.wenzhou.fashion.need.NeedInput;

/** The {@code kind} of an import line, in the order kinds are written: needs after their enterprises. */
enum ImportKind {
    INSTITUTION(Institution.KIND, InstitutionInput.class, Institution.class, Institution::new),
    DESIGNER(Designer.KIND, DesignerInput.class, Designer.class, Designer::new),
    ENTERPRISE(Enterprise.KIND, EnterpriseInput.class, Enterprise.class, Enterprise::new),
    NEED(Need.KIND, NeedInput.class, Need.class, Need::new);

    final String code;
    final Class<? extends RecordInput<?>> inputType;
    final Class<? extends LibraryRecord> entityType;
    final Supplier<? extends LibraryRecord> factory;

    ImportKind(String code, Class<? extends RecordInput<?>> inputType, Class<? extends LibraryRecord> entityType,
            Supplier<? extends LibraryRecord> factory) {
        this.code = code;
        this.inputType = inputType;
        this.entityType = entityType;
        this.factory = factory;
    }

    static ImportKind of(String code) {
        for (ImportKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        return null;
    }
}
