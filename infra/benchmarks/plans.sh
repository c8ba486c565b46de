#!/usr/bin/env bash
# Action plans (issue 4) under load, through the real api: a scale database of N authorities (default 5,000), each
# with one published plan of 30 actions (scale/40-plans.sql), then PlanLoad (local-stack): its own Keycloak and the
# api jar on that database, wrk with 50 connections on the network view (a page of 50), and five CSV imports of
# 1,000 actions. Uses its own database (mutualis_scale_plans) so that it never drops another benchmark's data.
# Usage: infra/benchmarks/plans.sh [--authorities N] [--skip-data]
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/scripts/select-jdk.sh
authorities=5000
skip_data=false
while [[ $# -gt 0 ]]; do
  case $1 in
    --authorities) authorities=$2; shift 2 ;;
    --skip-data) skip_data=true; shift ;;
    *) echo "usage: $0 [--authorities N] [--skip-data]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -f api/target/api.jar ]] || ./mvnw -q -B -pl api -am package -DskipTests
if [[ $skip_data == false ]]; then
  infra/benchmarks/scale-data.sh --authorities "$authorities" --rows 300000 --database mutualis_scale_plans
fi
jar=infra/local-stack/target/local-stack-exec.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find infra/local-stack/src -newer "$jar" -type f -print -quit)" ]]; then
  ./mvnw -q -B -pl infra/local-stack -DskipTests package
fi
exec "$JAVA_HOME/bin/java" -cp "$jar" -Dloader.main=fr.mutualis.stack.PlanLoad -Dmutualis.project.dir=. \
  org.springframework.boot.loader.launch.PropertiesLauncher mutualis_scale_plans
