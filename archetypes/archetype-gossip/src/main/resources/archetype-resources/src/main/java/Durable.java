package ${package};

import java.util.List;

/**
 * What a node keeps on stable storage and gets back after a crash: its entries. The node exposes it as
 * its {@link dev.simscaffold.core.net.Durable} state, and the network hands it, typed, to the restore of
 * the node's factory ({@link ${moduleName}Node#factory}). Everything else (the peers it suspects, its
 * place in the peer cycle, messages it was about to send) is lost, as in a real crash. The node stores an
 * entry before it counts as held, so nothing it ever held is forgotten.
 *
 * @param entries every entry held at the crash
 */
public record ${moduleName}Durable(List<Entry> entries) {

    /** Nothing stored yet: how a node starts for the first time. */
    public static final ${moduleName}Durable EMPTY = new ${moduleName}Durable(List.of());

    /**
     * Keeps an immutable copy.
     *
     * @param entries the entries
     */
    public ${moduleName}Durable {
        entries = List.copyOf(entries);
    }
}
