#!/bin/sh
# Makes page.webp, the WebP that ImageFormatsTest reads (needs a JDK and cwebp: apt-get install webp).
set -e
cd "$(dirname "$0")"
java PageImage.java /tmp/farol-page.png
cwebp -quiet -lossless /tmp/farol-page.png -o page.webp
rm -f /tmp/farol-page.png
