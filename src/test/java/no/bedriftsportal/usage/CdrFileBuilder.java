package no.bedriftsportal.usage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * CDR files for ingest tests, line by line in CDR-FORMAT.md's columns. Ids get a per-builder prefix
 * so tests sharing one database never collide.
 */
final class CdrFileBuilder {

    private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final List<String> lines = new ArrayList<>();

    static CdrFileBuilder file() {
        return new CdrFileBuilder();
    }

    String id(String local) {
        return prefix + local;
    }

    CdrFileBuilder voice(String id, String msisdn, String start, String direction, String otherParty, String country, long seconds) {
        return line(id, msisdn, "VOICE", start, direction, otherParty, country, String.valueOf(seconds), "", "", "", "", "");
    }

    CdrFileBuilder sms(String id, String msisdn, String start, String direction, String otherParty, String country) {
        return line(id, msisdn, "SMS", start, direction, otherParty, country, "", "", "", "", "", "");
    }

    CdrFileBuilder data(String id, String msisdn, String start, String country, long bytes) {
        return line(id, msisdn, "DATA", start, "", "", country, "", String.valueOf(bytes), "", "", "", "");
    }

    CdrFileBuilder content(String id, String msisdn, String start, String shortCode, String amount, int vatRate, String provider) {
        return line(id, msisdn, "CONTENT", start, "", shortCode, "NO", "", "", amount, String.valueOf(vatRate), provider, "kjøp");
    }

    /** Any line, columns in header order; {@code id} is prefixed unless empty. */
    CdrFileBuilder line(String id, String msisdn, String type, String start, String direction, String otherParty, String country,
            String duration, String volume, String amount, String vatRate, String provider, String description) {
        lines.add(String.join(",", id.isEmpty() ? "" : id(id), msisdn, type, start, direction, otherParty, country, duration,
                volume, amount, vatRate, provider, description));
        return this;
    }

    CdrFileBuilder raw(String line) {
        lines.add(line);
        return this;
    }

    int size() {
        return lines.size();
    }

    String csv() {
        return CdrLines.HEADER + "\n" + String.join("\n", lines) + "\n";
    }

    Path write(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name);
            if (name.endsWith(".gz")) {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                    out.write(csv().getBytes(StandardCharsets.UTF_8));
                }
            } else {
                Files.writeString(file, csv());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write() {
        try {
            return write(Files.createTempDirectory("cdr"), "cdr.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
