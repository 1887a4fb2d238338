#!/usr/bin/env bash
# Runs every test in the solution. Some tests start real programs from the distribution's packages: the WebSample
# browser tests drive a headless Chromium through ChromeDriver, and the Redis tests start their own redis-server.
# Whatever of these is missing is installed first (Debian/Ubuntu, apt-get).
# Arguments are passed on to `dotnet test`, for example: ./test.sh --filter "FullyQualifiedName~WebSample"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# The tests start exactly these, so a program elsewhere on PATH does not count.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "test.sh: ${missing[*]} missing; installing with apt-get (needed by tests/WebSample.Tests and tests/Spotantic.Extensions.Caching.Redis.Tests)." >&2
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "test.sh: installing ${missing[*]} needs root, and sudo is not available." >&2
    echo "test.sh: run as root, or install them first: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: apt-get was not found; install Chromium and a matching ChromeDriver as /usr/bin/chromium and /usr/bin/chromedriver, and Redis as /usr/bin/redis-server." >&2
    exit 1
  fi
  "${as_root[@]}" apt-get update
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

exec dotnet test Spotantic.sln "$@"
