package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.check.ChoiceKind;
import dev.simscaffold.core.check.ForkPath;
import dev.simscaffold.core.check.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The text form of a {@link KeptTries}, one fact a line, every name a single word ({@code %}, spaces and control
 * characters percent-escaped), so no line needs quoting:
 *
 * <pre>
 * sim-scaffold kept tries 1
 * hits COUNT FEATURE
 * try
 * first FEATURE
 * path PURPOSE...            (the draws below are this fork path's, in order)
 * draw GLOBAL KIND BOUND PROBABILITY VALUE
 * span START END DEPTH LABEL
 * </pre>
 *
 * Reading checks what a mutation relies on (each try's global draw order a permutation, spans within the draws,
 * every first-reached feature counted), so a damaged file is refused naming its line, never mutated into nonsense.
 */
final class KeptTriesCodec {

    static final String HEADER = "sim-scaffold kept tries 1";

    private KeptTriesCodec() {
    }

    static String encode(KeptTries corpus) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        corpus.hits().forEach((feature, count) -> text.append("hits ").append(count).append(' ').append(escape(feature)).append('\n'));
        for (KeptTries.Kept entry : corpus.kept()) {
            text.append("try\n");
            entry.firstReached().forEach(feature -> text.append("first ").append(escape(feature)).append('\n'));
            entry.recording().streams().forEach((path, draws) -> {
                text.append("path");
                path.purposes().forEach(purpose -> text.append(' ').append(escape(purpose)));
                text.append('\n');
                for (Draw draw : draws) {
                    text.append("draw ").append(draw.global()).append(' ').append(draw.kind().name()).append(' ').append(draw.bound()).append(' ')
                            .append(Double.toHexString(draw.probability())).append(' ').append(draw.value()).append('\n');
                }
            });
            for (Span span : entry.recording().spans()) {
                text.append("span ").append(span.start()).append(' ').append(span.end()).append(' ').append(span.depth()).append(' ')
                        .append(escape(span.label())).append('\n');
            }
        }
        return text.toString();
    }

    static KeptTries decode(String text, KeptTries into, String source) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
            throw new IllegalArgumentException("kept-tries file " + source + " does not start with \"" + HEADER + "\", got \""
                    + (lines.length == 0 ? "" : lines[0]) + "\"");
        }
        Reading reading = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split(" ");
            try {
                switch (words[0]) {
                    case "hits" -> {
                        expect(words, 3);
                        long count = Long.parseLong(words[1]);
                        if (count < 1) {
                            throw new IllegalArgumentException("a count must be >= 1");
                        }
                        into.restoreHits(unescape(words[2]), count);
                    }
                    case "try" -> {
                        expect(words, 1);
                        if (reading != null) {
                            into.restore(reading.finish(into));
                        }
                        reading = new Reading();
                    }
                    case "first" -> {
                        expect(words, 2);
                        started(reading).firstReached.add(unescape(words[1]));
                    }
                    case "path" -> {
                        ForkPath path = ForkPath.ROOT;
                        for (int w = 1; w < words.length; w++) {
                            path = path.child(unescape(words[w]));
                        }
                        Reading current = started(reading);
                        if (current.streams.containsKey(path)) {
                            throw new IllegalArgumentException("the path " + path + " appears twice in one try");
                        }
                        current.path = path;
                        current.streams.put(path, new ArrayList<>());
                    }
                    case "draw" -> {
                        expect(words, 6);
                        Reading current = started(reading);
                        if (current.path == null) {
                            throw new IllegalArgumentException("a draw before its path");
                        }
                        List<Draw> stream = current.streams.get(current.path);
                        Draw draw = new Draw(current.path, stream.size(), Integer.parseInt(words[1]), ChoiceKind.valueOf(words[2]),
                                Long.parseLong(words[3]), Double.parseDouble(words[4]), Long.parseLong(words[5]));
                        draw.choice();
                        stream.add(draw);
                    }
                    case "span" -> {
                        expect(words, 5);
                        started(reading).spans.add(new Span(unescape(words[4]), Integer.parseInt(words[1]), Integer.parseInt(words[2]),
                                Integer.parseInt(words[3])));
                    }
                    default -> throw new IllegalArgumentException("unknown entry \"" + words[0] + "\"");
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("kept-tries file " + source + " line " + (i + 1) + ": " + e.getMessage() + ", got \"" + lines[i] + "\"", e);
            }
        }
        if (reading != null) {
            try {
                into.restore(reading.finish(into));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kept-tries file " + source + ", last try: " + e.getMessage(), e);
            }
        }
        return into;
    }

    /** One try being read. */
    private static final class Reading {
        private final SortedSet<String> firstReached = new TreeSet<>();
        private final TreeMap<ForkPath, List<Draw>> streams = new TreeMap<>();
        private final List<Span> spans = new ArrayList<>();
        private ForkPath path;

        KeptTries.Kept finish(KeptTries into) {
            if (firstReached.isEmpty()) {
                throw new IllegalArgumentException("a kept try must name the features it reached first");
            }
            for (String feature : firstReached) {
                if (!into.hits().containsKey(feature)) {
                    throw new IllegalArgumentException("the feature \"" + feature + "\" a try reached first has no hits line");
                }
            }
            TryRecording recording = new TryRecording(streams, spans);
            int size = recording.size();
            boolean[] seen = new boolean[size];
            for (List<Draw> stream : streams.values()) {
                for (Draw draw : stream) {
                    if (draw.global() < 0 || draw.global() >= size || seen[draw.global()]) {
                        throw new IllegalArgumentException("the draws' global order is not 0.." + (size - 1) + " once each (draw " + draw.global() + ")");
                    }
                    seen[draw.global()] = true;
                }
            }
            for (Span span : spans) {
                if (span.end() > size) {
                    throw new IllegalArgumentException("span " + span + " ends past the try's " + size + " draws");
                }
            }
            return new KeptTries.Kept(recording, firstReached);
        }
    }

    private static Reading started(Reading reading) {
        if (reading == null) {
            throw new IllegalArgumentException("an entry of a try before any \"try\" line");
        }
        return reading;
    }

    private static void expect(String[] words, int count) {
        if (words.length != count) {
            throw new IllegalArgumentException("\"" + words[0] + "\" takes " + (count - 1) + " values, found " + (words.length - 1)
                    + " " + Arrays.toString(Arrays.copyOfRange(words, 1, words.length)));
        }
    }

    /** Percent-escapes {@code %}, spaces and control characters, so a name is one word; the empty name is a lone {@code %}. */
    static String escape(String text) {
        if (text.isEmpty()) {
            return "%";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c <= ' ' || c == 0x7f) {
                out.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String word) {
        if (word.equals("%")) {
            return "";
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int high = i + 2 < word.length() ? Character.digit(word.charAt(i + 1), 16) : -1;
            int low = i + 2 < word.length() ? Character.digit(word.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("a broken escape at character " + i + " of \"" + word + "\"");
            }
            out.append((char) (high << 4 | low));
            i += 2;
        }
        return out.toString();
    }
}
