#!/usr/bin/env python3
"""IMAP drain benchmark: N generated messages (default 5,000) in a private Dovecot on
127.0.0.1, drained over plain IMAP by `postmottak mail poll --no-process` (fetch, durable
capture, commit, server action), beside, in the same run and on copies of the same
messages:
- Python's imaplib fetching them raw (one `UID FETCH 1:* BODY.PEEK[]`): the server's pace;
- a Python reference pipeline: imaplib (batches of the same size), email (policy.default)
  parse, an auto-reply check, sqlite3 (WAL, synchronous=FULL) commit per message, UID MOVE.
Then the pipeline after the drain (parse, classify, link, number, route, archive bag) is
timed too, so the whole path is on record.

Usage: imap_bench.py --binary .build/release/postmottak [--count 5000] [--batch 200]
"""
import argparse, email, email.policy, imaplib, json, os, random, re, shutil, sqlite3, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from dovecot import DovecotServer  # noqa: E402

WORDS = ("hull vegen skole barnehage vann kloakk søppel henting brøyting snø gatelys fortau buss parkering bygg "
         "søknad klage innsyn ros takk forslag lekeplass bibliotek helse omsorg hjemmetjeneste gata huset naboen "
         "kommunen dere meg vi det er ikke har kan vil skal må gjerne snart lenge siden uke dag").split()


def messages(n, seed=20261201):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 400)))
        text = "\r\n".join(text[j:j + 72] for j in range(0, len(text), 72))
        head = (f"Return-Path: <innbygger{i}@example.org>\r\nReceived: from mx.example.org by mail.fjordvik.kommune.no; "
                f"Mon, 12 Jan 2026 10:{i % 60:02d}:00 +0100\r\nFrom: Innbygger {i} <innbygger{i}@example.org>\r\n"
                f"To: postmottak@fjordvik.kommune.no\r\nSubject: =?utf-8?Q?Melding_nr_{i}_om_v=C3=A5r_gate?=\r\n"
                f"Date: Mon, 12 Jan 2026 10:00:00 +0100\r\nMessage-ID: <bench-{i}-{seed}@example.org>\r\nMIME-Version: 1.0\r\n")
        if i % 5 == 0:
            blob = rng.randbytes(rng.randint(2000, 12000))
            import base64
            b64 = base64.encodebytes(blob).decode().replace("\n", "\r\n")
            body = (head + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n--b1\r\n"
                    f"Content-Type: image/jpeg; name=\"bilde{i}.jpg\"\r\nContent-Disposition: attachment; filename=\"bilde{i}.jpg\"\r\n"
                    "Content-Transfer-Encoding: base64\r\n\r\n" + b64 + "--b1--\r\n")
        else:
            body = head + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n"
        out.append(body.encode())
    return out


def python_raw_fetch(server, user, password):
    start = time.perf_counter()
    m = imaplib.IMAP4("127.0.0.1", server.imap_port)
    m.login(user, password)
    m.select("INBOX")
    typ, data = m.uid("FETCH", "1:*", "(BODY.PEEK[])")
    count = sum(1 for d in data if isinstance(d, tuple))
    m.logout()
    return count, time.perf_counter() - start


def python_reference(server, user, password, db, batch):
    start = time.perf_counter()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS item (id INTEGER PRIMARY KEY, uid INTEGER UNIQUE, message_id TEXT, subject TEXT, "
                 "sender TEXT, auto INTEGER, raw BLOB, text TEXT)")
    m = imaplib.IMAP4("127.0.0.1", server.imap_port)
    m.login(user, password)
    m.select("INBOX")
    _, data = m.uid("SEARCH", None, "ALL")
    uids = [int(x) for x in data[0].split()]
    count = 0
    for k in range(0, len(uids), batch):
        chunk = uids[k:k + batch]
        _, data = m.uid("FETCH", f"{chunk[0]}:{chunk[-1]}", "(UID BODY.PEEK[])")
        for d in data:
            if not isinstance(d, tuple):
                continue
            uid = int(re.search(rb"UID (\d+)", d[0]).group(1))
            raw = d[1]
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            auto = msg.get("Auto-Submitted", "no").lower() != "no" or str(msg.get("Subject", "")).lower().startswith("automatic reply")
            body = msg.get_body(preferencelist=("plain", "html"))
            text = body.get_content() if body is not None else ""
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO item (uid, message_id, subject, sender, auto, raw, text) VALUES (?,?,?,?,?,?,?)",
                         (uid, msg.get("Message-ID"), str(msg.get("Subject")), str(msg.get("From")), int(auto), raw, text))
            conn.execute("COMMIT")
            count += 1
        m.uid("MOVE", f"{chunk[0]}:{chunk[-1]}", "Done")
    m.logout()
    conn.close()
    return count, time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--batch", type=int, default=200)
    args = ap.parse_args()
    root = tempfile.mkdtemp(prefix="postmottak-bench-")
    os.chmod(root, 0o755)
    users = {"ours": "pw1", "raw": "pw2", "ref": "pw3"}
    server = DovecotServer(os.path.join(root, "dovecot"), users=users).start()
    try:
        msgs = messages(args.count)
        size = sum(len(m) for m in msgs)
        for user in users:
            server.deliver(user, msgs)
            # Let Dovecot index each folder once, as a live mailbox would be, before timing.
            m = imaplib.IMAP4("127.0.0.1", server.imap_port)
            m.login(user, users[user])
            m.select("INBOX")
            m.logout()
        config = os.path.join(root, "bench.toml")
        with open(config, "w") as f:
            f.write(f"[intake.drop_folder]\nenabled = false\n[intake.imap]\nbatch_messages = {args.batch}\n"
                    f"[[intake.imap.mailboxes]]\nname = \"bench\"\nhost = \"127.0.0.1\"\nport = {server.imap_port}\n"
                    "security = \"plain\"\nallow_plain = true\nusername = \"ours\"\npassword_env = \"BENCH_PW\"\n")
        data = os.path.join(root, "data")
        env = dict(os.environ, BENCH_PW="pw1")
        subprocess.run([args.binary, "migrate", "--config", config, "--data-dir", data], check=True, env=env, capture_output=True)
        start = time.perf_counter()
        out = subprocess.run([args.binary, "mail", "poll", "--no-process", "--config", config, "--data-dir", data],
                             env=env, capture_output=True, text=True)
        ours_wall = time.perf_counter() - start
        if out.returncode != 0:
            print(out.stdout, out.stderr[-2000:])
            sys.exit(1)
        row = next(l.split("\t") for l in out.stdout.splitlines() if l.startswith("bench\t"))
        ours_count = int(row[3]) + int(row[4])
        internal = re.search(r"in ([\d.]+) s", out.stdout)
        ours_inner = float(internal.group(1)) if internal else ours_wall

        raw_count, raw_time = python_raw_fetch(server, "raw", "pw2")
        ref_count, ref_time = python_reference(server, "ref", "pw3", os.path.join(root, "ref.sqlite"), args.batch)

        start = time.perf_counter()
        pipe = subprocess.run([args.binary, "mail", "poll", "--config", config, "--data-dir", data], env=env,
                              capture_output=True, text=True)
        pipe_time = time.perf_counter() - start

        def rate(n, t):
            return n / t if t > 0 else 0.0
        ours = rate(ours_count, ours_wall)
        print(f"IMAP drain benchmark: {args.count} messages, {size / args.count / 1024:.1f} KiB on average, plain IMAP on 127.0.0.1, "
              f"batches of {args.batch}, {os.cpu_count()} cores")
        print(f"  postmottak drain (fetch, capture with fsync, commit, UID MOVE): {ours:8.0f} msg/s  "
              f"({ours_count} in {ours_wall:.2f} s with process start; {rate(ours_count, ours_inner):.0f} msg/s inside)")
        print(f"  python imaplib raw fetch (one UID FETCH 1:* BODY.PEEK[]):      {rate(raw_count, raw_time):8.0f} msg/s  ({raw_count} in {raw_time:.2f} s)")
        print(f"  python reference (imaplib, email, sqlite3 commit each, MOVE): {rate(ref_count, ref_time):8.0f} msg/s  ({ref_count} in {ref_time:.2f} s)")
        print(f"  ratio postmottak / python reference pipeline:                 {ours / rate(ref_count, ref_time):8.2f} x")
        print(f"  ratio postmottak / python raw fetch:                          {ours / rate(raw_count, raw_time):8.2f} x")
        print(f"  then the pipeline (parse, classify, link, number, route, bag): {rate(ours_count, pipe_time):8.0f} msg/s  "
              f"({pipe_time:.1f} s, exit {pipe.returncode})")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
