package cn.wenzhou.fashion.domain;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.common.Page;

import lombok.RequiredArgsConstructor;

/** The library's users, by subject. */
@ApplicationScoped
@RequiredArgsConstructor
public class Users {

    private final EntityManager em;

    public Optional<LibraryUser> find(String subject) {
        return Optional.ofNullable(subject == null ? null : em.find(LibraryUser.class, subject));
    }

    public void persist(LibraryUser user) {
        em.persist(user);
        em.flush();
    }

    /** Users by the time they last signed in, most recent first. */
    public Page<LibraryUser> page(int page, int size) {
        var items = em.createQuery("from LibraryUser order by signedInAt desc, subject", LibraryUser.class)
                .setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
        return new Page<>(items, em.createQuery("select count(u) from LibraryUser u", Long.class).getSingleResult(), page, size);
    }
}
