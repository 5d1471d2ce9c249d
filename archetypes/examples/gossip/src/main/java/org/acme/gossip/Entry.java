package org.acme.gossip;

/**
 * One versioned key-value pair, the unit that gossip spreads.
 *
 * @param key the key, not blank
 * @param value the value
 * @param version when and by whom it was written
 */
public record Entry(String key, String value, Version version) {

    /**
     * Rejects a blank key and missing parts.
     *
     * @param key the key
     * @param value the value
     * @param version the version
     */
    public Entry {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an entry needs a key, got " + (key == null ? "null" : "\"" + key + "\""));
        }
        if (value == null || version == null) {
            throw new IllegalArgumentException("entry " + key + " needs a value and a version, got " + value + " @ " + version);
        }
    }

    @Override
    public String toString() {
        return key + "=" + value + "@" + version;
    }
}
