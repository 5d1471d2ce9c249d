package dev.simscaffold.testkit.property;

import java.util.Arrays;
import java.util.Collection;

/**
 * Renders generated values for failure reports: arrays by their contents, long collections one element
 * per line, everything else by {@code toString()}, indented under its heading.
 */
final class Pretty {

    private static final int ONE_LINE_LIMIT = 100;

    private Pretty() {
    }

    static String render(Object value, String indent) {
        if (value instanceof Collection<?> collection) {
            String oneLine = collection.toString();
            if (oneLine.length() <= ONE_LINE_LIMIT) {
                return indent + oneLine;
            }
            StringBuilder text = new StringBuilder(indent).append("[\n");
            for (Object element : collection) {
                text.append(indent).append("  ").append(oneLine(element)).append(",\n");
            }
            return text.append(indent).append("] (").append(collection.size()).append(" elements)").toString();
        }
        return indent + oneLine(value);
    }

    private static String oneLine(Object value) {
        if (value instanceof Object[] objects) {
            return Arrays.deepToString(objects);
        }
        if (value instanceof int[] ints) {
            return Arrays.toString(ints);
        }
        if (value instanceof long[] longs) {
            return Arrays.toString(longs);
        }
        if (value instanceof boolean[] booleans) {
            return Arrays.toString(booleans);
        }
        if (value instanceof byte[] bytes) {
            return Arrays.toString(bytes);
        }
        if (value instanceof double[] doubles) {
            return Arrays.toString(doubles);
        }
        return String.valueOf(value);
    }
}
