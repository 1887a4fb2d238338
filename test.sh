#!/usr/bin/env bash
# Runs every test in the solution. The WebSample browser tests drive a headless Chromium through ChromeDriver;
# when either is missing, this installs both from the distribution's packages first (Debian/Ubuntu, apt-get).
# Arguments are passed on to `dotnet test`, for example: ./test.sh --filter "FullyQualifiedName~WebSample"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# The tests start exactly these two, so a browser elsewhere on PATH does not count.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "test.sh: chromium or chromedriver is missing; installing them with apt-get (needed by tests/WebSample.Tests)." >&2
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "test.sh: installing chromium and chromium-driver needs root, and sudo is not available." >&2
    echo "test.sh: run as root, or install them first: apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: apt-get was not found; install Chromium and a matching ChromeDriver as /usr/bin/chromium and /usr/bin/chromedriver." >&2
    exit 1
  fi
  "${as_root[@]}" apt-get update
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

exec dotnet test Spotantic.sln "$@"
