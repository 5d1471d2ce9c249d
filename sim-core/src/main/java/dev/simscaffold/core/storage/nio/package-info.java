/**
 * The production side of the storage seams: {@link dev.simscaffold.core.storage.nio.NioFileSystem} implements
 * the synchronous {@link dev.simscaffold.core.storage.FileSystem} port over a real directory, and
 * {@link dev.simscaffold.core.storage.nio.NioStorageIo} a network node's asynchronous
 * {@link dev.simscaffold.core.storage.StorageIo} over a real file. It is the one sim-core package that performs
 * real I/O, so the determinism rules treat it as an adapter; simulated runs use
 * {@link dev.simscaffold.core.storage.SimFileSystem} and {@link dev.simscaffold.core.storage.SimDisk} instead and
 * never load it.
 */
package dev.simscaffold.core.storage.nio;
