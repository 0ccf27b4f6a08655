#!/usr/bin/env bash
# Regenerates the icons from the SVG sources in this folder (the outputs are committed; run this after editing an SVG).
# Needs rsvg-convert (Debian: librsvg2-bin) to draw the SVGs and ImageMagick's convert to pack the .ico files.
# budgetdesk-small.svg is the 16 px drawing (used for 16 and 32, on whole pixels); budgetdesk.svg the larger sizes.
set -euo pipefail
cd "$(dirname "$0")"

for size in 16 32 48 64 128 256; do
    source=budgetdesk.svg
    [ "$size" -le 32 ] && source=budgetdesk-small.svg
    rsvg-convert -w "$size" -h "$size" "$source" -o "budgetdesk-$size.png"
done
convert budgetdesk-{16,32,48,64,128,256}.png budgetdesk.ico

# the .budget file association: a 128 px PNG for Linux, an .ico for Windows
file_pngs=()
for size in 16 32 48 256; do
    rsvg-convert -w "$size" -h "$size" budget-file.svg -o "/tmp/budget-file-$size.$$.png"
    file_pngs+=("/tmp/budget-file-$size.$$.png")
done
rsvg-convert -w 128 -h 128 budget-file.svg -o budget-file.png   # xdg-icon-resource installs it as 128 px
convert "${file_pngs[@]}" budget-file.ico
rm -f "${file_pngs[@]}"
ls -l budgetdesk-*.png budgetdesk.ico budget-file.png budget-file.ico
