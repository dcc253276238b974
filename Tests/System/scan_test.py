"""Scans, against the built binary and real Tesseract:
1. The launcher: started without OMP_THREAD_LIMIT, the running process has OMP_THREAD_LIMIT=1.
2. `postmottak ocr` on the shared sample cards (skipped, saying so, when ../shared is absent):
   the form (MK-2, SB-1, none) and the rotation of page 1 agree with the truth files; every
   page of a multi-page file is read; a corrupt image gets a clear error and exit code 3.
3. Cards as submissions through ingest, review and a running serve.
"""
import json
import os
import re
import shutil
import signal
import time

import pytest

from postmottak_support import by_source, write_config, write_file


@pytest.fixture(scope="module")
def cards(need_shared):
    return need_shared("samples", "cards")


def test_launcher(postmottak, tmp_root, check):
    config = write_config(tmp_root, "serve", "[intake.drop_folder]\npoll_interval_seconds = 0.2\n")
    p = postmottak.popen("serve", config=config, data=os.path.join(tmp_root, "serve"), without=["OMP_THREAD_LIMIT"])
    time.sleep(1.0)
    try:
        with open(f"/proc/{p.pid}/environ", "rb") as f:
            environ = f.read().split(b"\0")
    except OSError:
        environ = []
    p.send_signal(signal.SIGTERM)
    p.wait(20)
    check(b"OMP_THREAD_LIMIT=1" in environ, "started without OMP_THREAD_LIMIT, the process runs with OMP_THREAD_LIMIT=1")


def test_ocr_corrupt_image(postmottak, tmp_root, check):
    bad = write_file(os.path.join(tmp_root, "broken.png"), b"\x89PNG\r\n\x1a\n" + os.urandom(500))
    out = postmottak.run("ocr", bad)
    rec = json.loads(out.stdout.splitlines()[0]) if out.stdout.strip() else {}
    check(out.returncode == 3 and "cannot be decoded" in (rec.get("error") or ""), f"a corrupt image: exit 3 and a reason ({rec.get('error')})")


def test_ocr(postmottak, postmottak_dev, cards, check, figures):
    files = sorted(os.path.join(cards, f) for f in os.listdir(cards) if os.path.exists(os.path.join(cards, f + ".truth.json")))
    out = postmottak.run("ocr", *files)
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
    figures(f"{seconds:.2f} s per file, one worker")
    card = next((r for r in rows if r.get("form") in ("MK-2", "SB-1")), None)
    names = ["kind", "service_area", "wants_reply", "name", "address", "postal_code", "city", "phone", "email", "date", "description"]
    check(card is not None and all(n in card.get("fields", {}) and {"value", "confidence", "needs_review"} <= set(card["fields"][n]) for n in names),
          "a card's JSON has every field with value, confidence and needs_review")

    out = postmottak_dev.run("eval", "cards", cards)
    for l in out.stdout.splitlines():
        figures(l)
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


def export(postmottak, data):
    return by_source(postmottak.export(data, strict=False))


def test_pipeline(postmottak, cards, tmp_root, check):
    """Cards as submissions: ingest (rotated, 200 dpi, multi-page TIFF, PDF, blank, corrupt), review, serve."""
    root = tmp_root
    truths = {f[:-len(".truth.json")]: json.load(open(os.path.join(cards, f))) for f in os.listdir(cards) if f.endswith(".truth.json")}
    def pick(pred):
        return next((f for f, t in sorted(truths.items()) if pred(t)), None)
    chosen = {
        "rotated": pick(lambda t: t["form"] != "none" and t["rotation"] != 0),
        "200 dpi": pick(lambda t: t["form"] != "none" and t["dpi"] == 200),
        "multi-page TIFF": pick(lambda t: t["format"] == "tiff" and t["pages"] > 1),
        "PDF": pick(lambda t: t["format"] == "pdf" and t["form"] != "none"),
        "blank card": pick(lambda t: t["form"] != "none" and t.get("fill") == "none"),
        "letter": pick(lambda t: t["form"] == "none"),
    }
    folder = os.path.join(root, "cards-in")
    os.makedirs(folder)
    for f in set(v for v in chosen.values() if v):
        shutil.copy(os.path.join(cards, f), folder)
    write_file(os.path.join(folder, "corrupt.tif"), b"II*\x00" + os.urandom(2000))
    data = os.path.join(root, "cards-data")
    out = postmottak.run("ingest", folder, data=data)
    check(out.returncode == 0, f"ingest of scans exits 0 ({out.stderr[-300:] if out.returncode else ''})")
    rows = export(postmottak, data)
    bad = rows.get("corrupt.tif", {})
    check(bad.get("status") == "quarantined" and "cannot be decoded" in (bad.get("reason") or ""), f"a corrupt image is quarantined with a reason ({bad.get('reason')})")
    blank = rows.get(chosen["blank card"] or "", {})
    check(blank.get("status") == "quarantined" and "blank" in (blank.get("reason") or ""), f"a blank card is quarantined as blank ({blank.get('reason')})")
    for what in ("rotated", "200 dpi", "multi-page TIFF", "PDF"):
        r = rows.get(chosen[what] or "", {})
        check(r.get("channel") == "scan" and r.get("status") in ("review", "done", "dispatched"),
              f"{what} card ({chosen[what]}): read, and numbered or waiting for review ({r.get('status')})")
    letter = rows.get(chosen["letter"] or "", {})
    check(letter.get("reference") is not None, f"a letter is read as free text and numbered ({chosen['letter']})")
    # Review: show, correct, approve; the approved card is numbered and its scan is in the bag.
    review = postmottak.run("review", "list", data=data)
    ids = [l.split("\t")[0] for l in review.stdout.splitlines() if "\t" in l]
    check(len(ids) >= 1, f"cards with fields to check wait for review ({len(ids)})")
    if ids:
        rid = ids[0]
        show = postmottak.run("review", "show", rid, data=data)
        crops = re.findall(r"crop: (\S+\.png)", show.stdout)
        check(show.returncode == 0 and crops and all(os.path.getsize(c) > 100 for c in crops), f"review show lists the fields with crops ({len(crops)})")
        bad_set = postmottak.run("review", "set", rid, "kind", "nonsense", data=data)
        check(bad_set.returncode != 0, "review set refuses a value that is not allowed")
        ok_set = postmottak.run("review", "set", rid, "date", "2026-03-01", data=data)
        approve = postmottak.run("review", "approve", rid, data=data)
        check(ok_set.returncode == 0 and approve.returncode == 0, f"review set and approve ({approve.stdout.strip()})")
        item = next((r for r in export(postmottak, data).values() if str(r["id"]) == rid), {})
        check(item.get("reference") is not None and (item.get("fields") or {}).get("date") == "2026-03-01",
              f"the approved card is numbered with the corrected field ({item.get('reference')})")
        ext = os.path.splitext(item.get("source", ""))[1].lower().lstrip(".")
        bag = os.path.join(data, "archive", item.get("reference") or "none", "data")
        check(item.get("destination") != "archive" or os.path.exists(os.path.join(bag, "original." + ext)),
              "the scan itself is in the archive package")


def test_serve_takes_a_card(postmottak, cards, tmp_root, check):
    """The scan folder of a running serve: inotify wakes it (the rescan interval is an hour and
    the drop folder's poll a minute), a new subfolder is followed, a file that is no scan goes to
    failed/ with a reason, and the card becomes a submission or a review item."""
    root = tmp_root
    card = next(f[:-len(".truth.json")] for f in sorted(os.listdir(cards)) if f.endswith(".truth.json")
                and json.load(open(os.path.join(cards, f)))["form"] != "none")
    data = os.path.join(root, "serve-cards")
    scans = os.path.join(data, "scans")
    config = write_config(root, "serve-cards", "[intake.drop_folder]\npoll_interval_seconds = 60\n"
                          "[intake.scan_folder]\nrescan_interval_seconds = 3600\nsettle_seconds = 0.5\n")
    log = open(os.path.join(root, "serve-cards.log"), "w+")
    p = postmottak.popen("serve", config=config, data=data, stdout=log, stderr=log)
    ready = time.time() + 60
    while time.time() < ready and p.poll() is None and "postmottak serving" not in open(log.name).read():
        time.sleep(0.1)
    time.sleep(0.5)
    mailroom = os.path.join(scans, "mailroom")
    os.makedirs(mailroom)
    time.sleep(0.5)
    started = time.time()
    shutil.copy(os.path.join(cards, card), os.path.join(mailroom, card + ".part"))
    os.rename(os.path.join(mailroom, card + ".part"), os.path.join(mailroom, card))
    write_file(os.path.join(scans, "notes.txt"), "not a scan\n")
    deadline = time.time() + 180
    row = {}
    while time.time() < deadline and p.poll() is None:
        row = export(postmottak, data).get(card, {})
        if row.get("status") in ("review", "done", "dispatched"):
            break
        time.sleep(0.5)
    took = time.time() - started
    exited = p.poll()
    if exited is None:
        p.send_signal(signal.SIGTERM)
        p.wait(30)
    if row.get("status") not in ("review", "done", "dispatched"):
        log.seek(0)
        print(f"       serve {'exited with ' + str(exited) if exited is not None else 'was running'}; its log ends:")
        print("".join("       | " + l for l in log.readlines()[-15:]))
    check(row.get("status") in ("review", "done", "dispatched"),
          f"a card dropped into the scan folder of a running serve becomes a submission or a review item "
          f"({row.get('status')}, after {took:.1f} s)")
    check(took < 50, f"inotify woke the scan folder and the pipeline at once ({took:.1f} s, not the 60 s poll)")
    check(os.listdir(mailroom) == [], "the card left the scan folder")
    check(os.path.exists(os.path.join(scans, "processed", "mailroom", card)), "the card is in processed/, in its subfolder")
    reason = os.path.join(scans, "failed", "notes.txt.reason.txt")
    check(os.path.exists(reason) and "not a scan" in open(reason).read(), "a file that is no scan is in failed/ with a reason")
    if row.get("status") != "review" and row.get("reference"):
        ext = os.path.splitext(card)[1].lower().lstrip(".")
        check(os.path.exists(os.path.join(data, "archive", row["reference"], "data", "original." + ext)),
              "the scan is in the archive package")
