#!/usr/bin/env bash
# Install to first answer on a fresh machine: a minimal Debian (debootstrap, no JDK, no desktop)
# in a chroot, the .deb installed with apt-get from the Debian mirror as a person would, then
# `farol index` and `farol ask --model none` on a copy of sample-docs. Prints the package's size,
# what apt-get brought with it, and each time. Not a CI step (it downloads about 100 MB of Debian
# the first time); see docs/packaging.md.
#
#   sudo ./packaging/first-answer.sh [path/to/farol_*.deb]
#
# Needs root and debootstrap (apt-get install debootstrap). The pristine Debian is kept in
# target/fresh-debian/base and copied for each run, so only the first run downloads it; set
# FAROL_DEBIAN_MIRROR to use another mirror, FAROL_DEBIAN_SUITE another release (default bookworm).
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(readlink -f "${1:-$(ls target/package/farol_*.deb 2>/dev/null | head -1)}")
[ -f "$deb" ] || { echo "first-answer: no .deb: run ./farol package first, or name one" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "first-answer: needs root (debootstrap and chroot): sudo $0" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "first-answer: needs debootstrap: apt-get install debootstrap" >&2; exit 1; }
mirror=${FAROL_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=${FAROL_DEBIAN_SUITE:-bookworm}

seconds() { echo "$(date +%s.%N) - $1" | bc | xargs printf '%.1f'; }

work=target/fresh-debian
base=$work/base
if [ ! -f "$base/.complete" ]; then
  rm -rf "$base"
  mkdir -p "$base"
  start=$(date +%s.%N)
  debootstrap --variant=minbase "$suite" "$base" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { echo "first-answer: debootstrap failed (see $work/debootstrap.log)" >&2; exit 1; }
  touch "$base/.complete"
  echo "first-answer: a minimal Debian $suite made in $(seconds "$start") s (once; kept in $base)"
fi

root=$work/run
cleanup() {
  for m in dev/pts dev proc; do umount "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
cleanup
rm -rf "$root"
cp -a "$base" "$root"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
cp -r sample-docs "$root/tmp/docs"
in_root() { chroot "$root" env -i HOME=/root LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }

if in_root sh -c 'command -v java' >/dev/null; then
  echo "first-answer: this Debian has a java, so it proves nothing" >&2
  exit 1
fi
echo "first-answer: $(basename "$deb"): $(du -m "$deb" | cut -f1) MB; a minimal Debian $suite with no Java"

# What a person types: update the package lists, install the file (apt-get fetches its dependencies).
start=$(date +%s.%N)
in_root apt-get update -qq >"$work/apt.log" 2>&1
before=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
in_root apt-get install -y -qq "/tmp/$(basename "$deb")" >>"$work/apt.log" 2>&1 \
  || { echo "first-answer: apt-get install failed (see $work/apt.log)" >&2; exit 1; }
installed=$(seconds "$start")
after=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
echo "first-answer: apt-get update and install took $installed s; it brought $((after - before - 1)) other packages;" \
  "/opt/farol is $(du -sm "$root/opt/farol" | cut -f1) MB"

start=$(date +%s.%N)
in_root farol index --index /root/index /tmp/docs >"$work/index.out"
indexed=$(seconds "$start")
echo "first-answer: farol index of sample-docs took $indexed s ($(head -1 "$work/index.out"))"

start=$(date +%s.%N)
in_root farol ask --index /root/index --model none "How long is the warranty of the coffee machine?" >"$work/ask.out"
answered=$(seconds "$start")
grep -q "\[1\]" "$work/ask.out" || { echo "first-answer: the answer cites nothing" >&2; cat "$work/ask.out" >&2; exit 1; }
echo "first-answer: farol ask --model none answered in $answered s: $(head -1 "$work/ask.out" | cut -c1-100)"
echo "first-answer: install to first answer: $(echo "$installed + $indexed + $answered" | bc) s"

# And out again: `apt-get remove` leaves the person's data (here /root/index) and nothing else.
in_root apt-get remove -y -qq farol >>"$work/apt.log" 2>&1
state=$(in_root dpkg-query -W -f='${db:Status-Abbrev}' farol 2>/dev/null || true)
if [ -e "$root/opt/farol" ] || [ -e "$root/usr/bin/farol" ] || { [ -n "$state" ] && [ "${state:1:1}" != n ]; }; then
  echo "first-answer: apt-get remove left farol behind (dpkg: '${state}')" >&2
  exit 1
fi
echo "first-answer: apt-get remove farol left no files and no dpkg record; the index is still there ($(du -sh "$root/root/index" | cut -f1))"
