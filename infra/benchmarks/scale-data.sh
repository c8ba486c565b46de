#!/usr/bin/env bash
# Creates (or re-creates) the scale database mutualis_scale: same roles and migrations as the application's, then
# N authorities (default 5,000, up to 40,000) and about R tenant-owned rows (default 1,000,000), made with SQL.
# Usage: infra/benchmarks/scale-data.sh [--authorities N] [--rows R] [--database NAME]
# Uses the PostgreSQL of the local stack (MUTUALIS_DB_HOST/PORT, MUTUALIS_DB_ADMIN_USER/PASSWORD, else localhost:5432).
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/scripts/select-jdk.sh
jar=infra/local-stack/target/local-stack-exec.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find infra/local-stack/src infra/local-stack/pom.xml -newer "$jar" -type f -print -quit)" ]]; then
  echo "Building the local stack..."
  ./mvnw -q -B -pl infra/local-stack -DskipTests package
fi
# The launcher jar's main class is LocalStack; PropertiesLauncher runs another class from the same jar.
exec "$JAVA_HOME/bin/java" -cp "$jar" -Dloader.main=fr.mutualis.stack.ScaleData \
  -Djava.util.logging.SimpleFormatter.format='flyway: %5$s%n' \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
