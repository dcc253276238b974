#!/usr/bin/env python3
"""Scans, against the built binary and real Tesseract:
1. The launcher: started without OMP_THREAD_LIMIT, the running process has OMP_THREAD_LIMIT=1.
2. `postmottak ocr` on the shared sample cards (when ../shared is present): the form (MK-2,
   SB-1, none) and the rotation of page 1 agree with the truth files; every page of a
   multi-page file is read; a corrupt image gets a clear error and exit code 3.
"""
import argparse, json, os, re, signal, subprocess, sys, tempfile, time

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        failures.append(message)


def test_launcher(binary, root):
    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    config = os.path.join(root, "serve.toml")
    with open(config, "w") as f:
        f.write("[intake.drop_folder]\npoll_interval_seconds = 0.2\n")
    p = subprocess.Popen([binary, "serve", "--config", config, "--data-dir", os.path.join(root, "serve")], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    try:
        with open(f"/proc/{p.pid}/environ", "rb") as f:
            environ = f.read().split(b"\0")
    except OSError:
        environ = []
    p.send_signal(signal.SIGTERM)
    p.wait(20)
    check(b"OMP_THREAD_LIMIT=1" in environ, "started without OMP_THREAD_LIMIT, the process runs with OMP_THREAD_LIMIT=1")


def test_ocr(binary, cards, root):
    bad = os.path.join(root, "broken.png")
    with open(bad, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + os.urandom(500))
    out = subprocess.run([binary, "ocr", bad], capture_output=True, text=True)
    rec = json.loads(out.stdout.splitlines()[0]) if out.stdout.strip() else {}
    check(out.returncode == 3 and "cannot be decoded" in (rec.get("error") or ""), f"a corrupt image: exit 3 and a reason ({rec.get('error')})")
    if not os.path.isdir(cards):
        print(f"skip   sample cards: {cards} is not present")
        return
    files = sorted(os.path.join(cards, f) for f in os.listdir(cards) if os.path.exists(os.path.join(cards, f + ".truth.json")))
    out = subprocess.run([binary, "ocr", *files], capture_output=True, text=True)
    rows = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    check(len(rows) == len(files), f"one answer per file ({len(rows)} of {len(files)})")
    form = rotation = pages = 0
    for r in rows:
        t = json.load(open(r["file"] + ".truth.json"))
        form += r.get("form") == t["form"]
        rotation += r.get("rotation") == t["rotation"]
        pages += len(r.get("pages", [])) == t["pages"]
    n = max(1, len(rows))
    seconds = sum(r.get("seconds", 0) for r in rows) / n
    check(form / n >= 0.95, f"form identified: {form}/{len(rows)}")
    check(rotation / n >= 0.95, f"rotation found: {rotation}/{len(rows)}")
    check(pages == len(rows), f"every page read: {pages}/{len(rows)} files with the right page count")
    print(f"       {seconds:.2f} s per file, one worker")
    card = next((r for r in rows if r.get("form") in ("MK-2", "SB-1")), None)
    names = ["kind", "service_area", "wants_reply", "name", "address", "postal_code", "city", "phone", "email", "date", "description"]
    check(card is not None and all(n in card.get("fields", {}) and {"value", "confidence", "needs_review"} <= set(card["fields"][n]) for n in names),
          "a card's JSON has every field with value, confidence and needs_review")

    out = subprocess.run([binary, "eval", "cards", cards], capture_output=True, text=True)
    print("\n".join("       " + l for l in out.stdout.splitlines()))
    def share(label):
        for l in out.stdout.splitlines():
            if l.startswith(label):
                m = re.search(r"(\d+)/(\d+)", l)
                return int(m.group(1)) / max(1, int(m.group(2)))
        return None
    check(out.returncode == 0, "eval cards runs")
    check((share("checkboxes") or 0) >= 0.99, f"checkboxes at least 99 % right ({share('checkboxes')})")
    silent = share("silent error rate")
    check(silent is not None and silent <= 0.01, f"silent errors at most 1 % of fields ({silent})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--cards", default="../shared/samples/cards")
    args = ap.parse_args()
    root = tempfile.mkdtemp(prefix="postmottak-scan-")
    test_launcher(os.path.abspath(args.binary), root)
    test_ocr(os.path.abspath(args.binary), args.cards, root)
    if failures:
        print(f"\n{len(failures)} scan test(s) failed")
        sys.exit(1)
    print("\nall scan tests passed")


if __name__ == "__main__":
    main()
