#!/usr/bin/env bash
# Points every CWL step at one image by digest (REANA: never a moving tag).
#
#   ci/pin-image.sh [REPOSITORY]
#
# The digest is the one Jib recorded for the last build (containers/target/jib-image.digest, from -Pcontainers
# or -Pregistry: the same layers give the same digest). REPOSITORY is where the image was pushed, e.g.
# REGISTRY/OWNER/protomodel; without it the repository already in the CWL files is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
digest_file=containers/target/jib-image.digest
[ -f "$digest_file" ] || { echo "error: no $digest_file; build the image first (docs/containers.md)" >&2; exit 66; }
digest=$(tr -d '[:space:]' < "$digest_file")
[[ "$digest" =~ ^sha256:[0-9a-f]{64}$ ]] || { echo "error: $digest_file holds '$digest', not a sha256 digest" >&2; exit 65; }
for f in workflow-steps/cwl/*.cwl; do
  grep -q 'dockerPull:' "$f" || continue
  repo=${1:-$(sed -n 's/^ *dockerPull: *\([^@: ]*\).*/\1/p' "$f" | head -1)}
  sed -i "s|^\( *dockerPull: *\).*|\1$repo@$digest|" "$f"
  echo "$f: $repo@$digest"
done
