package cn.wenzhou.fashion.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A user as the library knows them, by the token's subject: name, e-mail and the library's realm roles as of
 * their last sign-in, and whether the bureau disabled them here. The kinds they hold come from their approved
 * profiles, not from here.
 */
@Entity
@Table(name = "library_user")
public class LibraryUser extends PanacheEntityBase {
    @Id
    @Column(length = 128)
    public String subject;

    @Column(length = 200)
    public String name;

    @Column(length = 200)
    public String email;

    @Column(name = "email_verified", nullable = false)
    public boolean emailVerified;

    @Convert(converter = ListColumns.Strings.class)
    @Column(name = "realm_roles", length = 200)
    public List<String> realmRoles = List.of();

    @Column(name = "first_signed_in_at", nullable = false)
    public Instant firstSignedInAt;

    /** When the token of the last sign-in (or refresh) was issued. */
    @Column(name = "signed_in_at", nullable = false)
    public Instant signedInAt;

    @Column(nullable = false)
    public boolean disabled;

    @Column(name = "disabled_reason", length = 2000)
    public String disabledReason;
}
