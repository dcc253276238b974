#!/bin/sh
# Build and check the linking development set with holdout's mechanics.
#   sh gen/build.sh        (from Config/training/linking, or from anywhere)
# Runs holdout's build.py on the chunk files in this directory (c_*.py), writes
# ../mail/msg-NNNN.eml + labels.jsonl, then runs holdout's validate.py and the
# link checks in check_links.py.  -B: no __pycache__ in holdout/gen.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
HOLD="$HERE/../../holdout/gen"
python3 -B "$HOLD/build.py" "$HERE" "$HERE/../mail"
python3 -B "$HOLD/validate.py" "$HERE/../mail"
if [ -f "$HERE/check_links.py" ]; then python3 -B "$HERE/check_links.py" "$HERE/../mail"; fi
