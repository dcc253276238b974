#!/usr/bin/env bash
# Installs what scripts/cards/render_cards.py needs: the handwriting fonts of fonts.json (Debian
# packages) and a venv with Pillow and numpy at .venv-cards (git-ignored). Run as root from the
# repository root:  bash scripts/cards/setup.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
packages=$(python3 -c 'import json; print(" ".join(sorted({e["package"] for s in json.load(open("scripts/cards/fonts.json")).values() for e in s})))')
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq fontconfig python3-venv $packages
[ -x .venv-cards/bin/python ] || python3 -m venv .venv-cards
.venv-cards/bin/pip install -q pillow numpy
echo "ready: .venv-cards/bin/python scripts/cards/render_cards.py --help"
