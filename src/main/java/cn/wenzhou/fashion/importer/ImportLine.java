package cn.wenzhou.fashion.importer;

import cn.wenzhou.fashion.common.LibraryRecord;
import cn.wenzhou.fashion.common.RecordInput;

/** One parsed and validated line of an import, waiting to be written. */
record ImportLine(int number, ImportKind kind, RecordInput<? extends LibraryRecord> input) {
}
