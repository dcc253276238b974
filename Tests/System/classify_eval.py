#!/usr/bin/env python3
"""Issue 5's targets as assertions: `postmottak eval mail` on ../shared/samples/mail (skipped
with a clear message when it is absent) must reach every threshold."""
import argparse, json, os, subprocess, sys

TARGETS = {
    "kind_macro_f1": 0.92, "formal_recall": 0.97, "access_request_recall": 1.0,
    "auto_reply_precision": 0.99, "bounce_precision": 0.99, "spam_precision": 0.99,
    "sensitive_recall": 1.0, "duplicate_exact_f1": 1.0, "duplicate_near_f1": 0.9,
    "followup_f1": 0.95, "service_area_macro_f1": 0.85,
}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--mail", default="../shared/samples/mail")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.mail, "labels.jsonl")):
        print(f"skipped: {args.mail}/labels.jsonl is not present (../shared beside the repository)")
        return
    out = subprocess.run([args.binary, "eval", "mail", args.mail, "--json"], capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stdout, out.stderr)
        sys.exit("eval mail failed")
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    failed = 0
    for name, target in TARGETS.items():
        value = figures.get(name, 0)
        ok = value >= target - 1e-9
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name} {value:.3f} (target {target})")
    if failed:
        subprocess.run([args.binary, "eval", "mail", args.mail, "--verbose"])
        sys.exit(f"{failed} classification target(s) missed")
    print("all classification targets met")

if __name__ == "__main__":
    main()
