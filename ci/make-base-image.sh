#!/usr/bin/env bash
# Builds the image base for Jib: a single-layer `docker save` archive of a Debian bookworm minbase root
# with the Java 17 runtime, bash, coreutils and fonts (plots). No container tool is needed.
#
#   ci/make-base-image.sh [OUT.tar]      default: target/base/jre17-base.tar (skipped if it exists)
#
# Environment: DEBIAN_MIRROR (default: the first bookworm URI of this machine's apt sources),
#              FORCE=1 rebuilds even if OUT exists.
# Deterministic: sorted names, mtime 0, numeric owners, no logs or caches, trust-store dates zeroed; two runs
# on the same day gave the same sha256 (docs/containers.md). debootstrap takes today's bookworm versions, so the package list is written beside the tar (OUT.packages)
# and its sha256 into OUT.sha256.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/base/jre17-base.tar}
tag=${BASE_TAG:-localhost/jre17-base:bookworm}

if [ -f "$out" ] && [ "${FORCE:-0}" != 1 ]; then
  echo "base image: $out exists (FORCE=1 to rebuild)" >&2
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "error: debootstrap needs root" >&2
  exit 77
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

mirror=${DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
  # the mirror apt already uses here (deb822 or one-line sources), so no host name is written in this repo
  mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
           | awk '/^URIs:/{u=$2} /^Suites:/ && / bookworm( |$)/ && u!=""{print u; exit}')
  [ -n "$mirror" ] || mirror=$(awk '$1=="deb" && $3=="bookworm"{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
fi
if [ -z "$mirror" ]; then
  echo "error: no bookworm mirror found in the apt sources; set DEBIAN_MIRROR" >&2
  exit 69
fi

mkdir -p "$(dirname "$out")"
work=$(mktemp -d "${TMPDIR:-/tmp}/protomodel-base.XXXXXX")
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"

start=$(date +%s)
debootstrap --variant=minbase \
  --include=openjdk-17-jre-headless,fontconfig,fonts-dejavu-core,ca-certificates \
  bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -30 "$work/debootstrap.log" >&2; exit 1; }
echo "debootstrap: $(( $(date +%s) - start )) s" >&2

# What was installed (for image provenance), then drop caches, docs and files that differ run to run.
chroot "$root" dpkg-query -W -f='${Package}\t${Version}\n' | LC_ALL=C sort > "$out.packages"
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/apt/*.bin "$root"/var/lib/apt/lists/* \
       "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/* \
       "$root"/var/log/* "$root"/var/cache/ldconfig/aux-cache "$root"/var/cache/debconf/*-old \
       "$root"/var/lib/dpkg/*-old "$root"/tmp/* "$root"/run/* "$root"/debootstrap \
       "$root"/var/cache/fontconfig/*
# keytool stamps each trust-store entry with today's time: zero the dates (same certificates -> same bytes)
if [ -f "$root/etc/ssl/certs/java/cacerts" ]; then
  if command -v python3 >/dev/null 2>&1; then
    python3 ci/jks-zero-dates.py "$root/etc/ssl/certs/java/cacerts"
  else
    echo "warning: no python3; /etc/ssl/certs/java/cacerts keeps its build dates (base not byte-reproducible)" >&2
  fi
fi
: > "$root/etc/machine-id"
# uid 1000 (REANA's default runtime user) may write its caches and scratch here
mkdir -p "$root/work" && chmod 1777 "$root/work" "$root/tmp"

# Single-layer docker-archive (what `docker save` writes and Jib's tar:// base reads).
tar --numeric-owner --sort=name --mtime='@0' --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    -C "$root" -cf "$work/layer.tar" .
diff=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
java_home=/usr/lib/jvm/java-17-openjdk-amd64
printf '{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=%s","LANG=C.UTF-8"]},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]},"history":[{"created_by":"ci/make-base-image.sh (debootstrap minbase bookworm)"}]}\n' \
  "$java_home" "$diff" > "$work/config.json"
printf '[{"Config":"config.json","RepoTags":["%s"],"Layers":["layer.tar"]}]\n' "$tag" > "$work/manifest.json"
tar --numeric-owner --sort=name --mtime='@0' --owner=0 --group=0 \
    -C "$work" -cf "$work/out.tar" manifest.json config.json layer.tar
mv "$work/out.tar" "$out"
sha256sum "$out" | cut -d' ' -f1 > "$out.sha256"
echo "base image: $out ($(du -m "$out" | cut -f1) MB, sha256 $(cat "$out.sha256"), layer diff_id sha256:$diff) in $(( $(date +%s) - start )) s" >&2
