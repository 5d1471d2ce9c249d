package dev.simscaffold.core.explore;

import java.util.ArrayList;
import java.util.List;

/** Reads the compact text form of a strategy, {@link Strategy#name()}, back; see {@link Strategy#parse(String)}. */
final class StrategyText {

    private StrategyText() {
    }

    static Strategy parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a strategy must be named, got null");
        }
        String spec = text.strip();
        if (spec.startsWith("portfolio:")) {
            List<Strategy> members = new ArrayList<>();
            for (String member : spec.substring("portfolio:".length()).split(",", -1)) {
                if (member.isBlank()) {
                    throw new IllegalArgumentException("a portfolio needs at least one member strategy, got '" + text + "'");
                }
                members.add(single(member.strip(), text));
            }
            return new PortfolioStrategy(members);
        }
        return single(spec, text);
    }

    private static Strategy single(String spec, String text) {
        if (spec.startsWith("hold:")) {
            int end = spec.indexOf(':', "hold:".length());
            if (end > 0) {
                return new HoldStrategy(number(spec.substring("hold:".length(), end), "hold ticks", text), single(spec.substring(end + 1), text));
            }
        }
        String[] parts = spec.split(":", -1);
        switch (parts[0]) {
            case "uniform", "random-walk", "pos" -> {
                if (parts.length != 1) {
                    break;
                }
                return parts[0].equals("uniform") ? Strategy.uniform()
                        : parts[0].equals("pos") ? Strategy.pos() : Strategy.randomWalk();
            }
            case "pct" -> {
                if (parts.length == 2 || parts.length == 3) {
                    return new PctStrategy((int) number(parts[1], "PCT depth", text),
                            parts.length == 3 ? number(parts[2], "PCT length", text) : PctStrategy.DEFAULT_LENGTH);
                }
            }
            default -> {
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + spec + "' in '" + text
                + "': expected uniform, random-walk, pct:DEPTH, pct:DEPTH:LENGTH, pos, hold:TICKS:INNER or portfolio:A,B,...");
    }

    private static long number(String digits, String what, String text) {
        try {
            long value = Long.parseLong(digits);
            if (value > Integer.MAX_VALUE && what.equals("PCT depth")) {
                throw new NumberFormatException(digits);
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(what + " must be a number, got '" + digits + "' in '" + text + "'", notANumber);
        }
    }
}
