package dev.simscaffold.archetype.support

/**
 * Commands the report prints, quoted for a POSIX shell, so that they work when pasted even from a
 * directory whose name holds a space or a quote.
 */
final class Shell {

    private static final String PLAIN = /[A-Za-z0-9_@%+=:,.\/-]+/

    private Shell() {
    }

    static String quote(String argument) {
        if (argument ==~ PLAIN) {
            return argument
        }
        return "'" + argument.replace("'", "'\\''") + "'"
    }

    static String command(List<String> arguments) {
        return arguments.collect { quote(it) }.join(' ')
    }
}
