"""Assemble the held-out set: run every chunk file, build the .eml files, write labels.jsonl."""
import os, sys, json, glob, datetime, copy, importlib.util
sys.path.insert(0, os.path.dirname(__file__))
import lib
from lib import *

HERE = os.path.dirname(os.path.abspath(__file__))
# optional: build.py [CHUNK_DIR [OUT_DIR]] (default: this directory's c_*.py into ../mail)
CHUNKS = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
OUT = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "..", "mail")
os.makedirs(OUT, exist_ok=True)

for f in sorted(glob.glob(os.path.join(CHUNKS, "c_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)

BY = {}
for s in REG:
    assert s["key"] not in BY, "duplicate key " + s["key"]
    BY[s["key"]] = s

MUNI = {"fjordvik.kommune.no": "mx1.fjordvik.kommune.no", "alvsby.kommun.se": "mail.alvsby.kommun.se"}

def muni_domain(to):
    dom = to.split("@")[-1].rstrip(">")
    return dom if dom in MUNI else ("alvsby.kommun.se" if dom.endswith(".se") else "fjordvik.kommune.no")

def first_addr(to):
    t = to[0] if isinstance(to, list) else to
    return email.utils.parseaddr(t)[1]

# ---------------------------------------------------------------- resolve derived specs
def root_of(key):
    s = BY[key]
    while s["t"] in ("fu",):
        s = BY[s["of"]]
    return s

INHERIT = ("lang", "kind", "ftype", "area", "frm", "to", "client", "fmt", "cs", "cte", "tz", "subj_enc", "cc", "hdrs_keep")

def resolve(s):
    if s.get("_resolved"): return s
    if s["t"] == "orig":
        s["_resolved"] = True
        return s
    base = resolve(BY[s["of"]])
    if s["t"] in ("near", "exact"):
        for k, v in base.items():
            if k.startswith("_") or k in ("key", "t", "of", "notes", "date", "mid", "mode"): continue
            s.setdefault(k, copy.deepcopy(v))
        if s["t"] == "near":
            body = base["body"]
            for old, new in s.get("repl", []):
                assert old in body, (s["key"], old)
                body = body.replace(old, new, 1)
            if s.get("prefix"): body = s["prefix"] + body
            if s.get("append"): body = body + s["append"]
            s["body"] = body
            if "html" in base and base.get("html"):
                s["html"] = None  # regenerate from edited text
            if s.get("subj_prefix"):
                s["subj"] = s["subj_prefix"] + (base.get("subj") or "")
            if "subj_new" in s:
                s["subj"] = s["subj_new"]
        else:
            s["body"] = base["body"]
    else:  # follow-up
        root = root_of(s["key"])
        resolve(root)
        for k in ("lang", "kind", "ftype", "area"):
            s.setdefault(k, root.get(k))
        for k in ("frm", "to", "tz"):
            s.setdefault(k, base.get(k))
        s.setdefault("client", base.get("client") or default_client(s["frm"][1]))
    s["_resolved"] = True
    return s

for s in REG:
    resolve(s)

# ---------------------------------------------------------------- build one message
def build(s):
    lang = s.get("lang", "nb")
    frm_name, frm_addr = s["frm"]
    client = s.get("client") or default_client(frm_addr)
    s["client"] = client
    dom = frm_addr.split("@")[1]
    to = s["to"]
    tz = s.get("tz") or ("se" if (lang == "sv" or muni_domain(first_addr(to)) == "alvsby.kommun.se") else "no")
    dt = parse_date(s["date"], tz) + datetime.timedelta(seconds=H(s["key"]) % 60)
    s["_dt"] = dt
    mid = s.get("mid") or make_msgid(s["key"], client, dom)
    s["_mid"] = mid
    cs = s.get("cs", "utf-8")
    body = s.get("body", "")
    ascii_only = all(ord(c) < 128 for c in body)
    fmt = s.get("fmt") or {"outlook": "alt", "outlookcom": "alt", "gmail": "alt", "yahoo": "alt", "android": "alt",
                           "apple": "plain", "iphone": "plain", "thunderbird": "plain", "roundcube": "plain"}[client]
    cte = s.get("cte") or {"outlook": "qp", "outlookcom": "qp", "gmail": "qp", "yahoo": "qp", "android": "b64",
                           "apple": "qp", "iphone": "qp", "thunderbird": "8bit", "roundcube": "8bit"}[client]
    cte = {"qp": "quoted-printable", "b64": "base64"}.get(cte, cte)
    if ascii_only and cte == "8bit": cte = "7bit"
    flowed = client in ("thunderbird", "apple", "iphone") and fmt == "plain"

    def text_part(text, subtype="plain", charset=cs, enc=cte, flowed_ok=True):
        if subtype == "plain" and enc in ("7bit", "8bit"):
            text = wrap_plain(text, 76 if not flowed else 72, flowed=flowed and flowed_ok)
        if enc == "7bit" and not all(ord(c) < 128 for c in text):
            enc = "8bit"
        ct = 'text/%s; charset="%s"' % (subtype, charset) if client in ("gmail", "outlook", "outlookcom") else "text/%s; charset=%s" % (subtype, charset)
        if subtype == "plain" and flowed and flowed_ok and enc in ("7bit", "8bit"):
            ct += "; format=flowed"
        hdr = "Content-Type: %s\r\nContent-Transfer-Encoding: %s\r\n" % (ct, enc)
        return hdr.encode("ascii"), encode_body(text, charset, enc)

    def html_text():
        if s.get("html"): return s["html"]
        return html_for(client, body, cs, lang)

    def boundary(tag):
        if client == "gmail": return "000000000000%s" % hexid(s["key"] + tag, 16, False)
        if client in ("outlook", "outlookcom"): return "_%03d_%s_" % (H(tag) % 1000, hexid(s["key"] + tag, 30))
        if client in ("apple", "iphone"): return "Apple-Mail=_%s" % hexid(s["key"] + tag, 32)[:8] + "-" + hexid(tag, 4)
        return "------------%s" % hexid(s["key"] + tag, 24, False)

    if s.get("bounce"):
        main_hdr, main_body = build_bounce(s, boundary)
    else:
        if fmt == "plain":
            h, b = text_part(body)
        elif fmt == "html":
            h, b = text_part(html_text(), "html", enc=("quoted-printable" if cte in ("7bit", "8bit") and client == "outlook" else cte))
        else:
            bd = boundary("alt")
            h1, b1 = text_part(body, flowed_ok=False)
            hcte = "quoted-printable" if cte in ("7bit", "8bit") else cte
            h2, b2 = text_part(html_text(), "html", enc=hcte)
            h = ('Content-Type: multipart/alternative;\r\n\tboundary="%s"\r\n' % bd).encode()
            b = b"--" + bd.encode() + b"\r\n" + h1 + b"\r\n" + b1.rstrip(b"\r\n") + b"\r\n--" + bd.encode() + b"\r\n" + h2 + b"\r\n" + b2.rstrip(b"\r\n") + b"\r\n--" + bd.encode() + b"--\r\n"
        atts = s.get("att") or []
        if atts:
            bd = boundary("mix")
            parts = [h + b"\r\n" + b.rstrip(b"\r\n") + b"\r\n"]
            for a in atts:
                parts.append(att_part(a, client))
            main_hdr = ('Content-Type: multipart/mixed;\r\n\tboundary="%s"\r\n' % bd).encode()
            main_body = b""
            if client not in ("gmail",):
                main_body = b"This is a multi-part message in MIME format.\r\n\r\n" if client in ("thunderbird", "roundcube") else b""
            for p in parts:
                main_body += b"--" + bd.encode() + b"\r\n" + p
            main_body += b"--" + bd.encode() + b"--\r\n"
        else:
            main_hdr, main_body = h, b

    # headers
    hl = []
    mx = MUNI[muni_domain(first_addr(to))]
    rcpt = first_addr(to)
    if not s.get("no_received"):
        ip = "%s.%d" % (["192.0.2", "198.51.100", "203.0.113"][H(s["key"]) % 3], 2 + H(s["key"]) % 250)
        helo = {"gmail": "mail-ej1-f%d.google.com" % (40 + H(s["key"]) % 60), "outlookcom": "EUR05-DB8-obe.outbound.protection.outlook.com",
                "outlook": "EUR02-AM0-obe.outbound.protection.outlook.com"}.get(client, "smtp." + dom)
        rdt = dt + datetime.timedelta(seconds=3 + H(s["key"] + "r") % 40)
        hl.append("Return-Path: <%s>" % (s.get("return_path", frm_addr)))
        hl.append("Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id 4%s\r\n\tfor <%s>; %s" % (
            helo, helo, ip, mx, b32id(s["key"], 10), rcpt, fmt_date(rdt)))
    hl += s.get("hdrs_top", [])
    hl.append("From: " + enc_addr(frm_name, frm_addr, s.get("name_enc", "q" if H(s["key"]) % 2 else "b"), s.get("name_cs", "utf-8")))
    tos = to if isinstance(to, list) else [to]
    hl.append("To: " + ",\r\n\t".join(tos))
    if s.get("cc"):
        hl.append("Cc: " + s["cc"])
    if s.get("reply_to"):
        hl.append("Reply-To: " + s["reply_to"])
    if s.get("subj") is not None:
        how = s.get("subj_enc") or ("b" if H(s["key"] + "s") % 2 else "q")
        hl.append("Subject: " + enc_header_text(s["subj"], how, s.get("subj_cs", "utf-8")))
    date_hdr = s.get("date_hdr") or fmt_date(dt)
    if client in ("outlook", "outlookcom"):
        hl.append("Thread-Topic: " + enc_header_text(s.get("subj") or "", "b")) if s.get("subj") else None
        hl.append("Thread-Index: AQH%s==" % b32id(s["key"] + "ti", 26).lower())
    hl.append("Date: " + date_hdr)
    hl.append("Message-ID: " + mid)
    if s.get("_irt"):
        hl.append("In-Reply-To: " + s["_irt"])
    if s.get("_refs"):
        hl.append(fold("References", " ".join(s["_refs"])))
    if client in ("outlook", "outlookcom"):
        hl.append("Accept-Language: %s" % {"nb": "nb-NO, en-US", "nn": "nn-NO, nb-NO", "sv": "sv-SE, en-US", "en": "en-GB, en-US"}.get(lang, "en-US"))
        hl.append("Content-Language: %s" % {"nb": "nb-NO", "nn": "nn-NO", "sv": "sv-SE", "en": "en-GB"}.get(lang, "en-US"))
    if client in MAILERS and not s.get("no_mailer"):
        hl.append("%s: %s" % MAILERS[client])
    hl += s.get("hdrs", [])
    hl.append("MIME-Version: 1.0")
    head = "\r\n".join(x for x in hl if x).encode("utf-8") + b"\r\n"
    if not main_body.endswith(b"\r\n"):
        main_body += b"\r\n"
    return head + main_hdr + b"\r\n" + main_body

def att_part(a, client):
    name, typ = a["name"], a["type"]
    if typ == "docx":
        data = docx(a["content"]); ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    elif typ == "pdf":
        data = pdf(a["content"], a.get("title", name)); ct = "application/pdf"
    elif typ == "png":
        data = png(seed=name); ct = "image/png"
    elif typ == "txt":
        c = a.get("cs", "utf-8"); data = crlf(a["content"]).encode(c); ct = "text/plain; charset=%s" % c
    elif typ == "html":
        c = a.get("cs", "utf-8"); data = crlf(a["content"]).encode(c); ct = "text/html; charset=%s" % c
    else:
        raise ValueError(typ)
    if all(ord(ch) < 128 for ch in name):
        nm = 'name="%s"' % name
        fn = 'filename="%s"' % name
    else:
        from urllib.parse import quote
        if a.get("enc") == "rfc2047":
            e = enc_header_text(name, "b")
            nm = 'name="%s"' % e; fn = 'filename="%s"' % e
        else:
            nm = 'name*=utf-8\'\'%s' % quote(name); fn = "filename*=utf-8''%s" % quote(name)
    disp = a.get("disp", "attachment")
    h = "Content-Type: %s;\r\n\t%s\r\nContent-Disposition: %s;\r\n\t%s\r\nContent-Transfer-Encoding: base64\r\n" % (ct, nm, disp, fn)
    if client in ("outlook",):
        h += "Content-Description: %s\r\n" % (name if all(ord(ch) < 128 for ch in name) else enc_header_text(name, "b"))
    return h.encode("ascii") + b"\r\n" + b64_block(data)

def build_bounce(s, boundary):
    b = s["bounce"]
    bd = boundary("rep")
    human = b["human"]
    hcs = b.get("cs", "utf-8")
    hcte = b.get("cte", "quoted-printable" if not all(ord(c) < 128 for c in human) else "7bit")
    out = b""
    if b.get("human_html"):
        bd2 = boundary("halt")
        hp = ('Content-Type: multipart/alternative; differences=Content-Type;\r\n\tboundary="%s"\r\n\r\n' % bd2).encode()
        hp += b"--" + bd2.encode() + b"\r\n" + ("Content-Type: text/plain; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (hcs, hcte)).encode() + encode_body(human, hcs, hcte).rstrip(b"\r\n") + b"\r\n"
        hp += b"--" + bd2.encode() + b"\r\n" + ("Content-Type: text/html; charset=\"%s\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" % hcs).encode() + encode_body(b["human_html"], hcs, "quoted-printable").rstrip(b"\r\n") + b"\r\n"
        hp += b"--" + bd2.encode() + b"--\r\n"
    else:
        hp = ("Content-Description: Notification\r\nContent-Type: text/plain; charset=%s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (hcs, hcte)).encode() + encode_body(human, hcs, hcte).rstrip(b"\r\n") + b"\r\n"
    out += b"--" + bd.encode() + b"\r\n" + hp
    ds = b["status"]  # text of the delivery-status fields (per-message + blank + per-recipient)
    out += b"--" + bd.encode() + b"\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n" + crlf(ds).encode("ascii").rstrip(b"\r\n") + b"\r\n\r\n"
    o = b["orig"]
    oh = ["From: %s" % o["frm"], "To: %s" % o["to"], "Subject: %s" % enc_header_text(o["subj"], "q"),
          "Date: %s" % o["date"], "Message-ID: %s" % o["mid"], "MIME-Version: 1.0"]
    if o.get("irt"): oh.insert(5, "In-Reply-To: %s" % o["irt"])
    if o.get("auto"): oh.append("Auto-Submitted: auto-generated")
    oh.append("Content-Type: text/plain; charset=utf-8")
    oh.append("Content-Transfer-Encoding: quoted-printable")
    omsg = "\r\n".join(oh).encode() + b"\r\n\r\n" + encode_body(o["body"], "utf-8", "quoted-printable").rstrip(b"\r\n") + b"\r\n"
    if b.get("headers_only"):
        out += b"--" + bd.encode() + b"\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n" + "\r\n".join(oh).encode() + b"\r\n\r\n"
    else:
        out += b"--" + bd.encode() + b"\r\nContent-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\n\r\n" + omsg + b"\r\n"
    out += b"--" + bd.encode() + b"--\r\n"
    hdr = ('Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="%s"\r\n' % bd).encode()
    return hdr, out

# ---------------------------------------------------------------- threading + raw bytes
RAW = {}
for s in REG:
    if s["t"] == "exact":
        continue
    if s["t"] == "fu":
        base = BY[s["of"]]
        th = s.get("threaded")
        if th:
            # the chain of ids: every message of the case up to the one answered
            chain = []
            x = base
            while True:
                chain.insert(0, x)
                if x["t"] == "fu" and x.get("threaded"): x = BY[x["of"]]
                else: break
            refs = [c["_mid"] for c in chain]
            if th == "via":
                ext = "<%s@%s>" % (hexid(s["key"] + "muni", 28, False), "fjordvik.kommune.no" if s["lang"] != "sv" else "alvsby.kommun.se")
                ext = s.get("via_mid", ext)
                refs.append(ext)
                s["_irt"] = ext
            else:
                s["_irt"] = refs[-1]
            s["_refs"] = refs
    RAW[s["key"]] = build(s)

for s in REG:
    if s["t"] != "exact": continue
    base = BY[s["of"]]
    if s["mode"] == "same_id":
        raw = RAW[base["key"]]
        dt = base["_dt"] + datetime.timedelta(minutes=s.get("delay_min", 2))
        extra = s.get("extra_top", "Delivered-To: %s" % s.get("second_box", "dialog@fjordvik.kommune.no"))
        RAW[s["key"]] = (extra + "\r\n").encode() + raw
        s["_dt"] = dt
        s["_mid"] = base["_mid"]
    else:
        RAW[s["key"]] = build(s)

# ---------------------------------------------------------------- order, number, write
for s in REG:
    if s["t"] != "orig":
        assert s["_dt"] > BY[s["of"]]["_dt"], ("derived not later", s["key"])
order = sorted(range(len(REG)), key=lambda i: (REG[i]["_dt"], i))
names = {}
for n, i in enumerate(order, 1):
    names[REG[i]["key"]] = "msg-%04d.eml" % n

for f in glob.glob(os.path.join(OUT, "msg-*.eml")):
    os.remove(f)
labels = []
for i in order:
    s = REG[i]
    fn = names[s["key"]]
    with open(os.path.join(OUT, fn), "wb") as fh:
        fh.write(RAW[s["key"]])
    kind = s["kind"]
    nonsub = kind in ("auto_reply", "bounce", "spam")
    dup = fu = dt = None
    if s["t"] in ("near", "exact"):
        dup = names[s["of"]]; dt = s["t"]
    if s["t"] == "fu":
        fu = names[root_of(s["key"])["key"]]
    labels.append({
        "file": fn, "kind": kind,
        "formal_type": s.get("ftype") if kind == "formal" else None,
        "service_area": None if nonsub else s["area"],
        "language": s["lang"],
        "sensitive": bool(s.get("sens", False)),
        "destination": None if nonsub else ("case_register" if kind == "formal" else "archive"),
        "duplicate_of": dup, "duplicate_type": dt, "followup_of": fu,
        "attachments": [a["name"] for a in (s.get("att") or [])],
        "notes": s.get("notes", ""),
    })
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
    for l in labels:
        fh.write(json.dumps(l, ensure_ascii=False) + "\n")
print("wrote", len(labels))
