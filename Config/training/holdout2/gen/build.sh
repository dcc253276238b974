#!/bin/sh
# Build and check the second held-out set with holdout's mechanics (lib.py, build.py,
# validate.py in ../../holdout/gen, shared rather than copied).
#   sh gen/build.sh        (from Config/training/holdout2, or from anywhere)
# Runs holdout's build.py on the chunk files in this directory (c_*.py), writes
# ../mail/msg-NNNN.eml + labels.jsonl, then runs holdout's validate.py.
# -B: no __pycache__ in holdout/gen.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
HOLD="$HERE/../../holdout/gen"
python3 -B "$HOLD/build.py" "$HERE" "$HERE/../mail"
python3 -B "$HOLD/validate.py" "$HERE/../mail"
