package dev.simscaffold.generator.api;

import java.util.Objects;

/**
 * Why a generator refuses a request: one property, its value and the reason, and, for a property the user did not
 * give, the properties its default was made of. {@link #message()} is the one sentence a user reads, such as
 * {@code property 'fanout' = '5' must be < nodes = 5: a node gossips to peers other than itself}.
 *
 * @param property the refused property
 * @param value its value, or null when it has none (an empty value is refused as such)
 * @param reason what is wrong, completing the sentence after the value: a phrase joined with a space
 *     ("is not a valid Maven version ...") or a clause that starts with a colon, joined as it is
 *     (": the sentence 'x' would be named ...")
 * @param source the properties the value came from, joined with ", ", when it is a default made of them
 *     ("groupId" for a package defaulted from it); null when the user gave the value
 */
public record Refusal(String property, String value, String reason, String source) implements Outcome {

    /** The longest part of a value a message shows. */
    private static final int SHOWN = 60;

    /**
     * Checks that the refusal names a property and a reason.
     *
     * @param property the refused property
     * @param value its value, or null
     * @param reason what is wrong
     * @param source where a default came from, or null
     * @throws NullPointerException when either is missing
     */
    public Refusal {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * A refusal of a value the user gave.
     *
     * @param property the refused property
     * @param value its value, or null
     * @param reason what is wrong (see {@link #reason()})
     * @return the refusal, without a source
     */
    public static Refusal of(String property, String value, String reason) {
        return new Refusal(property, value, reason, null);
    }

    /**
     * This refusal for a value that was a default made of other properties.
     *
     * @param from the properties, joined with ", "
     * @return the same refusal naming where its value came from
     */
    public Refusal from(String from) {
        return new Refusal(property, value, reason, from);
    }

    /**
     * The sentence a user reads: "property 'x' = 'value' reason", or "x (from y) = 'value' reason" for a default.
     * An empty value is not shown.
     *
     * @return the message, without a full stop
     */
    public String message() {
        String subject = source == null ? "property '" + property + "'" : property + " (from " + source + ")";
        String withValue = value == null || value.isBlank() ? subject : subject + " = " + shown(value);
        return reason.startsWith(":") ? withValue + reason : withValue + " " + reason;
    }

    /**
     * A value as messages show it: in single quotes, on one line, cut after 60 characters with its length said.
     *
     * @param value the value
     * @return the value as shown
     */
    public static String shown(String value) {
        String line = value.replaceAll("[\\r\\n]", " ");
        return line.length() <= SHOWN ? "'" + line + "'" : "'" + line.substring(0, SHOWN) + "...' (" + line.length() + " characters)";
    }
}
