#!/usr/bin/env bash
# Install the Debian packages triptych's editions and tests need, when any is missing.
# Safe to run repeatedly: it does nothing when everything is present.
set -euo pipefail

packages=(
  fonts-noto-cjk        # Noto Serif/Sans CJK SC: the PDF's Song and Hei faces
  libharfbuzz-subset0   # font subsetting for WeasyPrint (25x faster than fontTools)
  poppler-utils         # pdftotext, pdffonts, pdftoppm: tests read the PDF as a reader would
  openjdk-17-jre-headless  # EPUBCheck and the Nu Html Checker
  chromium              # axe-core accessibility checks and the Ace EPUB checker run in it
)

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "triptych needs these Debian packages: ${missing[*]}" >&2
  echo "install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"

