#!/usr/bin/env bash
# Installs the services the queue and store tests start themselves (tests/helpers/services/): Debian's redis-server
# and virtuoso-opensource, with apt-get, when they are missing. Where they cannot be installed (no root, no apt),
# it says so and exits 0: those tests then skip with a logged reason ("SKIPPED ...").
set -uo pipefail
need=()
command -v redis-server > /dev/null || need+=(redis-server)
{ command -v virtuoso-t > /dev/null && command -v isql-vt > /dev/null; } || need+=(virtuoso-opensource)
if [ ${#need[@]} -eq 0 ]; then
  echo "install-services: redis-server and virtuoso-t present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
if ! command -v apt-get > /dev/null; then
  echo "install-services: no apt-get; ${need[*]} not installed: the queue and store tests will skip"
  exit 0
fi
if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"; then
  # The packages' own services are not wanted: the tests start private instances on free loopback ports.
  for service in redis-server virtuoso-opensource-7; do $SUDO service "$service" stop > /dev/null 2>&1 || true; done
  echo "install-services: installed ${need[*]}"
else
  echo "install-services: could not install ${need[*]}: the queue and store tests will skip"
fi
exit 0
