/**
 * Real-world implementations of the stage's I/O boundaries: a source file, sink files fsynced before every
 * checkpoint, and a checkpoint file replaced atomically (write a temporary file, fsync, rename, fsync the
 * directory). This is the only package that may touch files, clocks or threads: the moderate determinism
 * rules ({@code DeterminismRulesTest}) hold everything else to the strict ones, so the logic and the driver
 * stay simulatable. The adapters are tested against a real temporary directory.
 */
package ${package}.adapter;
