package cn.wenzhou.fashion.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.wenzhou.fashion.common.FieldPaths;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.importer.ImportReport.LineMessage;
import cn.wenzhou.fashion.records.EnterpriseInput;
import cn.wenzhou.fashion.records.NeedInput;
import cn.wenzhou.fashion.records.RecordInput;
import cn.wenzhou.fashion.search.SegmentMerger;
import io.quarkus.narayana.jta.QuarkusTransaction;

import lombok.RequiredArgsConstructor;

/**
 * Bulk import of NDJSON records (the format of the evaluation corpus), idempotent on {@code externalId}:
 * a record already imported is updated in place, never duplicated. Every line is parsed and validated
 * first; valid lines are then written kind by kind (needs after enterprises) in chunks, each chunk in one
 * transaction, which also tells an {@link ImportProgress} what it did (the job's counts commit with the records).
 * A chunk that fails is written again line by line, so one bad line never costs the others.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final int CHUNK = 500;
    /** An import writing at least this many records is a bulk load, after which the index segments are merged. */
    private static final int BULK_LOAD = 1_000;
    /** A legacy credit code with a wrong check character is kept and reported, not refused. */
    private static final String CREDIT_CODE = "creditCode";

    private final ObjectMapper mapper;
    private final Validator validator;
    private final EntityManager em;
    private final Records records;
    private final SegmentMerger segments;

    /** Imports in the caller's thread and reports at the end (the demo data); the API runs imports as jobs ({@link ImportJobs}). */
    public ImportReport importNdjson(BufferedReader reader, boolean overwriteOwned) throws IOException {
        ParsedImport parsed = parse(reader);
        var report = new ReportBuilder(parsed);
        write(parsed.valid(), 0, overwriteOwned, report);
        mergeAfterBulkLoad(report.created + report.updated);
        return report.build();
    }

    /**
     * Reads and validates every line. The valid ones come in the order they are written: kind by kind (needs after
     * the enterprises they belong to), in line order within a kind, so that a resumed job finds them where it left.
     */
    ParsedImport parse(BufferedReader reader) throws IOException {
        List<LineMessage> errors = new ArrayList<>();
        List<LineMessage> warnings = new ArrayList<>();
        List<ImportLine> valid = new ArrayList<>();
        String text;
        int number = 0;
        int lines = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            if (!text.isBlank()) {
                lines++;
                ImportLine line = parse(number, text, errors, warnings);
                if (line != null) {
                    valid.add(line);
                }
            }
        }
        reportDuplicateCreditCodes(valid, warnings);
        valid.sort(Comparator.comparing(ImportLine::kind).thenComparingInt(ImportLine::number));
        return new ParsedImport(lines, List.copyOf(valid), List.copyOf(errors), List.copyOf(warnings));
    }

    /**
     * Writes the valid lines from index {@code from} on in chunks of one kind, each chunk in one transaction, in which
     * {@code progress} hears what the chunk did. A chunk that fails is written again line by line, so one bad line
     * never costs the others; a line that fails is reported to {@code progress} in a transaction of its own.
     */
    void write(List<ImportLine> valid, int from, boolean overwriteOwned, ImportProgress progress) {
        int start = from;
        while (start < valid.size()) {
            int end = chunkEnd(valid, start);
            write(valid.subList(start, end), overwriteOwned, progress);
            start = end;
        }
    }

    /** After a bulk load the index segments are merged, so that searches do not pay for thousands of small ones. */
    void mergeAfterBulkLoad(int written) {
        if (written >= BULK_LOAD) {
            segments.mergeAll();
        }
    }

    private static int chunkEnd(List<ImportLine> valid, int start) {
        ImportKind kind = valid.get(start).kind();
        int end = start + 1;
        while (end < valid.size() && end - start < CHUNK && valid.get(end).kind() == kind) {
            end++;
        }
        return end;
    }

    /**
     * An enterprise line whose credit code another record has verified is a duplicate of that legal entity: it
     * is written (an unverified code blocks nobody) and reported, for an admin to merge the two.
     */
    private void reportDuplicateCreditCodes(List<ImportLine> lines, List<LineMessage> warnings) {
        Set<String> codes = lines.stream().map(ImportLine::input).filter(EnterpriseInput.class::isInstance)
                .map(input -> ((EnterpriseInput) input).creditCode()).filter(code -> code != null).collect(Collectors.toSet());
        Map<String, Enterprise> verified = QuarkusTransaction.requiringNew().call(() -> records.verifiedCreditCodes(codes));
        for (ImportLine line : lines) {
            if (line.input() instanceof EnterpriseInput enterprise && enterprise.creditCode() != null) {
                Enterprise holder = verified.get(enterprise.creditCode());
                if (holder != null && !holder.externalId.equals(line.input().externalId())) {
                    warnings.add(new LineMessage(line.number(), line.input().externalId(), CREDIT_CODE, "is the verified credit code of enterprise "
                            + holder.id + ": this record is a duplicate, left for an admin to merge (POST /api/enterprises/" + holder.id + "/merge)"));
                }
            }
        }
    }

    private ImportLine parse(int number, String text, List<LineMessage> errors, List<LineMessage> warnings) {
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            errors.add(new LineMessage(number, null, null, "not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
        String externalId = tree.path("externalId").asText(null);
        if (!tree.isObject()) {
            errors.add(new LineMessage(number, null, null, "must be a JSON object"));
            return null;
        }
        ImportKind kind = ImportKind.of(tree.path("kind").asText(""));
        if (kind == null) {
            errors.add(new LineMessage(number, externalId, "kind", "must be one of institution, designer, enterprise, need"));
            return null;
        }
        if (externalId == null || externalId.isBlank()) {
            errors.add(new LineMessage(number, null, "externalId", "is required in an import"));
            return null;
        }
        RecordInput<?> input;
        try {
            input = mapper.treeToValue(tree, kind.inputType);
        } catch (JsonMappingException e) {
            errors.add(new LineMessage(number, externalId, FieldPaths.of(e), "has a value of the wrong type or an unknown code"));
            return null;
        } catch (JsonProcessingException e) {
            errors.add(new LineMessage(number, externalId, null, e.getOriginalMessage()));
            return null;
        }
        boolean failed = false;
        for (ConstraintViolation<?> violation : validator.validate(input)) {
            String field = FieldPaths.of(violation);
            if (kind == ImportKind.ENTERPRISE && CREDIT_CODE.equals(field)) {
                warnings.add(new LineMessage(number, externalId, field, violation.getMessage() + "; kept as given"));
            } else {
                errors.add(new LineMessage(number, externalId, field, violation.getMessage()));
                failed = true;
            }
        }
        @SuppressWarnings("unchecked")
        var typed = (RecordInput<? extends LibraryRecord>) input;
        return failed ? null : new ImportLine(number, kind, typed);
    }

    private void write(List<ImportLine> lines, boolean overwriteOwned, ImportProgress progress) {
        try {
            QuarkusTransaction.requiringNew().run(() -> progress.handled(tally(upsert(lines, overwriteOwned))));
        } catch (ImportProgress.Stop stop) {
            throw stop;
        } catch (RuntimeException chunkFailure) {
            if (lines.size() == 1) {
                ImportLine line = lines.get(0);
                var error = new LineMessage(line.number(), line.input().externalId(), fieldOf(chunkFailure), messageOf(chunkFailure));
                QuarkusTransaction.requiringNew().run(() -> progress.handled(ImportTally.failedLine(error)));
                return;
            }
            LOG.debugf(chunkFailure, "Import chunk failed; writing its %d lines one by one", lines.size());
            for (ImportLine line : lines) {
                write(List.of(line), overwriteOwned, progress);
            }
        }
    }

    private static ImportTally tally(Map<ImportLine, Outcome> outcome) {
        int created = 0;
        int updated = 0;
        List<LineMessage> warnings = new ArrayList<>();
        for (var entry : outcome.entrySet()) {
            ImportLine line = entry.getKey();
            switch (entry.getValue()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case LEFT_OUT -> warnings.add(new LineMessage(line.number(), line.input().externalId(), null,
                        "left out: a user owns this record (import with overwriteOwned=true to change it)"));
            }
        }
        return new ImportTally(outcome.size(), created, updated, warnings.size(), List.of(), warnings);
    }

    /** What an import did with a line. */
    private enum Outcome { CREATED, UPDATED, LEFT_OUT }

    /**
     * Creates or updates the records of one kind; a record a user owns only when the admin asked for it
     * ({@code overwriteOwned}), because the owner's edits are newer than the other system's copy.
     */
    private Map<ImportLine, Outcome> upsert(List<ImportLine> lines, boolean overwriteOwned) {
        ImportKind kind = lines.get(0).kind();
        Map<String, LibraryRecord> existing = new HashMap<>(records.byExternalIds(kind.kind.entity(),
                lines.stream().map(l -> l.input().externalId()).collect(Collectors.toSet())));
        Map<String, Enterprise> enterprises = kind == ImportKind.NEED
                ? records.byExternalIds(Enterprise.class, lines.stream().map(l -> ((NeedInput) l.input()).enterpriseExternalId())
                        .filter(id -> id != null).collect(Collectors.toSet()))
                : Map.of();
        Map<ImportLine, Outcome> outcome = new HashMap<>();
        for (ImportLine line : lines) {
            String externalId = line.input().externalId();
            LibraryRecord record = existing.get(externalId);
            boolean created = record == null;
            if (!created && record.ownerId != null && !overwriteOwned) {
                outcome.put(line, Outcome.LEFT_OUT);
                continue;
            }
            if (created) {
                record = kind.factory.get();
                record.externalId = externalId;
                existing.put(externalId, record);
            }
            if (record instanceof Need need) {
                need.enterprise = enterpriseOf((NeedInput) line.input(), enterprises);
            }
            apply(line.input(), record);
            if (record instanceof Need need) {
                // A need belongs to its enterprise's owner, wherever it comes from.
                need.ownerId = need.enterprise.ownerId;
            }
            if (created) {
                em.persist(record);
            }
            outcome.put(line, created ? Outcome.CREATED : Outcome.UPDATED);
        }
        em.flush();
        return outcome;
    }

    private static Enterprise enterpriseOf(NeedInput input, Map<String, Enterprise> enterprises) {
        Enterprise enterprise = input.enterpriseExternalId() == null ? null : enterprises.get(input.enterpriseExternalId());
        if (enterprise == null) {
            throw new MissingEnterpriseException(input.enterpriseExternalId());
        }
        return enterprise;
    }

    @SuppressWarnings("unchecked")
    private static <E extends LibraryRecord> void apply(RecordInput<E> input, LibraryRecord record) {
        input.applyTo((E) record);
    }

    private static String fieldOf(RuntimeException e) {
        return e instanceof MissingEnterpriseException ? "enterpriseExternalId" : null;
    }

    private static String messageOf(RuntimeException e) {
        if (e instanceof MissingEnterpriseException) {
            return e.getMessage();
        }
        LOG.warn("Import line could not be written", e);
        return "could not be written: " + e.getClass().getSimpleName();
    }

    private static final class MissingEnterpriseException extends RuntimeException {
        MissingEnterpriseException(String externalId) {
            super(externalId == null ? "is required: a need belongs to an enterprise"
                    : "no enterprise with external id " + externalId + " (in the library or earlier in this import)");
        }
    }

    /** The report of an import run in the caller's thread, added up from what each transaction did. */
    private static final class ReportBuilder implements ImportProgress {
        final int lines;
        int created;
        int updated;
        int leftOut;
        final List<LineMessage> errors;
        final List<LineMessage> warnings;

        ReportBuilder(ParsedImport parsed) {
            lines = parsed.lines();
            errors = new ArrayList<>(parsed.errors());
            warnings = new ArrayList<>(parsed.warnings());
        }

        @Override
        public void handled(ImportTally tally) {
            created += tally.created();
            updated += tally.updated();
            leftOut += tally.leftOut();
            errors.addAll(tally.errors());
            warnings.addAll(tally.warnings());
        }

        ImportReport build() {
            errors.sort(Comparator.comparingInt(LineMessage::line));
            warnings.sort(Comparator.comparingInt(LineMessage::line));
            return new ImportReport(lines, created, updated, leftOut, ImportTally.failedLines(errors), List.copyOf(errors),
                    List.copyOf(warnings));
        }
    }
}
