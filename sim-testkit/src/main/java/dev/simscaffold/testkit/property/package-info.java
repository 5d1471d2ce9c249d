/**
 * Property tests for JUnit 5 on top of sim-core's property engine: {@link
 * dev.simscaffold.testkit.property.Properties#forAll(dev.simscaffold.core.check.Gen)} runs a shrinking
 * property in any test and reports a failure with its seed, shrunk value and replay command.
 */
package dev.simscaffold.testkit.property;
