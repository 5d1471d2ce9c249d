package dev.simscaffold.archetype.support

/** Printed commands survive being pasted into a POSIX shell. */
class ShellCases {

    void 'plain arguments stay as they are'() {
        assert Shell.command(['mvn', '-f', '/home/me/leases/pom.xml', 'verify']) == 'mvn -f /home/me/leases/pom.xml verify'
    }

    void 'spaces, quotes and shell characters are single-quoted'() {
        assert Shell.quote('/tmp/my work/pom.xml') == "'/tmp/my work/pom.xml'"
        assert Shell.quote("/tmp/it's/pom.xml") == "'/tmp/it'\\''s/pom.xml'"
        assert Shell.quote('-Dtest=LeaseTableProperties#<method>') == "'-Dtest=LeaseTableProperties#<method>'"
    }

    void 'a quoted command gives the shell back the exact arguments'(){
        List<String> arguments = ['printf', '%s\\n', '/tmp/a b/pom.xml', "it's", '$HOME', '-Dsim.seed=<seed>']
        Process shell = new ProcessBuilder('sh', '-c', Shell.command(arguments)).redirectErrorStream(true).start()
        assert shell.inputStream.getText('UTF-8').readLines() == arguments.drop(2)
        assert shell.waitFor() == 0
    }
}
