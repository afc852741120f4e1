package no.bedriftsportal.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One face of Liberation Sans, embedded so that æøå, "–" and "…" print on any reader and the text
 * stays searchable. What the table needs to know about the face (which characters it can draw, how
 * wide each is) is read once, when the class loads, into plain arrays that any thread may read.
 *
 * <p>Parsing the font file costs more than a small table's pages, so parsed fonts are kept and lent
 * to one document at a time: PDFBox reads a {@link TrueTypeFont} through a file position and may not
 * share it between threads. A few idle ones are kept; more are parsed when more renders run at once.
 */
final class PdfFont {

    static final PdfFont REGULAR = new PdfFont("LiberationSans-Regular.ttf");
    static final PdfFont BOLD = new PdfFont("LiberationSans-Bold.ttf");

    /** Shown instead of a character the face has no glyph for (an emoji, a rare script). */
    static final char MISSING = '?';
    static final String ELLIPSIS = "…";
    private static final int KEPT_IDLE = 4;

    private final String file;
    private final byte[] bytes;
    /** Advance widths in thousandths of the font size, by UTF-16 character; 0 where the face has no glyph. */
    private final float[] widths = new float[Character.MAX_VALUE + 1];
    private final BitSet drawable = new BitSet(Character.MAX_VALUE + 1);
    private final Queue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    private PdfFont(String file) {
        this.file = file;
        this.bytes = read(file);
        TrueTypeFont font = parse();
        try {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            float perEm = font.getUnitsPerEm();
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                int glyph = Character.isSurrogate((char) c) ? 0 : cmap.getGlyphId(c);
                if (glyph > 0 && !Character.isISOControl(c)) {
                    drawable.set(c);
                    widths[c] = font.getAdvanceWidth(glyph) * 1000f / perEm;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metrics of " + file, e);
        }
        giveBack(font);
    }

    /** The face embedded (as a subset of the glyphs used) in {@code document}; close it after the document is saved. */
    Embedded embed(PDDocument document) {
        TrueTypeFont font = idle.poll();
        if (font == null) {
            font = parse();
        } else {
            idleCount.decrementAndGet();
        }
        try {
            return new Embedded(PDType0Font.load(document, font, true), font);
        } catch (IOException e) {
            giveBack(font);
            throw new UncheckedIOException("cannot embed " + file, e);
        }
    }

    /**
     * The text with what the face cannot draw replaced: a control character (tab, line break, NUL)
     * by a space, since a cell is one line; any other character without a glyph by {@code ?}, one for
     * each character even when it takes two UTF-16 units (an emoji). PDFBox would throw on both.
     */
    String printable(String text) {
        int first = firstUndrawable(text);
        if (first < 0) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (drawable.get(c)) {
                safe.append(c);
            } else if (Character.isISOControl(c)) {
                safe.append(' ');
            } else {
                safe.append(MISSING);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return safe.toString();
    }

    private int firstUndrawable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!drawable.get(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The width of printable text at {@code size} points. */
    float width(String text, float size) {
        float thousandths = 0;
        for (int i = 0; i < text.length(); i++) {
            thousandths += widths[text.charAt(i)];
        }
        return thousandths * size / 1000f;
    }

    /**
     * Printable text cut to {@code room} points, ending in "…" when cut (no wrapping: a table row is
     * one line, and a reader sees that something is left out); empty when not even "…" fits.
     */
    String fit(String text, float room, float size) {
        float limit = room * 1000f / size;
        float total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += widths[text.charAt(i)];
        }
        if (total <= limit) {
            return text;
        }
        float left = limit - widths[ELLIPSIS.charAt(0)];
        int end = 0;
        float used = 0;
        while (end < text.length() && used + widths[text.charAt(end)] <= left) {
            used += widths[text.charAt(end++)];
        }
        if (left < 0) {
            return "";
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private void giveBack(TrueTypeFont font) {
        if (idleCount.incrementAndGet() <= KEPT_IDLE) {
            idle.add(font);
        } else {
            idleCount.decrementAndGet();
            close(font);
        }
    }

    /**
     * The font file parsed, with glyph substitution (GSUB) off: PDFBox 3.0.3 runs it on every
     * {@code showText}, compiling regular expressions each time, which made 50 pages take 1.5 s instead
     * of about 0.2 s; a table's Latin text needs none of it (no ligatures, no contextual forms).
     */
    private TrueTypeFont parse() {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    private static void close(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFont.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The face in one document; closing it lends the parsed font to the next document. */
    final class Embedded implements AutoCloseable {

        private final PDType0Font font;
        private TrueTypeFont parsed;

        private Embedded(PDType0Font font, TrueTypeFont parsed) {
            this.font = font;
            this.parsed = parsed;
        }

        PDType0Font font() {
            return font;
        }

        PdfFont face() {
            return PdfFont.this;
        }

        @Override
        public void close() {
            if (parsed != null) {
                giveBack(parsed);
                parsed = null;
            }
        }
    }
}
