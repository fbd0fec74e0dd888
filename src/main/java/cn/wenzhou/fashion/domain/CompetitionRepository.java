package cn.wenzhou.fashion.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

/** Queries of competitions: judges, entries, scores, declared conflicts and awards. */
@ApplicationScoped
@RequiredArgsConstructor
public class CompetitionRepository {

    private final EntityManager em;

    public Optional<CompetitionJudge> judge(Event event, String userId) {
        return em.createQuery("from CompetitionJudge where event = :event and userId = :user", CompetitionJudge.class)
                .setParameter("event", event).setParameter("user", userId).getResultStream().findFirst();
    }

    public List<CompetitionJudge> judges(Event event) {
        return em.createQuery("from CompetitionJudge where event = :event order by id", CompetitionJudge.class)
                .setParameter("event", event).getResultList();
    }

    public Optional<CompetitionEntry> entry(Event event, long entryId) {
        return em.createQuery("from CompetitionEntry where event = :event and id = :id", CompetitionEntry.class)
                .setParameter("event", event).setParameter("id", entryId).getResultStream().findFirst();
    }

    public Optional<CompetitionEntry> entryOf(Event event, Designer designer, String category) {
        return em.createQuery("from CompetitionEntry where event = :event and designer = :designer and category = :category",
                CompetitionEntry.class)
                .setParameter("event", event).setParameter("designer", designer).setParameter("category", category)
                .getResultStream().findFirst();
    }

    /** The entries of a competition by category, best ranked first once ranked, then in the order submitted. */
    public List<CompetitionEntry> entries(Event event) {
        return em.createQuery("from CompetitionEntry e join fetch e.designer where e.event = :event"
                + " order by e.category, case when e.rank is null then 1 else 0 end, e.rank, e.id", CompetitionEntry.class)
                .setParameter("event", event).getResultList();
    }

    public List<EntryScore> scores(CompetitionEntry entry) {
        return em.createQuery("from EntryScore where entry = :entry order by judgeId, id", EntryScore.class)
                .setParameter("entry", entry).getResultList();
    }

    public List<EntryScore> scoresBy(CompetitionEntry entry, String judgeId) {
        return em.createQuery("from EntryScore where entry = :entry and judgeId = :judge", EntryScore.class)
                .setParameter("entry", entry).setParameter("judge", judgeId).getResultList();
    }

    public void deleteScoresBy(CompetitionEntry entry, String judgeId) {
        em.createQuery("delete from EntryScore where entry = :entry and judgeId = :judge")
                .setParameter("entry", entry).setParameter("judge", judgeId).executeUpdate();
    }

    public Optional<JudgeConflict> conflict(CompetitionEntry entry, String judgeId) {
        return em.createQuery("from JudgeConflict where entry = :entry and judgeId = :judge", JudgeConflict.class)
                .setParameter("entry", entry).setParameter("judge", judgeId).getResultStream().findFirst();
    }

    /** Whether a user owns a party of a cooperation with the designer (an enterprise or institution, or the designer). */
    public boolean cooperatesWith(String userId, Designer designer) {
        return em.createQuery("select count(c) from Cooperation c left join c.institution i"
                + " where c.designer = :designer and (c.enterprise.ownerId = :user or i.ownerId = :user)", Long.class)
                .setParameter("designer", designer).setParameter("user", userId).getSingleResult() > 0;
    }

    /** A designer's ranked entries in published results, latest competition first. */
    public List<CompetitionEntry> awardsOf(long designerId) {
        return em.createQuery("from CompetitionEntry e join fetch e.event where e.designer.id = :designer and e.rank is not null"
                + " order by e.event.startsAt desc, e.rank", CompetitionEntry.class)
                .setParameter("designer", designerId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
