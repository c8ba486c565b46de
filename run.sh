#!/usr/bin/env bash
# Starts the whole of Mutualis locally with demo data: PostgreSQL, Keycloak, api and portal.
# Needs only a JDK 21 or newer. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
source infra/scripts/select-jdk.sh

jars=(infra/local-stack/target/local-stack-exec.jar api/target/api.jar web-client/target/web-client.jar)
stale=false
for jar in "${jars[@]}"; do
  if [[ ! -f "$jar" ]] || [[ -n "$(find pom.xml api web-client infra -newer "$jar" -type f \
        -not -path '*/target/*' -print -quit)" ]]; then
    stale=true
  fi
done
if [[ "$stale" == true ]]; then
  echo "Building Mutualis (the first time, Maven downloads its dependencies: a few minutes)..."
  ./mvnw -q -B -DskipTests package
fi
exec "$JAVA_HOME/bin/java" -jar infra/local-stack/target/local-stack-exec.jar "$@"
