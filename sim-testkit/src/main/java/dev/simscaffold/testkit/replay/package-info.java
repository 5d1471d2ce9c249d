/** Turns a failing seed into the exact command that reruns just that case. */
package dev.simscaffold.testkit.replay;
