package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A fault on messages of one kind as they are sent: each message that is an instance of {@code kind} is
 * struck with {@code probability}, the decision and its details drawn from the fault's own stream inside a
 * {@code fault.nemesis.<name>} span, so it replays with the seed and the shrinker deletes it as a unit. A
 * value, shared by every run of a sweep. Run with {@link NemesisRunner#on(dev.simscaffold.core.net.SimNetwork,
 * java.util.List, java.util.List)}.
 *
 * <p>The network cannot know what a payload means, so a corruption is the user's function from a message of
 * the kind to the corrupted message; one that throws or returns null fails the run naming the fault.
 *
 * @param name a non-empty name, unique within a runner among nemeses and message faults
 * @param kind the class of the messages struck (a subclass or an implementation counts)
 * @param strike what is done to a struck message
 * @param probability the chance of striking each message of the kind, in [0, 1]
 * @param maxDelayTicks for {@link MessageStrike#DELAY}, the longest extra delay, {@code >= 1}; 0 otherwise
 * @param corrupt for {@link MessageStrike#CORRUPT}, how to corrupt a message; null otherwise
 * @param <M> the network's message type
 */
@Api(Api.Status.EXPERIMENTAL)
public record MessageFault<M>(String name, Class<?> kind, MessageStrike strike, double probability, long maxDelayTicks,
        Function<M, M> corrupt) {

    /**
     * Validates the components, naming the value that is refused.
     *
     * @param name the name
     * @param kind the class of messages
     * @param strike what is done
     * @param probability the chance per message
     * @param maxDelayTicks the longest extra delay
     * @param corrupt how to corrupt
     */
    public MessageFault {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("message fault name must be a non-empty name, got " + (name == null ? "null" : "\"\""));
        }
        Objects.requireNonNull(kind, "message fault " + name + ": kind must not be null");
        Objects.requireNonNull(strike, "message fault " + name + ": strike must not be null");
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("message fault " + name + ": probability must be in [0, 1], got " + probability);
        }
        if (strike == MessageStrike.DELAY ? maxDelayTicks < 1 : maxDelayTicks != 0) {
            throw new IllegalArgumentException("message fault " + name + ": maxDelayTicks must be "
                    + (strike == MessageStrike.DELAY ? ">= 1" : "0 for " + strike) + ", got " + maxDelayTicks);
        }
        if ((strike == MessageStrike.CORRUPT) != (corrupt != null)) {
            throw new IllegalArgumentException("message fault " + name + ": a corrupt function is needed by CORRUPT and only by it, got "
                    + (corrupt == null ? "none" : "one") + " for " + strike);
        }
    }

    /**
     * Drops messages of a kind, each with {@code probability}. Named {@code drop-<kind>}.
     *
     * @param <M> the message type
     * @param <K> the kind
     * @param kind the class of the messages
     * @param probability in [0, 1]
     * @return the fault
     */
    public static <M, K extends M> MessageFault<M> drop(Class<K> kind, double probability) {
        return new MessageFault<>(nameOf(MessageStrike.DROP, kind), kind, MessageStrike.DROP, probability, 0, null);
    }

    /**
     * Duplicates messages of a kind, each with {@code probability}. Named {@code duplicate-<kind>}.
     *
     * @param <M> the message type
     * @param <K> the kind
     * @param kind the class of the messages
     * @param probability in [0, 1]
     * @return the fault
     */
    public static <M, K extends M> MessageFault<M> duplicate(Class<K> kind, double probability) {
        return new MessageFault<>(nameOf(MessageStrike.DUPLICATE, kind), kind, MessageStrike.DUPLICATE, probability, 0, null);
    }

    /**
     * Delays messages of a kind, each with {@code probability}, by a drawn {@code [1, maxTicks]} ticks on top
     * of the network's delay. Named {@code delay-<kind>}.
     *
     * @param <M> the message type
     * @param <K> the kind
     * @param kind the class of the messages
     * @param probability in [0, 1]
     * @param maxTicks the longest extra delay, {@code >= 1}
     * @return the fault
     */
    public static <M, K extends M> MessageFault<M> delay(Class<K> kind, double probability, long maxTicks) {
        return new MessageFault<>(nameOf(MessageStrike.DELAY, kind), kind, MessageStrike.DELAY, probability, maxTicks, null);
    }

    /**
     * Sends messages of a kind, each with {@code probability}, to a node drawn among those that are neither
     * the sender nor the addressee (with no such node, a miss). Named {@code misdeliver-<kind>}.
     *
     * @param <M> the message type
     * @param <K> the kind
     * @param kind the class of the messages
     * @param probability in [0, 1]
     * @return the fault
     */
    public static <M, K extends M> MessageFault<M> misdeliver(Class<K> kind, double probability) {
        return new MessageFault<>(nameOf(MessageStrike.MISDELIVER, kind), kind, MessageStrike.MISDELIVER, probability, 0, null);
    }

    /**
     * Corrupts messages of a kind, each with {@code probability}, with the user's function. Named
     * {@code corrupt-<kind>}.
     *
     * @param <M> the message type
     * @param <K> the kind
     * @param kind the class of the messages
     * @param probability in [0, 1]
     * @param how the corrupted message made from the one sent; it must not throw nor return null
     * @return the fault
     */
    public static <M, K extends M> MessageFault<M> corrupt(Class<K> kind, double probability, Function<? super K, ? extends M> how) {
        Objects.requireNonNull(how, "message fault " + nameOf(MessageStrike.CORRUPT, kind) + ": corrupt function must not be null");
        return new MessageFault<>(nameOf(MessageStrike.CORRUPT, kind), kind, MessageStrike.CORRUPT, probability, 0,
                message -> how.apply(kind.cast(message)));
    }

    /**
     * Returns this fault under another name, to run two variants side by side.
     *
     * @param newName a non-empty name
     * @return the new fault
     */
    public MessageFault<M> named(String newName) {
        return new MessageFault<>(newName, kind, strike, probability, maxDelayTicks, corrupt);
    }

    /**
     * Returns this fault with another chance per message.
     *
     * @param chance in [0, 1]
     * @return the new fault
     * @throws IllegalArgumentException naming the value if it is outside [0, 1]
     */
    public MessageFault<M> withProbability(double chance) {
        return new MessageFault<>(name, kind, strike, chance, maxDelayTicks, corrupt);
    }

    private static String nameOf(MessageStrike strike, Class<?> kind) {
        Objects.requireNonNull(kind, "message fault kind must not be null");
        return strike.name().toLowerCase(Locale.ROOT) + "-" + kind.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
