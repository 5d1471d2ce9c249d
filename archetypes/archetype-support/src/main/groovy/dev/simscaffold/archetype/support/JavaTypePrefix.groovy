package dev.simscaffold.archetype.support

/**
 * The prefix of the generated type names (moduleName): UpperCamelCase letters and digits, an upper-case letter
 * first, at most JavaNames.LONGEST of them, so that LeaseTableLogic.java and its siblings are valid names.
 */
final class JavaTypePrefix implements PropertyRule {

    @Override
    String refusal(String value) {
        int[] codePoints = value.codePoints().toArray()
        boolean fits = codePoints.length in 1..JavaNames.LONGEST && Character.getType(codePoints[0]) == Character.UPPERCASE_LETTER &&
                codePoints.every { Character.isLetter(it) || Character.isDigit(it) }
        if (fits) {
            return null
        }
        if (JavaNames.RESERVED.contains(value)) {
            return 'is a reserved Java word; choose a type name such as LeaseTable'
        }
        if (codePoints.length > JavaNames.LONGEST) {
            return "is longer than ${JavaNames.LONGEST} characters: the file names built from it would be too long"
        }
        return 'is not a valid Java type name: use UpperCamelCase letters and digits, starting with an upper-case letter, such as LeaseTable'
    }

    @Override
    String sentence() {
        return 'The prefix of the generated type names: UpperCamelCase letters and digits'
    }
}
