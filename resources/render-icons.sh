#!/usr/bin/env bash
# Renders every icon PNG, icon.ico and icon.icns from the SVG sources in this folder (needs ImageMagick 6+ and Node).
# Usage: bash resources/render-icons.sh   (set CONVERT=/path/to/convert to choose the ImageMagick binary)
set -euo pipefail
cd "$(dirname "$0")"
CONVERT="${CONVERT:-convert}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Render far above the target size, then downsample: ImageMagick's SVG renderer antialiases poorly at small sizes.
render() { # source.svg size output.png
  "$CONVERT" -background none -density 768 "$1" -resize "$2x$2" -depth 8 -strip "PNG32:$3"
}

render icon.svg 1024 "$work/icon-1024.png"
render icon.svg 512 icon.png
render icon.svg 256 icon-256.png
render icon.svg 128 "$work/icon-128.png"
render icon.svg 64 "$work/icon-64.png"
render icon.svg 48 "$work/icon-48.png"
render icon-small.svg 32 icon-32.png
render icon-small.svg 16 icon-16.png
render icon-small.svg 24 "$work/icon-24.png"
render tray/tray.svg 16 tray/tray-16.png
render tray/tray.svg 32 tray/tray-32.png
cp tray/tray-32.png tray/tray-16@2x.png
render tray/trayTemplate.svg 16 tray/trayTemplate.png
render tray/trayTemplate.svg 32 tray/trayTemplate@2x.png

# Windows: one .ico holding every size the shell asks for.
"$CONVERT" icon-16.png "$work/icon-24.png" icon-32.png "$work/icon-48.png" "$work/icon-64.png" \
  "$work/icon-128.png" icon-256.png icon.ico

# macOS: an .icns is a 'icns' header followed by (type, length, PNG) entries; PNG payloads are valid since 10.7.
node - "$work" <<'NODE'
const { readFileSync, writeFileSync } = require('node:fs')
const work = process.argv[2]
const entries = [
  ['icp4', 'icon-16.png'], ['icp5', 'icon-32.png'], ['icp6', `${work}/icon-64.png`],
  ['ic07', `${work}/icon-128.png`], ['ic08', 'icon-256.png'], ['ic09', 'icon.png'], ['ic10', `${work}/icon-1024.png`]
]
const chunks = entries.map(([type, file]) => {
  const png = readFileSync(file)
  const head = Buffer.alloc(8)
  head.write(type, 0, 'latin1')
  head.writeUInt32BE(png.length + 8, 4)
  return Buffer.concat([head, png])
})
const header = Buffer.alloc(8)
header.write('icns', 0, 'latin1')
header.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4)
writeFileSync('icon.icns', Buffer.concat([header, ...chunks]))
NODE
echo "icons rendered"
