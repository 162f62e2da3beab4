#!/usr/bin/env bash
# Installs target/package/farol_*.deb with apt-get, runs the installed farol on a copy of sample-docs with no
# JDK anywhere on the PATH (it brings its own runtime), uninstalls it and checks nothing of it is
# left. Needs root. CI runs it; it prints the package's size and the times it saw.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/package/farol_*.deb)
echo "check-deb: $deb, $(du -m "$deb" | cut -f1) MB"
# apt-get, not dpkg -i: it also installs what the package depends on (xdg-utils for the menu entry)
apt-get install -y -qq "$PWD/$deb" >/dev/null
trap 'dpkg -r farol >/dev/null 2>&1 || true' EXIT

work=$(mktemp -d)
cp -r sample-docs "$work/docs"
run() { env -i HOME="$work" LC_ALL=C.UTF-8 PATH=/nonexistent /usr/bin/farol "$@"; }
start=$(date +%s.%N)
run index --index "$work/index" "$work/docs" >"$work/index.out"
echo "check-deb: installed farol indexed sample-docs in $(echo "$(date +%s.%N) - $start" | bc) s"
run search --index "$work/index" --k 3 "descale the coffee machine" >"$work/search.out"
grep -q "coffee-machine-manual.pdf" "$work/search.out" || { echo "check-deb: search found no manual" >&2; cat "$work/search.out" >&2; exit 1; }
start=$(date +%s.%N)
run ask --index "$work/index" --model none "How long is the warranty of the coffee machine?" >"$work/ask.out"
echo "check-deb: installed farol answered in $(echo "$(date +%s.%N) - $start" | bc) s (JVM start included)"
grep -q "\[1\]" "$work/ask.out" || { echo "check-deb: the answer cites nothing" >&2; cat "$work/ask.out" >&2; exit 1; }
run --version

apt-get remove -y -qq farol >/dev/null
trap - EXIT
for left in /opt/farol /usr/bin/farol; do
  if [ -e "$left" ] || [ -L "$left" ]; then echo "check-deb: $left is left after dpkg -r" >&2; exit 1; fi
done
rm -rf "$work"
echo "check-deb: installed, used without a JDK, removed; nothing left"
