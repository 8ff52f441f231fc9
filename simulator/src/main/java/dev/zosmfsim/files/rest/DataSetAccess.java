package dev.zosmfsim.files.rest;

import dev.zosmfsim.datasets.DataSet;
import dev.zosmfsim.datasets.DataSetException;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.http.LoggedOnUser;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.security.AccessLevel;
import io.javalin.http.Context;

/**
 * The RACF check before a data set is opened: READ to read, UPDATE to write, ALTER to allocate, delete or rename.
 * A list of data set names opens nothing and is not checked (z/OSMF lists data sets the user cannot open).
 */
final class DataSetAccess {

    private DataSetAccess() {
    }

    static void require(ServerContext context, Context ctx, DataSetName name, AccessLevel intent) {
        require(context, LoggedOnUser.of(ctx), name, intent);
    }

    static void require(ServerContext context, String userid, DataSetName name, AccessLevel intent) {
        String volume = context.system().datasets().find(name).map(DataSet::volume).orElse("VOL001");
        context.system().datasetAuthority().check(userid, name.value(), volume, intent).ifPresent(refusal -> {
            throw new DataSetException(DataSetException.Kind.NOT_AUTHORIZED,
                    intent == AccessLevel.READ ? "LMOPEN error" : "Not authorized to " + name, refusal.message());
        });
    }
}
