/**
 * Real-world implementations of the stage's I/O boundaries, written once over sim-core's storage port
 * ({@code dev.simscaffold.core.storage.FileSystem}): a source file, sink files fsynced before every
 * checkpoint, and a checkpoint file replaced atomically (write a temporary file, fsync, rename, fsync the
 * directory). Production runs them on a {@code NioFileSystem}, the simulation on a {@code SimFileSystem}: there
 * is no simulated twin. This is the only package that may touch files, clocks or threads: the moderate
 * determinism rules ({@code DeterminismRulesTest}) hold everything else to the strict ones, so the logic and
 * the driver stay simulatable.
 */
package org.acme.pipeline.adapter;
