"""An independent oracle for MIME: every message of Python's own e-mail test corpus and of
the shared sample mails is read by `postmottak mail parse` and by Python's `email` package
(policy.default), and their subject, sender and text are compared.

Listed differences (counted, shown, and not failures):
- python-error: Python's policy.default raises on the header or body; Postmottak's reading
  is then the only one and is not compared.
- no-plain-body: the message has no text/plain body; Postmottak converts HTML to text (or
  reads text from elsewhere), where Python returns the HTML itself. Not compared.
- extra-text: Postmottak's text holds Python's body and more: Postmottak appends the text
  of forwarded message/rfc822 parts and of further inline text parts, which get_body()
  leaves out. Counted as agreement.
- not-a-message: a file that is not an e-mail message, or is cut off (Postmottak refuses it
  with a reason; it is quarantined). Listed by name.
- charset-repaired: the text declares one charset and is in another; Python decodes by the
  label and gets U+FFFD replacement characters, Postmottak notices and reads the real one.
- bad-header-line: a line without a colon among the header fields; Python ends the header
  there (the rest becomes body text), Postmottak skips that line and reads the fields after
  it (a mail program shows them, and so do the samples' truths).
Anything else is a disagreement and is printed; the test fails above the allowed share.
One test per corpus (generated, python, shared-mail, samples); a corpus that is absent is
skipped, saying so.
"""
import base64
import email
import email.policy
import hashlib
import json
import os
import quopri
import random

import pytest

ALLOWED_DISAGREEMENT = 0.03


def norm(s):
    return " ".join((s or "").split())


def python_reading(path):
    with open(path, "rb") as f:
        data = f.read()
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = {"bad_header_line": any(type(d).__name__ == "MissingHeaderBodySeparatorDefect" for d in msg.defects)}
    try:
        subject = msg["subject"]
        out["subject"] = None if subject is None else str(subject)
    except Exception as e:  # noqa: BLE001
        out["subject_error"] = repr(e)
    try:
        frm = msg["from"]
        out["from"] = [] if frm is None else [a.addr_spec.lower() for a in frm.addresses if a.addr_spec and a.addr_spec != "<>"]
    except Exception as e:  # noqa: BLE001
        out["from_error"] = repr(e)
    try:
        out["attachments"] = python_attachments(msg)
    except Exception as e:  # noqa: BLE001
        out["attachments_error"] = repr(e)
    try:
        body = msg.get_body(preferencelist=("plain",))
        out["text"] = None if body is None else body.get_content()
    except Exception as e:  # noqa: BLE001
        out["text_error"] = repr(e)
    return out


def python_attachments(msg):
    """SHA-256 of every non-text leaf part with a file name, decoded by Python's email."""
    digests = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() in ("text", "message"):
            continue
        if part.get_filename() is None:
            continue
        payload = part.get_payload(decode=True)
        if payload is not None:
            digests.append(hashlib.sha256(payload).hexdigest())
    return digests


def generated_attachment_corpus(folder):
    """Messages with base64 and quoted-printable attachments of awkward sizes and line ends:
    CRLF, LF, and CRLF mail whose last encoded line ends in a bare LF."""
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(20261203)
    sizes = [0, 1, 2, 3, 4, 56, 57, 58, 59, 60, 76, 77, 1000, 4095, 65537, 1_000_003]
    n = 0
    for size in sizes:
        data = bytes(rng.getrandbits(8) for _ in range(size)) if size < 70000 else os.urandom(size)
        for ending in ("crlf", "lf", "crlf-bare-last", "crlf-bare-all-last-lines"):
            for cte in ("base64", "quoted-printable"):
                if cte == "base64":
                    enc = base64.encodebytes(data)
                else:
                    enc = quopri.encodestring(data, quotetabs=True)
                    if not enc.endswith(b"\n"):
                        enc += b"=\n"
                nl = b"\n" if ending == "lf" else b"\r\n"
                body = enc.replace(b"\n", nl) if ending != "lf" else enc
                if ending == "crlf-bare-last" and body.endswith(b"\r\n"):
                    body = body[:-2] + b"\n"
                if ending == "crlf-bare-all-last-lines":
                    lines = body.split(b"\r\n")
                    body = b"\r\n".join(lines[:-3]) + (b"\r\n" if len(lines) > 3 else b"") + b"\n".join(lines[-3:])
                    if not body.endswith(b"\n"):
                        body += b"\n"
                head = (f"From: generert@example.org{nl.decode()}To: post@example.org{nl.decode()}Subject: vedlegg {n}{nl.decode()}"
                        f"MIME-Version: 1.0{nl.decode()}Content-Type: multipart/mixed; boundary=\"grens{n}\"{nl.decode()}{nl.decode()}").encode()
                msg = (head + f"--grens{n}".encode() + nl + b"Content-Type: text/plain; charset=utf-8" + nl + nl + b"Se vedlegg." + nl
                       + f"--grens{n}".encode() + nl + b"Content-Type: application/octet-stream" + nl
                       + f"Content-Transfer-Encoding: {cte}".encode() + nl
                       + f"Content-Disposition: attachment; filename=\"fil-{n}.bin\"".encode() + nl + nl
                       + body + f"--grens{n}--".encode() + nl)
                with open(os.path.join(folder, f"generated-{n:03d}.eml"), "wb") as f:
                    f.write(msg)
                n += 1
    return folder


def python_corpus():
    """The data/ folder of Python's own e-mail tests (this interpreter's, else the system's)."""
    try:
        import test.test_email as t
        d = os.path.join(os.path.dirname(t.__file__), "data")
        if os.path.isdir(d):
            return d
    except ImportError:
        pass
    import glob
    found = sorted(glob.glob("/usr/lib/python3*/test/test_email/data"))
    return found[-1] if found else "python-test-email-corpus (install libpython3.11-testsuite)"


def corpus_folder(name, tmp_root, samples, shared_root):
    if name == "generated":
        return generated_attachment_corpus(os.path.join(tmp_root, "generated"))
    if name == "python":
        return python_corpus()
    if name == "shared-mail":
        return os.path.join(shared_root, "samples", "mail")
    return samples


@pytest.mark.parametrize("corpus", ["generated", "python", "shared-mail", "samples"])
def test_mime_oracle(corpus, postmottak, tmp_root, samples, shared_root, check, figures):
    d = corpus_folder(corpus, tmp_root, samples, shared_root)
    if not os.path.isdir(d):
        pytest.skip(f"corpus {d}: not present")
    files = [os.path.join(d, f) for f in sorted(os.listdir(d))
             if os.path.isfile(os.path.join(d, f)) and (f.endswith(".eml") or f.startswith("msg_") or f.endswith(".txt"))]
    if not files:
        pytest.skip(f"corpus {d}: no messages in it")
    out = postmottak.run("mail", "parse", *files)
    ours = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    crashed = out.returncode != 0 or len(ours) != len(files)
    check(not crashed, f"{len(files)} messages parsed, {len(ours)} answers, exit {out.returncode} (no crash)")
    stats = {"subject": [0, 0], "from": [0, 0], "text": [0, 0], "attachment bytes": [0, 0]}
    listed = {}
    disagreements = []
    for mine in ours:
        path = mine["file"]
        if mine.get("error"):
            listed["not-a-message"] = listed.get("not-a-message", 0) + 1
            print(f"       not a message: {os.path.relpath(path)}: {mine['error'][:100]}")
            continue
        py = python_reading(path)
        name = os.path.relpath(path)
        for field in ("subject", "from"):
            if field + "_error" in py:
                listed["python-error"] = listed.get("python-error", 0) + 1
                continue
            stats[field][1] += 1
            a, b = (norm(mine.get("subject")), norm(py["subject"])) if field == "subject" else (
                [x.lower() for x in mine.get("from", [])], py["from"])
            if a == b:
                stats[field][0] += 1
            elif py["bad_header_line"]:
                stats[field][1] -= 1
                listed["bad-header-line"] = listed.get("bad-header-line", 0) + 1
            else:
                disagreements.append(f"{name}: {field}: postmottak {a!r} python {b!r}")
        if "attachments_error" in py:
            listed["python-error"] = listed.get("python-error", 0) + 1
        else:
            ours_digests = [a["sha256"] for a in mine.get("attachment_bytes", [])]
            for digest in py["attachments"]:
                stats["attachment bytes"][1] += 1
                if digest in ours_digests:
                    stats["attachment bytes"][0] += 1
                    ours_digests.remove(digest)
                else:
                    disagreements.append(f"{name}: an attachment's bytes differ from Python's (sha256 {digest[:12]})")
        if "text_error" in py:
            listed["python-error"] = listed.get("python-error", 0) + 1
        elif py.get("text") is None:
            listed["no-plain-body"] = listed.get("no-plain-body", 0) + 1
        else:
            stats["text"][1] += 1
            a, b = norm(mine.get("text")), norm(py["text"])
            if a == b:
                stats["text"][0] += 1
            elif b and b in a:
                stats["text"][0] += 1
                listed["extra-text"] = listed.get("extra-text", 0) + 1
            elif "\ufffd" in b and "\ufffd" not in a and len(a) <= len(b):
                stats["text"][1] -= 1
                listed["charset-repaired"] = listed.get("charset-repaired", 0) + 1
            elif py["bad_header_line"]:
                stats["text"][1] -= 1
                listed["bad-header-line"] = listed.get("bad-header-line", 0) + 1
            else:
                disagreements.append(f"{name}: text differs: postmottak {a[:80]!r}... python {b[:80]!r}...")
    for d in disagreements:
        print("  differs: " + d)
    for field, (agree, total) in stats.items():
        share = agree / total if total else 1.0
        # Attachments must decode byte for byte: a lost byte reaches the case register.
        ok = share >= 1 - ALLOWED_DISAGREEMENT if field != "attachment bytes" else agree == total
        figures(f"{field}: {agree}/{total} agree with Python's email package ({share:.1%})")
        check(ok, f"{field}: {agree}/{total} agree with Python's email package ({share:.1%})")
    figures("listed differences: " + ", ".join(f"{k} {v}" for k, v in sorted(listed.items())))
