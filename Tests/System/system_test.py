"""System tests against the built `postmottak` binary (real SQLite file, real files, bagit.py).

1. demo on Samples/: every bag passes bagit validation; no identity number in bag-info.txt.
2. The same files again: no new item, number or bag.
3. Crash safety: ingest 500 files while killing the process with SIGKILL at random moments,
   then run to completion: every file exactly one item, numbers unique and gap-free, every
   bag complete and valid.
4. Bad input is quarantined with a reason and the run goes on.
5. serve: SIGTERM finishes and exits 0.
"""
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time

from postmottak_support import bags, message, stop, validate_bags, write_config, write_file

FNR = re.compile(r"(?<!\d)\d{6}[ ]?\d{5}(?!\d)")


def test_demo_and_idempotency(postmottak, samples, tmp_root, check):
    data = os.path.join(tmp_root, "demo")
    out = postmottak.run("demo", "--samples", samples, data=data)
    check(out.returncode == 0, f"demo exits 0 ({out.returncode}) {out.stderr[-300:] if out.returncode else ''}")
    check("REFERENCE" in out.stdout and "numbered:" in out.stdout, "demo prints its summary table")
    rows = postmottak.export(data)
    files = [f for f in os.listdir(samples) if not f.startswith(".")]
    check(len(rows) == len(files), f"one item per sample file ({len(rows)} items, {len(files)} files)")
    check(any(r["status"] == "quarantined" for r in rows), "bad input is quarantined")
    check(all(r["reason"] for r in rows if r["status"] in ("quarantined", "ignored")), "every quarantined or ignored item has a reason")
    keys = {"id", "channel", "source", "message_id", "received_at", "reference", "status", "kind", "formal_type",
            "service_area", "language", "sensitive", "destination", "duplicate_of", "followup_of", "needs_review",
            "reason", "fields", "original_sha256"}
    check(all(keys <= set(r) for r in rows), "export has every documented field on every line")
    names = bags(data)
    check(len(names) > 0, f"demo wrote {len(names)} archive packages")
    check(validate_bags(data) == [], f"every demo bag passes bagit validation {validate_bags(data)}")
    cli = os.path.join(os.path.dirname(sys.executable), "bagit.py")
    if names and os.path.exists(cli):
        results = [subprocess.run([sys.executable, cli, "--validate", os.path.join(data, "archive", n)], capture_output=True, text=True).returncode
                   for n in names]
        check(all(code == 0 for code in results), f"`bagit.py --validate` exits 0 for every bag ({results})")
    for name in names:
        info = open(os.path.join(data, "archive", name, "bag-info.txt"), encoding="utf-8").read()
        check(not FNR.search(info) and not FNR.search(name), f"no identity number in {name}/bag-info.txt or its name")
        meta = json.load(open(os.path.join(data, "archive", name, "data", "metadata.json"), encoding="utf-8"))
        steps = {e["step"] for e in meta["events"] if e["reason"]}
        check({"capture", "extract", "classify", "link", "route", "dispatch"} <= steps and meta["kind"] and meta["explanation"],
              f"{name}/data/metadata.json holds every decision with its reason ({sorted(steps)})")
        payload = os.listdir(os.path.join(data, "archive", name, "data"))
        check(any(p.startswith("original.") for p in payload) and "text.txt" in payload, f"{name} holds the original bytes and the text")
    folders = sorted(os.listdir(os.path.join(data, "case-register"))) if os.path.isdir(os.path.join(data, "case-register")) else []
    formal = [r for r in rows if r["destination"] == "case_register"]
    check(formal and len(folders) == len(formal), f"formal submissions are arkivmelding folders ({len(folders)} for {len(formal)})")
    check("case register:" in out.stdout and "acknowledgements:" in out.stdout, "demo says where each destination's deliveries went")
    refs = [r["reference"] for r in rows if r["reference"]]
    before = (len(rows), sorted(refs), names)
    again = postmottak.run("ingest", samples, data=data)
    check(again.returncode == 0 and "captured 0 new" in again.stdout, f"re-ingest captures nothing new: {again.stdout.strip()}")
    rows2 = postmottak.export(data)
    after = (len(rows2), sorted(r["reference"] for r in rows2 if r["reference"]), bags(data))
    check(before == after, "re-ingest creates no new item, number or bag")
    q = postmottak.run("quarantine", "list", data=data)
    check(q.returncode == 0 and "quarantined item(s)" in q.stdout, "quarantine list works")


def test_bad_input(postmottak, tmp_root, check):
    folder = os.path.join(tmp_root, "bad")
    os.makedirs(folder)
    write_file(os.path.join(folder, "empty.eml"), b"")
    write_file(os.path.join(folder, "picture.eml"), os.urandom(4096))
    write_file(os.path.join(folder, "good.eml"),
               b"From: a@example.org\r\nTo: b@example.org\r\nSubject: Hull i veien\r\nMessage-ID: <g@x>\r\n\r\nDet er hull i veien.\r\n")
    write_file(os.path.join(folder, "big.eml"), b"From: a@example.org\r\nSubject: big\r\nMessage-ID: <big@x>\r\n\r\n" + b"x" * 2_000_000)
    data = os.path.join(tmp_root, "bad-data")
    config = write_config(tmp_root, "small", "[intake]\nmax_message_bytes = 1000000\n")
    out = postmottak.run("ingest", folder, data=data, config=config)
    check(out.returncode == 0, "a run with bad input exits 0")
    rows = {r["source"]: r for r in postmottak.export(data)}
    check(rows.get("good.eml", {}).get("reference") is not None, "the good message among bad ones is numbered")
    for name in ("empty.eml", "picture.eml", "big.eml"):
        r = rows.get(name, {})
        check(r.get("status") == "quarantined" and r.get("reason"), f"{name} quarantined with reason: {r.get('reason')}")
    bad_config = write_config(tmp_root, "bad", "[intake]\nmax_mesage_bytes = 10\n")
    out = postmottak.run("migrate", data=data, config=bad_config)
    check(out.returncode != 0 and "intake.max_mesage_bytes" in out.stderr, "a wrong key stops the program naming the key")


def test_serve_sigterm(postmottak, samples, tmp_root, check):
    data = os.path.join(tmp_root, "serve")
    inbox = os.path.join(data, "inbox")
    os.makedirs(inbox)
    config = write_config(tmp_root, "serve", "[intake.drop_folder]\npoll_interval_seconds = 0.2\nsettle_seconds = 0\n")
    for name in sorted(os.listdir(samples))[:3]:
        shutil.copy(os.path.join(samples, name), inbox)
    p = postmottak.popen("serve", data=data, config=config, stderr=subprocess.PIPE)
    deadline = time.time() + 30
    while time.time() < deadline and len(os.listdir(inbox)) > 0:
        time.sleep(0.2)
    check(os.listdir(inbox) == [], "serve takes dropped files and moves them out of the drop folder")
    check(len(os.listdir(os.path.join(data, "processed"))) == 3, "captured files are in processed/")
    code = stop(p, timeout=20)
    check(code == 0, f"serve exits 0 on SIGTERM ({code})")


def make_messages(folder, count):
    topics = ["Hull i veien ved skolen", "Søppel ikke tømt", "Förslag om ny lekplats", "Thanks for the help",
              "Spørsmål om barnehageplass", "Vannlekkasje i Storgata"]
    for n in range(count):
        body = f"Hei, dette gjelder sak nummer {n}. " + topics[n % len(topics)] + ". Kan dere se på det?\n" * (1 + n % 4)
        write_file(os.path.join(folder, f"m{n:04d}.eml"), message(
            [("From", f"Innbygger {n} <innbygger{n}@example.org>"), ("To", "postmottak@fjordvik.kommune.no"),
             ("Subject", f"{topics[n % len(topics)]} ({n})"), ("Date", "Mon, 12 Jan 2026 10:00:00 +0100"),
             ("Message-ID", f"<crash-{n}@example.org>")], body, end=""))


def test_crash_safety(postmottak, tmp_root, check, count=500, kills=8):
    folder = os.path.join(tmp_root, "crash-mail")
    data = os.path.join(tmp_root, "crash")
    make_messages(folder, count)
    rng = random.Random(int(os.environ.get("CRASH_SEED", "20261122")))
    killed = 0
    for _ in range(kills):
        p = postmottak.popen("ingest", folder, data=data)
        time.sleep(rng.uniform(0.05, 1.5))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            killed += 1
        p.wait()
    final = postmottak.run("ingest", folder, data=data)
    check(final.returncode == 0, f"ingest after {killed} SIGKILLs completes ({final.stderr[-300:]})")
    rows = postmottak.export(data)
    digests = [r["original_sha256"] for r in rows]
    check(len(rows) == count and len(set(digests)) == count, f"every file exactly one item ({len(rows)} items, {len(set(digests))} distinct)")
    refs = [r["reference"] for r in rows if r["reference"]]
    check(len(refs) == len(set(refs)), "reference numbers are unique")
    seqs = sorted(int(ref.split("-")[2]) for ref in refs)
    check(seqs == list(range(1, len(seqs) + 1)), f"reference numbers are gap-free (1..{len(seqs)})")
    # An item the classifier is unsure of rests in review (a person decides), unnumbered.
    check(all(r["status"] == "done" or (r["status"] == "review" and not r.get("reference")) for r in rows),
          "every item reached done or waits unnumbered for review: "
          + str({s: sum(1 for r in rows if r["status"] == s) for s in {r["status"] for r in rows}}))
    names = bags(data)
    check(len(names) == len(refs), f"one bag per numbered item ({len(names)} bags, {len(refs)} numbers)")
    leftovers = [n for n in os.listdir(os.path.join(data, "archive")) if n.startswith(".tmp-")]
    check(leftovers == [], "no half-written bag left behind")
    bad = validate_bags(data)
    check(bad == [], f"every bag complete and valid ({len(bad)} invalid)")
