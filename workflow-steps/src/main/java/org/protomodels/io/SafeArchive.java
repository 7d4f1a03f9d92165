package org.protomodels.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/**
 * Opens a HEPData-style record given as a folder, a single (multi-document) YAML file, a gzipped YAML file, a
 * {@code .tar.gz}/{@code .tgz}/{@code .tar} or a {@code .zip}. Archives are extracted into a private temporary folder
 * with guards, because uploaded archives are untrusted: absolute member names, {@code ..} components, symbolic and
 * hard links and device entries refuse the whole archive (naming the member); member count and sizes are capped.
 * macOS junk ({@code __MACOSX/}, {@code ._*}, {@code .DS_Store}) is skipped with a note. Compression is recognised
 * by magic bytes, never by the file name alone. Close the result to delete the temporary folder.
 */
public final class SafeArchive implements AutoCloseable {
    /** The file every HEPData submission must contain. */
    public static final String SUBMISSION_FILE = "submission.yaml";

    private static final byte[] GZIP_MAGIC = {(byte) 0x1f, (byte) 0x8b};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY_MAGIC = {'P', 'K', 5, 6};

    /** Caps on what an archive may unpack to (an archive bomb must fail fast, not fill the disk). */
    public record Limits(int maxMembers, long maxMemberBytes, long maxTotalBytes) {
        public Limits {
            if (maxMembers <= 0 || maxMemberBytes <= 0 || maxTotalBytes <= 0) {
                throw new IllegalArgumentException("limits: all must be > 0");
            }
        }

        /** 10,000 members, 64 MiB per member (the YAML reader's cap), 512 MiB in total. */
        public static Limits defaults() {
            return new Limits(10_000, 64L << 20, 512L << 20);
        }
    }

    private final Path source;
    private final Path root;
    private final Path submissionFile;
    private final boolean singleFile;
    private final Path tempDir;
    private final List<String> notes;

    private SafeArchive(Path source, Path root, Path submissionFile, boolean singleFile, Path tempDir, List<String> notes) {
        this.source = source;
        this.root = root;
        this.submissionFile = submissionFile;
        this.singleFile = singleFile;
        this.tempDir = tempDir;
        this.notes = List.copyOf(notes);
    }

    public static SafeArchive open(Path input) {
        return open(input, Limits.defaults());
    }

    /** Opens {@code input}; the submission file is located (directly or in one top-level folder). */
    public static SafeArchive open(Path input, Limits limits) {
        if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputMissingException(input + ": no such file or folder");
        }
        List<String> notes = new ArrayList<>();
        if (Files.isDirectory(input)) {
            Path root = locateSubmission(input, input.toString(), notes);
            return new SafeArchive(input, root, root.resolve(SUBMISSION_FILE), false, null, notes);
        }
        String name = input.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] head = head(input, 512);
        if (head.length == 0) {
            throw new InvalidInputException(input, "", "empty file (0 bytes): not a YAML file nor an archive");
        }
        Path temp = createTemp();
        try {
            SafeArchive opened;
            if (startsWith(head, GZIP_MAGIC)) {
                opened = openGzip(input, name, temp, limits, notes);
            } else if (lower.endsWith(".gz") || lower.endsWith(".tgz")) {
                throw new InvalidInputException(input, "", "Not a gzipped file: the name ends in '"
                        + lower.substring(lower.lastIndexOf('.')) + "' but the content has no gzip header");
            } else if (startsWith(head, ZIP_MAGIC) || startsWith(head, ZIP_EMPTY_MAGIC)) {
                extractZip(input, temp, limits, notes);
                Path root = locateSubmission(temp, input.toString(), notes);
                opened = new SafeArchive(input, root, root.resolve(SUBMISSION_FILE), false, temp, notes);
            } else if (lower.endsWith(".zip")) {
                throw new InvalidInputException(input, "", "not a zip file: the name ends in '.zip' but the content has no zip header");
            } else if (isTar(head)) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(input))) {
                    extractTar(in, input, temp, limits, notes);
                }
                Path root = locateSubmission(temp, input.toString(), notes);
                opened = new SafeArchive(input, root, root.resolve(SUBMISSION_FILE), false, temp, notes);
            } else {
                // A plain single-file (multi-document) YAML submission: read in place.
                deleteQuietly(temp);
                return new SafeArchive(input, input.toAbsolutePath().getParent(), input, true, null, notes);
            }
            return opened;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new InvalidInputException(input.toString(), "", "corrupt or unreadable archive: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static SafeArchive openGzip(Path input, String name, Path temp, Limits limits, List<String> notes)
            throws IOException {
        String inner = stripGzipSuffix(name);
        Path unpacked = temp.resolve(".gunzip-" + inner);
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(input)), 1 << 16);
             OutputStream out = Files.newOutputStream(unpacked)) {
            // A tar adds a 512-byte header per member, block padding and a 10 KiB end record to the payload.
            long tarOverhead = 1024L * (limits.maxMembers() + 2) + 10_240;
            copyCapped(in, out, limits.maxTotalBytes() + tarOverhead, input, name);
        } catch (ZipException | java.io.EOFException e) {
            throw new InvalidInputException(input.toString(), "", "corrupt gzip stream: " + e.getMessage(), e);
        }
        byte[] head = head(unpacked, 512);
        if (startsWith(head, GZIP_MAGIC)) {
            throw new InvalidInputException(input, "", "doubly compressed: the gzip contains another gzip stream"
                    + " (decompress it once more and upload the result)");
        }
        if (head.length == 0) {
            throw new InvalidInputException(input, "", "the gzip stream decompresses to an empty file");
        }
        if (isTar(head)) {
            Path tree = temp.resolve("content");
            Files.createDirectory(tree);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(unpacked))) {
                extractTar(in, input, tree, limits, notes);
            }
            Files.delete(unpacked);
            Path root = locateSubmission(tree, input.toString(), notes);
            return new SafeArchive(input, root, root.resolve(SUBMISSION_FILE), false, temp, notes);
        }
        // A gzipped single-file YAML submission.
        Path yaml = temp.resolve(inner);
        Files.move(unpacked, yaml);
        return new SafeArchive(input, temp, yaml, true, temp, notes);
    }

    private static String stripGzipSuffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        if (lower.endsWith(".gz")) {
            return name.substring(0, name.length() - 3);
        }
        return name + ".unpacked";
    }

    private static void extractTar(InputStream raw, Path archive, Path dest, Limits limits, List<String> notes)
            throws IOException {
        int members = 0;
        long total = 0;
        int junk = 0;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                members = countMember(members, limits, archive);
                String memberName = e.getName();
                if (e.isSymbolicLink() || e.isLink()) {
                    throw new InvalidInputException(archive, "", "member '" + memberName + "' is a "
                            + (e.isSymbolicLink() ? "symbolic" : "hard") + " link (to '" + e.getLinkName()
                            + "'); links are never followed: archive refused");
                }
                if (!e.isDirectory() && !e.isFile()) {
                    throw new InvalidInputException(archive, "", "member '" + memberName
                            + "' is not a regular file or folder (device, fifo or other special entry): archive refused");
                }
                Path target = safeTarget(dest, memberName, archive);
                if (target == null || isJunk(memberName)) {
                    junk += target == null ? 0 : 1;
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                total += writeMember(tar, target, e, limits, total, archive);
            }
        }
        noteJunk(junk, archive, notes);
    }

    private static void extractZip(Path archive, Path dest, Limits limits, List<String> notes) throws IOException {
        int members = 0;
        long total = 0;
        int junk = 0;
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            var entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                members = countMember(members, limits, archive);
                String memberName = e.getName();
                if (e.isUnixSymlink()) {
                    throw new InvalidInputException(archive, "", "member '" + memberName
                            + "' is a symbolic link; links are never followed: archive refused");
                }
                Path target = safeTarget(dest, memberName, archive);
                if (target == null || isJunk(memberName)) {
                    junk += target == null ? 0 : 1;
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    total += writeMember(in, target, e, limits, total, archive);
                }
            }
        }
        noteJunk(junk, archive, notes);
    }

    private static int countMember(int members, Limits limits, Path archive) {
        if (members + 1 > limits.maxMembers()) {
            throw new InvalidInputException(archive, "", "more than " + limits.maxMembers() + " members: archive refused");
        }
        return members + 1;
    }

    private static long writeMember(InputStream in, Path target, ArchiveEntry e, Limits limits, long totalSoFar,
                                    Path archive) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(archive, "", "member '" + e.getName() + "' appears twice: archive refused");
        }
        Files.createDirectories(target.getParent());
        long cap = Math.min(limits.maxMemberBytes(), limits.maxTotalBytes() - totalSoFar);
        try (OutputStream out = Files.newOutputStream(target)) {
            return copyCapped(in, out, cap, archive, e.getName());
        }
    }

    private static long copyCapped(InputStream in, OutputStream out, long cap, Path archive, String member)
            throws IOException {
        byte[] buf = new byte[1 << 16];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > cap) {
                throw new InvalidInputException(archive, "", "member '" + member + "' unpacks to more than " + cap
                        + " bytes (size limit): archive refused");
            }
            out.write(buf, 0, r);
        }
        return n;
    }

    /**
     * The extraction target of a member, or null for members to skip silently ({@code ./}). Absolute names and
     * {@code ..} components refuse the archive: such a member could write outside the extraction folder.
     */
    static Path safeTarget(Path dest, String memberName, Path archive) {
        String n = memberName.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            throw new InvalidInputException(archive, "", "member '" + memberName + "' has an absolute path: archive refused");
        }
        List<String> parts = new ArrayList<>();
        for (String p : n.split("/")) {
            if (p.equals("..")) {
                throw new InvalidInputException(archive, "", "member '" + memberName
                        + "' contains '..' (path traversal): archive refused");
            }
            if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        Path target = dest.resolve(String.join("/", parts)).normalize();
        if (!target.startsWith(dest)) {
            throw new InvalidInputException(archive, "", "member '" + memberName + "' resolves outside the archive: refused");
        }
        return target;
    }

    /** macOS metadata that archivers add: resource forks ({@code ._x}), Finder state, the {@code __MACOSX} tree. */
    public static boolean isJunk(String memberName) {
        String n = memberName.replace('\\', '/');
        if (n.startsWith("__MACOSX/") || n.equals("__MACOSX") || n.contains("/__MACOSX/")) {
            return true;
        }
        String base = n.endsWith("/") ? n.substring(0, n.length() - 1) : n;
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.startsWith("._") || base.equals(".DS_Store") || base.equals("__MACOSX");
    }

    private static void noteJunk(int junk, Path archive, List<String> notes) {
        if (junk > 0) {
            notes.add(archive + ": ignored " + junk + " macOS metadata member(s) (__MACOSX, ._*, .DS_Store);"
                    + " on macOS create archives with COPYFILE_DISABLE=1 tar ... to avoid them");
        }
    }

    /** The folder holding submission.yaml: {@code dir} itself or its single top-level folder. */
    private static Path locateSubmission(Path dir, String described, List<String> notes) {
        if (Files.isRegularFile(dir.resolve(SUBMISSION_FILE), LinkOption.NOFOLLOW_LINKS)) {
            return dir;
        }
        List<Path> folders = new ArrayList<>();
        try (var list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !isJunk(n + "/") && !n.startsWith(".")) {
                    folders.add(p);
                }
            }
        } catch (IOException e) {
            throw new InputMissingException(described + ": cannot list (" + e.getMessage() + ")", e);
        }
        if (folders.size() == 1 && Files.isRegularFile(folders.get(0).resolve(SUBMISSION_FILE), LinkOption.NOFOLLOW_LINKS)) {
            return folders.get(0);
        }
        throw new InvalidInputException(described, "", "No submission.yaml file found in submission.");
    }

    private static boolean isTar(byte[] head) {
        return head.length >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a'
                && head[261] == 'r';
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static byte[] head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (NoSuchFileException e) {
            throw new InputMissingException(file + ": no such file");
        } catch (IOException e) {
            throw new InputMissingException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static Path createTemp() {
        try {
            return Files.createTempDirectory("protomodels-record-");
        } catch (IOException e) {
            throw new org.protomodels.step.OutputException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            AtomicFiles.deleteTree(dir);
        } catch (RuntimeException ignored) {
            // best effort: a leftover temp folder is harmless
        }
    }

    /** What was opened (folder, archive or file), as given. */
    public Path source() {
        return source;
    }

    /** The folder data files are resolved against. */
    public Path root() {
        return root;
    }

    /** submission.yaml, or the single-file submission itself. */
    public Path submissionFile() {
        return submissionFile;
    }

    /** True for a single (multi-document) YAML file holding metadata and tables inline. */
    public boolean singleFile() {
        return singleFile;
    }

    /** Things skipped on the way (macOS junk), for the ingest report. */
    public List<String> notes() {
        return notes;
    }

    /** How to name {@code file} in messages: inside an archive as {@code archive!/member}, else its path. */
    public String describe(Path file) {
        if (tempDir == null) {
            return file.toString();
        }
        if (singleFile) {
            return source.toString();
        }
        return source + "!/" + root.relativize(file).toString().replace('\\', '/');
    }

    @Override
    public void close() {
        if (tempDir != null) {
            deleteQuietly(tempDir);
        }
    }
}
