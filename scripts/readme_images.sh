#!/usr/bin/env bash
# Render the README's pictures (docs/images/) from the examples, as the README shows them: each
# example at its own size and scale 1, the mobile example also in a phone frame. Run it after a
# change to the drawing (`make images`), and commit the pictures that changed.
set -euo pipefail
cd "$(dirname "$0")/.."
DSL2PNG=".venv/bin/dsl2png"
OUT="docs/images"
for name in dashboard login settings dashboard-dark api-docs kanban store mobile-app review-notes customer-drawer; do
    "$DSL2PNG" render "examples/$name.yaml" -o "$OUT/$name.png" --scale 1 -q
done
"$DSL2PNG" render examples/mobile-app.yaml -o "$OUT/mobile-app-phone.png" --scale 1 --frame phone -q
echo "readme images: $(ls "$OUT"/*.png | wc -l) pictures in $OUT"
