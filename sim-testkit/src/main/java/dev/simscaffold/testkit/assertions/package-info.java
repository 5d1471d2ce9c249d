/** AssertJ assertions for harnesses and traces whose failure messages carry the seed. */
package dev.simscaffold.testkit.assertions;
