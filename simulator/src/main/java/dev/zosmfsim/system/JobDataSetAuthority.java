package dev.zosmfsim.system;

import dev.zosmfsim.jes.jcl.DataSetAuthority;
import dev.zosmfsim.security.AccessLevel;
import dev.zosmfsim.security.DatasetAuthority;

/** RACF's data set check as JES2 and batch programs ask it (JES2 knows nothing of RACF's own types). */
public final class JobDataSetAuthority {

    private JobDataSetAuthority() {
    }

    public static DataSetAuthority of(DatasetAuthority racf) {
        return (userid, dsn, volume, access) -> racf.check(userid, dsn, volume, switch (access) {
            case READ -> AccessLevel.READ;
            case UPDATE -> AccessLevel.UPDATE;
            case ALTER -> AccessLevel.ALTER;
        }).map(DatasetAuthority.Refusal::message);
    }
}
