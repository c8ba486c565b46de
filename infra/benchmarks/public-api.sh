#!/usr/bin/env bash
# Public api (issue 8) through the real api jar, heap limited to 256 MB: the open-data export of a scale data set
# (time, size, peak heap) and wrk on anonymous GET /public/v1/plans (throughput, p99). Uses its own database
# (mutualis_scale_public) so that it never drops another benchmark's data.
# Usage: infra/benchmarks/public-api.sh [--authorities N] [--skip-data]
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
  infra/benchmarks/scale-data.sh --authorities "$authorities" --database mutualis_scale_public
fi
jar=infra/local-stack/target/local-stack-exec.jar
exec "$JAVA_HOME/bin/java" -cp "$jar" -Dloader.main=fr.mutualis.stack.PublicLoad -Dmutualis.project.dir=. \
  org.springframework.boot.loader.launch.PropertiesLauncher mutualis_scale_public
