package org.protomodels.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.step.InvalidInputException;

/** Synthetic archives for every guard of {@link SafeArchive}. */
class SafeArchiveTest {
    @TempDir
    Path dir;

    private static final byte[] SUB = "name: t\n".getBytes(StandardCharsets.UTF_8);

    private interface TarBody {
        void write(TarArchiveOutputStream tar) throws IOException;
    }

    private Path tgz(String name, TarBody body) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p));
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            body.write(tar);
        }
        return p;
    }

    private static void file(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(content.length);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static void link(TarArchiveOutputStream tar, String name, String target, byte type) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, type);
        e.setLinkName(target);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
    }

    @Test
    void open_tgzInOneTopFolder_findsSubmissionAndDeletesTempOnClose() throws IOException {
        Path p = tgz("ok.tgz", tar -> {
            file(tar, "rec/submission.yaml", SUB);
            file(tar, "rec/._submission.yaml", new byte[] {0});
            file(tar, "./._rec", new byte[] {0});
        });
        Path root;
        try (SafeArchive a = SafeArchive.open(p)) {
            root = a.root();
            assertEquals("rec", root.getFileName().toString());
            assertTrue(Files.isRegularFile(a.submissionFile()));
            assertFalse(Files.exists(root.resolve("._submission.yaml")), "AppleDouble member not extracted");
            assertTrue(a.notes().get(0).contains("2 macOS metadata member(s)"), a.notes().toString());
            assertTrue(a.describe(a.submissionFile()).endsWith("ok.tgz!/submission.yaml"), a.describe(a.submissionFile()));
        }
        assertFalse(Files.exists(root), "temporary folder removed on close");
    }

    @Test
    void open_symlinkMember_refusesArchiveNamingMember() throws IOException {
        Path p = tgz("sym.tgz", tar -> {
            file(tar, "submission.yaml", SUB);
            link(tar, "evil", "/etc/passwd", TarConstants.LF_SYMLINK);
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafeArchive.open(p));
        assertTrue(e.getMessage().contains("'evil' is a symbolic link"), e.getMessage());
    }

    @Test
    void open_hardlinkMember_refusesArchive() throws IOException {
        Path p = tgz("hard.tgz", tar -> {
            file(tar, "submission.yaml", SUB);
            link(tar, "h", "submission.yaml", TarConstants.LF_LINK);
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafeArchive.open(p));
        assertTrue(e.getMessage().contains("'h' is a hard link"), e.getMessage());
    }

    @Test
    void open_dotDotMember_refusesAsTraversal() throws IOException {
        Path p = tgz("trav.tgz", tar -> {
            file(tar, "submission.yaml", SUB);
            file(tar, "a/../../escape.yaml", SUB);
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafeArchive.open(p));
        assertTrue(e.getMessage().contains("path traversal"), e.getMessage());
        assertFalse(Files.exists(dir.getParent().resolve("escape.yaml")));
    }

    @Test
    void open_absoluteMember_refuses() throws IOException {
        Path p = tgz("abs.tgz", tar -> {
            TarArchiveEntry e = new TarArchiveEntry("x", true);
            e.setName("/tmp/abs.yaml"); // TarArchiveEntry strips a leading '/' in its constructor; set it raw
            e.setSize(SUB.length);
            tar.putArchiveEntry(e);
            tar.write(SUB);
            tar.closeArchiveEntry();
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafeArchive.open(p));
        assertTrue(e.getMessage().contains("absolute path"), e.getMessage());
    }

    @Test
    void open_tooManyMembers_refuses() throws IOException {
        Path p = tgz("many.tgz", tar -> {
            for (int i = 0; i < 5; i++) {
                file(tar, "f" + i + ".yaml", SUB);
            }
        });
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SafeArchive.open(p, new SafeArchive.Limits(3, 1000, 100_000)));
        assertTrue(e.getMessage().contains("more than 3 members"), e.getMessage());
    }

    @Test
    void open_memberOverSizeLimit_refuses() throws IOException {
        Path p = tgz("big.tgz", tar -> file(tar, "submission.yaml", new byte[5000]));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SafeArchive.open(p, new SafeArchive.Limits(10, 1000, 100_000)));
        assertTrue(e.getMessage().contains("size limit"), e.getMessage());
    }

    @Test
    void open_zipSymlink_refuses() throws IOException {
        Path p = dir.resolve("sym.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(p))) {
            ZipArchiveEntry s = new ZipArchiveEntry("submission.yaml");
            zip.putArchiveEntry(s);
            zip.write(SUB);
            zip.closeArchiveEntry();
            ZipArchiveEntry l = new ZipArchiveEntry("link");
            l.setUnixMode(0120777);
            zip.putArchiveEntry(l);
            zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafeArchive.open(p));
        assertTrue(e.getMessage().contains("'link' is a symbolic link"), e.getMessage());
    }

    @Test
    void open_zipTraversal_refuses() throws IOException {
        Path p = dir.resolve("trav.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(p))) {
            ZipArchiveEntry s = new ZipArchiveEntry("../submission.yaml");
            zip.putArchiveEntry(s);
            zip.write(SUB);
            zip.closeArchiveEntry();
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafeArchive.open(p));
        assertTrue(e.getMessage().contains("'..'"), e.getMessage());
    }

    @Test
    void open_gzipOfGzip_refusedAsDoublyCompressed() throws IOException {
        Path inner = tgz("inner.tgz", tar -> file(tar, "submission.yaml", SUB));
        Path outer = dir.resolve("outer.tgz.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(outer))) {
            out.write(Files.readAllBytes(inner));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafeArchive.open(outer));
        assertTrue(e.getMessage().contains("doubly compressed"), e.getMessage());
    }

    @Test
    void open_gzNameWithoutGzipContent_refused() throws IOException {
        Path p = dir.resolve("plain.yaml.gz");
        Files.write(p, SUB);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafeArchive.open(p));
        assertTrue(e.getMessage().contains("Not a gzipped file"), e.getMessage());
    }

    @Test
    void open_emptyFile_refused() throws IOException {
        Path p = dir.resolve("empty.tgz");
        Files.createFile(p);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafeArchive.open(p));
        assertTrue(e.getMessage().contains("empty file (0 bytes)"), e.getMessage());
    }

    @Test
    void open_folderWithoutSubmission_saysNoneFound() throws IOException {
        Files.writeString(dir.resolve("other.yaml"), "a: 1\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafeArchive.open(dir));
        assertTrue(e.getMessage().contains("No submission.yaml file found in submission"), e.getMessage());
    }

    @Test
    void open_plainYamlFile_isSingleFileReadInPlace() throws IOException {
        Path p = dir.resolve("one.yaml");
        Files.write(p, SUB);
        try (SafeArchive a = SafeArchive.open(p)) {
            assertTrue(a.singleFile());
            assertEquals(p, a.submissionFile());
        }
        assertTrue(Files.exists(p), "closing never deletes the input");
    }

    @Test
    void isJunk_macOsNames_recognised() {
        assertTrue(SafeArchive.isJunk("__MACOSX/x/._a.yaml"));
        assertTrue(SafeArchive.isJunk("rec/.DS_Store"));
        assertTrue(SafeArchive.isJunk("._rec"));
        assertFalse(SafeArchive.isJunk("rec/data1.yaml"));
    }
}
