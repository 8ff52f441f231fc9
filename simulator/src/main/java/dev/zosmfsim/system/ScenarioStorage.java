package dev.zosmfsim.system;

import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.datasets.DataSet;
import dev.zosmfsim.datasets.DataSetAttributes;
import dev.zosmfsim.datasets.DataSetException;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.Member;
import dev.zosmfsim.datasets.Records;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioException;
import dev.zosmfsim.scenario.StorageSections;
import dev.zosmfsim.scenario.StorageSpecs;
import dev.zosmfsim.uss.UnixFileSystem;
import dev.zosmfsim.uss.UnixUsers;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario's datasets and unixFiles put into the system's storage, and the storage written back as those
 * sections. What the system makes by itself (parmlib's IZUPRMCM and CEAPRMxx, which the zosmf and cea sections
 * describe; the users' home directories; z/OSMF's log) is not written back.
 */
final class ScenarioStorage {

    private static final Set<String> SYSTEM_DIRECTORIES = Set.of("/tmp", "/u", "/global", "/global/zosmf",
            "/global/zosmf/data", "/global/zosmf/data/logs");

    private ScenarioStorage() {
    }

    static void load(Storage storage, Scenario scenario) {
        Catalog catalog = storage.catalog();
        scenario.datasets().forEach((name, spec) -> {
            DataSetName dsn = new DataSetName(name);
            DataSetAttributes attributes = StorageSections.attributes(spec);
            if (catalog.find(dsn).isEmpty()) {
                catalog.create(dsn, attributes);
            }
            String owner = scenario.users().containsKey(dsn.hlq()) ? dsn.hlq() : "IBMUSER";
            DataSetAttributes kept = catalog.get(dsn).attributes();
            try {
                if (spec.text() != null || spec.binary() != null) {
                    catalog.write(dsn, null, records(spec.text(), spec.binary(), kept), owner);
                }
                spec.members().forEach((member, content) -> catalog.write(dsn, member, content == null
                        ? List.of() : records(content.text(), content.binary(), kept), owner));
            } catch (DataSetException e) {
                throw new ScenarioException("scenario", 0, 0, "datasets." + name, e.getMessage() + ": "
                        + e.detail() + " (give the data set more space: primary, secondary, alcunit CYL)");
            }
            if (Boolean.TRUE.equals(spec.migrated())) {
                catalog.migrate(dsn);
            }
        });
        UnixFileSystem files = storage.files();
        UnixUsers users = storage.users();
        scenario.unixFiles().forEach((path, spec) -> {
            StorageSpecs.UnixFileSpec file = spec == null
                    ? new StorageSpecs.UnixFileSpec(null, null, null, null, null, null, null, null, null) : spec;
            int uid = file.owner() == null ? 0 : orZero(users.uidOf(file.owner()));
            int gid = file.group() == null ? users.segment(file.owner() == null ? "" : file.owner())
                    .map(UnixUsers.Omvs::gid).orElse(0) : orZero(users.gidOf(file.group()));
            String parent = path.substring(0, Math.max(1, path.lastIndexOf('/')));
            files.mkdirs(parent, 0755, 0, 0);
            if (Boolean.TRUE.equals(file.directory())) {
                files.mkdirs(path, 0755, uid, gid);
                files.chmod(SUPERUSER, path, file.mode() == null ? 0755 : StorageSections.mode(file.mode()), false);
                files.chown(SUPERUSER, path, uid, gid, false);
            } else {
                Charset codePage = file.tag() == null || file.tag().equals("binary") ? Records.DEFAULT_EBCDIC
                        : charset(file.tag());
                byte[] data = file.binary() != null ? ContentForm.bytes(file.binary())
                        : (file.text() == null ? "" : file.text()).getBytes(codePage);
                files.putFile(path, data, null,
                        file.mode() == null ? 0644 : StorageSections.mode(file.mode()), uid, gid, file.tag());
            }
        });
    }

    /** A scenario's contents as records: its text one record a line, or its bytes as a binary write cuts them. */
    private static List<byte[]> records(String text, String binary, DataSetAttributes attributes) {
        if (binary != null) {
            return Records.fromBinary(ContentForm.bytes(binary), attributes).records();
        }
        return Records.ofLines(text == null ? "" : text, attributes);
    }

    private static final dev.zosmfsim.uss.UnixCaller SUPERUSER = new dev.zosmfsim.uss.UnixCaller("OMVSKERN", 0, 0,
            true);

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Charset charset(String tag) {
        for (String candidate : new String[] {tag, tag.replace("IBM-", "IBM"), tag.replace("ISO8859-", "ISO-8859-")}) {
            if (Charset.isSupported(candidate)) {
                return Charset.forName(candidate);
            }
        }
        return Records.DEFAULT_EBCDIC;
    }

    /** The data sets as a scenario's datasets section, without what the system makes by itself. */
    static Map<String, StorageSpecs.DataSetSpec> datasets(Catalog catalog) {
        Map<String, StorageSpecs.DataSetSpec> sections = new LinkedHashMap<>();
        for (DataSet dataSet : catalog.all()) {
            boolean parmlib = dataSet.name().equals(StorageFactory.PARMLIB);
            Map<String, StorageSpecs.MemberSpec> members = new LinkedHashMap<>();
            for (Member member : dataSet.members().values()) {
                if (parmlib && (member.name().equals(StorageFactory.IZUPRM) || member.name().startsWith("CEAPRM"))) {
                    continue;
                }
                ContentForm.Content content = ContentForm.of(member.records(), dataSet.attributes());
                members.put(member.name(), new StorageSpecs.MemberSpec(content.text(), null, content.binary(), null));
            }
            if (parmlib && members.isEmpty()) {
                continue;
            }
            DataSetAttributes a = dataSet.attributes();
            ContentForm.Content content = dataSet.partitioned() ? new ContentForm.Content(null, null)
                    : ContentForm.of(dataSet.records(), a);
            sections.put(dataSet.name().value(), new StorageSpecs.DataSetSpec(a.dsorg(), a.dsntype(),
                    a.recfm().name(), a.lrecl(), a.blksize(), a.alcunit(), a.primary(), a.secondary(), a.dirblk(),
                    a.volume(), dataSet.migrated() ? Boolean.TRUE : null, content.text(), null, content.binary(),
                    null, members));
        }
        return sections;
    }

    /** The z/OS UNIX files and directories as a unixFiles section, without the system's own ones. */
    static Map<String, StorageSpecs.UnixFileSpec> unixFiles(UnixFileSystem files, UnixUsers users) {
        Map<String, StorageSpecs.UnixFileSpec> sections = new LinkedHashMap<>();
        Set<String> homes = new java.util.HashSet<>();
        users.segments().values().forEach(omvs -> homes.add(omvs.home()));
        for (UnixFileSystem.Stored stored : files.walk()) {
            UnixFileSystem.Entry entry = stored.entry();
            boolean system = SYSTEM_DIRECTORIES.contains(stored.path()) || homes.contains(stored.path());
            if (system || (!entry.directory() && stored.data() == null)) {
                continue;
            }
            Charset codePage = entry.tag() == null || entry.tag().equals("binary") ? Records.DEFAULT_EBCDIC
                    : charset(entry.tag());
            ContentForm.Content content = entry.directory() ? new ContentForm.Content(null, null)
                    : ContentForm.of(stored.data(), codePage);
            sections.put(stored.path(), new StorageSpecs.UnixFileSpec(entry.directory() ? Boolean.TRUE : null,
                    content.text(), null, content.binary(), null, String.format("%03o", entry.mode()), users.userName(entry.uid()), users.groupName(entry.gid()),
                    entry.tag()));
        }
        return sections;
    }
}
