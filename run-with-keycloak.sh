#!/usr/bin/env bash
# Runs the service in dev mode signed in through a local Keycloak: fetches Keycloak from Maven Central
# (target/keycloak), starts it with the repository's realm (keycloak/realm-library.json, imported anew on
# each start) and stops it when the service stops. Arguments go to ./mvnw quarkus:dev.
#   KEYCLOAK_PORT (8180), KEYCLOAK_MANAGEMENT_PORT (9180), KEYCLOAK_JAVA_HOME (a JDK 21+; found under /usr/lib/jvm if unset)
set -euo pipefail
cd "$(dirname "$0")"

port=${KEYCLOAK_PORT:-8180}
management_port=${KEYCLOAK_MANAGEMENT_PORT:-9180}
version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
home=target/keycloak/keycloak-$version

if [ ! -x "$home/bin/kc.sh" ]; then
  ./mvnw -B -q -ntp dependency:unpack@unpack-keycloak
fi

# Keycloak 26 needs Java 21+, the service Java 17+.
java_home=${KEYCLOAK_JAVA_HOME:-}
if [ -z "$java_home" ]; then
  best=0
  for jdk in /usr/lib/jvm/*; do
    [ -x "$jdk/bin/java" ] && [ -f "$jdk/release" ] || continue
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best" ]; then best=$major; java_home=$jdk; fi
  done
fi
if [ -z "$java_home" ]; then
  echo "Keycloak needs Java 21 or newer: set KEYCLOAK_JAVA_HOME or install a JDK 21+ under /usr/lib/jvm" >&2
  exit 1
fi

rm -rf "$home/data"
mkdir -p "$home/data/import"
cp keycloak/realm-library.json "$home/data/import/"
JAVA_HOME=$java_home PATH="$java_home/bin:$PATH" "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" \
  --http-management-port="$management_port" --health-enabled=true --import-realm > target/keycloak-dev.log 2>&1 &
keycloak=$!
trap 'kill "$keycloak" 2>/dev/null || true' EXIT

echo "Starting Keycloak on http://127.0.0.1:$port (log: target/keycloak-dev.log)..."
for _ in $(seq 300); do
  curl -fs "http://127.0.0.1:$management_port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$keycloak" 2>/dev/null || { echo "Keycloak stopped; see target/keycloak-dev.log" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$management_port/health/ready" >/dev/null || { echo "Keycloak not ready after 300 s" >&2; exit 1; }
echo "Keycloak is ready: realm http://127.0.0.1:$port/realms/library"

OIDC_AUTH_SERVER_URL="http://127.0.0.1:$port/realms/library" ./mvnw quarkus:dev -Dquarkus.profile=dev,keycloak "$@"
