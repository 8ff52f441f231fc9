package dev.zosmfsim.system;

import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.uss.UnixFileSystem;
import dev.zosmfsim.uss.UnixUsers;

/** The system's storage: the catalog of data sets, the z/OS UNIX file system and who users are to it. */
record Storage(Catalog catalog, UnixFileSystem files, UnixUsers users) {
}
