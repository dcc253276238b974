"""IMAP intake against a real Dovecot on 127.0.0.1, started by this test (Tests/Support/dovecot.py).

Proves, with the built `postmottak` binary:
1. New mail is captured once and the server action applied (move, keyword), never \\Seen by
   the fetch; the sample mails plus copies delivered to a second mailbox give exactly one
   item per message; auto-replies, bounces and spam get no number; a second poll adds nothing.
2. IMAPS and STARTTLS with a generated certificate; a certificate that does not verify is refused.
3. OAuth2: a bearer token from a local client-credentials token endpoint, validated by
   Dovecot locally (HS256); a wrong client secret is a clear error.
4. A UIDVALIDITY reset rescans without taking anything twice.
5. Messages expunged by someone else during a poll.
6. A 1,000-message mailbox, with the server restarted during the poll (serve reconnects
   with backoff), and a mailbox whose server is down does not hold up the others.
7. A bad message among good ones; an oversize message is quarantined with its headers.
8. SIGKILL during polls: nothing lost, nothing twice, numbers gap-free.

One Dovecot serves the whole module; the tests run in this order (the UIDVALIDITY test reads
the mailboxes that the samples' poll left).
"""
import email
import email.policy
import hashlib
import http.server
import imaplib
import json
import os
import random
import re
import signal
import subprocess
import time
import types
import urllib.parse

import pytest

from postmottak_support import Checks, Postmottak, free_port, message, serve_in_thread, toml_table, wait_for, write_config

PASSWORDS = {"postmottak": "pw-postmottak", "dialog": "pw-dialog", "bulk": "pw-bulk", "expunge": "pw-expunge",
             "bad": "pw-bad", "killed": "pw-killed", "tls": "pw-tls", "refused": "pw-refused"}
ENV = dict(os.environ, **{f"PW_{u.upper()}": p for u, p in PASSWORDS.items()})


@pytest.fixture(scope="module")
def ctx(postmottak, tmp_root, dovecot):
    server = dovecot(os.path.join(tmp_root, "dovecot"), users=dict(PASSWORDS), oauth2_key=os.urandom(32))
    return Context(Postmottak(postmottak.path, base_env=ENV), tmp_root, server)


@pytest.fixture(scope="module")
def sample_dirs(samples, shared_root):
    """Folders of .eml files: the repository's samples and the shared sample mails; a
    missing one is left out with a note."""
    found = []
    for s in (samples, os.path.join(shared_root, "samples", "mail")):
        if os.path.isdir(s):
            found.append(os.path.abspath(s))
        else:
            print(f"skip   sample folder {s}: not present")
    return found


class Context:
    def __init__(self, postmottak, root, server):
        self.postmottak, self.root, self.server = postmottak, root, server
        self.binary = postmottak.path

    def config(self, name, mailboxes, extra=""):
        text = "[intake.drop_folder]\nenabled = false\n" + extra + "\n"
        for m in mailboxes:
            text += toml_table("[[intake.imap.mailboxes]]", {k: v for k, v in m.items() if not isinstance(v, dict)})
            for k, v in m.items():
                if isinstance(v, dict):
                    text += toml_table(f"intake.imap.mailboxes.{k}", v)
        return write_config(self.root, name, text)

    def mailbox(self, user, **kw):
        m = {"name": user, "host": "127.0.0.1", "port": self.server.imap_port, "security": "plain", "allow_plain": True,
             "username": user, "password_env": f"PW_{user.upper()}"}
        m.update(kw)
        return m

    def run(self, *args, config, data, env=None, timeout=600):
        return self.postmottak.run(*args, config=config, data=data, env=env, timeout=timeout)

    def poll(self, config, data, env=None):
        out = self.run("mail", "poll", config=config, data=data, env=env)
        rows = {}
        for line in out.stdout.splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) == 10:
                rows[(parts[0], parts[1])] = dict(zip(["listed", "captured", "duplicates", "oversize", "vanished", "acknowledged"],
                                                      map(int, parts[2:8])), uidvalidity_changed=parts[8] == "true",
                                                  actions_pending=int(parts[9]))
        return out, rows

    def export(self, config, data):
        return self.postmottak.export(data, config=config)

    def imap(self, user):
        m = imaplib.IMAP4("127.0.0.1", self.server.imap_port)
        m.login(user, PASSWORDS.get(user, "x"))
        return m


def folder_uids(ctx, user, folder):
    m = ctx.imap(user)
    typ, _ = m.select('"' + folder.replace("/", ".") + '"')  # this Dovecot's delimiter is "."
    if typ != "OK":
        m.logout()
        return None
    _, data = m.uid("SEARCH", None, "ALL")
    m.logout()
    return [int(x) for x in data[0].split()] if data and data[0] else []


def flags(ctx, user, folder="INBOX"):
    m = ctx.imap(user)
    m.select(folder)
    _, data = m.uid("FETCH", "1:*", "(FLAGS)")
    m.logout()
    return [d.decode() for d in data if d]


def crlf(data):
    return re.sub(rb"(?<!\r)\n", b"\r\n", data)


def message_key(data):
    """What Postmottak treats as one message: Message-ID plus body digest, or the exact bytes."""
    data = crlf(data)
    cut = re.search(rb"\r\n\r\n", data)
    body = data[cut.end():] if cut else b""
    head = email.message_from_bytes(data[:cut.end()] if cut else data, policy=email.policy.compat32)
    mid = head.get("Message-ID")
    if mid:
        mid = " ".join(str(mid).split())
        m = re.search(r"<([^>]*)>", mid)
        mid = (m.group(1) if m else mid).strip()
    return ("mid", mid, hashlib.sha256(body).hexdigest()) if mid else ("bytes", hashlib.sha256(data).hexdigest())


def generated(n, prefix, size=0):
    out = []
    for i in range(n):
        body = f"Hei. Det er et hull i vegen ved huset mitt, nummer {i}. Kan dere fikse det?\r\n" + ("x" * 70 + "\r\n") * (size // 72)
        out.append(message([("From", f"Innbygger {i} <innbygger{i}@example.org>"), ("To", "postmottak@fjordvik.kommune.no"),
                            ("Subject", f"Hull i vegen {prefix} {i}"), ("Date", "Mon, 12 Jan 2026 10:00:00 +0100"),
                            ("Message-ID", f"<{prefix}-{i}@example.org>")], body, transfer_encoding=None, end=""))
    return out


# 1 ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def samples_poll(ctx, sample_dirs):
    """The samples' poll, with its checks kept for test_samples_two_mailboxes; its config and
    data folder are read again by test_uidvalidity."""
    checks = Checks()
    config, data = samples_two_mailboxes(ctx, sample_dirs, checks)
    return types.SimpleNamespace(checks=checks, config=config, data=data)


def test_samples_two_mailboxes(samples_poll, check):
    check.include(samples_poll.checks)


def samples_two_mailboxes(ctx, sample_dirs, check):
    files = []
    for d in sample_dirs:
        files += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".eml")]
    messages = [open(f, "rb").read() for f in files]
    # Copies of some messages delivered to a second mailbox, as the MTA writes them there.
    copies = [b"Delivered-To: dialog@fjordvik.kommune.no\r\n" + m for m in messages[::7]]
    ctx.server.deliver("postmottak", messages)
    ctx.server.deliver("dialog", copies)
    expected = len({message_key(m) for m in messages + copies})
    config = ctx.config("samples", [ctx.mailbox("postmottak", action="move", move_to="Postmottak/Behandlet"),
                                    ctx.mailbox("dialog", security="starttls", ca_file=ctx.server.cert, action="keyword")])
    data = os.path.join(ctx.root, "samples-data")
    out, rows = ctx.poll(config, data)
    check(out.returncode == 0, f"mail poll exits 0 ({out.returncode}: {[l for l in out.stdout.splitlines() if 'FAILED' in l]})")
    items = ctx.export(config, data)
    check(len(items) == expected,
          f"{len(messages)} sample mails + {len(copies)} copies in a second mailbox: one item per message ({len(items)} items, {expected} distinct messages)")
    taken = sum(r["captured"] + r["duplicates"] + r["oversize"] for r in rows.values())
    check(taken == len(messages) + len(copies), f"every message in both mailboxes was taken ({taken})")
    check(folder_uids(ctx, "postmottak", "INBOX") == [], "action move: the inbox is empty afterwards")
    moved = folder_uids(ctx, "postmottak", "Postmottak/Behandlet")
    check(moved is not None and len(moved) == len(messages), f"action move: every message is in the created folder ({moved and len(moved)})")
    f = flags(ctx, "dialog")
    check(len(f) == len(copies) and all("$Postmottak" in x for x in f), "action keyword: every message has the keyword")
    check(all("\\Seen" not in x for x in f), "the fetch does not set \\Seen (BODY.PEEK)")
    by_file = {}
    labels = {}
    for d in sample_dirs:
        lp = os.path.join(d, "labels.jsonl")
        if os.path.exists(lp):
            for line in open(lp):
                r = json.loads(line)
                labels[os.path.join(d, r["file"])] = r["kind"]
    # Which item holds which file: match by Message-ID (files without one are skipped here).
    by_mid = {}
    for it in items:
        if it.get("message_id"):
            by_mid.setdefault(it["message_id"], []).append(it)
    not_subs = [(f, k) for f, k in labels.items() if k in ("auto_reply", "bounce", "spam")]
    numbered = []
    for f, k in not_subs:
        key = message_key(open(f, "rb").read())
        if key[0] == "mid":
            numbered += [f for it in by_mid.get(key[1], []) if it.get("reference")]
    check(not_subs == [] or numbered == [], f"auto-replies, bounces and spam get no number ({len(not_subs)} checked, numbered: {numbered})")
    before = len(items)
    out, rows = ctx.poll(config, data)
    check(out.returncode == 0 and all(r["listed"] == 0 for r in rows.values()), "a second poll lists nothing new")
    check(len(ctx.export(config, data)) == before, "a second poll adds no item")
    return config, data


# 4 ------------------------------------------------------------------------------------------
def test_uidvalidity(ctx, samples_poll, check):
    config, data = samples_poll.config, samples_poll.data
    before = ctx.export(config, data)
    ctx.server.set_uidvalidity("dialog", "INBOX", 4242)
    out, rows = ctx.poll(config, data)
    r = rows.get(("dialog", "INBOX"), {})
    check(r.get("uidvalidity_changed") is True, "a UIDVALIDITY change is noticed")
    check("UIDVALIDITY changed" in out.stderr, "a UIDVALIDITY change is logged")
    check(r.get("listed", 0) > 0 and r.get("captured") == 0, f"the folder is read again, and nothing is captured twice ({r})")
    check(len(ctx.export(config, data)) == len(before), "a UIDVALIDITY reset adds no item")


# 2 ------------------------------------------------------------------------------------------
def test_tls(ctx, check):
    ctx.server.deliver("tls", generated(5, "tls"))
    data = os.path.join(ctx.root, "tls-data")
    bad = ctx.config("tls-unverified", [ctx.mailbox("tls", security="tls", port=ctx.server.imaps_port)])
    out, _ = ctx.poll(bad, data)
    check(out.returncode != 0 and "certificate" in (out.stdout + out.stderr).lower(),
          "IMAPS with a certificate that does not verify is refused, and the message says so")
    good = ctx.config("tls", [ctx.mailbox("tls", security="tls", port=ctx.server.imaps_port, ca_file=ctx.server.cert, action="seen")])
    out, rows = ctx.poll(good, data)
    check(out.returncode == 0 and rows.get(("tls", "INBOX"), {}).get("captured") == 5, f"IMAPS with ca_file: 5 captured ({rows})")
    check(all("\\Seen" in x for x in flags(ctx, "tls")), "action seen: every message is marked \\Seen after capture")


# 3 ------------------------------------------------------------------------------------------
class TokenEndpoint(http.server.BaseHTTPRequestHandler):
    requests = []
    server_ref = None
    lifetime = 3600

    def do_POST(self):
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode())
        TokenEndpoint.requests.append(form)
        if form.get("client_secret") != ["s3cret"] or form.get("grant_type") != ["client_credentials"]:
            body, code = {"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided."}, 401
        else:
            body, code = {"token_type": "Bearer", "expires_in": TokenEndpoint.lifetime,
                          "access_token": TokenEndpoint.server_ref.token("oauthuser")}, 200
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def test_oauth2(ctx, check):
    TokenEndpoint.server_ref = ctx.server
    httpd = serve_in_thread(TokenEndpoint)
    url = f"http://127.0.0.1:{httpd.server_address[1]}/tenant/oauth2/v2.0/token"
    ctx.server.deliver("oauthuser", generated(3, "oauth"))
    data = os.path.join(ctx.root, "oauth-data")
    env = {"OAUTH_SECRET": "wrong"}
    box = ctx.mailbox("oauthuser", auth="oauth2", oauth2={"token_url": url, "client_id": "postmottak-client",
                                                          "client_secret_env": "OAUTH_SECRET", "scope": "https://outlook.office365.com/.default"})
    box.pop("password_env")
    config = ctx.config("oauth", [box])
    out, _ = ctx.poll(config, data, env=env)
    check(out.returncode != 0 and "invalid_client" in out.stdout + out.stderr, "OAuth2: a wrong client secret is a clear error (invalid_client)")
    check("wrong" not in out.stdout + out.stderr, "OAuth2: the secret is not printed")
    TokenEndpoint.requests.clear()
    out, rows = ctx.poll(config, data, env={"OAUTH_SECRET": "s3cret"})
    check(out.returncode == 0 and rows.get(("oauthuser", "INBOX"), {}).get("captured") == 3,
          f"OAuth2 (XOAUTH2 with a client-credentials token): 3 captured ({out.stderr[-300:]})")
    r = TokenEndpoint.requests[0] if TokenEndpoint.requests else {}
    check(r.get("client_id") == ["postmottak-client"] and r.get("scope") == ["https://outlook.office365.com/.default"],
          "OAuth2: the token request carries client id and scope")
    # serve renews a short-lived token before it expires: with a 40 s lifetime it is renewed
    # when 4 s are left; a server restart forces a new login.
    TokenEndpoint.requests.clear()
    TokenEndpoint.lifetime = 6
    cfg = ctx.config("oauth-serve", [box], extra="[intake.imap]\npoll_interval_seconds = 1\ninitial_backoff_seconds = 0.2\nmax_backoff_seconds = 1\n")
    p = ctx.postmottak.popen("serve", config=cfg, data=data, env={"OAUTH_SECRET": "s3cret"}, stderr=subprocess.PIPE, text=True)
    time.sleep(2)
    time.sleep(6)
    ctx.server.restart()
    ctx.server.deliver("oauthuser", generated(2, "oauth-late"))
    deadline = time.time() + 30
    while time.time() < deadline and len(ctx.export(cfg, data)) < 5:
        time.sleep(0.5)
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=30)
    print("\n".join(l for l in err.splitlines() if "connected" in l or "failed" in l))
    check(len(ctx.export(cfg, data)) == 5, "OAuth2: after the token expired and the server restarted, serve logs in again and takes new mail")
    check(len(TokenEndpoint.requests) >= 2, f"OAuth2: the expired token was renewed ({len(TokenEndpoint.requests)} token requests)")
    httpd.shutdown()


# 7 ------------------------------------------------------------------------------------------
def test_bad_messages(ctx, check):
    good = generated(3, "good")
    nested = b"".join(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(150))
    bad = [
        os.urandom(3000),
        b"\x00\x01\x02 not a message at all\r\n",
        b"From: a@example.org\r\nSubject: nested\r\nMessage-ID: <nested@x>\r\nMIME-Version: 1.0\r\n" + nested + b"deep\r\n",
        (b"From: a@example.org\r\nSubject: =?utf-8?B?SGVpIMOYcw==?=\r\nMessage-ID: <hostile@x>\r\nMIME-Version: 1.0\r\n"
         b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nSe vedlegg.\r\n--zz\r\n"
         b"Content-Type: application/octet-stream; name=\"../../etc/passwd\"\r\nContent-Disposition: attachment; filename=\"../../etc/passwd\"\r\n"
         b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n--zz--\r\n"),
        b"From: a@example.org\r\nSubject: big\r\nMessage-ID: <big@x>\r\n\r\n" + b"y" * 300_000 + b"\r\n",
    ]
    msgs = good[:1] + bad[:2] + good[1:2] + bad[2:] + good[2:]
    ctx.server.deliver("bad", msgs)
    config = ctx.config("bad", [ctx.mailbox("bad")], extra="[intake]\nmax_message_bytes = 100000\n")
    data = os.path.join(ctx.root, "bad-data")
    out, rows = ctx.poll(config, data)
    r = rows.get(("bad", "INBOX"), {})
    check(out.returncode == 0, f"a mailbox with bad messages polls without error ({out.stderr[-300:]})")
    check(r.get("captured") == len(msgs) - 1 and r.get("oversize") == 1, f"every message is taken, the oversize one as headers ({r})")
    check(folder_uids(ctx, "bad", "INBOX") == [], "no bad message blocks the mailbox: all are moved")
    items = ctx.export(config, data)
    good_items = [it for it in items if (it.get("message_id") or "").startswith("good-")]
    check(len(good_items) == 3 and all(it.get("reference") for it in good_items), "the good messages among bad ones are numbered")
    quarantined = [it for it in items if it["status"] == "quarantined"]
    check(len(quarantined) >= 3 and all(it.get("reason") for it in quarantined),
          f"unreadable and oversize messages are quarantined with a reason ({[q['reason'][:50] for q in quarantined]})")
    big = [it for it in items if it.get("message_id") == "big@x" or "over the limit" in (it.get("reason") or "")]
    check(len(big) == 1 and big[0]["status"] == "quarantined" and "100000" in big[0]["reason"], "the oversize message is quarantined, naming the limit")
    hostile = [it for it in items if it.get("message_id") == "hostile@x"]
    check(len(hostile) == 1 and all("/" not in a for a in hostile[0].get("attachments", [])), "a hostile attachment name is made safe")
    out, rows = ctx.poll(config, data)
    check(rows.get(("bad", "INBOX"), {}).get("listed") == 0, "the oversize message is not fetched again")


def test_refused_action(ctx, check):
    ctx.server.deliver("refused", generated(4, "refused"))
    data = os.path.join(ctx.root, "refused-data")
    # "." is this Dovecot's hierarchy delimiter: a folder name holding it is refused.
    bad = ctx.config("refused", [ctx.mailbox("refused", move_to="Behandlet.2026")])
    out, rows = ctx.poll(bad, data)
    r = rows.get(("refused", "INBOX"), {})
    check(r.get("captured") == 4 and r.get("acknowledged") == 0 and r.get("actions_pending") == 4,
          f"a refused server action leaves the messages stored and the action pending ({r})")
    check(len(folder_uids(ctx, "refused", "INBOX") or []) == 4, "a refused action moves nothing")
    status = ctx.run("mail", "status", config=bad, data=data)
    check("captured\tpending\t4" in status.stdout, "mail status shows the pending actions")
    good = ctx.config("refused-fixed", [ctx.mailbox("refused", move_to="Behandlet")])
    out, rows = ctx.poll(good, data)
    r = rows.get(("refused", "INBOX"), {})
    check(r.get("acknowledged") == 4 and r.get("listed") == 0 and folder_uids(ctx, "refused", "INBOX") == [],
          f"once the action can be done, the next poll does it and takes nothing twice ({r})")
    check(len(ctx.export(good, data)) == 4, "4 messages, 4 items")


# 5 ------------------------------------------------------------------------------------------
def test_expunged_during_poll(ctx, check):
    n = 1000
    ctx.server.deliver("expunge", generated(n, "exp"))
    config = ctx.config("expunge", [ctx.mailbox("expunge", action="keyword")], extra="[intake.imap]\nbatch_messages = 10\n")
    data = os.path.join(ctx.root, "expunge-data")
    other = ctx.imap("expunge")
    other.select("INBOX")
    p = ctx.postmottak.popen("mail", "poll", "--no-process", config=config, data=data, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    time.sleep(0.15)
    removed = 0
    for uid in range(n, n - 300, -1):
        other.uid("STORE", str(uid), "+FLAGS.SILENT", r"(\Deleted)")
        other.expunge()
        removed += 1
        if p.poll() is not None:
            break
    stdout, stderr = p.communicate(timeout=300)
    other.logout()
    row = next((l.split("\t") for l in stdout.splitlines() if l.startswith("expunge\t")), [])
    check(p.returncode == 0 and len(row) == 10, f"a poll while someone else expunges finishes normally ({p.returncode}: {stderr[-300:]})")
    vanished = int(row[6]) if len(row) == 10 else -1
    left = folder_uids(ctx, "expunge", "INBOX")
    out = ctx.run("mail", "poll", config=config, data=data)  # takes nothing new; moves the captured items on
    items = ctx.export(config, data)
    mids = [it["message_id"] for it in items]
    check(len(mids) == len(set(mids)) and None not in mids, "no message taken twice")
    taken = set(mids)
    still = {f"exp-{u - 1}@example.org" for u in left}
    check(still <= taken, f"every message still on the server is taken ({len(still - taken)} missing)")
    check(len(items) + removed >= n and len(items) <= n, f"{len(items)} taken, {removed} expunged by another client, {vanished} vanished between listing and fetch")


# 6 ------------------------------------------------------------------------------------------
def test_bulk_restart_and_down_server(ctx, check):
    n = 1000
    ctx.server.deliver("bulk", generated(n, "bulk"))
    down_port = free_port()  # nothing listens there
    boxes = [ctx.mailbox("bulk"), ctx.mailbox("down", port=down_port, password_env="PW_BULK")]
    config = ctx.config("bulk", boxes, extra="[intake.imap]\npoll_interval_seconds = 0.5\nbatch_messages = 25\n"
                                             "initial_backoff_seconds = 0.3\nmax_backoff_seconds = 2\n")
    config_text = open(config).read().replace("poll_interval_seconds = 0.5", "poll_interval_seconds = 1")
    open(config, "w").write(config_text)
    data = os.path.join(ctx.root, "bulk-data")
    log = open(os.path.join(ctx.root, "bulk-serve.log"), "w+")
    p = ctx.postmottak.popen("serve", config=config, data=data, stdout=log, stderr=log)
    # Restart the server while the first poll is under way.
    wait_for(lambda: "connected" in open(log.name).read(), 20)
    time.sleep(0.3)
    ctx.server.restart()
    done = wait_for(lambda: folder_uids(ctx, "bulk", "INBOX") == [], 120)
    time.sleep(1)
    p.send_signal(signal.SIGTERM)
    code = p.wait(60)
    text = open(log.name).read()
    ctx.run("mail", "poll", config=config, data=data)  # moves whatever serve had not finished on
    check(done, "serve took every message of a 1,000-message mailbox, with a server restart during the poll")
    check(code == 0, f"serve exits 0 on SIGTERM ({code})")
    items = ctx.export(config, data)
    mids = [it["message_id"] for it in items]
    check(len(items) == n and len(set(mids)) == n, f"1,000 messages, {len(items)} items, {len(set(mids))} distinct: nothing lost, nothing twice")
    moved = folder_uids(ctx, "bulk", "Postmottak")
    check(moved is not None and len(moved) == n, f"every message moved once ({moved and len(moved)})")
    down_lines = [l for l in text.splitlines() if "mailbox=down" in l and "poll failed" in l]
    check(len(down_lines) >= 2, f"a mailbox whose server is down is retried with a log line per attempt ({len(down_lines)} lines)")
    waits = [float(x) for x in re.findall(r"next_attempt_s=([\d.]+)", " ".join(down_lines))]
    check(len(waits) >= 2 and max(waits) <= 2.0, f"its waits back off, capped at max_backoff_seconds ({waits[:6]})")
    check(any("mailbox=bulk" in l and "poll failed" in l for l in text.splitlines()),
          "the restart broke the bulk mailbox's connection, and serve said so and reconnected")
    refs = sorted(int(it["reference"].split("-")[2]) for it in items if it.get("reference"))
    check(refs == list(range(1, len(refs) + 1)) and len(refs) == n, f"1,000 gap-free reference numbers ({len(refs)})")


# 8 ------------------------------------------------------------------------------------------
def test_sigkill(ctx, check, kills=6):
    n = 600
    ctx.server.deliver("killed", generated(n, "kill"))
    config = ctx.config("killed", [ctx.mailbox("killed")], extra="[intake.imap]\nbatch_messages = 20\npoll_interval_seconds = 1\n")
    data = os.path.join(ctx.root, "killed-data")
    rng = random.Random(int(os.environ.get("CRASH_SEED", "20261201")))
    killed = 0
    for _ in range(kills):
        p = ctx.postmottak.popen("serve", config=config, data=data)
        time.sleep(rng.uniform(0.3, 1.5))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            killed += 1
        p.wait()
    out, _ = ctx.poll(config, data)
    check(out.returncode == 0, f"a poll after {killed} SIGKILLs completes ({out.stderr[-300:]})")
    items = ctx.export(config, data)
    mids = [it["message_id"] for it in items]
    check(len(items) == n and len(set(mids)) == n, f"after SIGKILLs: {n} messages, {len(items)} items, {len(set(mids))} distinct")
    check(folder_uids(ctx, "killed", "INBOX") == [] and len(folder_uids(ctx, "killed", "Postmottak") or []) == n,
          "after SIGKILLs every message was moved exactly once")
    refs = sorted(int(it["reference"].split("-")[2]) for it in items if it.get("reference"))
    check(refs == list(range(1, n + 1)), f"after SIGKILLs the reference numbers are unique and gap-free ({len(refs)})")
