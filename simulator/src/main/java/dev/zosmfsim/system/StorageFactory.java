package dev.zosmfsim.system;

import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.datasets.DataSetAttributes;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.RecordFormat;
import dev.zosmfsim.datasets.Records;
import dev.zosmfsim.cea.CeaParameters;
import dev.zosmfsim.parmlib.CeaprmMember;
import dev.zosmfsim.parmlib.IzuprmMember;
import dev.zosmfsim.parmlib.ParmlibCeaMembers;
import dev.zosmfsim.security.AccessLevel;
import dev.zosmfsim.security.RacfDatabase;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.uss.UnixFileSystem;
import dev.zosmfsim.uss.UnixUsers;
import dev.zosmfsim.zosmf.IzugLog;
import dev.zosmfsim.zosmf.ZosmfServerState;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Builds the system's storage: SYS1.PARMLIB with z/OSMF's IZUPRMCM (which z/OSMF then reads at each start), the
 * z/OS UNIX tree with the users' home directories, and z/OSMF's own log at /global/zosmf/data/logs/IZUG0.log.
 */
final class StorageFactory {

    static final DataSetName PARMLIB = new DataSetName("SYS1.PARMLIB");
    static final String IZUPRM = "IZUPRMCM";
    static final String IZUG0_LOG = "/global/zosmf/data/logs/IZUG0.log";

    private StorageFactory() {
    }

    static Storage build(dev.zosmfsim.clock.SimClock clock, dev.zosmfsim.zosmf.SystemIdentity identity, RacfDatabase racf,
            ZosmfServerState zosmf, IzugLog log, Map<String, CeaParameters> ceaMembers,
            dev.zosmfsim.scenario.Scenario scenario, dev.zosmfsim.console.SystemMessages messages, long sizeCap) {
        Catalog catalog = new Catalog(() -> LocalDateTime.ofInstant(clock.now(), identity.localOffset()), sizeCap);
        catalog.create(PARMLIB, new DataSetAttributes("PO", "PDS", RecordFormat.FB, 80, 27_920, "CYL", 1, 1, 20,
                identity.residenceVolume()));
        zosmf.keepIn(new IzuprmMember(catalog, PARMLIB, IZUPRM));
        ceaMembers.forEach((suffix, member) -> catalog.write(PARMLIB, "CEAPRM" + suffix,
                Records.ofLines(CeaprmMember.format(member), catalog.get(PARMLIB).attributes()), "IBMUSER"));

        Map<String, UnixUsers.Omvs> segments = UnixUsers.defaults(racf.users().stream().map(UserProfile::userid)
                .toList());
        UnixUsers users = new UnixUsers(segments, UnixUsers.defaultGroups(),
                userid -> racf.facilityAccess(userid, "BPX.SUPERUSER").allows(AccessLevel.READ));
        UnixFileSystem files = new UnixFileSystem(clock::now);
        files.mkdirs("/tmp", 01777, 0, 0);
        files.chmod(new dev.zosmfsim.uss.UnixCaller("OMVSKERN", 0, 0, true), "/tmp", 0777, false);
        files.mkdirs("/u", 0755, 0, 0);
        segments.forEach((userid, omvs) -> files.mkdirs(omvs.home(), 0755, omvs.uid(), omvs.gid()));
        files.mkdirs("/global/zosmf/data/logs", 0755, 0, 1);
        files.putFile(IZUG0_LOG, null, () -> (String.join("\n", log.lines()) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1), 0640, 0, 1, "ISO8859-1");
        Storage storage = new Storage(catalog, files, users, new ParmlibCeaMembers(catalog, List.of(PARMLIB)),
                new dev.zosmfsim.security.DatasetAuthority(racf, messages::write));
        ScenarioStorage.load(storage, scenario);
        return storage;
    }
}
