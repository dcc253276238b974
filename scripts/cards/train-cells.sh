#!/usr/bin/env bash
# Makes Config/model/comb-cells.json from nothing but the fonts: renders the training cards
# (train fonts only), reads their comb cells, trains the cell classifier, and measures it on
# the two held-out sets (own-holdout: ours to choose thresholds on; issue-holdout: measured,
# never trained or tuned on), each reported apart. Deterministic: the same fonts, Pillow and
# numpy give the same cards, and the same cards give the same model file, byte for byte.
#
#   bash scripts/cards/setup.sh                 # once, as root: fonts and .venv-cards
#   bash scripts/cards/train-cells.sh [WORKDIR] # default /tmp/postmottak-cards
#
# About 25 minutes on 2 cores: rendering 1,470 cards (0.7 s each), reading them (about
# 0.4 s each on two cores), a minute of training.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/postmottak-cards}
python=.venv-cards/bin/python
[ -x "$python" ] || { echo "run scripts/cards/setup.sh first (as root)" >&2; exit 2; }
[ -d ../shared/forms ] || { echo "../shared/forms is missing: the blank forms are drawn from it" >&2; exit 2; }
dev=.build/release/postmottak-dev
[ -x "$dev" ] || swift build -c release --product postmottak-dev

render() { # set count seed folder [options]
    local set=$1 count=$2 seed=$3 out=$work/$4; shift 4
    [ -f "$out/.complete" ] && return 0
    rm -rf "$out"
    "$python" scripts/cards/render_cards.py --forms ../shared/forms --fonts "$set" --count "$count" --seed "$seed" --out "$out" --quiet "$@"
    touch "$out/.complete"
}
# Two renders at a time (the renderer uses one core).
render train 350 1 train1a --dpi-mix & render train 350 6 train1b --dpi-mix & wait
render train 250 4 train2a --dpi-mix & render train 250 5 train2b --dpi-mix & wait
render own-holdout 150 2 own-holdout & render issue-holdout 120 3 issue-holdout & wait

"$dev" train-ocr --cache "$work/cells" --model Config/model/comb-cells.json --version cells-1 \
    --cards "$work/train1a" --cards "$work/train1b" --cards "$work/train2a" --cards "$work/train2b" \
    --check "$work/own-holdout" --check "$work/issue-holdout"
