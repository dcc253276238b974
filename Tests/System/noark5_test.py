"""The Noark 5 connector against ../shared/tools/noark5-standin (a TG 1.1 stand-in that
enforces the flow, randomises its hrefs and injects faults). Four parts:

1. flow: a formal appeal with a large attachment (chunked above bulkgrense), a sensitive
   access request (restricted, masked public title) and a follow-up (a registry entry in
   the same case file); case numbers and registry ids exported; tokens renewed.
2. commit then drop, at every step and in every drop mode: exactly one case file, one
   registry entry, one sender, one document description and object per document.
3. a register restarted (new hrefs, tokens lost) between steps; parked entries; an unknown
   restriction code.
4. chaos: 200 (--chaos-count) submissions delivered by `serve` while the register first
   refuses service, then answers 503 to a share of requests and drops answers after
   committing. Every submission ends up exactly once; the retry rate stays bounded.
Skipped, saying so, when ../shared is absent. The flow and the drops share one stand-in
(stable hrefs, short-lived tokens); the later parts share a second one, started when the
first is stopped. The tests run in this order (the flow's counts are the register's own).
"""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

from postmottak_support import db_rows, message, write_file, write_messages

SECRET = "standin-secret"
KEY = "vnd-postmottak-v1:submissionid"


class StandIn:
    def __init__(self, script, root, extra=()):
        self.script, self.root, self.extra = script, root, list(extra)
        self.state = os.path.join(root, "standin-state.json")
        self.start()

    def start(self):
        self.proc = subprocess.Popen([sys.executable, self.script, "--port", str(getattr(self, "port", 0)), "--state-file", self.state,
                                      "--quiet", *self.extra], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline().strip()
        assert line.startswith("LISTENING "), line
        self.url = line.split(" ", 1)[1]
        self.base = self.url.rsplit("/api", 1)[0]
        self.port = int(self.base.rsplit(":", 1)[1])

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=10)

    def hook(self, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + "/_standin/" + path, data=data, method="GET" if data is None else "POST",
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read() or b"{}")

    def entities(self, kind):
        return self.hook("state?kind=" + kind)["entities"].get(kind, [])


class StandIns:
    """The module's two stand-ins, one running at a time: the first (stable hrefs, tokens
    that expire after 30 s) for the flow and the drops, the second for the parts after."""

    def __init__(self, script, root):
        self.script, self.root = script, root
        self.running, self.which = None, None

    def _switch(self, which, root, extra):
        if self.which != which:
            self.stop()
            os.makedirs(root, exist_ok=True)
            self.running, self.which = StandIn(self.script, root, extra), which
        return self.running

    def first(self):
        return self._switch("first", self.root, ["--bulkgrense", "65536", "--token-ttl", "30", "--stable-hrefs"])

    def second(self):
        return self._switch("second", os.path.join(self.root, "second"), ["--bulkgrense", "65536"])

    def stop(self):
        if self.running is not None:
            try:
                self.running.stop()
            except Exception:  # noqa: BLE001 - it may have died already
                pass
            self.running = None


@pytest.fixture(scope="module")
def root(tmp_root):
    os.makedirs(os.path.join(tmp_root, "empty"), exist_ok=True)
    return tmp_root


@pytest.fixture(scope="module")
def standins(need_shared, root):
    script = need_shared("tools", "noark5-standin", "noark5_standin.py")
    registers = StandIns(script, root)
    yield registers
    registers.stop()


def mail(n, sender, name, subject, body, extra_headers=(), attachment=None):
    return message([("From", f"{name} <{sender}>"), ("Subject", subject), ("Message-ID", f"<n5-{n}@example.org>"),
                    ("Date", f"Tue, 01 Dec 2026 10:{n % 60:02d}:00 +0100"), *extra_headers], body,
                   attachment=attachment, filename="tegninger.bin", boundary="b1")


def config(root, standin, name, extra=""):
    # Each part is an installation of its own, so each has its own reference prefix: keys
    # in the shared register never collide.
    path = os.path.join(root, name + ".toml")
    prefix = {"flow": "FLW", "drops": "DRP", "restart": "RST", "parked": "PRK", "unknown": "UNK", "chaos": "KAO"}[name]
    write_file(path, (f'[reference]\nprefix = "{prefix}"\n[case_register]\nconnector = "noark5"\n[case_register.noark5]\nurl = "{standin.url}"\n'
                f'client_id = "standin-client"\nclient_secret_env = "N5_TEST_SECRET"\nclass_id = "M10"\ntimeout_seconds = 5\n'
                f'chunk_bytes = 32768\n[classify]\nreview_below = 0.0\n[intake.drop_folder]\npoll_interval_seconds = 0.2\n'
                f'[outbox]\ninitial_backoff_seconds = 0.2\nmax_backoff_seconds = 1.5\nmax_attempts = 1000\n{extra}'))
    return path


def run(binary, cfg, data, *args):
    return binary.run(*args, config=cfg, data=data, env={"N5_TEST_SECRET": SECRET}, timeout=600)


def drain(binary, cfg, data, empty, rounds=60):
    """Runs ingest on an empty folder (pipeline plus outbox) until no case-register entry waits."""
    for _ in range(rounds):
        run(binary, cfg, data, "ingest", empty)
        waiting = db_rows(data, "SELECT COUNT(*) FROM outbox WHERE effect = 'case_register' AND status != 'delivered'")[0][0]
        if waiting == 0:
            return True
        time.sleep(0.3)
    return False


def vsm(entity):
    return (entity.get("virksomhetsspesifikkeMetadata") or {}).get(KEY)


def test_flow(postmottak, standins, root, check):
    binary, standin = postmottak, standins.first()
    data, inbox, empty = os.path.join(root, "flow"), os.path.join(root, "flow-in"), os.path.join(root, "empty")
    os.makedirs(inbox)
    os.makedirs(empty, exist_ok=True)
    cfg = config(root, standin, "flow")
    big = os.urandom(150_000)
    messages = {
        "1.eml": mail(1, "kari@example.org", "Kari Nordmann", "Klage på vedtak om avslag på byggesøknad",
                      "Jeg klager herved på vedtaket om avslag på byggesøknaden for garasjen min. Vedtaket bygger på feil faktum.",
                      attachment=big),
        "2.eml": mail(2, "per@example.org", "Per Hansen", "Innsyn i barnevernssaken",
                      "Jeg ber om innsyn i alle dokumenter i barnevernssaken om sønnen min, fødselsnummer 15108695088."),
    }
    write_messages(inbox, messages)
    probe = run(binary, cfg, data, "outbox", "check")
    check(probe.returncode == 0 and "series \"Sakarkiv\", class M10" in probe.stdout and "restriction code XX known" in probe.stdout,
          "outbox check finds the series, the class and the restriction code" + ("" if probe.returncode == 0 else probe.stdout))
    wrong = binary.run("outbox", "check", config=cfg, data=data, env={"N5_TEST_SECRET": "not-the-secret"})
    check(wrong.returncode == 1 and "client_id" in wrong.stdout and "not-the-secret" not in wrong.stdout + wrong.stderr,
          "a wrong secret fails the check, naming the key, never the secret")
    r = run(binary, cfg, data, "ingest", inbox)
    check(r.returncode == 0, "ingest with the Noark 5 connector exits 0" + ("" if r.returncode == 0 else f" ({r.stderr[-300:]})"))
    check(SECRET not in r.stderr and "15108695088" not in r.stderr, "neither the client secret nor the identity number is logged")
    standin.hook("expire-tokens", {})
    follow = mail(3, "kari@example.org", "Kari Nordmann", "Re: Klage på vedtak om avslag på byggesøknad",
                  "Her er et tillegg til klagen min: nabovarselet ble sendt for sent.",
                  extra_headers=[("In-Reply-To", "<n5-1@example.org>")])
    write_file(os.path.join(inbox, "3.eml"), follow)
    run(binary, cfg, data, "ingest", inbox)
    check(drain(binary, cfg, data, empty), "every case-register entry is delivered (after an expired token too)")

    mapper, posts = standin.entities("saksmappe"), standin.entities("journalpost")
    check(len(mapper) == 2 and len(posts) == 3, f"two case files, three registry entries ({len(mapper)}, {len(posts)})")
    rows = {r[0]: r[1:] for r in db_rows(data, "SELECT message_id, reference, case_number, registry_id, id FROM intake_item")}
    appeal, access, followup = rows.get("n5-1@example.org"), rows.get("n5-2@example.org"), rows.get("n5-3@example.org")
    by_key = {vsm(m): m for m in mapper}
    check(appeal and appeal[0] in by_key and by_key[appeal[0]]["mappeID"] == appeal[1],
          "the appeal's case number is the register's mappeID, found by the metadata key")
    post_by_key = {vsm(p): p for p in posts}
    check(appeal and post_by_key.get(appeal[0], {}).get("registreringsID") == appeal[2], "its registry id is the register's registreringsID")
    fpost = [p for p in posts if vsm(p) and vsm(p).startswith(appeal[0] + "-")] if appeal else []
    check(len(fpost) == 1 and fpost[0]["_standin"]["parent"] == by_key[appeal[0]]["systemID"] and followup and followup[1] == appeal[1],
          "the follow-up is a second registry entry in the appeal's case file")
    check(all(p["journalposttype"]["kode"] == "I" and p["journalstatus"]["kode"] == "M" for p in posts)
          and not any("journalposttype" in p["_standin"]["defaulted"] or "mottattDato" in p["_standin"]["defaulted"] for p in posts),
          "registry entries are incoming (I), temporary (M), with their dates sent")
    apost = post_by_key.get(access[0]) if access else None
    sk = (apost or {}).get("skjerming") or {}
    check(sk.get("tilgangsrestriksjon", {}).get("kode") == "XX" and "Offl." in sk.get("skjermingshjemmel", ""),
          "the sensitive access request is restricted with the configured code and legal basis")
    public = (apost or {}).get("offentligTittel", "")
    check(public and "Per" not in public and "Hansen" not in public and "15108695088" not in public and "******" in public,
          f"its public title has the name masked ({public!r})")
    parts = standin.entities("korrespondansepartperson")
    check(len(parts) == 3 and all(p["korrespondanseparttype"]["kode"] == "EA" for p in parts), "one sender (EA) per registry entry")
    docs, objs = standin.entities("dokumentbeskrivelse"), standin.entities("dokumentobjekt")
    check(len(docs) == 4 and sum(d["tilknyttetRegistreringSom"]["kode"] == "H" for d in docs) == 3,
          f"one main document per entry and the attachment (V) ({len(docs)} descriptions)")
    check(len(objs) == 4 and all(o["_standin"].get("file") and o["_standin"]["file"]["matchesSjekksum"] for o in objs),
          "every document object has its file, checksum verified")
    check(any(o["filstoerrelse"] == len(big) for o in objs), "the 150 kB attachment went up in chunks above bulkgrense (64 KiB)")
    check(any(o["mimeType"] == "message/rfc822" and o["format"]["kode"] == "fmt/950" for o in objs), "e-mails are message/rfc822, fmt/950")
    export = run(binary, cfg, data, "export")
    lines = [json.loads(l) for l in export.stdout.splitlines() if l.startswith("{")]
    check(any(l.get("case_number") == appeal[1] and l.get("registry_id") == appeal[2] for l in lines), "export shows case number and registry id")
    ops = standin.hook("state")["stats"]["ops"]
    check(ops.get("token", 0) >= 2, f"a new token after expiry ({ops.get('token', 0)} token requests)")


def test_drops(postmottak, standins, root, check):
    """Commit then drop at every step."""
    binary, standin = postmottak, standins.first()
    data, inbox, empty = os.path.join(root, "drops"), os.path.join(root, "drops-in"), os.path.join(root, "empty")
    os.makedirs(inbox)
    cfg = config(root, standin, "drops")
    steps = ["create:saksmappe", "create:journalpost", "create:korrespondansepartperson", "create:dokumentbeskrivelse",
             "create:dokumentobjekt", "upload"]
    n = 100
    expected = []
    for mode in ["close", "reset", "error500"]:
        for step in steps:
            n += 1
            standin.hook("faults", {"clear": True, "commit_then_drop": 1, "drop_ops": [step], "drop_mode": mode})
            write_file(os.path.join(inbox, f"{n}.eml"),
                       mail(n, f"drop{n}@example.org", f"Innbygger Nummer{n}", f"Klage på vedtak {n}",
                            f"Jeg klager på vedtaket i sak {n} om tilskudd. Vedtaket må omgjøres.", attachment=os.urandom(2000)))
            run(binary, cfg, data, "ingest", inbox)
            ok = drain(binary, cfg, data, empty)
            dropped = standin.hook("state")["stats"]["dropped"]
            check(ok and len(dropped) >= 1, f"{step} ({mode}): the answer was lost after the commit, and the delivery completed")
            expected.append(n)
    standin.hook("faults", {"clear": True})
    refs = [r[0] for r in db_rows(data, "SELECT reference FROM intake_item WHERE reference IS NOT NULL")]
    mapper, posts = standin.entities("saksmappe"), standin.entities("journalpost")
    for label, entities in (("case file", mapper), ("registry entry", posts)):
        keys = [vsm(e) for e in entities if vsm(e) in refs]
        check(sorted(keys) == sorted(refs) and len(set(keys)) == len(keys),
              f"exactly one {label} per submission ({len(keys)} for {len(refs)})")
    post_ids = {p["systemID"] for p in posts if vsm(p) in refs}
    parts = [p for p in standin.entities("korrespondansepartperson") if p["_standin"]["parent"] in post_ids]
    docs = [d for d in standin.entities("dokumentbeskrivelse") if d["_standin"]["parent"] in post_ids]
    doc_ids = {d["systemID"] for d in docs}
    objs = [o for o in standin.entities("dokumentobjekt") if o["_standin"]["parent"] in doc_ids]
    check(len(parts) == len(refs), f"exactly one sender per registry entry ({len(parts)})")
    check(len(docs) == 2 * len(refs) and len({d["eksternReferanse"] for d in docs}) == len(docs),
          f"exactly one description per document ({len(docs)} for {2 * len(refs)})")
    check(len(objs) == len(docs) and all(o["_standin"].get("file", {}).get("matchesSjekksum") for o in objs),
          f"exactly one object per description, each with its verified file ({len(objs)})")


def test_restart(postmottak, standins, root, check):
    """The register restarts between steps (new hrefs, tokens lost)."""
    binary, standin = postmottak, standins.second()
    data, inbox, empty = os.path.join(root, "restart"), os.path.join(root, "restart-in"), os.path.join(root, "empty")
    os.makedirs(inbox)
    cfg = config(root, standin, "restart")
    write_file(os.path.join(inbox, "r.eml"), mail(500, "restart@example.org", "Ada Omstart", "Klage på vedtak om parkeringsbot",
                                                  "Jeg klager på vedtaket om parkeringsbot. Skiltingen var mangelfull."))
    standin.hook("faults", {"clear": True, "fail_next": 1000, "fail_ops": ["create:korrespondansepartperson"]})
    run(binary, cfg, data, "ingest", inbox)
    before = db_rows(data, "SELECT step FROM case_register_step")
    standin.stop()
    standin.start()
    ok = drain(binary, cfg, data, empty)
    refs = [r[0] for r in db_rows(data, "SELECT reference FROM intake_item WHERE reference IS NOT NULL")]
    posts = [p for p in standin.entities("journalpost") if vsm(p) in refs]
    check(("journalpost",) in before and ok, "stopped after the registry entry; completed after the register came back with new hrefs")
    check(sum(vsm(p) in refs for p in posts) == 1, "still exactly one registry entry for it")


def test_parked(postmottak, standins, root, check):
    """A register down past max_attempts: parked with the reason, retried by hand."""
    binary, standin = postmottak, standins.second()
    data, inbox = os.path.join(root, "parked"), os.path.join(root, "parked-in")
    os.makedirs(inbox)
    cfg = config(root, standin, "parked", "").replace("parked.toml", "parked.toml")
    with open(cfg) as f:
        text = f.read().replace("max_attempts = 1000", "max_attempts = 2")
    with open(cfg, "w") as f:
        f.write(text)
    write_file(os.path.join(inbox, "p.eml"), mail(600, "parked@example.org", "Ivar Venter", "Klage på vedtak om skoleskyss",
                                                  "Jeg klager på vedtaket om skoleskyss for datteren min. Avstanden er feil målt."))
    standin.hook("faults", {"clear": True, "fail_percent": 100, "fail_status": 503})
    for _ in range(4):
        run(binary, cfg, data, "ingest", inbox)
        time.sleep(0.5)
    row = db_rows(data, "SELECT id, status, last_error FROM outbox WHERE effect = 'case_register'")
    check(len(row) == 1 and row[0][1] == "parked" and "503" in (row[0][2] or ""), f"parked after 2 attempts with the reason ({row})")
    reader = binary.run("outbox", "show", str(row[0][0]), config=cfg, data=data, without=["N5_TEST_SECRET"])
    check(reader.returncode == 0 and reader.stdout.count("\tfailed\t") == 1 and "\tparked\t" in reader.stdout,
          "outbox show prints the attempt log, and needs no destination secret to read")
    standin.hook("faults", {"clear": True})
    retry = run(binary, cfg, data, "outbox", "retry", "--parked")
    status = db_rows(data, "SELECT status FROM outbox WHERE effect = 'case_register'")[0][0]
    check(retry.returncode == 0 and status == "delivered", f"outbox retry --parked delivers it once the register is back ({retry.stdout.strip()})")


def test_unknown_code(postmottak, standins, root, check):
    """A restriction code the register does not know."""
    binary, standin = postmottak, standins.second()
    data, inbox = os.path.join(root, "unknown"), os.path.join(root, "unknown-in")
    os.makedirs(inbox)
    cfg = config(root, standin, "unknown")
    with open(cfg) as f:
        text = f.read().replace('[case_register]\n', '[case_register]\nrestricted_access_code = "13"\n', 1)
    with open(cfg, "w") as f:
        f.write(text)
    write_file(os.path.join(inbox, "u.eml"), mail(700, "ukjent@example.org", "Una Kode", "Innsyn i journalen min",
                                                  "Jeg ber om innsyn i pasientjournalen min fra legevakten, fødselsnummer 15108695088."))
    before = standin.hook("state")["counts"]["journalpost"]
    run(binary, cfg, data, "ingest", inbox)
    row = db_rows(data, "SELECT status, last_error FROM outbox WHERE effect = 'case_register'")
    check(row and row[0][0] == "parked" and "13" in (row[0][1] or "") and "restricted_access_code" in (row[0][1] or ""),
          f"a sensitive submission is parked, naming the unknown code and the key to set ({row})")
    check(standin.hook("state")["counts"]["journalpost"] == before, "and nothing of it reaches the register unrestricted")


def test_chaos(postmottak, standins, root, pytestconfig, check, figures):
    """Chaos: `count` submissions through serve."""
    binary, standin, count = postmottak, standins.second(), pytestconfig.getoption("chaos_count")
    data, inbox = os.path.join(root, "chaos"), os.path.join(root, "chaos", "inbox")
    os.makedirs(inbox, exist_ok=True)
    cfg = config(root, standin, "chaos", "[outbox.concurrency]\ncase_register = 4\n")
    standin.hook("faults", {"clear": True, "fail_percent": 100, "fail_status": 503, "seed": 7})
    proc = binary.popen("serve", config=cfg, data=data, stderr=open(os.path.join(root, "chaos-serve.log"), "w"),
                        env={"N5_TEST_SECRET": SECRET})
    t0 = time.time()
    topics = ["byggesøknad", "skoleskyss", "eiendomsskatt", "parkeringsbot", "tilskudd", "barnehageplass", "vannavgift", "renovasjon"]
    for i in range(count):
        raw = mail(1000 + i, f"chaos{i}@example.org", f"Innbygger Kaos{i}", f"Klage på vedtak om {topics[i % len(topics)]} {i}",
                   f"Jeg klager på vedtaket om {topics[i % len(topics)]} datert {1 + i % 28}. november, sak {i}. Jeg ber om ny vurdering.")
        tmp = write_file(os.path.join(inbox, f".{i}.tmp"), raw)
        os.rename(tmp, os.path.join(inbox, f"{i}.eml"))
    # The outage lasts `outage` seconds from the first refused delivery attempt.
    outage = 10.0
    waited = time.time()
    while time.time() - waited < 120:
        try:
            if db_rows(data, "SELECT COUNT(*) FROM outbox_attempt a JOIN outbox o ON o.id = a.outbox_id "
                             "WHERE o.effect = 'case_register' AND a.outcome = 'failed'")[0][0] > 0:
                break
        except sqlite3.Error:
            pass
        time.sleep(0.2)
    start = standin.hook("state")["stats"]["injected_failures"]
    time.sleep(outage)
    queued = db_rows(data, "SELECT COUNT(*) FROM outbox WHERE effect = 'case_register'")[0][0]
    refused = standin.hook("state")["stats"]["injected_failures"] - start
    standin.hook("faults", {"clear": True, "fail_percent": 20, "fail_status": 503, "seed": 11, "commit_then_drop": 25,
                            "drop_skip": 3, "drop_ops": ["create:*", "upload"]})
    deadline = time.time() + 600
    delivered = 0
    while time.time() < deadline:
        try:
            delivered = db_rows(data, "SELECT COUNT(*) FROM outbox WHERE effect = 'case_register' AND status = 'delivered'")[0][0]
        except sqlite3.Error:
            delivered = 0
        if delivered >= count:
            break
        time.sleep(1)
    elapsed = time.time() + 600 - deadline
    proc.send_signal(signal.SIGTERM)
    code = proc.wait(timeout=60)
    standin.hook("faults", {"clear": True})
    check(code == 0, f"serve exits 0 on SIGTERM ({code})")
    check(delivered == count, f"all {count} case-register entries delivered after recovery ({delivered}, {elapsed:.0f} s)")
    refs = set(r[0] for r in db_rows(data, "SELECT reference FROM intake_item WHERE reference IS NOT NULL"))
    state = standin.hook("state")
    mapper = [m for m in state["entities"]["saksmappe"] if vsm(m) in refs]
    posts = [p for p in state["entities"]["journalpost"] if vsm(p) in refs]
    check(len(refs) == count and len(mapper) == count and len({vsm(m) for m in mapper}) == count,
          f"exactly one case file per submission ({len(mapper)} for {len(refs)})")
    check(len(posts) == count and len({vsm(p) for p in posts}) == count, f"exactly one registry entry per submission ({len(posts)})")
    post_ids = {p["systemID"] for p in posts}
    docs = [d for d in state["entities"]["dokumentbeskrivelse"] if d["_standin"]["parent"] in post_ids]
    doc_ids = {d["systemID"] for d in docs}
    objs = [o for o in state["entities"]["dokumentobjekt"] if o["_standin"]["parent"] in doc_ids]
    check(len(docs) == count and len(objs) == count and all(o["_standin"].get("file") for o in objs),
          f"one document and one file per submission ({len(docs)}, {len(objs)})")
    numbered = db_rows(data, "SELECT COUNT(*) FROM intake_item WHERE case_number IS NOT NULL AND registry_id IS NOT NULL")[0][0]
    check(numbered == count, f"every submission stores its case number and registry id ({numbered})")
    attempts = db_rows(data, "SELECT o.id, COUNT(a.id) FROM outbox o JOIN outbox_attempt a ON a.outbox_id = o.id "
                             "WHERE o.effect = 'case_register' GROUP BY o.id")
    worst = max((n for _, n in attempts), default=0)
    total = sum(n for _, n in attempts)
    # With backoff from 0.2 s doubling to 1.5 s, an entry can try at most about 3 times in the
    # first 1.5 s and then once per 0.75–1.5 s; a tight loop would make hundreds.
    span = time.time() - t0
    bound = 4 + int(span / 0.75) + 2
    check(worst <= bound, f"the retry rate stays bounded: at most {worst} attempts for one entry in {span:.0f} s (bound {bound})")
    check(refused > 0 and refused <= queued * (4 + outage / 0.75),
          f"the outage of {outage:.0f} s drew {refused} refused requests for {queued} queued entries, not a tight loop")
    dropped = len(state["stats"]["dropped"])
    figures(f"{count} submissions, {total} attempts ({total / count:.2f} per entry, worst {worst}), "
          f"{refused} requests refused during the {outage:.0f} s outage ({queued} entries queued), {dropped} answers dropped after commit, "
          f"all delivered {elapsed:.0f} s after the register recovered")
