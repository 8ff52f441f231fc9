# zosmf-sim in a container: the simulator's fat jar on a Java 17 runtime, run by a user without privileges.
#
#   docker build -t zosmf-sim .
#   mkdir -p zosmf-sim-out
#   docker run --rm -p 127.0.0.1:10443:10443 --user "$(id -u):$(id -g)" \
#          -v "$PWD/zosmf-sim-out:/var/lib/zosmf-sim" -e ZOSMF_SIM_HOST_OUT="$PWD/zosmf-sim-out" zosmf-sim
#
# Settings come from the ZOSMF_SIM_* variables below, or from arguments, which win over them:
#   docker run --rm -p 10443:10443 -e ZOSMF_SIM_USERS="ALICE:SECRET:cert" zosmf-sim --key-type RSA
# A folder mounted at /var/lib/zosmf-sim receives the CA, the users' certificates and keys and zowe.config.json;
# run the container as the folder's owner (--user) so that the files are yours on the host.
#
# Build arguments (the defaults are the public images; a machine without a registry passes local ones):
#   BUILD_IMAGE    Maven 3.8+ and a JDK 17, for the build stage
#   RUNTIME_IMAGE  a Java 17 runtime with a POSIX shell, groupadd and useradd
# The default target builds the jar from the sources; '--target prebuilt' takes the jar 'mvn package' made in
# simulator/target on this machine instead, so no Maven runs in the build.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

# ---- build stage: Maven and a JDK, left behind --------------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /build
# The POMs first, alone: downloading the dependencies becomes a layer that changes of the sources do not invalidate.
# The parent is installed on its own (-N), so the build needs only the modules the simulator is made of, whatever
# other modules the parent lists; everything Maven fetches comes from Maven Central.
COPY pom.xml ./
COPY fixtures/pom.xml fixtures/
COPY simulator/pom.xml simulator/
RUN mvn -B -q -N install \
 && mvn -B -q -f fixtures/pom.xml install \
 && mvn -B -q -f simulator/pom.xml -Dmaven.test.skip=true package
COPY fixtures/scenarios fixtures/scenarios
COPY simulator/src/main simulator/src/main
RUN mvn -B -q -f fixtures/pom.xml install \
 && mvn -B -q -f simulator/pom.xml -Dmaven.test.skip=true package \
 && mkdir -p /jar && cp simulator/target/zosmf-sim-*-all.jar /jar/zosmf-sim.jar

# ---- the jar 'mvn package' made on the host, for --target prebuilt ------------------------------------------------
# .dockerignore lets this one file of simulator/target through. ".dockerignore" is named too, so that the COPY has a
# source when no jar was built: a builder that builds every stage (the classic one does) then still passes.
FROM ${RUNTIME_IMAGE} AS prebuilt-jar
COPY .dockerignore simulator/target/zosmf-sim-*-all.ja[r] /jar/
RUN rm /jar/.dockerignore \
 && for jar in /jar/zosmf-sim-*-all.jar; do if [ -f "$jar" ]; then mv "$jar" /jar/zosmf-sim.jar; fi; done

# ---- runtime: a JRE and the entry point; no build tools ------------------------------------------------------------
FROM ${RUNTIME_IMAGE} AS runtime
RUN groupadd --system --gid 10001 zosmfsim \
 && useradd --system --uid 10001 --gid zosmfsim --home-dir /var/lib/zosmf-sim --no-create-home \
        --shell /usr/sbin/nologin zosmfsim \
 && mkdir -p /var/lib/zosmf-sim \
 && chown zosmfsim:zosmfsim /var/lib/zosmf-sim \
 && chmod 0700 /var/lib/zosmf-sim
COPY simulator/src/main/docker/entrypoint.sh /app/entrypoint.sh

# ZOSMF_SIM_USERS: blank-separated USERID:PASSWORD[:special][:cert]; ZOSMF_SIM_CLOCK: system, manual or scaled;
# ZOSMF_SIM_TIME_SCALE: N, the clock runs N times faster; ZOSMF_SIM_HOSTNAMES: extra names for the server certificate;
# ZOSMF_SIM_HOST_OUT: the mounted folder's path on the host, for the paths in zowe.config.json and the printed
# commands (relative paths when empty); ZOSMF_SIM_ADMIN_TOKEN: the admin token (random when empty);
# ZOSMF_SIM_LIMITS: connection limits and timeouts, NAME=VALUE,... as --limit takes them (the defaults when empty)
ENV ZOSMF_SIM_JAR=/app/zosmf-sim.jar \
    ZOSMF_SIM_PORT=10443 \
    ZOSMF_SIM_BIND=0.0.0.0 \
    ZOSMF_SIM_OUT=/var/lib/zosmf-sim \
    ZOSMF_SIM_SCENARIO=default \
    ZOSMF_SIM_USERS="" \
    ZOSMF_SIM_CLOCK="" \
    ZOSMF_SIM_TIME_SCALE="" \
    ZOSMF_SIM_HOSTNAMES="" \
    ZOSMF_SIM_HOST_OUT="" \
    ZOSMF_SIM_LIMITS="" \
    JAVA_OPTS=""

USER 10001:10001
VOLUME ["/var/lib/zosmf-sim"]
EXPOSE 10443
# GET /zosmf/info over TLS, trusting $ZOSMF_SIM_OUT/ca.pem, on $ZOSMF_SIM_PORT: the JRE image has no curl
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "/app/zosmf-sim.jar", "dev.zosmfsim.cli.HealthCheck"]
# exec form, and the script ends in 'exec java': the JVM is PID 1 and gets SIGTERM itself
ENTRYPOINT ["/bin/sh", "/app/entrypoint.sh"]

# ---- the image with the jar 'mvn package' made: docker build --target prebuilt . ----------------------------------
FROM runtime AS prebuilt
COPY --from=prebuilt-jar /jar/ /app/

# ---- the image (the default target): the jar built from the sources above -----------------------------------------
FROM runtime
COPY --from=build /jar/zosmf-sim.jar /app/zosmf-sim.jar
