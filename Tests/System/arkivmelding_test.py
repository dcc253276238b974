"""The arkivmelding folder connector (the embedded default for the case register): every
file is valid against the published KS Fiks Arkiv V1 schema (xmllint --schema), carries
its documents with matching checksums, and Postmottak's external key on every object.
A follow-up is a registry entry alone, placed in its case by the case's key; a sensitive
submission is restricted with a masked public title; a repeat writes nothing new; a
half-written folder left by a crash is cleared. Skipped, saying so, without ../shared."""
import hashlib
import os
import re
import socket
import subprocess
import time
import xml.etree.ElementTree as ET

import pytest

from postmottak_support import message, write_config, write_file, write_messages

NS = {"a": "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1",
      "m": "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1"}
XSD = "specs/fiks-arkiv-v1/no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd"


def mail(n, sender, name, subject, body, headers=(), attachment=None, filename=None):
    return message([("From", f"{name} <{sender}>"), ("Subject", subject), ("Message-ID", f"<am-{n}@example.org>"),
                    ("Date", f"Tue, 01 Dec 2026 09:{n:02d}:00 +0100"), *headers], body,
                   attachment=attachment, filename=filename, boundary="x")


def key_of(element):
    ref = element.find("a:referanseEksternNoekkel", NS)
    return None if ref is None else (ref.findtext("m:fagsystem", namespaces=NS), ref.findtext("m:noekkel", namespaces=NS))


@pytest.fixture(scope="module")
def xsd(need_shared):
    return need_shared(*XSD.split("/"))


def test_arkivmelding(postmottak, xsd, tmp_root, check):
    root = tmp_root
    inbox, data = os.path.join(root, "in"), os.path.join(root, "data")
    os.makedirs(inbox)
    config = write_config(root, "c", '[classify]\nreview_below = 0.0\n[case_register.arkivmelding]\nclass_id = "M10"\n')
    attachment = os.urandom(5000)
    messages = {
        "1.eml": mail(1, "kari@example.org", "Kari Nordmann", "Klage på vedtak om avslag på byggesøknad",
                      "Jeg klager på vedtaket om avslag på byggesøknaden min. Vedtaket bygger på feil faktum.",
                      attachment=attachment, filename="../../etc/<tegning> & plan.bin"),
        "2.eml": mail(2, "per@example.org", "Per Hansen", "Begjæring om innsyn",
                      "Jeg ber om innsyn i journalen for sønnen min i barnevernet, fødselsnummer 15108695088."),
    }
    write_messages(inbox, messages)
    # A folder half-written by a killed process must not survive the next start; one that a
    # running process is writing must (the writer is in the name: host, pid, run).
    host = "".join(c if c.isalnum() or c in "-." else "_" for c in socket.gethostname())
    dead = os.path.join(data, "case-register", f".tmp-{host}+999999+dead0000+FJV-2026-000009-X-1")
    alive = os.path.join(data, "case-register", f".tmp-{host}+{os.getpid()}+alive000+FJV-2026-000010-X-2")
    stale = os.path.join(data, "case-register", ".tmp-FJV-2026-000011-X-old-name")
    for folder in (dead, alive, stale):
        os.makedirs(folder, exist_ok=True)
    os.utime(stale, (time.time() - 3 * 86400, time.time() - 3 * 86400))
    run = postmottak.run("ingest", inbox, config=config, data=data)
    check(run.returncode == 0, "ingest with the embedded arkivmelding connector exits 0" + ("" if run.returncode == 0 else run.stderr[-400:]))
    write_file(os.path.join(inbox, "3.eml"), mail(3, "kari@example.org", "Kari Nordmann", "Re: Klage på vedtak om avslag på byggesøknad",
                                                  "Et tillegg til klagen: nabovarselet kom for sent.",
                                                  headers=[("In-Reply-To", "<am-1@example.org>")]))
    postmottak.run("ingest", inbox, config=config, data=data)
    folder = os.path.join(data, "case-register")
    names = sorted(n for n in os.listdir(folder))
    check(not os.path.exists(dead) and not os.path.exists(stale), f"no half-written folder of a dead process is left ({names})")
    check(os.path.isdir(alive), "a folder a running process is writing is left alone")
    os.rmdir(alive)
    names = sorted(n for n in os.listdir(folder) if not n.startswith(".tmp-"))
    check(len(names) == 3, f"one folder per submission, the follow-up too ({names})")
    parsed = {}
    for name in names:
        path = os.path.join(folder, name, "arkivmelding.xml")
        v = subprocess.run(["xmllint", "--noout", "--schema", xsd, path], capture_output=True, text=True)
        check(v.returncode == 0, f"{name}/arkivmelding.xml is valid against the Fiks Arkiv V1 schema" + ("" if v.returncode == 0 else v.stderr[-600:]))
        parsed[name] = ET.parse(path).getroot()
        check(not re.search(r"\d{11}", name), f"no identity number in the folder name {name}")
    appeal = next((n for n in names if parsed[n].find("a:mappe", NS) is not None and "Kari" in ET.tostring(parsed[n], encoding="unicode")), None)
    check(appeal is not None, "the appeal is a new case file (saksmappe) with its registry entry")
    if appeal:
        doc = parsed[appeal]
        check(key_of(doc.find("a:mappe", NS)) == ("Postmottak", appeal), "the case file carries the external key")
        reg = doc.find("a:registrering", NS)
        check(reg.find("a:journalposttype/m:kode", NS).text == "I" and reg.find("a:journalstatus/m:kode", NS).text == "M",
              "the registry entry is incoming (I), temporary (M)")
        descs = reg.findall("a:dokumentbeskrivelse", NS)
        check(len(descs) == 2 and [d.find("a:tilknyttetRegistreringSom/m:kode", NS).text for d in descs] == ["H", "V"],
              "the e-mail is the main document and the attachment is an attachment")
        for d in descs:
            obj = d.find("a:dokumentobjekt", NS)
            ref = obj.findtext("a:referanseDokumentfil", namespaces=NS)
            path = os.path.join(folder, appeal, ref)
            ok = os.path.isfile(path) and os.path.dirname(os.path.realpath(path)) == os.path.realpath(os.path.join(folder, appeal))
            digest = hashlib.sha256(open(path, "rb").read()).hexdigest() if ok else None
            check(ok and digest == obj.findtext("a:sjekksum", namespaces=NS) and int(obj.findtext("a:filstoerrelse", namespaces=NS)) == os.path.getsize(path),
                  f"document {ref!r} lies in the folder with its declared checksum and size")
            check(key_of(d) is not None, "each document description carries its external key")
        check(any(open(os.path.join(folder, appeal, f), "rb").read() == attachment for f in os.listdir(os.path.join(folder, appeal))),
              "the attachment's bytes are unchanged")
        check(reg.find("a:korrespondansepart/a:korrespondansepartNavn", NS).text == "Kari Nordmann", "the sender is the correspondence party (EA)")
    follow = [n for n in names if parsed[n].find("a:mappe", NS) is None]
    check(len(follow) == 1, "the follow-up is a registry entry alone")
    if follow and appeal:
        parent = parsed[follow[0]].find("a:registrering/a:referanseForelderMappe/m:referanseEksternNoekkel", NS)
        check(parent is not None and parent.findtext("m:noekkel", namespaces=NS) == appeal,
              "it is placed in the appeal's case file by the case's external key")
    access = next((n for n in names if "innsyn" in ET.tostring(parsed[n], encoding="unicode").lower()), None)
    if access:
        reg = parsed[access].find("a:registrering", NS)
        check(reg.find("a:skjerming/a:tilgangsrestriksjon/m:kode", NS) is not None and reg.findtext("a:skjerming/a:skjermingshjemmel", namespaces=NS),
              "the sensitive access request is restricted with code and legal basis")
        public = reg.findtext("a:offentligTittel", default="", namespaces=NS)
        check(public and "Hansen" not in public and "Per" not in public, f"its public title has the name masked ({public!r})")
        text = open(os.path.join(folder, access, "arkivmelding.xml"), encoding="utf-8").read()
        check("15108695088" not in text, "no identity number in the arkivmelding metadata")
    else:
        check(False, "the access request was delivered to the case register")
    before = {n: os.stat(os.path.join(folder, n, "arkivmelding.xml")).st_mtime_ns for n in names}
    postmottak.run("ingest", inbox, config=config, data=data)
    after = {n: os.stat(os.path.join(folder, n, "arkivmelding.xml")).st_mtime_ns for n in sorted(os.listdir(folder))}
    check(before == after, "a repeat writes nothing new")
