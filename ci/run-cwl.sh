#!/usr/bin/env bash
# Validates the CWL workflow and runs it on the toy inputs: first without containers (the protomodel command of
# this checkout), then, where podman works and the image tar was built (-Pcontainers), inside that image.
# The two runs must give byte-identical outputs (same jar, same JRE major, same inputs and seeds).
#
#   ci/run-cwl.sh [JOB.yml]      default: workflow-steps/cwl/toy-job.yml
#   NO_CONTAINER_ONLY=1 ci/run-cwl.sh     skips the container run
#
# Outputs go to target/cwl/{local,container}/. Exit 0 also when a run is skipped (the message says why).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cwl=workflow-steps/cwl
job=${1:-$cwl/toy-job.yml}
work="$root/target/cwl"
mkdir -p "$work"
log() { echo "run-cwl: $*" >&2; }
secs() { echo $(( $(date +%s%N) / 1000000 )); }
elapsed() { local ms=$(( $(secs) - $1 )); printf '%d.%01d s' $((ms / 1000)) $(((ms % 1000) / 100)); }

if ! command -v cwltool >/dev/null 2>&1; then
  log "installing cwltool (Debian package)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cwltool >/dev/null
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

# The toy inputs must exist before a full run makes sense.
probe="$work/probe"
rm -rf "$probe"
if ! "$bindir/protomodel" ingest --toy --out "$probe" --progress none >"$work/probe.log" 2>&1; then
  log "SKIPPED the runs: \`protomodel ingest --toy\` fails here (exit $(
        "$bindir/protomodel" ingest --toy --out "$probe" --progress none >/dev/null 2>&1; echo $?)); see $work/probe.log"
  exit 0
fi
rm -rf "$probe"

# 3. No containers: cwltool runs `protomodel` from PATH.
rm -rf "$work/local"
t=$(secs)
PATH="$bindir:$PATH" cwltool --quiet --no-container --outdir "$work/local" "$cwl/pipeline.cwl" "$job" > "$work/local.json"
log "no-container run: $(elapsed "$t") -> target/cwl/local"

# 4. Inside the image, where there is one and podman runs it.
tar=containers/target/jib-image.tar
if [ "${NO_CONTAINER_ONLY:-0}" = 1 ]; then log "container run skipped (NO_CONTAINER_ONLY=1)"; exit 0; fi
if [ ! -f "$tar" ]; then log "container run SKIPPED: no $tar (mvn -Pcontainers -pl containers -am package)"; exit 0; fi
if ! env_lines=$(ci/podman-setup.sh); then log "container run SKIPPED: podman cannot run containers here"; exit 0; fi
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
  "$cwl/pipeline.cwl" "$job" > "$work/container.json"
log "container run: $(elapsed "$t") -> target/cwl/container"

# Same bytes with and without the container.
if diff -r "$work/local" "$work/container" >/dev/null; then
  log "outputs identical with and without the container"
else
  diff -rq "$work/local" "$work/container" >&2 || true
  log "FAILED: outputs differ between the local and the container run"
  exit 1
fi
