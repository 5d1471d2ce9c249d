/**
 * The production side of the storage port: {@link dev.simscaffold.core.storage.nio.NioFileSystem} implements
 * {@link dev.simscaffold.core.storage.FileSystem} over a real directory. It is the one sim-core package that
 * performs real I/O, so the determinism rules treat it as an adapter; simulated runs use
 * {@link dev.simscaffold.core.storage.SimFileSystem} instead and never load it.
 */
package dev.simscaffold.core.storage.nio;
