package cn.wenzhou.fashion.event;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.CompetitionEntry;
import cn.wenzhou.fashion.domain.CompetitionJudge;
import cn.wenzhou.fashion.domain.CompetitionRepository;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.EntryScore;
import cn.wenzhou.fashion.domain.Event;
import cn.wenzhou.fashion.domain.JudgeConflict;
import cn.wenzhou.fashion.domain.JudgeStatus;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import io.quarkus.security.ForbiddenException;

import lombok.RequiredArgsConstructor;

/**
 * Design competitions: the organiser invites judges (signed-in users, who accept), designers enter within the
 * submission window, accepted judges score the entries on the published criteria after it, and the organiser
 * publishes the results with ranks per category. A judge never scores an entry of a designer profile they own or
 * cooperate with, nor one they declared a conflict with.
 */
@Singleton
@RequiredArgsConstructor
public class CompetitionService {

    public static final int MAX_SCORE = 10;

    private final Records records;
    private final CompetitionRepository competitions;
    private final EventService events;
    private final Caller caller;
    private final Clock clock;

    @Transactional
    public JudgeView invite(Long eventId, JudgeInvitation input) {
        Event event = competition(eventId);
        events.requireManager(event);
        if (event.resultsPublishedAt != null) {
            throw new ConflictException("The results of competition " + eventId + " are published");
        }
        String userId = input.userId().strip();
        CompetitionJudge judge = competitions.judge(event, userId).orElseGet(() -> {
            var invited = new CompetitionJudge();
            invited.event = event;
            invited.userId = userId;
            competitions.persist(invited);
            return invited;
        });
        return JudgeView.of(judge);
    }

    @Transactional
    public JudgeView accept(Long eventId) {
        caller.requireSignedIn();
        Event event = competition(eventId);
        CompetitionJudge judge = competitions.judge(event, caller.subject())
                .orElseThrow(() -> new ForbiddenException("You were not invited to judge competition " + eventId));
        judge.status = JudgeStatus.ACCEPTED;
        return JudgeView.of(judge);
    }

    public List<JudgeView> judges(Long eventId) {
        Event event = competition(eventId);
        events.requireManager(event);
        return competitions.judges(event).stream().map(JudgeView::of).toList();
    }

    /** The caller's invitation to judge the competition, if they have one. */
    public Optional<JudgeView> myInvitation(Long eventId) {
        Event event = competition(eventId);
        return caller.signedIn() ? competitions.judge(event, caller.subject()).map(JudgeView::of) : Optional.empty();
    }

    @Transactional
    public EntryView enter(Long eventId, EntryInput input) {
        caller.requireSignedIn();
        Event event = competition(eventId);
        Designer designer = records.find(Designer.class, input.designerId())
                .orElseThrow(() -> new InvalidFieldException("designerId", "no designer with id " + input.designerId()));
        if (!caller.owns(designer) || !designer.ownerApproved) {
            throw new ForbiddenException("Only the approved owner of designer " + designer.id + " enters competitions for it");
        }
        String category = input.category().strip();
        if (!event.categories.contains(category)) {
            throw new InvalidFieldException("category", "must be one of the competition's categories " + event.categories);
        }
        Instant now = clock.instant();
        if (now.isBefore(event.submissionsOpenAt) || !now.isBefore(event.submissionsCloseAt)) {
            throw new ConflictException("Entries to competition " + eventId + " are submitted from " + EventView.wenzhou(event.submissionsOpenAt)
                    + " until " + EventView.wenzhou(event.submissionsCloseAt));
        }
        if (competitions.entryOf(event, designer, category).isPresent()) {
            throw new ConflictException("Designer " + designer.id + " has entered category " + category + " already");
        }
        var entry = new CompetitionEntry();
        entry.event = event;
        entry.designer = designer;
        entry.submittedBy = caller.subject();
        entry.category = category;
        entry.title = input.title().strip();
        entry.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        entry.imageRefs = input.imageRefs() == null ? List.of() : input.imageRefs().stream().map(String::strip).toList();
        entry.submittedAt = now;
        competitions.persist(entry);
        return EntryView.of(entry);
    }

    /**
     * The entries: for everyone once the results are published; before, for the organiser, admins and accepted judges,
     * and for entrants their own.
     */
    public List<EntryView> entries(Long eventId) {
        Event event = competition(eventId);
        List<CompetitionEntry> all = competitions.entries(event);
        if (event.resultsPublishedAt != null || events.manages(event) || isAcceptedJudge(event)) {
            return all.stream().map(EntryView::of).toList();
        }
        caller.requireSignedIn();
        return all.stream().filter(entry -> caller.owns(entry.designer)).map(EntryView::of).toList();
    }

    @Transactional
    public void declareConflict(Long eventId, Long entryId, ConflictDeclaration input) {
        Event event = competition(eventId);
        requireAcceptedJudge(event);
        CompetitionEntry entry = entry(event, entryId);
        if (competitions.conflict(entry, caller.subject()).isEmpty()) {
            var conflict = new JudgeConflict();
            conflict.entry = entry;
            conflict.judgeId = caller.subject();
            conflict.reason = input.reason().strip();
            competitions.persist(conflict);
        }
        // A conflict found after scoring takes the judge's scores of the entry back.
        competitions.deleteScoresBy(entry, caller.subject());
    }

    /** The judge's scores of an entry, replacing theirs of before; every published criterion, 0 to 10. */
    @Transactional
    public Map<String, Integer> score(Long eventId, Long entryId, Scores input) {
        Event event = competition(eventId);
        requireAcceptedJudge(event);
        CompetitionEntry entry = entry(event, entryId);
        if (caller.owns(entry.designer)) {
            throw new ForbiddenException("You own the designer profile of entry " + entryId + ": you do not score it");
        }
        if (competitions.cooperatesWith(caller.subject(), entry.designer)) {
            throw new ForbiddenException("You cooperate with the designer of entry " + entryId + ": you do not score it");
        }
        if (competitions.conflict(entry, caller.subject()).isPresent()) {
            throw new ForbiddenException("You declared a conflict with entry " + entryId + ": you do not score it");
        }
        Instant now = clock.instant();
        if (now.isBefore(event.submissionsCloseAt)) {
            throw new ConflictException("Entries are scored after the submission window closes, at " + EventView.wenzhou(event.submissionsCloseAt));
        }
        if (event.resultsPublishedAt != null) {
            throw new ConflictException("The results of competition " + eventId + " are published");
        }
        List<FieldError> errors = new ArrayList<>();
        for (String criterion : event.criteria) {
            Integer score = input.scores().get(criterion);
            if (score == null) {
                errors.add(new FieldError("scores." + criterion, "score every published criterion"));
            } else if (score < 0 || score > MAX_SCORE) {
                errors.add(new FieldError("scores." + criterion, "must be from 0 to " + MAX_SCORE));
            }
        }
        input.scores().keySet().stream().filter(name -> !event.criteria.contains(name))
                .forEach(name -> errors.add(new FieldError("scores." + name, "is no published criterion of this competition")));
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        competitions.deleteScoresBy(entry, caller.subject());
        for (String criterion : event.criteria) {
            var score = new EntryScore();
            score.entry = entry;
            score.judgeId = caller.subject();
            score.criterion = criterion;
            score.score = input.scores().get(criterion);
            competitions.persist(score);
        }
        return input.scores();
    }

    /**
     * Publishes the results: each scored entry's score is the mean over its judges of their sums; within a category the
     * best is ranked 1 and equal scores share a rank (1, 1, 3). Entries no judge scored get no rank.
     */
    @Transactional
    public List<EntryView> publishResults(Long eventId) {
        Event event = records.lock(Event.class, competition(eventId).id);
        events.requireManager(event);
        if (clock.instant().isBefore(event.submissionsCloseAt)) {
            throw new ConflictException("Results are published after the submission window closes");
        }
        if (event.resultsPublishedAt != null) {
            throw new ConflictException("The results of competition " + eventId + " are published already");
        }
        List<CompetitionEntry> entries = competitions.entries(event);
        for (CompetitionEntry entry : entries) {
            Map<String, Integer> sums = new HashMap<>();
            for (EntryScore score : competitions.scores(entry)) {
                sums.merge(score.judgeId, score.score, Integer::sum);
            }
            entry.score = sums.isEmpty() ? null
                    : BigDecimal.valueOf(sums.values().stream().mapToInt(Integer::intValue).sum())
                            .divide(BigDecimal.valueOf(sums.size()), 2, RoundingMode.HALF_UP);
        }
        Map<String, List<CompetitionEntry>> byCategory = new HashMap<>();
        entries.stream().filter(entry -> entry.score != null).forEach(entry -> byCategory.computeIfAbsent(entry.category, c -> new ArrayList<>()).add(entry));
        for (List<CompetitionEntry> ranked : byCategory.values()) {
            ranked.sort((a, b) -> b.score.compareTo(a.score));
            for (int i = 0; i < ranked.size(); i++) {
                CompetitionEntry entry = ranked.get(i);
                entry.rank = i > 0 && entry.score.compareTo(ranked.get(i - 1).score) == 0 ? ranked.get(i - 1).rank : i + 1;
            }
        }
        event.resultsPublishedAt = clock.instant();
        records.flush();
        return competitions.entries(event).stream().map(EntryView::of).toList();
    }

    private boolean isAcceptedJudge(Event event) {
        return caller.signedIn() && competitions.judge(event, caller.subject()).filter(j -> j.status == JudgeStatus.ACCEPTED).isPresent();
    }

    private void requireAcceptedJudge(Event event) {
        caller.requireSignedIn();
        if (!isAcceptedJudge(event)) {
            throw new ForbiddenException("Only the judges of competition " + event.id + " who accepted their invitation may do this");
        }
    }

    private CompetitionEntry entry(Event event, Long entryId) {
        return competitions.entry(event, entryId).orElseThrow(() -> new RecordNotFoundException("entry", entryId));
    }

    private Event competition(Long eventId) {
        Event event = records.require(Event.class, eventId);
        if (!event.isCompetition()) {
            throw new RecordNotFoundException("competition", eventId);
        }
        return event;
    }
}
