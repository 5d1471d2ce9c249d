package dev.simscaffold.core.buggify;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Buggify points for one run: node code asks {@code if (buggify.fires("raft.lazy-replication"))} where it may
 * legally do something unusual (answer late, send to fewer peers, time out at the shortest bound) that widens
 * a window a bug needs. The first time the run reaches a site, the site is enabled for the whole run with
 * its enable probability; each time an enabled site is reached, it fires with its fire probability. A site
 * that is on everywhere all the time would only slow the protocol down, as FoundationDB found; enabling a
 * few sites per run and firing them sometimes makes each run explore a different corner, a swarm over sites.
 *
 * <p>Decisions are drawn from a stream given by {@link #attach(SimContext)} (the run context's {@value #FORK}
 * fork), the enabling in a {@code buggify.enable.<site>} span and each firing in a
 * {@code fault.buggify.<site>} span ({@link BuggifySpans}), so a run replays with its seed and a failure
 * shrinks toward fewer sites and fewer firings. A disabled site draws nothing more, so a run whose sites are
 * all disabled draws once per site and is otherwise the run it would be without buggify.
 *
 * <p>Production code is given {@link #disabled()}: {@code fires} is then a single branch that returns false,
 * decides nothing and records nothing. One instance serves one run; it is not thread-safe (nothing in a
 * simulation is).
 */
@Api(Api.Status.EXPERIMENTAL)
public final class Buggify {

    /** The context fork buggify decisions are drawn from. */
    public static final String FORK = "buggify";

    /** FoundationDB's default chance that a site is enabled for a run. */
    public static final double DEFAULT_ENABLE = 0.25;

    /** FoundationDB's default chance that an enabled site fires each time it is reached. */
    public static final double DEFAULT_FIRE = 0.25;

    private static final Buggify DISABLED = new Buggify(false, 0, 0);

    private final boolean simulated;
    private final double enable;
    private final double fire;
    private final Map<String, double[]> overrides = new TreeMap<>();
    private final Map<String, Site> sites = new TreeMap<>();
    private SimRandom random;

    private Buggify(boolean simulated, double enable, double fire) {
        this.simulated = simulated;
        this.enable = enable;
        this.fire = fire;
    }

    /**
     * The production instance: every site says no, at the cost of one branch.
     *
     * @return the shared disabled instance
     */
    public static Buggify disabled() {
        return DISABLED;
    }

    /**
     * A simulated instance with FoundationDB's defaults: each site enabled with probability
     * {@value #DEFAULT_ENABLE}, firing with {@value #DEFAULT_FIRE} when enabled.
     *
     * @return a new instance, to {@link #attach} before the run
     */
    public static Buggify simulated() {
        return simulated(DEFAULT_ENABLE, DEFAULT_FIRE);
    }

    /**
     * A simulated instance with other probabilities for every site.
     *
     * @param enable the chance a site is enabled for the run, in [0, 1]
     * @param fire the chance an enabled site fires when reached, in [0, 1]
     * @return a new instance, to {@link #attach} before the run
     * @throws IllegalArgumentException naming the value if a probability is outside [0, 1]
     */
    public static Buggify simulated(double enable, double fire) {
        return new Buggify(true, probability("enable", "every site", enable), probability("fire", "every site", fire));
    }

    /**
     * Gives one site its own probabilities, before the run reaches it.
     *
     * @param site the site's name, not empty
     * @param enableChance the chance it is enabled for the run, in [0, 1]; 0 switches it off, 1 on
     * @param fireChance the chance it fires when reached, in [0, 1]
     * @return this instance
     * @throws IllegalArgumentException naming the value if a probability is outside [0, 1] or the name is empty
     * @throws IllegalStateException if this is the disabled instance or the run already reached the site
     */
    public Buggify site(String site, double enableChance, double fireChance) {
        checkName(site);
        if (!simulated) {
            throw new IllegalStateException("the disabled buggify has no sites to configure; use Buggify.simulated() in a simulation");
        }
        if (sites.containsKey(site)) {
            throw new IllegalStateException("buggify site " + site + " was already reached; configure it before the run");
        }
        overrides.put(site, new double[] {probability("enable", site, enableChance), probability("fire", site, fireChance)});
        return this;
    }

    /**
     * Draws this instance's decisions from the run's context, its {@value #FORK} fork; call it once, before
     * the nodes first reach a site (nodes that decide in their constructors need it before the network is
     * built: make the context, attach, then give the builder that context).
     *
     * @param context the run's context, such as {@code network.context()} or the one given to the builder
     * @return this instance
     * @throws IllegalStateException if already attached, if disabled, or if the context already forked {@value #FORK}
     */
    public Buggify attach(SimContext context) {
        return attach(Objects.requireNonNull(context, "context must not be null").fork(FORK));
    }

    /**
     * Draws this instance's decisions from a stream of the caller's, such as a harness's fork.
     *
     * @param stream the stream, recorded like every other of the run
     * @return this instance
     * @throws IllegalStateException if already attached or disabled
     */
    public Buggify attach(SimRandom stream) {
        if (!simulated) {
            throw new IllegalStateException("the disabled buggify draws nothing; use Buggify.simulated() in a simulation");
        }
        if (random != null) {
            throw new IllegalStateException("this buggify is already attached to a run; make one per run");
        }
        random = Objects.requireNonNull(stream, "stream must not be null");
        return this;
    }

    /**
     * Whether the site fires now: false, without a decision, when this is the disabled instance.
     *
     * @param site the site's name, not empty; the same name is the same site wherever it is asked
     * @return whether to take the unusual path
     * @throws IllegalStateException if a simulated instance is asked before {@link #attach}
     */
    public boolean fires(String site) {
        if (!simulated) {
            return false;
        }
        return decide(site);
    }

    /**
     * Whether this instance decides anything (false for {@link #disabled()}).
     *
     * @return whether it is simulated
     */
    public boolean isSimulated() {
        return simulated;
    }

    /**
     * Returns what every site reached so far did, in name order.
     *
     * @return the report; empty for the disabled instance
     */
    public BuggifyReport report() {
        List<BuggifySite> list = new ArrayList<>();
        sites.forEach((name, site) -> list.add(new BuggifySite(name, site.enabled, site.reached, site.fired)));
        return new BuggifyReport(list);
    }

    private boolean decide(String site) {
        Site state = sites.get(site);
        if (state == null) {
            checkName(site);
            if (random == null) {
                throw new IllegalStateException("buggify site " + site + " reached before the buggify was attached to a run");
            }
            double[] own = overrides.getOrDefault(site, new double[] {enable, fire});
            boolean enabled = random.span(BuggifySpans.enable(site), () -> random.occurs(own[0]));
            state = new Site(enabled, own[1]);
            sites.put(site, state);
        }
        state.reached++;
        if (!state.enabled) {
            return false;
        }
        Site enabledSite = state;
        boolean fired = random.span(BuggifySpans.fire(site), () -> random.occurs(enabledSite.fire));
        if (fired) {
            state.fired++;
        }
        return fired;
    }

    private static void checkName(String site) {
        if (site == null || site.isEmpty()) {
            throw new IllegalArgumentException("a buggify site needs a non-empty name, got " + (site == null ? "null" : "\"\""));
        }
    }

    private static double probability(String what, String site, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("buggify " + what + " probability for " + site + " must be in [0, 1], got " + value);
        }
        return value;
    }

    /** One site's decision for the run and its counts. */
    private static final class Site {
        final boolean enabled;
        final double fire;
        long reached;
        long fired;

        Site(boolean enabled, double fire) {
            this.enabled = enabled;
            this.fire = fire;
        }
    }
}
