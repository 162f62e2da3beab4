#!/usr/bin/env bash
# Installs target/package/farol_*.deb with apt-get, runs the installed farol on a copy of sample-docs with no
# JDK anywhere on the PATH (it brings its own runtime), uninstalls it and checks nothing of it is
# left. Needs root, Xvfb and x11-utils. CI runs it; it prints the package's size and the times it saw.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/package/farol_*.deb)
echo "check-deb: $deb, $(du -m "$deb" | cut -f1) MB"
recommends=$(dpkg-deb -f "$deb" Recommends)
for pkg in tesseract-ocr tesseract-ocr-eng tesseract-ocr-por; do
  echo "$recommends" | grep -Eq "(^|[ ,])$pkg(,|$)" || { echo "check-deb: the package does not recommend $pkg (Recommends: $recommends)" >&2; exit 1; }
done
echo "check-deb: recommends $recommends"
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

# Start-up time to a window: the installed desktop app on a display of its own, until a window
# named Farol exists (xwininfo, from x11-utils).
Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
start=$(date +%s.%N)
env -i HOME="$work" LC_ALL=C.UTF-8 PATH=/nonexistent DISPLAY=:97 /usr/bin/farol >"$work/desktop.out" 2>&1 &
app=$!
shown=""
for _ in $(seq 1 600); do
  if xwininfo -display :97 -name Farol >/dev/null 2>&1; then shown=$(echo "$(date +%s.%N) - $start" | bc); break; fi
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
kill "$xvfb" 2>/dev/null || true
if [ -z "$shown" ]; then echo "check-deb: the installed desktop app showed no window in 60 s" >&2; cat "$work/desktop.out" >&2; exit 1; fi
echo "check-deb: installed desktop app showed its window in $shown s"

apt-get remove -y -qq farol >/dev/null
trap - EXIT
for left in /opt/farol /usr/bin/farol /usr/share/doc/farol; do
  if [ -e "$left" ] || [ -L "$left" ]; then echo "check-deb: $left is left after apt-get remove" >&2; exit 1; fi
done
# dpkg keeps a package's record ("rc": config files left) after a remove when it has conffiles:
# Farol's package has none, so remove leaves no record for `apt-get purge` to clean.
state=$(dpkg-query -W -f='${db:Status-Abbrev}' farol 2>/dev/null || true)
if [ -n "$state" ] && [ "${state:1:1}" != n ]; then
  echo "check-deb: dpkg still lists farol after apt-get remove ($state): it would need a purge" >&2; exit 1
fi
rm -rf "$work"
echo "check-deb: installed, used without a JDK, removed; nothing left, not even a dpkg record"
