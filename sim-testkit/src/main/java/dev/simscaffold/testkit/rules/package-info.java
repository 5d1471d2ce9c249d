/** ArchUnit rules that keep simulated code deterministic, each explaining what to use instead. */
package dev.simscaffold.testkit.rules;
