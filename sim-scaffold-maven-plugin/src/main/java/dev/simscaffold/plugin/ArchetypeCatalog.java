package dev.simscaffold.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The types the plugin offers, read from the archetypes' merged catalog that the build copies into the
 * plugin jar: a new archetype becomes a type by being listed there, never by a second list here.
 *
 * @param types every type, in catalog order
 */
public record ArchetypeCatalog(List<ArchetypeType> types) {

    /** Where the build puts archetypes/target/archetype-catalog.xml inside the plugin jar. */
    public static final String RESOURCE = "META-INF/sim-scaffold/archetype-catalog.xml";

    /**
     * Copies the list, so that the catalog stays as read.
     *
     * @param types every type, in catalog order
     */
    public ArchetypeCatalog {
        types = List.copyOf(types);
    }

    /**
     * Reads the catalog the plugin was built with.
     *
     * @return the types, in catalog order
     */
    public static ArchetypeCatalog builtIn() {
        try (InputStream in = ArchetypeCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar has no " + RESOURCE + ": build it after archetypes/ in the same reactor");
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a catalog in maven-archetype-plugin's format; only the sim-scaffold archetypes
     * ({@code archetype-*}) become types.
     *
     * @param catalog the XML
     * @return the types, in catalog order
     * @throws IOException when the XML cannot be read or parsed
     */
    public static ArchetypeCatalog read(InputStream catalog) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList archetypes = factory.newDocumentBuilder().parse(catalog).getElementsByTagNameNS("*", "archetype");
            List<ArchetypeType> types = new ArrayList<>();
            for (int i = 0; i < archetypes.getLength(); i++) {
                Element archetype = (Element) archetypes.item(i);
                String artifactId = text(archetype, "artifactId");
                if (artifactId.startsWith(ArchetypeType.PREFIX)) {
                    types.add(new ArchetypeType(artifactId.substring(ArchetypeType.PREFIX.length()), text(archetype, "groupId"), artifactId,
                            text(archetype, "version"), text(archetype, "description")));
                }
            }
            return new ArchetypeCatalog(types);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not an archetype catalog: " + e.getMessage(), e);
        }
    }

    /**
     * The type a user asked for.
     *
     * @param name the {@code -Dtype} value, null when none was given
     * @return the type
     * @throws IllegalArgumentException naming the value and the types there are
     */
    public ArchetypeType find(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("property 'type' is empty: give it a value, one of " + names());
        }
        return types.stream().filter(type -> type.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("property 'type' = '" + name + "' is not a sim-scaffold type; use one of " + names()));
    }

    private String names() {
        return types.stream().map(ArchetypeType::name).collect(Collectors.joining(", "));
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS("*", name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
    }
}
