# Shop Assistant on Open Liberty: the official UBI image, Java 17 (OpenJ9), for Cloud Run.
#
# Build the application first, then the image, both from the repository root (the context must
# reach ear/target and liberty/target, which is why this file is here and not in liberty/):
#   mvn -B -ntp -DskipTests package
#   docker build -t shop-assistant .
# The image holds what the runnable package holds (server.xml, configDropins, the JDBC drivers, the
# Cloud SQL connector, the EAR) and takes all its configuration from environment variables.
# docs/operations.md has the push and deploy steps.

# kernel-slim + features.sh: the image grows only by the features server.xml names. The Liberty
# version is the one the build and tests use (openliberty.version in pom.xml); change both together.
FROM icr.io/appcafe/open-liberty:25.0.0.12-kernel-slim-java17-openj9-ubi

# Configuration first, so the feature layer is rebuilt only when the features change.
COPY --chown=1001:0 liberty/src/main/liberty/config/server.xml /config/
COPY --chown=1001:0 liberty/src/main/liberty/config/configDropins/defaults/ /config/configDropins/defaults/
RUN features.sh

# The drivers live in Liberty's shared resources, where server.xml's libraries look
# (${shared.resource.dir} is /opt/ol/wlp/usr/shared/resources in this image).
COPY --chown=1001:0 liberty/target/liberty/wlp/usr/shared/resources/jdbc/ /opt/ol/wlp/usr/shared/resources/jdbc/
COPY --chown=1001:0 liberty/target/liberty/wlp/usr/shared/resources/cloudsql/ /opt/ol/wlp/usr/shared/resources/cloudsql/
# The name configDropins/defaults/application.xml gives the application.
COPY --chown=1001:0 ear/target/shop-assistant.ear /config/apps/shop-assistant.ear

# configure.sh starts the server to fill the class cache (faster cold starts). That start runs on
# the embedded database, so point it at a scratch directory and delete it: no database file, signing
# key or demo store may stay in the image. Liberty plus Flyway on H2 take longer than the script's
# default 30 s wait for the port.
RUN EMBEDDED_DB_DIR=/tmp/configure-db SHOP_DEMO_DATA=never PORT_OPEN_TIMEOUT_SECONDS=180 configure.sh \
    && rm -rf /tmp/configure-db

# Cloud Run sets PORT (8080 unless the service says otherwise); server.xml listens on ${PORT}.
ENV PORT=8080
EXPOSE 8080

# The base image's unprivileged user (group 0, as OpenShift-style platforms expect).
USER 1001
