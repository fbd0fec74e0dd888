package cn.wenzhou.fashion.dev.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded node trusts no path someone else could have planted: started by root its directories are in the
 * system temp folder, where any local user may create a name first.
 */
class TrustedPathsTest {

    private static final String ME = System.getProperty("user.name");

    @TempDir
    Path temp;

    private static TrustedPaths mine() throws IOException {
        return TrustedPaths.forNodeUser(ME);
    }

    private static Path chmod(Path path, String permissions) throws IOException {
        return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }

    private static String refusal(Path path, String why) {
        return "Refusing " + path + " for the embedded Elasticsearch: " + why
                + ". Someone else may have planted it; remove it to let the node start afresh.";
    }

    @Test
    void aMissingDirectoryIsMadeForItsOwnerOnly() throws IOException {
        Path dir = mine().directory(temp.resolve("node"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(Files.getOwner(dir).getName()).isEqualTo(ME);
    }

    @Test
    void anExistingDirectoryOnlyItsOwnerMayWriteIsUsed() throws IOException {
        Path dir = chmod(Files.createDirectory(temp.resolve("node")), "rwxr-xr-x");
        assertThat(mine().directory(dir)).isEqualTo(dir);
    }

    @Test
    void aPlantedSymbolicLinkIsRefusedEvenToADirectoryOfTheOwner() throws IOException {
        Path elsewhere = chmod(Files.createDirectory(temp.resolve("elsewhere")), "rwx------");
        Path link = Files.createSymbolicLink(temp.resolve("node"), elsewhere);
        assertThatThrownBy(() -> mine().directory(link)).isInstanceOf(IllegalStateException.class)
                .hasMessage(refusal(link, "it is a symbolic link"));
        Path dangling = Files.createSymbolicLink(temp.resolve("dangling"), temp.resolve("nowhere"));
        assertThatThrownBy(() -> mine().directory(dangling)).hasMessage(refusal(dangling, "it is a symbolic link"));
        assertThat(temp.resolve("nowhere")).doesNotExist();
    }

    @Test
    void aDirectoryGroupOrOthersMayWriteIsRefused() throws IOException {
        Path world = chmod(Files.createDirectory(temp.resolve("world")), "rwxrwxrwx");
        assertThatThrownBy(() -> mine().directory(world)).hasMessage(refusal(world, "others than its owner may write it (rwxrwxrwx)"));
        Path group = chmod(Files.createDirectory(temp.resolve("group")), "rwxrwx---");
        assertThatThrownBy(() -> mine().directory(group)).hasMessage(refusal(group, "others than its owner may write it (rwxrwx---)"));
    }

    @Test
    void aDirectoryOfAnotherUserIsRefused() throws IOException {
        UserPrincipal nobody = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        // Trusting only nobody stands for a directory that nobody planted: only root could give it to them.
        var nobodys = new TrustedPaths(nobody, Set.of(nobody));
        Path dir = chmod(Files.createDirectory(temp.resolve("node")), "rwx------");
        assertThatThrownBy(() -> nobodys.directory(dir)).hasMessage(refusal(dir, "it belongs to " + ME + ", not to nobody"));
    }

    @Test
    void aPlantedPidFileIsRefused() throws IOException {
        Path node = mine().directory(temp.resolve("node"));
        Path target = Files.writeString(temp.resolve("elsewhere"), "1");
        Path pid = Files.createSymbolicLink(node.resolve("pid"), target);
        assertThatThrownBy(() -> EmbeddedElasticsearch.nodeProcess(node, mine())).hasMessage(refusal(pid, "it is a symbolic link"));
        Files.delete(pid);
        chmod(Files.writeString(pid, "1"), "rw-rw-rw-");
        assertThatThrownBy(() -> EmbeddedElasticsearch.nodeProcess(node, mine()))
                .hasMessage(refusal(pid, "others than its owner may write it (rw-rw-rw-)"));
    }

    @Test
    void aPidFileIsBelievedOnlyForAProcessOfTheNodesUser() throws IOException {
        Path node = mine().directory(temp.resolve("node"));
        chmod(Files.writeString(node.resolve("pid"), Long.toString(ProcessHandle.current().pid())), "rw-r--r--");
        assertThat(EmbeddedElasticsearch.nodeProcess(node, mine())).contains(ProcessHandle.current());
        UserPrincipal nobody = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        UserPrincipal me = Files.getOwner(node, LinkOption.NOFOLLOW_LINKS);
        // A node running as nobody: this test's own process, whose pid the file names, is not theirs to stop.
        assertThat(EmbeddedElasticsearch.nodeProcess(node, new TrustedPaths(nobody, Set.of(nobody, me)))).isEmpty();
    }

    /** A distribution as the build unpacks it: code rwxr-xr-x / rw-r--r--, configuration rw-rw----. */
    private Path distribution() throws IOException {
        Path home = chmod(Files.createDirectory(temp.resolve("elasticsearch-8.19.21")), "rwxr-xr-x");
        for (String dir : new String[] {"bin", "lib", "modules", "config"}) {
            chmod(Files.createDirectory(home.resolve(dir)), "rwxr-xr-x");
        }
        chmod(Files.writeString(home.resolve("bin/elasticsearch"), "#!/bin/bash\n"), "rwxr-xr-x");
        chmod(Files.writeString(home.resolve("lib/elasticsearch.jar"), "jar"), "rw-r--r--");
        chmod(Files.writeString(home.resolve("config/jvm.options"), "-XX:+UseG1GC\n"), "rw-rw----");
        return home;
    }

    @Test
    void theUnpackedDistributionIsRun() throws IOException {
        Path home = distribution();
        EmbeddedElasticsearch.checkDistribution(home, mine());
        assertThat(mine().checkConfiguration(home.resolve("config/jvm.options"))).isEqualTo(home.resolve("config/jvm.options"));
    }

    @Test
    void aDistributionWithABinaryOthersMayWriteOrAPlantedLinkIsRefused() throws IOException {
        Path home = distribution();
        Path launcher = chmod(home.resolve("bin/elasticsearch"), "rwxrwxrwx");
        assertThatThrownBy(() -> EmbeddedElasticsearch.checkDistribution(home, mine()))
                .hasMessage(refusal(launcher, "others than its owner may write it (rwxrwxrwx)"));
        chmod(launcher, "rwxr-xr-x");
        Path planted = Files.createSymbolicLink(home.resolve("lib/planted.jar"), temp.resolve("elsewhere.jar"));
        assertThatThrownBy(() -> EmbeddedElasticsearch.checkDistribution(home, mine())).hasMessage(refusal(planted, "it is a symbolic link"));
        Files.delete(planted);
        Path options = chmod(home.resolve("config/jvm.options"), "rw-rw-rw-");
        assertThatThrownBy(() -> mine().checkConfiguration(options)).hasMessage(refusal(options, "others than its owner may write it (rw-rw-rw-)"));
    }
}
