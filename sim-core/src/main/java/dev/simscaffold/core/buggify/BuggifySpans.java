package dev.simscaffold.core.buggify;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.explore.FaultSpans;

/**
 * The span labels of buggify decisions. A site's firing is a fault action, {@code fault.buggify.<site>}, so the
 * property engine keeps it only when it fired and the shrinker deletes it as a unit; a site's enabling for the
 * run is {@code buggify.enable.<site>}, a plain span whose one draw shrinks toward "disabled".
 */
@Api(Api.Status.EXPERIMENTAL)
public final class BuggifySpans {

    /** What every firing span's label starts with. */
    public static final String FIRE_PREFIX = FaultSpans.PREFIX + "buggify.";

    /** What every enabling span's label starts with. */
    public static final String ENABLE_PREFIX = "buggify.enable.";

    private BuggifySpans() {
    }

    /**
     * Returns the label of a site's firing decisions.
     *
     * @param site the site's name
     * @return {@code fault.buggify.<site>}
     */
    public static String fire(String site) {
        return FIRE_PREFIX + site;
    }

    /**
     * Returns the label of a site's enabling decision.
     *
     * @param site the site's name
     * @return {@code buggify.enable.<site>}
     */
    public static String enable(String site) {
        return ENABLE_PREFIX + site;
    }
}
