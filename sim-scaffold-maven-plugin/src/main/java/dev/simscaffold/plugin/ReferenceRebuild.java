package dev.simscaffold.plugin;

/**
 * The command that rewrites a reference page this module generates, printed in the page's header. It builds the
 * archetype jars the renderers read without running the archetypes' or the plugin's ITs, which take minutes and
 * say nothing about the page.
 */
final class ReferenceRebuild {

    private ReferenceRebuild() {
    }

    /**
     * @param test the test that renders and checks the page
     * @return the command, from the repository root
     */
    static String command(String test) {
        return "./mvnw -pl sim-scaffold-maven-plugin -am verify -Darchetype.test.skip=true -Dplugin.its.skip=true -Dtest=" + test
                + " -Dsurefire.failIfNoSpecifiedTests=false -Ddocs.update=true";
    }
}
