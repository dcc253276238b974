"""The webhook against a real HTTP server on 127.0.0.1 (Python's http.server in this
process): the signature is checked with the shared key, a 503 is retried, only the
configured kinds are sent, and a sensitive submission's subject stays out."""
import hashlib
import hmac
import http.server
import json
import os
import time

from postmottak_support import message, serve_in_thread, write_config, write_messages

SECRET = "test-hmac-key-only-for-this-run"


class Handler(http.server.BaseHTTPRequestHandler):
    received = []
    answers = [503]  # the first request is refused; the rest accepted

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        status = self.answers.pop(0) if self.answers else 200
        self.received.append((status, dict(self.headers), body))
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args):
        pass


def citizen(n, sender, subject, body):
    return message([("From", f"<{sender}>"), ("Subject", subject), ("Message-ID", f"<hook-{n}@example.org>")], body)


def test_webhook(postmottak, tmp_root, check):
    received = Handler.received
    server = serve_in_thread(Handler, http.server.ThreadingHTTPServer)
    root = tmp_root
    config = write_config(root, "hook",
                          f'[webhook]\nenabled = true\nurl = "http://127.0.0.1:{server.server_address[1]}/hooks/deviation?token=abc"\n'
                          'secret_env = "POSTMOTTAK_TEST_WEBHOOK_SECRET"\nkinds = ["deviation"]\ntimeout_seconds = 5\n'
                          '[outbox]\ninitial_backoff_seconds = 0.1\nmax_backoff_seconds = 0.3\n')
    inbox = os.path.join(root, "in")
    write_messages(inbox, {
        "a.eml": citizen(1, "kari@example.org", "Hull i veien", "Det er et stort hull i veien ved Storgata som må fikses."),
        "b.eml": citizen(2, "ola@example.org", "Takk", "Tusen takk for den flotte brøytingen i vinter, dere gjør en fantastisk jobb!"),
        "c.eml": citizen(3, "per@example.org", "Mor på sykehjemmet", "Mor har demens og fikk ikke hjelp til å spise i går. Dette er et avvik."),
    })
    env = {"POSTMOTTAK_TEST_WEBHOOK_SECRET": SECRET}
    data = os.path.join(root, "data")
    missing = postmottak.run("ingest", inbox, config=config, data=data, without=["POSTMOTTAK_TEST_WEBHOOK_SECRET"])
    check(missing.returncode != 0 and "POSTMOTTAK_TEST_WEBHOOK_SECRET" in missing.stderr and SECRET not in missing.stderr,
          "a missing secret stops the program naming its variable")
    for _ in range(4):
        run = postmottak.run("ingest", inbox, config=config, data=data, env=env)
        time.sleep(0.4)
    check(run.returncode == 0, "ingest with the webhook exits 0")
    server.shutdown()
    accepted = [r for r in received if r[0] == 200]
    check(received and received[0][0] == 503 and len(accepted) == 2,
          f"the refused notice is retried; two deviations delivered, the praise not sent ({[r[0] for r in received]})")
    bodies = [json.loads(r[2]) for r in accepted]
    for status, headers, body in received:
        want = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        check(headers.get("X-Postmottak-Signature") == want, "the HMAC-SHA256 signature matches the body")
    check(len({r[1].get("X-Postmottak-Delivery") for r in accepted}) == 2, "each notice has its own delivery key")
    check(all(b["kind"] == "deviation" and b["reference"].startswith("FJV-") for b in bodies), "deviations with their reference")
    sensitive = [b for b in bodies if b["sensitive"]]
    check(len(sensitive) == 1 and "subject" not in sensitive[0], "a sensitive submission's subject stays out")
    check(any(b.get("subject") == "Hull i veien" for b in bodies), "an ordinary one carries its subject")
