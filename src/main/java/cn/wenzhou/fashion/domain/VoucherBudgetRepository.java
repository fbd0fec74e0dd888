package cn.wenzhou.fashion.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import lombok.RequiredArgsConstructor;

/** Queries of the bureau's voucher budgets. */
@ApplicationScoped
@RequiredArgsConstructor
public class VoucherBudgetRepository {

    private final EntityManager em;

    /** The budget of the year and area, locked until the transaction ends; empty when none is set. */
    public Optional<VoucherBudget> lock(int year, String area) {
        return em.createQuery("from VoucherBudget where year = :year and area = :area", VoucherBudget.class)
                .setParameter("year", year).setParameter("area", area).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The budgets of the years, by year and area. */
    public List<VoucherBudget> between(int fromYear, int toYear) {
        return em.createQuery("from VoucherBudget where year between :from and :to order by year, area", VoucherBudget.class)
                .setParameter("from", fromYear).setParameter("to", toYear).getResultList();
    }

    public void persist(VoucherBudget budget) {
        em.persist(budget);
        em.flush();
    }

    public void delete(VoucherBudget budget) {
        em.remove(budget);
        em.flush();
    }
}
