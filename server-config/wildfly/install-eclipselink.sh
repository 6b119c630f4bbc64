#!/usr/bin/env bash
# Installs EclipseLink 5 into WildFly Preview 39 as module org.eclipse.persistence and applies
# configure-eclipselink.cli to standalone.xml. Run it once per server, with the server stopped.
#   server-config/wildfly/install-eclipselink.sh /opt/wildfly-preview-39.0.1.Final
# Needs a JDK 21+ for jboss-cli, and Maven to fetch the jars from Maven Central (MVN names it: the project's
# ./mvnw will do), unless ECLIPSELINK_JARS names a folder that already holds them.
set -euo pipefail

JBOSS_HOME=$(cd "${1:-${JBOSS_HOME:?usage: install-eclipselink.sh WILDFLY_HOME}}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
module=$JBOSS_HOME/modules/org/eclipse/persistence/main

# Keep these in step with modules/org/eclipse/persistence/main/module.xml.
artifacts=(
    org.eclipse.persistence:eclipselink:5.0.0
    org.wildfly:jipijapa-eclipselink:39.0.1.Final
    org.ow2.asm:asm:9.9.1
    org.ow2.asm:asm-commons:9.9.1
    org.ow2.asm:asm-tree:9.9.1
    org.ow2.asm:asm-util:9.9.1
    org.ow2.asm:asm-analysis:9.9.1
)

mkdir -p "$module"
if [ -n "${ECLIPSELINK_JARS:-}" ]; then
    # Jars fetched already (the project's build puts them in modules/app/target/wildfly-eclipselink).
    for artifact in "${artifacts[@]}"; do
        IFS=: read -r _ name version <<< "$artifact"
        cp "$ECLIPSELINK_JARS/$name-$version.jar" "$module/"
    done
else
    # Outside any Maven project, so that the goal runs once and not for every module of a reactor.
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    (cd "$scratch" && for artifact in "${artifacts[@]}"; do
        "${MVN:-mvn}" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="$artifact" -DoutputDirectory="$module"
    done)
fi
cp "$here/modules/org/eclipse/persistence/main/module.xml" "$module/"

"$JBOSS_HOME/bin/jboss-cli.sh" --file="$here/configure-eclipselink.cli"
echo "EclipseLink installed in $module; standalone.xml configured."
