package dev.zosmfsim.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says whose credentials an injected parameter carries and how it logs on:
 *
 * <ul>
 *   <li>{@code @LoggedOn(user = "COLIN") HttpClient}: logs on with COLIN's client certificate;</li>
 *   <li>{@code @LoggedOn(user = "IBMUSER", by = Logon.PASSWORD) HttpClient}: adds IBMUSER's password (as the
 *       scenario defines it when the client is made) as a Basic {@code Authorization} header to every request that
 *       carries none of its own;</li>
 *   <li>{@code @LoggedOn(user = "COLIN") SSLContext}: trusts the simulator and presents COLIN's certificate;</li>
 *   <li>{@code @LoggedOn(user = "COLIN") PemFiles}: the CA, COLIN's certificate and key as PEM files.</li>
 * </ul>
 *
 * Without this annotation an {@code HttpClient} or {@code SSLContext} trusts the simulator and logs on as nobody.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface LoggedOn {

    /** The userid, as the scenario defines it. */
    String user();

    /** Client certificate (the default) or password. */
    Logon by() default Logon.CERTIFICATE;
}
