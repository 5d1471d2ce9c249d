package dev.simscaffold.testkit.campaign;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Runs a body with the given {@code sim.*} system properties set, restoring the previous ones after. */
final class CampaignProperties {

    private static final List<String> KEYS = List.of("sim.seed", "sim.seeds", "sim.shard", "sim.budget", "sim.commit", "sim.corpus");

    private CampaignProperties() {
    }

    static <T> T with(Map<String, String> properties, Supplier<T> body) {
        Map<String, String> saved = new TreeMap<>();
        KEYS.forEach(key -> {
            String old = System.getProperty(key);
            if (old != null) {
                saved.put(key, old);
            }
            System.clearProperty(key);
        });
        properties.forEach(System::setProperty);
        try {
            return body.get();
        } finally {
            KEYS.forEach(System::clearProperty);
            saved.forEach(System::setProperty);
        }
    }
}
