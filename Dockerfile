# zosmf-sim in a container: the simulator's fat jar on a Java 17 runtime, run by a user without privileges.
#
#   docker build -t zosmf-sim .
#   docker run --rm -p 10443:10443 -v "$PWD/zosmf-sim-out:/var/lib/zosmf-sim" zosmf-sim
#
# Settings come from the ZOSMF_SIM_* variables below, or from arguments, which win over them:
#   docker run --rm -p 10443:10443 -e ZOSMF_SIM_USERS="ALICE:SECRET:cert" zosmf-sim --key-type RSA
# A folder mounted at /var/lib/zosmf-sim receives the CA, the users' certificates and keys and zowe.config.json;
# it must be writable by uid 10001.

# ---- build stage: Maven and a JDK, left behind --------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# the POMs first, alone: downloading the dependencies becomes a layer that changes of the sources do not invalidate
COPY pom.xml ./
COPY fixtures/pom.xml fixtures/
COPY simulator/pom.xml simulator/
COPY client-tests/pom.xml client-tests/
RUN mvn -B -q -pl simulator -am -Dmaven.test.skip=true package
COPY fixtures/scenarios fixtures/scenarios
COPY simulator/src/main simulator/src/main
RUN mvn -B -q -pl simulator -am -Dmaven.test.skip=true package \
 && cp simulator/target/zosmf-sim-*-all.jar /build/zosmf-sim.jar

# ---- runtime: a JRE, the jar and the entry point; no build tools ---------------------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 zosmfsim \
 && useradd --system --uid 10001 --gid zosmfsim --home-dir /var/lib/zosmf-sim --no-create-home \
        --shell /usr/sbin/nologin zosmfsim \
 && mkdir -p /var/lib/zosmf-sim \
 && chown zosmfsim:zosmfsim /var/lib/zosmf-sim
COPY --from=build /build/zosmf-sim.jar /app/zosmf-sim.jar
COPY simulator/src/main/docker/entrypoint.sh /app/entrypoint.sh

# ZOSMF_SIM_USERS: blank-separated USERID:PASSWORD[:special][:cert]; ZOSMF_SIM_CLOCK: system, manual or scaled;
# ZOSMF_SIM_TIME_SCALE: N, the clock runs N times faster; ZOSMF_SIM_HOSTNAMES: extra names for the server certificate
ENV ZOSMF_SIM_JAR=/app/zosmf-sim.jar \
    ZOSMF_SIM_PORT=10443 \
    ZOSMF_SIM_BIND=0.0.0.0 \
    ZOSMF_SIM_OUT=/var/lib/zosmf-sim \
    ZOSMF_SIM_SCENARIO=default \
    ZOSMF_SIM_USERS="" \
    ZOSMF_SIM_CLOCK="" \
    ZOSMF_SIM_TIME_SCALE="" \
    ZOSMF_SIM_HOSTNAMES="" \
    JAVA_OPTS=""

USER 10001:10001
VOLUME ["/var/lib/zosmf-sim"]
EXPOSE 10443
# GET /zosmf/info over TLS, trusting $ZOSMF_SIM_OUT/ca.pem, on $ZOSMF_SIM_PORT: the JRE image has no curl
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "/app/zosmf-sim.jar", "dev.zosmfsim.cli.HealthCheck"]
# exec form, and the script ends in 'exec java': the JVM is PID 1 and gets SIGTERM itself
ENTRYPOINT ["/bin/sh", "/app/entrypoint.sh"]
