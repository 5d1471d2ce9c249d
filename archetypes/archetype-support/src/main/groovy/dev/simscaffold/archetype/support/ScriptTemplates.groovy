package dev.simscaffold.archetype.support

import org.apache.velocity.VelocityContext
import org.apache.velocity.app.VelocityEngine

/**
 * Renders the templates this machine writes itself, after validation, with the plugin's own Velocity:
 * the same syntax as every other template, plus values the plugin cannot compute, such as each named
 * invariant's method name.
 */
final class ScriptTemplates {

    private ScriptTemplates() {
    }

    static String render(String template, String name, Map<String, Object> values) {
        VelocityEngine engine = new VelocityEngine()
        engine.init()
        StringWriter out = new StringWriter()
        engine.evaluate(new VelocityContext(new HashMap<String, Object>(values)), out, name, template)
        return out.toString()
    }
}
