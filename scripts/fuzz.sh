#!/usr/bin/env bash
# Fuzzes the readers of hostile input with libFuzzer (address sanitizer on): the MIME parser,
# HTML to text, the reference-number scanner, the identity-number detector, the IMAP response
# reader, the image loader and the attachment reader (DOCX, ODT, RTF, HTML, text). Each
# target runs for SECONDS from a seed corpus the project
# writes itself (postmottak-fuzz seeds), kept and grown in .build-fuzz/corpus between runs.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     # default 120 s each, every target
#
# A crash, leak, timeout or out-of-memory stops the run with exit 1; the input is left in
# .build-fuzz/crashes/TARGET/ and replays with `.build/debug/postmottak-fuzz TARGET FILE`.
# Every crash found becomes a unit test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"; shift || true
targets=("$@"); [ "${#targets[@]}" -gt 0 ] || targets=(mime html refs identity imap image document)
scratch=.build-fuzz
swift build --product postmottak-fuzz --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld 2>&1 | grep -E "error|warning: unre|Build" || true
fuzzer="$scratch/debug/postmottak-fuzz"
[ -x "$fuzzer" ] || { echo "fuzz: the fuzz build failed"; exit 1; }
swift build --product postmottak-fuzz >/dev/null
.build/debug/postmottak-fuzz seeds "$scratch/seeds" >/dev/null
status=0
for target in "${targets[@]}"; do
  corpus="$scratch/corpus/$target"; crashes="$scratch/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  log="$scratch/fuzz-$target.log"
  set +e
  POSTMOTTAK_FUZZ_TARGET="$target" OMP_THREAD_LIMIT=1 ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
    "$fuzzer" -max_total_time="$seconds" -max_len=262144 -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$crashes/" "$corpus" "$scratch/seeds/$target" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo 0)
  if [ "$rc" -eq 0 ]; then
    echo "fuzz $target: $runs inputs in ${seconds} s, no crash (corpus $(ls "$corpus" | wc -l) inputs)"
  else
    status=1
    echo "fuzz $target: FAILED after $runs inputs (exit $rc); found:"
    ls -1 "$crashes" | sed 's/^/  /'
    grep -E "ERROR|SUMMARY|Fatal error|deadly signal" "$log" | head -5 | sed 's/^/  /'
  fi
done
exit $status
