"""Acknowledgements against a real SMTP server on 127.0.0.1 (aiosmtpd, which keeps what it
receives in a Maildir): the message actually sent is read back and checked."""
import email
import email.policy
import os
import time

from postmottak_support import SMTPServer, free_port, message, write_config, write_messages


def citizen(n, sender, subject, body):
    return message([("From", f"Innbygger <{sender}>"), ("To", "postmottak@fjordvik.kommune.no"), ("Subject", subject),
                    ("Message-ID", f"<ack-test-{n}@example.org>"), ("Date", "Mon, 12 Jan 2026 10:00:00 +0100")], body)


def test_acknowledgements(postmottak, tmp_root, check):
    root = tmp_root
    maildir = os.path.join(root, "received")
    port = free_port()
    config = write_config(root, "ack",
                          f'[acknowledgement]\ntransport = "smtp"\nfrom = "postmottak@fjordvik.kommune.no"\nmax_per_address_per_hour = 3\n'
                          f'[acknowledgement.smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "plain"\nallow_plain = true\ntimeout_seconds = 5\n'
                          '[outbox]\ninitial_backoff_seconds = 0.1\nmax_backoff_seconds = 0.5\n')
    inbox = os.path.join(root, "in")
    mails = {
        "nb.eml": citizen(1, "kari@example.org", "Hull i veien", "Det er et stort hull i veien ved Storgata som må fikses."),
        "sv.eml": citizen(2, "anna@example.se", "Soporna", "Soporna har inte hämtats på tre veckor och det luktar illa."),
        "noreply.eml": citizen(3, "no-reply@example.org", "Gatelys", "Gatelyset i Fjellveien er slukket og det er mørkt."),
    }
    for n in range(5):
        mails[f"loop{n}.eml"] = citizen(10 + n, "loop@example.org", f"Søppel {n}", f"Søppeldunken er ikke tømt, uke {n}. Dette er dårlig.")
    write_messages(inbox, mails)
    data = os.path.join(root, "data")

    # The server is down first: the acknowledgements wait, nothing is lost.
    run = postmottak.run("ingest", inbox, config=config, data=data)
    check(run.returncode == 0, f"ingest with the SMTP server down exits 0 ({run.stderr[-200:]})")
    out = postmottak.run("outbox", "list", config=config, data=data)
    check("acknowledgement" in out.stdout and "pending" in out.stdout, "with the server down, acknowledgements wait in the outbox")

    with SMTPServer(maildir, port) as smtp:
        time.sleep(1)
        for _ in range(3):
            postmottak.run("ingest", inbox, config=config, data=data)
            time.sleep(0.6)
        time.sleep(0.5)
        received = smtp.received()
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
    rows = postmottak.export(data, config=config, fmt=None, strict=False)
    noreply = next((r for r in rows if r["source"] == "noreply.eml"), None)
    explained = postmottak.run("explain", str(noreply["id"] if noreply else 0), config=config, data=data).stdout
    check("no acknowledgement: a no-reply or system address" in explained, "the skipped acknowledgement says why")
