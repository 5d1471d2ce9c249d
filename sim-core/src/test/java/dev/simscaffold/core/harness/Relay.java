package dev.simscaffold.core.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A test protocol of instances that send tokens to each other through routed effects. Each node logs what
 * it did ({@code "send x"}, {@code "recv x@t"}), so a test can read the interleaving off the state. A token
 * starting with {@code "echo"} is sent straight back, forever: a message loop.
 */
final class Relay {

    record Node(int id, List<String> log) {
        Node {
            log = List.copyOf(log);
        }

        Node with(String entry) {
            List<String> next = new ArrayList<>(log);
            next.add(entry);
            return new Node(id, next);
        }
    }

    sealed interface In permits Send, Receive {
    }

    /** External: tells a node to send a token. */
    record Send(int to, String token) implements In {
    }

    /** Routed: a token arrives. */
    record Receive(int from, String token) implements In {
    }

    sealed interface Out permits Message, Note {
    }

    record Message(int to, Receive receive) implements Out {
    }

    record Note(String text) implements Out {
    }

    static final StateMachine<Node, In, Out> MACHINE = (node, input, now) -> {
        if (input instanceof Send send) {
            return Step.of(node.with("send " + send.token()), new Message(send.to(), new Receive(node.id(), send.token())));
        }
        Receive receive = (Receive) input;
        Node next = node.with("recv " + receive.token() + "@" + now.ticks());
        if (receive.token().startsWith("echo")) {
            return Step.of(next, new Message(receive.from(), new Receive(node.id(), receive.token())));
        }
        return Step.of(next, new Note(node.id() + " got " + receive.token()));
    };

    /** Planted bug: a "reset" token makes a node forget everything it logged. */
    static final StateMachine<Node, In, Out> FORGETS_ON_RESET = (node, input, now) ->
            input instanceof Receive receive && receive.token().equals("reset")
                    ? Step.of(new Node(node.id(), List.of()))
                    : MACHINE.transition(node, input, now);

    static final EffectRouter<Out, In> ROUTER = (from, effect) ->
            effect instanceof Message message ? Optional.of(new Addressed<>(message.to(), message.receive())) : Optional.empty();

    static List<Node> nodes(int count) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(new Node(i, List.of()));
        }
        return nodes;
    }

    private Relay() {
    }
}
