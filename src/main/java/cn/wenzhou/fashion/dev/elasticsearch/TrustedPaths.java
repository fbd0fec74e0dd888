package cn.wenzhou.fashion.dev.elasticsearch;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the embedded node may use of the file system: started by root, its directories are in the system temp
 * folder, where any local user can create a name first (a symbolic link to a file of root's, a pid file naming
 * another process, a copy of the distribution with a script of theirs). A path is trusted only when it is no
 * symbolic link, its owner is the user starting the node or the user the node runs as, and no one else may write
 * it; a directory made here is rwx------ and belongs to the node's user.
 */
final class TrustedPaths {

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS_WRITE =
            EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final UserPrincipal nodeUser;
    private final Set<UserPrincipal> trusted;

    TrustedPaths(UserPrincipal nodeUser, Set<UserPrincipal> trusted) {
        this.nodeUser = nodeUser;
        this.trusted = Set.copyOf(trusted);
    }

    /** Paths trusted when the current user starts a node that runs as {@code nodeUser}. */
    static TrustedPaths forNodeUser(String nodeUser) throws IOException {
        var users = FileSystems.getDefault().getUserPrincipalLookupService();
        UserPrincipal node = users.lookupPrincipalByName(nodeUser);
        return new TrustedPaths(node, Set.copyOf(List.of(node, users.lookupPrincipalByName(System.getProperty("user.name")))));
    }

    String nodeUserName() {
        return nodeUser.getName();
    }

    /** {@code dir}, made rwx------ for the node's user when missing, else checked like {@link #check}. */
    Path directory(Path dir) throws IOException {
        try {
            // Atomic: a name someone else created first, even a dangling link, makes this fail and the check below refuse it.
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            return check(dir);
        }
        if (!Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).equals(nodeUser)) {
            Files.setOwner(dir, nodeUser);
        }
        return dir;
    }

    /** {@code path} if it is no symbolic link, belongs to a trusted user and only its owner may write it. */
    Path check(Path path) throws IOException {
        return check(path, GROUP_OR_OTHERS_WRITE);
    }

    /** Every file and directory under {@code root}, and {@code root}, checked like {@link #check}. */
    void checkTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                check(path);
            }
        }
    }

    /**
     * {@code path} if it is no symbolic link, belongs to a trusted user and others than its owner and group may not
     * write it: the distribution's zip ships its configuration files rw-rw----.
     */
    Path checkConfiguration(Path path) throws IOException {
        return check(path, EnumSet.of(PosixFilePermission.OTHERS_WRITE));
    }

    private Path check(Path path, Set<PosixFilePermission> forbidden) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            throw refused(path, "it is a symbolic link");
        }
        if (!trusted.contains(attributes.owner())) {
            throw refused(path, "it belongs to " + attributes.owner().getName() + ", not to "
                    + trusted.stream().map(UserPrincipal::getName).sorted().collect(Collectors.joining(" or ")));
        }
        if (attributes.permissions().stream().anyMatch(forbidden::contains)) {
            throw refused(path, "others than its owner may write it (" + PosixFilePermissions.toString(attributes.permissions()) + ")");
        }
        return path;
    }

    private static IllegalStateException refused(Path path, String why) {
        return new IllegalStateException("Refusing " + path + " for the embedded Elasticsearch: " + why
                + ". Someone else may have planted it; remove it to let the node start afresh.");
    }
}
