package dev.zosmfsim.security.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.http.BaseServiceModule;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.security.TokenService;
import dev.zosmfsim.zosmf.ZosmfMaintenance;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * The key endpoint of z/OSMF's JWT builder ({@code zOSMFBuilder}, a Liberty JWT builder): {@code GET
 * /jwt/ibm/api/zOSMFBuilder/jwk} answers the public key that signs the {@code jwtToken}s as a JWK Set, so that a
 * server such as the Zowe API Mediation Layer can check z/OSMF's tokens without asking z/OSMF. It needs no logon
 * (the API ML reads it with no credentials) and exists where z/OSMF builds JWTs: it has the JWT support (APAR
 * PH12143 on V2R3 and V2R4) and it is not switched off.
 */
public final class JwkModule extends BaseServiceModule {

    public static final String PREFIX = "/jwt/ibm/api/zOSMFBuilder";
    public static final String PATH = PREFIX + "/jwk";

    public JwkModule() {
        super("jwk", PREFIX, FaultService.JWK);
    }

    /** A JWK Set (RFC 7517): the one key z/OSMF signs with. */
    record KeySet(List<Key> keys) {
    }

    /** One RSA public key, with the members in the order z/OSMF's builder writes them. */
    @JsonPropertyOrder({"kty", "e", "use", "kid", "alg", "n"})
    record Key(String kty, String e, String use, String kid, String alg, String n) {

        static Key of(TokenService.PublicKey key) {
            return new Key("RSA", key.exponent(), "sig", key.kid(), "RS256", key.modulus());
        }
    }

    @Override
    public Logon logon(HandlerType method, String path) {
        return Logon.OPEN;
    }

    @Override
    public boolean present(HandlerType method, String path, ZosmfMaintenance maintenance) {
        return maintenance.buildsJwt();
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get(PATH, ctx -> context.json().write(ctx, 200,
                new KeySet(List.of(Key.of(context.system().tokens().publicKey())))));
    }
}
