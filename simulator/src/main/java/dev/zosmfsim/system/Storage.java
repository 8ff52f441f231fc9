package dev.zosmfsim.system;

import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.uss.UnixFileSystem;
import dev.zosmfsim.uss.UnixUsers;

/**
 * The system's storage: the catalog of data sets, the z/OS UNIX file system, who users are to it, and the CEAPRMxx
 * members of its parmlib as CEA reads them.
 */
record Storage(Catalog catalog, UnixFileSystem files, UnixUsers users,
        java.util.Map<String, dev.zosmfsim.cea.CeaParameters> ceaMembers,
        dev.zosmfsim.security.DatasetAuthority datasetAuthority) {
}
