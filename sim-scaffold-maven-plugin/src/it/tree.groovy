// A case's working directory and the directory above it, as a sorted listing with a SHA-256 for every file,
// so that a refused request can be shown to have created or changed nothing anywhere near it. Two files
// are Invoker's, not the plugin's: the case's build.log and the .mvn/ marker Invoker creates in a case
// without a pom. The listing is kept outside both directories (itSnapshots).
import java.security.MessageDigest

def listing = { File basedir ->
    File parent = basedir.parentFile
    List<String> lines = []
    parent.eachFileRecurse { File file ->
        String path = parent.toPath().relativize(file.toPath()).toString().replace(File.separatorChar, '/' as char)
        if (path == "${basedir.name}/build.log" || path == "${basedir.name}/.mvn") {
            return
        }
        lines << (file.isDirectory() ? "${path}/" : "${path} ${MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex()}")
    }
    return lines.sort()
}
def recorded = { File basedir, File snapshots -> new File(snapshots, "${basedir.name}.txt") }
return [
    record: { File basedir, File snapshots ->
        snapshots.mkdirs()
        recorded(basedir, snapshots).text = listing(basedir).join('\n')
    },
    assertUnchanged: { File basedir, File snapshots ->
        List<String> before = recorded(basedir, snapshots).text.readLines()
        List<String> after = listing(basedir)
        assert after == before: "created or changed: ${after - before}; removed or changed: ${before - after}"
    },
]
