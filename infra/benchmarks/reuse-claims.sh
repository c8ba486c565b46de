#!/usr/bin/env bash
# Issue 6: P partners racing for L offered lots (default 100 and 1,000). Prints throughput, latency (p50, p99) and
# the double claims (must be 0). Starts its own Keycloak and api (api/target/api.jar) on a fresh database, as the
# tests do, and stops them at the end.
# Usage: infra/benchmarks/reuse-claims.sh [--partners 100] [--lots 1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q -o -pl api,infra/local-stack -am package -DskipTests
classpath=$(./mvnw -B -q -o -pl infra/local-stack dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
"$JAVA_HOME/bin/java" -Dmutualis.project.dir="$PWD" -cp "infra/local-stack/target/classes:$classpath" \
  fr.mutualis.stack.ReuseClaimRace "$@"
