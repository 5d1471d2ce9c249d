package dev.simscaffold.core.buggify;

import dev.simscaffold.core.Api;
import java.util.List;

/**
 * The buggify sites a run reached, in name order, so a report can print which were enabled and which fired
 * next to the seed, and a health check can tell a site that never fired from one that fired and found nothing.
 *
 * @param sites every site the run reached
 */
@Api(Api.Status.EXPERIMENTAL)
public record BuggifyReport(List<BuggifySite> sites) {

    /**
     * Copies the list.
     *
     * @param sites the sites
     */
    public BuggifyReport {
        sites = List.copyOf(sites);
    }

    /**
     * Returns the names of the sites enabled for the run.
     *
     * @return the names, in name order
     */
    public List<String> enabled() {
        return sites.stream().filter(BuggifySite::enabled).map(BuggifySite::name).toList();
    }

    /**
     * Returns the names of the sites that fired at least once.
     *
     * @return the names, in name order
     */
    public List<String> fired() {
        return sites.stream().filter(site -> site.fired() > 0).map(BuggifySite::name).toList();
    }

    /**
     * Returns one line for a report: {@code buggify: raft.lazy-replication fired 3/12, raft.eager-election
     * enabled, never fired; disabled: raft.x}, or {@code buggify: no site reached}.
     *
     * @return the line
     */
    public String summary() {
        if (sites.isEmpty()) {
            return "buggify: no site reached";
        }
        StringBuilder line = new StringBuilder("buggify:");
        String separator = " ";
        for (BuggifySite site : sites) {
            if (site.enabled()) {
                line.append(separator).append(site.name()).append(site.fired() > 0
                        ? " fired " + site.fired() + "/" + site.reached() : " enabled, never fired (reached " + site.reached() + ")");
                separator = ", ";
            }
        }
        List<String> disabled = sites.stream().filter(site -> !site.enabled()).map(BuggifySite::name).toList();
        if (!disabled.isEmpty()) {
            line.append(separator.equals(" ") ? " " : "; ").append("disabled: ").append(String.join(", ", disabled));
        }
        return line.toString();
    }
}
