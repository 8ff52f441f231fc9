package dev.zosmfsim.parmlib;

import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.datasets.DataSet;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.Member;
import dev.zosmfsim.datasets.Records;
import dev.zosmfsim.zosmf.ZosmfConfigSource;
import dev.zosmfsim.zosmf.ZosmfSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * z/OSMF's settings as parmlib member IZUPRMxx holds them: {@code HOSTNAME('name')}, {@code HTTP_SSL_PORT(n)} and
 * {@code SESSION_EXPIRE(minutes)}, with {@code /* comments *}{@code /} and other statements kept as they are. z/OSMF
 * reads the member when IZUSVR1 starts; a change written through any client takes effect then.
 */
public final class IzuprmMember implements ZosmfConfigSource {

    private static final Pattern STATEMENT = Pattern.compile("\\b(HOSTNAME|HTTP_SSL_PORT|SESSION_EXPIRE)\\s*\\(\\s*"
            + "'?([^')]*)'?\\s*\\)", Pattern.CASE_INSENSITIVE);

    private final Catalog catalog;
    private final DataSetName library;
    private final String member;

    public IzuprmMember(Catalog catalog, DataSetName library, String member) {
        this.catalog = catalog;
        this.library = library;
        this.member = member;
    }

    @Override
    public ZosmfSettings read(ZosmfSettings current) {
        DataSet dataSet = catalog.find(library).orElse(null);
        Member found = dataSet == null ? null : dataSet.members().get(member);
        if (found == null) {
            return current;
        }
        String text = Records.toText(found.records(), dataSet.attributes(), Records.DEFAULT_EBCDIC)
                .replaceAll("(?s)/\\*.*?\\*/", " ");
        String hostname = null;
        int port = current.port();
        Duration expire = current.sessionExpire();
        Matcher matcher = STATEMENT.matcher(text);
        while (matcher.find()) {
            String value = matcher.group(2).trim();
            switch (matcher.group(1).toUpperCase()) {
                case "HOSTNAME" -> hostname = value.isEmpty() ? null : value;
                case "HTTP_SSL_PORT" -> port = value.matches("\\d{1,5}") ? Integer.parseInt(value) : port;
                default -> expire = value.matches("\\d{1,6}") ? Duration.ofMinutes(Long.parseLong(value)) : expire;
            }
        }
        return new ZosmfSettings(hostname, port, current.safRealm(), expire);
    }

    @Override
    public void write(ZosmfSettings settings) {
        DataSet dataSet = catalog.find(library).orElse(null);
        if (dataSet == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        Member found = dataSet.members().get(member);
        if (found != null) {
            for (String line : Records.lines(found.records(), dataSet.attributes())) {
                if (!STATEMENT.matcher(line).find()) {
                    lines.add(line);
                }
            }
        } else {
            lines.add("/* " + member + ": z/OSMF settings (read when IZUSVR1 starts) */");
        }
        if (settings.hostname() != null) {
            lines.add("HOSTNAME('" + settings.hostname() + "')");
        }
        lines.add("HTTP_SSL_PORT(" + settings.port() + ")");
        lines.add("SESSION_EXPIRE(" + settings.sessionExpire().toMinutes() + ")");
        catalog.write(library, member, Records.ofLines(String.join("\n", lines), dataSet.attributes()), "IZUSVR");
    }
}
