#!/usr/bin/env bash
# Deploys Broadsheet on a full Payara Server 7 with PostgreSQL. The domain inherits this script's
# environment, so BROADSHEET_DB_* must be set here (and wherever the domain is started later: README.md).
#   export BROADSHEET_DB_URL=jdbc:postgresql://db.internal:5432/broadsheet BROADSHEET_DB_USER=broadsheet
#   export BROADSHEET_DB_PASSWORD=...
#   PAYARA_HOME=/opt/payara7 server-config/payara/deploy.sh modules/app/target/broadsheet.war
# Optional: DOMAIN (domain1), ADMIN_PORT (4848), HTTP_PORT (8080), CONFIGURE=no to skip configure-domain.asadmin.
set -euo pipefail

war=$(cd "$(dirname "${1:?usage: deploy.sh path/to/broadsheet.war}")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
asadmin=${PAYARA_HOME:?set PAYARA_HOME to the Payara Server folder}/bin/asadmin
domain=${DOMAIN:-domain1}
admin=("$asadmin" --port "${ADMIN_PORT:-4848}")
ready=http://127.0.0.1:${HTTP_PORT:-8080}/health/ready

: "${BROADSHEET_DB_URL:?set BROADSHEET_DB_URL, e.g. jdbc:postgresql://host:5432/broadsheet}"
: "${BROADSHEET_DB_USER:?set BROADSHEET_DB_USER}"
: "${BROADSHEET_DB_PASSWORD:?set BROADSHEET_DB_PASSWORD}"

# start-domain returns before a deployed application has finished loading; a deploy or stop issued while
# it loads races with it (seen: Weld "beanManager is null"). Wait until Broadsheet answers readiness.
start() {
    "$asadmin" start-domain "$domain"
    if "${admin[@]}" list-applications | grep -q '^broadsheet '; then
        for _ in $(seq 1 90); do
            curl -s "$ready" | grep -q '"name":"broadsheet"' && return 0
            sleep 2
        done
        echo "warning: the deployed Broadsheet did not report readiness at $ready" >&2
    fi
}

# A domain started earlier without these variables would keep the WAR's H2 defaults: restart it here.
"$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
start
if [ "${CONFIGURE:-yes}" = yes ]; then
    "${admin[@]}" multimode --file "$here/configure-domain.asadmin"
    "$asadmin" stop-domain "$domain"
    start
fi
"${admin[@]}" deploy --force=true --name broadsheet --contextroot / "$war"
for _ in $(seq 1 30); do
    curl -s "$ready" | grep -q '"status":"UP"' && { echo "Broadsheet is ready: $ready"; exit 0; }
    sleep 2
done
echo "Broadsheet is deployed but not ready; see $ready and the domain's logs/server.log" >&2
exit 1
