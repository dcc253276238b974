"""Check the held-out set: parse every file, check labels, print counts."""
import os, sys, json, re, zipfile, io, subprocess, tempfile, collections
from email import policy
from email.parser import BytesParser
sys.path.insert(0, os.path.dirname(__file__))
from lib import fnr_valid, pnr_valid

# optional: validate.py [MAIL_DIR] (default: ../mail)
D = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "mail")
KINDS = {"deviation", "suggestion", "praise", "question", "formal", "auto_reply", "bounce", "spam"}
FT = {"application", "appeal", "access_request", "other_formal"}
AREAS = {"school", "kindergarten", "health_care", "roads_traffic", "water_sewage", "waste", "building_planning", "culture_sports", "social_services", "other"}
LANGS = {"nb", "nn", "sv", "en"}
errors = []

def docx_text(b):
    z = zipfile.ZipFile(io.BytesIO(b))
    import xml.dom.minidom
    for n in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
        xml.dom.minidom.parseString(z.read(n))
    x = z.read("word/document.xml").decode()
    paras = re.findall(r"<w:p>(.*?)</w:p>", x, re.S)
    return "\n".join("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S)) for p in paras)

def pdf_text(b):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as t:
        t.write(b); t.flush()
        r = subprocess.run(["pdftotext", t.name, "-"], capture_output=True)
        if r.returncode != 0: errors.append("pdftotext failed")
        return r.stdout.decode("utf-8", "replace")

def texts(msg, atts):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if part.is_multipart(): continue
        if ct == "message/rfc822":
            continue
        if fn:
            atts.append(fn)
            data = part.get_payload(decode=True)
            if fn.endswith(".docx"): out.append(docx_text(data))
            elif fn.endswith(".pdf"): out.append(pdf_text(data))
            elif ct.startswith("text/"): out.append(part.get_content())
            continue
        if ct.startswith("text/") or ct == "message/delivery-status":
            try: out.append(str(part.get_content()))
            except Exception as e: errors.append("content %s" % e)
    return "\n".join(out)

labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
assert [l["file"] for l in labels] == files, "labels do not match files one to one"
seen = set(); mids = {}
for l in labels:
    f = l["file"]
    raw = open(os.path.join(D, f), "rb").read()
    if re.search(rb"(?<!\r)\n", raw): errors.append(f + ": bare LF")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for h in ("From", "To", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None: errors.append(f + ": missing " + h)
    if msg.defects: errors.append(f + ": defects %s" % msg.defects)
    atts = []
    txt = texts(msg, atts)
    l["_nosubj"] = msg["Subject"] is None
    l["_ct"] = msg.get_content_type()
    l["_alt"] = any(p.get_content_type() == "multipart/alternative" for p in msg.walk())
    l["_cs"] = set(p.get_content_charset() for p in msg.walk() if p.get_content_maintype() == "text" and not p.get_filename() and p.get_content_charset())
    l["_cte"] = set(str(p.get("Content-Transfer-Encoding", "7bit")).lower() for p in msg.walk() if not p.is_multipart())
    if sorted(atts) != sorted(l["attachments"]): errors.append(f + ": attachments %s vs %s" % (atts, l["attachments"]))
    mid = msg["Message-ID"]
    if mid in mids and not (l["duplicate_type"] == "exact" and l["duplicate_of"] == mids[mid]):
        errors.append(f + ": reused Message-ID")
    mids.setdefault(mid, f)
    l["_threaded"] = bool(msg["In-Reply-To"] or msg["References"])
    # labels
    k = l["kind"]
    if k not in KINDS: errors.append(f + ": kind")
    if (k == "formal") != (l["formal_type"] is not None) or (l["formal_type"] and l["formal_type"] not in FT): errors.append(f + ": formal_type")
    nonsub = k in ("auto_reply", "bounce", "spam")
    if nonsub != (l["service_area"] is None) or (l["service_area"] and l["service_area"] not in AREAS): errors.append(f + ": area")
    if l["language"] not in LANGS: errors.append(f + ": lang")
    dest = None if nonsub else ("case_register" if k == "formal" else "archive")
    if l["destination"] != dest: errors.append(f + ": destination")
    if (l["duplicate_of"] is None) != (l["duplicate_type"] is None): errors.append(f + ": dup pair")
    for ref in (l["duplicate_of"], l["followup_of"]):
        if ref is not None and (ref not in seen): errors.append(f + ": ref to later/unknown " + ref)
    if l["duplicate_of"] and l["followup_of"]: errors.append(f + ": both dup and fu")
    # identity numbers
    found = []
    for m in re.finditer(r"(?<![\d-])(\d{6}) ?(\d{5})(?![\d-])", txt):
        if fnr_valid(m.group(1) + m.group(2)): found.append(m.group(0))
    for m in re.finditer(r"(?<![\d-])((?:19|20)?\d{6})[-+ ]?(\d{4})(?![\d-])", txt):
        if pnr_valid(m.group(1) + m.group(2)): found.append(m.group(0))
    if found and not l["sensitive"]: errors.append(f + ": valid id %s but not sensitive" % found)
    l["_ids"] = found
    seen.add(f)

byfile = {l["file"]: l for l in labels}
for l in labels:
    for ref in (l["duplicate_of"], l["followup_of"]):
        if ref:
            o = byfile[ref]
            for k in ("kind", "formal_type", "service_area"):
                if o[k] != l[k]: errors.append(l["file"] + ": %s differs from %s" % (k, ref))

C = collections.Counter
print("messages:", len(labels))
print("language:", dict(C(l["language"] for l in labels)))
print("kind:", dict(C(l["kind"] for l in labels)))
print("formal_type:", dict(C(l["formal_type"] for l in labels if l["formal_type"])))
print("area:", dict(C(l["service_area"] for l in labels if l["service_area"])))
print("sensitive:", sum(l["sensitive"] for l in labels), " with id number:", sum(1 for l in labels if l["_ids"]))
print("duplicates:", dict(C(l["duplicate_type"] for l in labels if l["duplicate_type"])))
print("follow-ups:", sum(1 for l in labels if l["followup_of"]), " with threading headers:", sum(1 for l in labels if l["followup_of"] and l["_threaded"]), " without:", sum(1 for l in labels if l["followup_of"] and not l["_threaded"]))
print("missing subject:", sum(1 for l in labels if l.get("_nosubj")), " html-only:", sum(1 for l in labels if l.get("_ct") == "text/html"), " multipart/alternative:", sum(1 for l in labels if l.get("_alt")))
print("charsets:", dict(C(c for l in labels for c in l["_cs"])), " transfer encodings:", dict(C(c for l in labels for c in l["_cte"])))
na = [a for l in labels for a in l["attachments"]]
print("attachments: messages", sum(1 for l in labels if l["attachments"]), "files", len(na), dict(C(a.rsplit(".", 1)[-1].lower() for a in na)))
print("errors:", len(errors))
for e in errors[:60]: print("  ", e)
