package dev.zosmfsim.zosmf.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.zosmfsim.zosmf.ZosmfInfo;
import java.util.List;

/** {@code /zosmf/info}'s body, with z/OSMF's field names. */
@JsonPropertyOrder({"zos_version", "zosmf_port", "zosmf_version", "zosmf_hostname", "plugins", "zosmf_saf_realm",
    "zosmf_full_version", "api_version"})
record InfoBody(
        @JsonProperty("zos_version") String zosVersion,
        @JsonProperty("zosmf_port") String zosmfPort,
        @JsonProperty("zosmf_version") String zosmfVersion,
        @JsonProperty("zosmf_hostname") String zosmfHostname,
        @JsonProperty("plugins") List<ZosmfInfo.Plugin> plugins,
        @JsonProperty("zosmf_saf_realm") String zosmfSafRealm,
        @JsonProperty("zosmf_full_version") String zosmfFullVersion,
        @JsonProperty("api_version") String apiVersion) {

    static InfoBody of(ZosmfInfo info) {
        return new InfoBody(info.zosVersion(), info.zosmfPort(), info.zosmfVersion(), info.zosmfHostname(),
                info.plugins(), info.zosmfSafRealm(), info.zosmfFullVersion(), info.apiVersion());
    }
}
