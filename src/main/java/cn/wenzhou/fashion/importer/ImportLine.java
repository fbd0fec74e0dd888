package cn.wenzhou.fashion.importer;

import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.records.RecordInput;

/** One parsed and validated line of an import, waiting to be written. */
record ImportLine(int number, ImportKind kind, RecordInput<? extends LibraryRecord> input) {
}
