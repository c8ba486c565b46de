# Sourced by run.sh and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}
candidates=()
[[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
if command -v java >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
fi
candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*)
for candidate in "${candidates[@]}"; do
  if [[ -x "$candidate/bin/javac" ]] && (( $(java_major "$candidate" || echo 0) >= 21 )); then
    export JAVA_HOME="$candidate"
    return 0 2>/dev/null || exit 0
  fi
done
echo "Mutualis needs a JDK 21 or newer (java and javac). Install one and set JAVA_HOME to it." >&2
return 1 2>/dev/null || exit 1
