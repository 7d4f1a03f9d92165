#!/usr/bin/env bash
# Makes a Docker-compatible container API available without Docker: podman + runc (Debian packages), a
# containers.conf that fits this kind of sandbox, and `podman system service` on a socket.
# Idempotent: installs only what is missing, keeps a service that already answers.
#
#   eval "$(ci/podman-setup.sh)"       # exports DOCKER_HOST, CONTAINERS_CONF, TESTCONTAINERS_* in this shell
#   ci/podman-setup.sh --stop          # stops the service this script started
#
# stdout carries only `export ...` lines; progress goes to stderr. Exit 77 (and no exports) when podman
# cannot run containers here, so callers can skip container checks with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
state=${PODMAN_STATE_DIR:-target/podman}
mkdir -p "$state"
state=$(cd "$state" && pwd)
sock_dir=${PODMAN_SOCK_DIR:-/run/podman}
sock="$sock_dir/podman.sock"
conf="$state/containers.conf"
pidfile="$state/service.pid"

if [ "${1:-}" = --stop ]; then
  if [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null; then echo "podman service stopped" >&2; fi
  rm -f "$pidfile"
  exit 0
fi

log() { echo "podman-setup: $*" >&2; }

# 1. Packages (runc: crun 1.8 rejects hybrid cgroups; uidmap/slirp4netns/fuse-overlayfs: podman's usual helpers).
need=()
for pkg in podman runc; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then log "missing ${need[*]} and not root"; exit 77; fi
  log "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# 2. containers.conf: podman's default ulimits exceed the sandbox's hard limits (setrlimit EPERM), crun fails on
#    hybrid cgroups. Passed by CONTAINERS_CONF so /etc stays untouched.
nofile=$(ulimit -Hn); nproc=$(ulimit -Hu)
[ "$nofile" = unlimited ] && nofile=1048576
[ "$nproc" = unlimited ] && nproc=1048576
# podman caps its own processes at nproc 32768 (seen in /proc/PID/limits of the service): ask no more than that
[ "$nproc" -gt 32768 ] && nproc=32768
cat > "$conf.new" <<CONF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
mv "$conf.new" "$conf"
export CONTAINERS_CONF="$conf"

# 3. The Docker-API service (Testcontainers, the docker CLI and cwltool talk to it).
if command -v curl >/dev/null 2>&1; then
  ping() { curl -fsS --max-time 2 --unix-socket "$sock" http://d/_ping >/dev/null 2>&1; }
else
  ping() { [ -S "$sock" ] && timeout 5 podman --url "unix://$sock" version >/dev/null 2>&1; }
fi
if ping; then
  log "service already answers on $sock"
else
  mkdir -p "$sock_dir"
  nohup podman system service --time=0 "unix://$sock" >"$state/service.log" 2>&1 &
  echo $! > "$pidfile"
  for _ in $(seq 1 50); do ping && break; sleep 0.2; done
  if ! ping; then log "service did not come up (see $state/service.log)"; exit 77; fi
  log "service started on $sock (pid $(cat "$pidfile"))"
fi

# 4. The engine itself must answer too (storage, runtime config).
if ! podman info >/dev/null 2>&1; then log "podman info fails"; exit 77; fi

echo "export CONTAINERS_CONF='$conf'"
echo "export DOCKER_HOST='unix://$sock'"
# Ryuk (the reaper image) would be pulled from a registry; tests remove their own containers.
echo "export TESTCONTAINERS_RYUK_DISABLED=true"
# /.dockerenv may exist on the host: without this Testcontainers addresses the bridge gateway, not loopback.
echo "export TESTCONTAINERS_HOST_OVERRIDE=localhost"
