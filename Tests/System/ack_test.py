#!/usr/bin/env python3
"""Acknowledgements against a real SMTP server on 127.0.0.1 (aiosmtpd, which keeps what it
receives in a Maildir): the message actually sent is read back and checked."""
import argparse, email, email.policy, mailbox, os, socket, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from checks import check, failures  # noqa: E402



def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port

def start_smtp(maildir, port):
    p = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                          "-c", "aiosmtpd.handlers.Mailbox", maildir],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return p
        except OSError:
            time.sleep(0.1)
    p.kill()
    sys.exit("aiosmtpd did not start")

def message(n, sender, subject, body, extra=""):
    return (f"From: Innbygger <{sender}>\r\nTo: postmottak@fjordvik.kommune.no\r\nSubject: {subject}\r\n"
            f"Message-ID: <ack-test-{n}@example.org>\r\nDate: Mon, 12 Jan 2026 10:00:00 +0100\r\n{extra}"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    root = tempfile.mkdtemp(prefix="postmottak-ack-")
    maildir = os.path.join(root, "received")
    port = free_port()
    config = os.path.join(root, "ack.toml")
    with open(config, "w") as f:
        f.write(f'[acknowledgement]\ntransport = "smtp"\nfrom = "postmottak@fjordvik.kommune.no"\nmax_per_address_per_hour = 3\n'
                f'[acknowledgement.smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "plain"\nallow_plain = true\ntimeout_seconds = 5\n'
                '[outbox]\ninitial_backoff_seconds = 0.1\nmax_backoff_seconds = 0.5\n')
    inbox = os.path.join(root, "in")
    os.makedirs(inbox)
    mails = {
        "nb.eml": message(1, "kari@example.org", "Hull i veien", "Det er et stort hull i veien ved Storgata som må fikses."),
        "sv.eml": message(2, "anna@example.se", "Soporna", "Soporna har inte hämtats på tre veckor och det luktar illa."),
        "noreply.eml": message(3, "no-reply@example.org", "Gatelys", "Gatelyset i Fjellveien er slukket og det er mørkt."),
    }
    for n in range(5):
        mails[f"loop{n}.eml"] = message(10 + n, "loop@example.org", f"Søppel {n}", f"Søppeldunken er ikke tømt, uke {n}. Dette er dårlig.")
    for name, text in mails.items():
        with open(os.path.join(inbox, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    data = os.path.join(root, "data")

    # The server is down first: the acknowledgements wait, nothing is lost.
    run = subprocess.run([binary, "ingest", "--config", config, "--data-dir", data, inbox], capture_output=True, text=True)
    check(run.returncode == 0, f"ingest with the SMTP server down exits 0 ({run.stderr[-200:]})")
    out = subprocess.run([binary, "outbox", "list", "--config", config, "--data-dir", data], capture_output=True, text=True)
    check("acknowledgement" in out.stdout and "pending" in out.stdout, "with the server down, acknowledgements wait in the outbox")

    smtp = start_smtp(maildir, port)
    try:
        time.sleep(1)
        for _ in range(3):
            subprocess.run([binary, "ingest", "--config", config, "--data-dir", data, inbox], capture_output=True, text=True)
            time.sleep(0.6)
        time.sleep(0.5)
        received = [m for m in mailbox.Maildir(maildir, factory=None)]
    finally:
        smtp.terminate()
        smtp.wait(10)
    parsed = [email.message_from_bytes(m.as_bytes(), policy=email.policy.default) for m in received]
    to = sorted(str(m["To"]) for m in parsed)
    check(len(parsed) == 5, f"5 acknowledgements: nb, sv and 3 of the 5 from one address ({len(parsed)}: {to})")
    check(not any("no-reply" in t for t in to), "none to a no-reply address")
    check(sum("loop@example.org" in t for t in to) == 3, "at most 3 per address per hour (loop protection)")
    by_to = {str(m["To"]).strip("<>"): m for m in parsed}
    nb, sv = by_to.get("kari@example.org"), by_to.get("anna@example.se")
    check(nb is not None and sv is not None, "the nb and sv senders got theirs")
    if nb is not None and sv is not None:
        ref = str(nb["Subject"]).split("(")[-1].rstrip(")")
        check(ref.startswith("FJV-") and ref in nb.get_content(), f"the reference number is in the subject and the body ({ref})")
        check(str(nb["Auto-Submitted"]) == "auto-replied", "Auto-Submitted: auto-replied")
        check(str(nb["In-Reply-To"]) == "<ack-test-1@example.org>", "In-Reply-To is the citizen's message")
        check(str(nb["Message-ID"]).startswith("<ack.") and nb["Message-ID"] != nb["In-Reply-To"], "its own Message-ID")
        check("Vi har mottatt" in str(nb["Subject"]), "Norwegian for the Norwegian message")
        check("Vi har tagit emot" in str(sv["Subject"]) and "referensnumret" in sv.get_content(), "Swedish for the Swedish message")
    import json
    rows = [json.loads(l) for l in subprocess.run([binary, "export", "--config", config, "--data-dir", data],
                                                  capture_output=True, text=True).stdout.splitlines() if l.strip()]
    noreply = next((r for r in rows if r["source"] == "noreply.eml"), None)
    explained = subprocess.run([binary, "explain", "--config", config, "--data-dir", data, str(noreply["id"] if noreply else 0)],
                               capture_output=True, text=True).stdout
    check("no acknowledgement: a no-reply or system address" in explained, "the skipped acknowledgement says why")
    if failures:
        print(f"\n{len(failures)} acknowledgement test(s) failed")
        sys.exit(1)
    print("\nall acknowledgement tests passed")

if __name__ == "__main__":
    main()
