#!/usr/bin/env bash
# Validates the CWL workflow and runs it on the toy inputs: first without containers (the protomodel command of
# this checkout), then, where podman works and the image tar was built (-Pcontainers), inside that image.
# The two runs must give byte-identical outputs (same jar, same JRE major, same inputs and seeds).
#
#   ci/run-cwl.sh                              pipeline.cwl on workflow-steps/cwl/toy-job.yml
#   ci/run-cwl.sh WORKFLOW.cwl JOB.yml         another workflow or job (e.g. analysis.cwl on an ingest folder)
#   NO_CONTAINER_ONLY=1 ci/run-cwl.sh          skips the container run
#   REQUIRE_CONTAINERS=1 ci/run-cwl.sh         CI: a container run that cannot happen is a failure, not a skip
#
# Outputs go to target/cwl/{local,container}/. For the toy job the local outputs are also compared with
# `protomodel pipeline --toy` (target/cwl/direct/). Exit 0 also when a run is skipped (the message says why).
set -euo pipefail
if [ $# = 1 ] || [ $# -gt 2 ]; then echo "usage: ci/run-cwl.sh [WORKFLOW.cwl JOB.yml]" >&2; exit 64; fi
toy_default=$([ $# -eq 0 ] && echo 1 || echo 0)
args=()
for a in "$@"; do args+=("$(realpath -e "$a")"); done     # relative to the caller's folder
cd "$(dirname "$0")/.."
root=$(pwd)
cwl=workflow-steps/cwl
workflow=${args[0]:-$root/$cwl/pipeline.cwl}
job=${args[1]:-$root/$cwl/toy-job.yml}
work="$root/target/cwl"
mkdir -p "$work"
log() { echo "run-cwl: $*" >&2; }
secs() { echo $(( $(date +%s%N) / 1000000 )); }
elapsed() { local ms=$(( $(secs) - $1 )); printf '%d.%01d s' $((ms / 1000)) $(((ms % 1000) / 100)); }

if ! command -v cwltool >/dev/null 2>&1; then
  log "installing cwltool (Debian package)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cwltool nodejs >/dev/null
fi

# 1. Validation (a free gate: every tool and the workflow).
t=$(secs)
for f in "$cwl"/*.cwl; do
  cwltool --quiet --validate "$f" >/dev/null 2>"$work/validate.log" || { cat "$work/validate.log" >&2; log "INVALID: $f"; exit 1; }
done
log "validated $(ls "$cwl"/*.cwl | wc -l) CWL files in $(elapsed "$t")"

# 2. The command the steps call, from this checkout.
jar=workflow-steps/target/protomodel.jar
if [ ! -f "$jar" ]; then
  log "building $jar"
  mvn -B -q -DskipTests -Dinvoker.skip=true -pl workflow-steps -am package >&2
fi
bindir="$work/bin"
mkdir -p "$bindir"
printf '#!/bin/sh\nexec java ${JAVA_OPTS:-} -jar "%s" "$@"\n' "$root/$jar" > "$bindir/protomodel"
chmod +x "$bindir/protomodel"

# The toy inputs must exist before the default run makes sense.
probe="$work/probe"
rm -rf "$probe"
if [ "$toy_default" = 1 ]; then
  set +e
  "$bindir/protomodel" ingest --toy --out "$probe" --progress none >"$work/probe.log" 2>&1
  rc=$?
  set -e
  if [ $rc != 0 ]; then
    log "SKIPPED the runs: \`protomodel ingest --toy\` fails here (exit $rc); see target/cwl/probe.log"
    exit 0
  fi
  rm -rf "$probe"
fi

# 3. No containers: cwltool runs `protomodel` from PATH.
rm -rf "$work/local"
t=$(secs)
PATH="$bindir:$PATH" cwltool --quiet --no-container --outdir "$work/local" "$workflow" "$job" > "$work/local.json"
log "no-container run: $(elapsed "$t") -> target/cwl/local"

# The CWL pipeline is the twin of `protomodel pipeline`: same folders, same bytes.
if [ "$toy_default" = 1 ]; then
  rm -rf "$work/direct"
  t=$(secs)
  "$bindir/protomodel" pipeline --toy --out "$work/direct" --progress none >/dev/null
  log "protomodel pipeline --toy: $(elapsed "$t")"
  for d in "$work/local"/*/; do
    d=$(basename "$d")
    if diff -r "$work/direct/$d" "$work/local/$d" >/dev/null; then
      log "$d/ identical to protomodel pipeline --toy"
    else
      diff -rq "$work/direct/$d" "$work/local/$d" >&2 || true
      log "FAILED: $d/ differs from protomodel pipeline --toy"
      exit 1
    fi
  done
fi

# 4. Inside the image, where there is one and podman runs it.
tar=containers/target/jib-image.tar
if [ "${NO_CONTAINER_ONLY:-0}" = 1 ]; then log "container run skipped (NO_CONTAINER_ONLY=1)"; exit 0; fi
skip_container() {
  if [ "${REQUIRE_CONTAINERS:-0}" = 1 ]; then log "FAILED: $1 (REQUIRE_CONTAINERS=1)"; exit 1; fi
  log "container run SKIPPED: $1"
  exit 0
}
[ -f "$tar" ] || skip_container "no $tar (mvn -Pcontainers -pl containers -am package)"
env_lines=$(ci/podman-setup.sh) || skip_container "podman cannot run containers here"
eval "$env_lines"
image=$(sed -n 's/.*"image":"\([^"]*\)".*/\1/p' containers/target/jib-image.json)
t=$(secs)
podman load -q -i "$tar" >/dev/null
log "podman load: $(elapsed "$t") ($image)"

# The committed tools pin the published image by digest; here every tool uses the freshly loaded tag instead.
overrides="$work/overrides.yml"
echo "cwltool:overrides:" > "$overrides"
for f in "$cwl"/*.cwl; do
  grep -q '^class: CommandLineTool' "$f" || continue
  id=$(sed -n 's/^id: *//p' "$f")
  printf '  %s#%s:\n    requirements:\n      DockerRequirement:\n        dockerPull: localhost/%s\n' \
    "$root/$f" "$id" "$image" >> "$overrides"
done
# cwltool --podman adds --userns=keep-id, which rootful podman refuses; the docker CLI against podman's socket
# loses exit codes with --rm. So: podman itself, through a shim that drops that one flag.
shim="$work/shim"
mkdir -p "$shim"
printf '#!/bin/sh\nfor a in "$@"; do shift; [ "$a" = "--userns=keep-id" ] || set -- "$@" "$a"; done\nexec %s "$@"\n' \
  "$(command -v podman)" > "$shim/podman"
chmod +x "$shim/podman"
rm -rf "$work/container"
t=$(secs)
PATH="$shim:$PATH" cwltool --quiet --podman --overrides "$overrides" --outdir "$work/container" \
  "$workflow" "$job" > "$work/container.json"
log "container run: $(elapsed "$t") -> target/cwl/container"

# Same bytes with and without the container.
if diff -r "$work/local" "$work/container" >/dev/null; then
  log "outputs identical with and without the container"
else
  diff -rq "$work/local" "$work/container" >&2 || true
  log "FAILED: outputs differ between the local and the container run"
  exit 1
fi
