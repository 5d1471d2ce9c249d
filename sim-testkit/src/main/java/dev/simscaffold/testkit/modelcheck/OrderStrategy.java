package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.EnabledEvent;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;

/**
 * The model checker's strategy: the chooser draws the index of the enabled event to take (a branched draw, so
 * each enabled event is one successor) and tells {@code picked} which events were enabled and which it took,
 * for the move's label and for partial-order reduction. A single enabled event draws nothing. Messages keep
 * their windows under {@link MessageDelays#WINDOW} and are pinned to their drawn tick under
 * {@link MessageDelays#DRAWN}.
 */
final class OrderStrategy implements Strategy {

    /** Hears every choice. */
    @FunctionalInterface
    interface Listener {
        void chose(List<EnabledEvent> enabled, int index);
    }

    private final Listener picked;
    private final boolean windows;

    OrderStrategy(Listener picked, MessageDelays delays) {
        this.picked = picked;
        this.windows = delays == MessageDelays.WINDOW;
    }

    /** Under {@link MessageDelays#DRAWN} a message happens at its drawn tick only: the checker branched on the draw. */
    @Override
    public boolean deliversInWindows() {
        return windows;
    }

    @Override
    public String name() {
        return "model-check";
    }

    @Override
    public Chooser chooser(SimRandom random) {
        return enabled -> {
            int index = enabled.size() == 1 ? 0 : random.nextInt(enabled.size());
            picked.chose(enabled, index);
            return index;
        };
    }
}
