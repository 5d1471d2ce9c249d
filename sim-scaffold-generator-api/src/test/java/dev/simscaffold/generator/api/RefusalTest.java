package dev.simscaffold.generator.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sentences a refusal makes: the ones the archetypes refused with as plain strings before the seam. */
class RefusalTest {

    @Test
    void aGivenValueIsNamedAsAProperty() {
        assertThat(Refusal.of("version", "1 0", "is not a valid Maven version").message())
                .isEqualTo("property 'version' = '1 0' is not a valid Maven version");
    }

    @Test
    void aDefaultNamesWhereItCameFrom() {
        assertThat(Refusal.of("package", "com..example", "is not a valid Java package name").from("groupId").message())
                .isEqualTo("package (from groupId) = 'com..example' is not a valid Java package name");
    }

    @Test
    void anEmptyValueIsNotShownAndAColonClauseIsJoinedAsItIs() {
        assertThat(Refusal.of("groupId", null, "is empty: give it a value").message()).isEqualTo("property 'groupId' is empty: give it a value");
        assertThat(Refusal.of("groupId", " ", "is empty: give it a value").message()).isEqualTo("property 'groupId' is empty: give it a value");
        assertThat(Refusal.of("invariants", "hash code", ": the sentence 'hash code' would be named 'hashCode'").message())
                .isEqualTo("property 'invariants' = 'hash code': the sentence 'hash code' would be named 'hashCode'");
    }

    @Test
    void aLongValueIsCut() {
        assertThat(Refusal.shown("a".repeat(101))).isEqualTo("'" + "a".repeat(60) + "...' (101 characters)");
        assertThat(Refusal.shown("two\nlines")).isEqualTo("'two lines'");
    }
}
