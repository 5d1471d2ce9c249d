package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.explore.FaultSpans;

/**
 * The span labels of nemesis strikes: {@code fault.nemesis.<name>}, under {@link FaultSpans#PREFIX}, so the
 * property engine treats a strike like any other fault action (kept only if its first draw, "does it
 * strike?", said yes; deleted as a unit when shrinking).
 */
@Api(Api.Status.EXPERIMENTAL)
public final class NemesisSpans {

    /** What every nemesis span's label starts with. */
    public static final String PREFIX = FaultSpans.PREFIX + "nemesis.";

    private NemesisSpans() {
    }

    /**
     * Returns the span label of one nemesis.
     *
     * @param nemesis the nemesis's name
     * @return {@code fault.nemesis.<name>}
     */
    public static String of(String nemesis) {
        return PREFIX + nemesis;
    }
}
