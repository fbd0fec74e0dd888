package cn.wenzhou.fashion.importer;

import java.util.List;

import cn.wenzhou.fashion.importer.ImportReport.LineMessage;

/** The lines of an upload, read and validated: how many, the valid ones in the order they are written, the messages of the rest. */
record ParsedImport(int lines, List<ImportLine> valid, List<LineMessage> errors, List<LineMessage> warnings) {
}
