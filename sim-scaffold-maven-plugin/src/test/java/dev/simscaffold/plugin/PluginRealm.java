package dev.simscaffold.plugin;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The test class path as the plugin's own class realm sees it at run time: the generator API, Groovy and
 * archetype-common, but no archetype. The archetype jars are on the test class path (provided dependencies), so
 * without this filter every archetype's generator would be loaded from the first of them, and archetype-gossip's
 * rules would find the example class its jar carries (org.acme.gossip.MembershipConfig) whether it carried it or not.
 */
final class PluginRealm extends ClassLoader {

    private static final String MACHINE = "dev.simscaffold.archetype.";
    private static final String MACHINE_PATH = "dev/simscaffold/archetype/";
    /** The examples' fixed packages, whose classes an archetype jar may carry for its rules. */
    private static final String EXAMPLES = "org.acme.";
    private static final String EXAMPLES_PATH = "org/acme/";
    private static final String SERVICE = "META-INF/services/dev.simscaffold.generator.api.";

    PluginRealm() {
        super(PluginRealm.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(MACHINE) || name.startsWith(EXAMPLES)) {
            throw new ClassNotFoundException(name + " is an archetype's, not the plugin's");
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return archetypes(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return archetypes(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }

    private static boolean archetypes(String name) {
        return name.startsWith(MACHINE_PATH) || name.startsWith(EXAMPLES_PATH) || name.startsWith(SERVICE);
    }
}
