import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks what central-publishing-maven-plugin staged against Central's requirements
 * (https://central.sonatype.org/publish/requirements/), because the plugin checks none of them and the Portal
 * reports them only after an upload. Run by the release profile as the BOM's last step (JDK only, single-file
 * source launch):
 *
 * <pre>java .release/CheckCentralBundle.java &lt;bom groupId:artifactId:version&gt; &lt;top-level target dir&gt;</pre>
 *
 * <p>Which components must be there is read from the bundle itself: the BOM, every artifact its
 * dependencyManagement lists, and every parent POM of those. For each of them:
 * <ul>
 *   <li>a POM whose coordinates match its path, with its own name and description, and, itself or through
 *       parents in the bundle, url, a licence (name and url), a developer (name) and scm (url and connection);
 *       no {@code ${...}} left unresolved, no SNAPSHOT in a release bundle;</li>
 *   <li>unless its packaging is pom: the jar, a sources jar and a javadoc jar;</li>
 *   <li>a CycloneDX SBOM ({@code -cyclonedx.json}), sim-scaffold's own requirement;</li>
 *   <li>for every file: an ASCII-armored signature ({@code .asc}), and in a release bundle {@code .md5} and
 *       {@code .sha1} checksums (and any {@code .sha256}/{@code .sha512}) that match the file.</li>
 * </ul>
 * A component in the bundle that is none of these fails too: the BOM must list every published artifact.
 *
 * <p>A release version is checked in {@code central-publishing/central-bundle.zip}, the file that would be
 * uploaded. A SNAPSHOT gets no bundle (the plugin defers snapshots to Central's snapshot repository, which
 * computes checksums itself), so its staged files in {@code central-deferred/} are checked, checksums aside.
 */
public final class CheckCentralBundle {

    private static final List<String> CHECKSUMS = List.of(".md5", ".sha1", ".sha256", ".sha512");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final Map<String, byte[]> files;
    private final boolean release;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Element> poms = new TreeMap<>();

    private CheckCentralBundle(Map<String, byte[]> files, boolean release) {
        this.files = files;
        this.release = release;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java CheckCentralBundle.java <bom groupId:artifactId:version> <top-level target dir>");
            System.exit(2);
        }
        String[] bom = args[0].split(":");
        boolean release = !bom[2].endsWith("-SNAPSHOT");
        Path target = Path.of(args[1]);
        Path source = release ? target.resolve("central-publishing/central-bundle.zip") : target.resolve("central-deferred");
        if (!Files.exists(source)) {
            fail("no Central bundle at " + source + ": build the whole reactor with -Prelease (the BOM comes last)");
        }
        Map<String, byte[]> files = release ? readZip(source) : readTree(source);
        CheckCentralBundle check = new CheckCentralBundle(files, release);
        check.run(bom[0], bom[1], bom[2]);
        System.out.println("Central bundle check: " + source + " (" + files.size() + " files)");
        if (!check.problems.isEmpty()) {
            check.problems.forEach(p -> System.out.println("  MISSING OR WRONG: " + p));
            fail(check.problems.size() + " problem(s): Central would refuse this bundle");
        }
    }

    private void run(String groupId, String bomArtifactId, String version) throws Exception {
        Map<String, String> expected = new LinkedHashMap<>(); // "g:a" -> why it is expected
        expected.put(groupId + ":" + bomArtifactId, "the BOM");
        Element bom = pom(groupId, bomArtifactId, version);
        if (bom == null) {
            fail("the BOM " + groupId + ":" + bomArtifactId + ":" + version + " is not in the bundle");
        }
        Element managed = child(child(bom, "dependencyManagement"), "dependencies");
        for (Element dependency : children(managed, "dependency")) {
            expected.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"), "listed in the BOM");
        }
        // Parents of everything expected, transitively: a consumer resolves them too.
        for (List<String> pending = new ArrayList<>(expected.keySet()); !pending.isEmpty(); ) {
            String ga = pending.remove(0);
            Element pom = pom(ga.split(":")[0], ga.split(":")[1], version);
            Element parent = pom == null ? null : child(pom, "parent");
            if (parent != null) {
                String parentGa = text(parent, "groupId") + ":" + text(parent, "artifactId");
                if (expected.putIfAbsent(parentGa, "parent of " + ga) == null) {
                    pending.add(parentGa);
                }
            }
        }
        TreeSet<String> present = new TreeSet<>();
        for (String path : files.keySet()) {
            String[] parts = path.split("/");
            // <group path>/<artifactId>/<version>/<artifactId>-<version>...: the files of one component.
            if (parts.length >= 4 && parts[parts.length - 1].startsWith(parts[parts.length - 3] + "-" + parts[parts.length - 2])) {
                String g = String.join(".", List.of(parts).subList(0, parts.length - 3));
                present.add(g + ":" + parts[parts.length - 3]);
            }
        }
        for (Map.Entry<String, String> component : expected.entrySet()) {
            String[] ga = component.getKey().split(":");
            checkComponent(ga[0], ga[1], version, component.getValue());
        }
        for (String ga : present) {
            if (!expected.containsKey(ga)) {
                problems.add(ga + " is in the bundle but neither the BOM nor a parent: list it in sim-scaffold-bom or set maven.deploy.skip");
            }
        }
        checkEveryFile();
        System.out.println("Central bundle check: " + expected.size() + " components: " + String.join(", ", expected.keySet()));
    }

    private void checkComponent(String groupId, String artifactId, String version, String why) throws Exception {
        String base = groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version;
        String name = groupId + ":" + artifactId + " (" + why + ")";
        Element pom = pom(groupId, artifactId, version);
        if (pom == null) {
            problems.add(name + ": no POM " + base + ".pom");
            return;
        }
        if (release && version.contains("SNAPSHOT")) {
            problems.add(name + ": a SNAPSHOT version in a release bundle");
        }
        String packaging = text(pom, "packaging").isEmpty() ? "jar" : text(pom, "packaging");
        List<String> required = new ArrayList<>(List.of(".pom", "-cyclonedx.json"));
        if (!packaging.equals("pom")) {
            required.addAll(List.of(".jar", "-sources.jar", "-javadoc.jar"));
        }
        for (String suffix : required) {
            if (!files.containsKey(base + suffix)) {
                problems.add(name + ": no " + base + suffix);
            }
        }
        for (String element : List.of("name", "description")) {
            if (resolve(pom, text(pom, element)).isBlank()) {
                problems.add(name + ": the POM has no <" + element + "> of its own");
            }
        }
        requireInherited(name, pom, version, "url");
        requireInherited(name, pom, version, "licenses", "license", "name");
        requireInherited(name, pom, version, "licenses", "license", "url");
        requireInherited(name, pom, version, "developers", "developer", "name");
        requireInherited(name, pom, version, "scm", "url");
        requireInherited(name, pom, version, "scm", "connection");
    }

    /** The first non-blank value along the parent chain inside the bundle, e.g. licenses/license/name. */
    private void requireInherited(String name, Element pom, String version, String... path) throws Exception {
        for (Element current = pom; current != null; current = parentPom(current, version)) {
            Element element = current;
            for (int i = 0; i < path.length - 1 && element != null; i++) {
                element = child(element, path[i]);
            }
            if (element != null && !resolve(pom, text(element, path[path.length - 1])).isBlank()) {
                return;
            }
        }
        problems.add(name + ": no <" + String.join("/", path) + "> in the POM or its parents");
    }

    private void checkEveryFile() throws NoSuchAlgorithmException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = file.getKey();
            if (path.endsWith(".asc") || CHECKSUMS.stream().anyMatch(path::endsWith) || path.contains("maven-metadata")
                    || path.endsWith("/.index") || path.equals(".index")) {
                continue;
            }
            byte[] signature = files.get(path + ".asc");
            if (signature == null) {
                problems.add(path + ": no signature (.asc)");
            } else if (!new String(signature, StandardCharsets.US_ASCII).startsWith("-----BEGIN PGP SIGNATURE-----")) {
                problems.add(path + ".asc: not an ASCII-armored PGP signature");
            }
            if (!release) {
                continue;
            }
            for (String suffix : CHECKSUMS) {
                byte[] sum = files.get(path + suffix);
                if (sum == null) {
                    if (suffix.equals(".md5") || suffix.equals(".sha1")) {
                        problems.add(path + ": no " + suffix + " checksum");
                    }
                    continue;
                }
                String algorithm = switch (suffix) {
                    case ".md5" -> "MD5";
                    case ".sha1" -> "SHA-1";
                    case ".sha256" -> "SHA-256";
                    default -> "SHA-512";
                };
                String actual = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(file.getValue()));
                String stated = new String(sum, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
                if (!actual.equalsIgnoreCase(stated)) {
                    problems.add(path + suffix + ": states " + stated + ", the file's is " + actual);
                }
            }
        }
    }

    private Element pom(String groupId, String artifactId, String version) throws Exception {
        String path = groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version + ".pom";
        if (!poms.containsKey(path)) {
            byte[] bytes = files.get(path);
            Element pom = null;
            if (bytes != null) {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                pom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
                String g = text(pom, "groupId").isEmpty() ? text(child(pom, "parent"), "groupId") : text(pom, "groupId");
                String v = text(pom, "version").isEmpty() ? text(child(pom, "parent"), "version") : text(pom, "version");
                if (!g.equals(groupId) || !text(pom, "artifactId").equals(artifactId) || !v.equals(version)) {
                    problems.add(path + ": its coordinates are " + g + ":" + text(pom, "artifactId") + ":" + v);
                }
            }
            poms.put(path, pom);
        }
        return poms.get(path);
    }

    private Element parentPom(Element pom, String version) throws Exception {
        Element parent = child(pom, "parent");
        return parent == null ? null : pom(text(parent, "groupId"), text(parent, "artifactId"), text(parent, "version"));
    }

    /** Resolves ${...} against the properties of the POM and its parents in the bundle; blank if one is left. */
    private String resolve(Element pom, String value) throws Exception {
        String version = text(pom, "version").isEmpty() ? text(child(pom, "parent"), "version") : text(pom, "version");
        for (int round = 0; round < 10 && value.contains("${"); round++) {
            Matcher m = PROPERTY.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String key = m.group(1);
                String replacement = switch (key) {
                    case "project.version" -> version;
                    case "project.artifactId" -> text(pom, "artifactId");
                    default -> property(pom, key, version);
                };
                if (replacement == null) {
                    problems.add(text(pom, "artifactId") + ": ${" + key + "} is not defined in the POM or its parents");
                    return "";
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            value = out.toString();
        }
        return value;
    }

    private String property(Element pom, String key, String version) throws Exception {
        for (Element current = pom; current != null; current = parentPom(current, version)) {
            Element properties = child(current, "properties");
            Element property = properties == null ? null : child(properties, key);
            if (property != null) {
                return property.getTextContent().trim();
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().equals(name)) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().trim().replaceAll("\\s+", " ");
    }

    private static Map<String, byte[]> readZip(Path zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), entries.readAllBytes());
                }
            }
        }
        return files;
    }

    private static Map<String, byte[]> readTree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void fail(String message) {
        System.err.println("Central bundle check FAILED: " + message);
        System.exit(1);
    }
}
