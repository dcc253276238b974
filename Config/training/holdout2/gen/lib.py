"""Builder library for the Postmottak held-out mail set.

Only mechanics live here (MIME assembly, encodings, client-style HTML wrappers,
DOCX/PDF/PNG writers, identity-number arithmetic).  Every message text is written
individually in the chunk files (c_*.py).
"""
import base64, quopri, hashlib, zipfile, io, datetime, zoneinfo, textwrap, re, zlib, struct
import email.utils
from email.header import Header
from email.charset import Charset, QP, BASE64
from html import escape

REG = []

# --------------------------------------------------------------------------- ids
def _fnr_checks(d9):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k1 = 11 - sum(int(a) * b for a, b in zip(d9, w1)) % 11
    if k1 == 11: k1 = 0
    if k1 == 10: return None
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    d10 = d9 + str(k1)
    k2 = 11 - sum(int(a) * b for a, b in zip(d10, w2)) % 11
    if k2 == 11: k2 = 0
    if k2 == 10: return None
    return d10 + str(k2)

def fnr(ddmmyy, ind=123, d_number=False):
    """Valid synthetic Norwegian fødselsnummer (or D-number)."""
    if d_number:
        ddmmyy = str(int(ddmmyy[0]) + 4) + ddmmyy[1:]
    i = ind
    while True:
        r = _fnr_checks(ddmmyy + "%03d" % (i % 1000))
        if r: return r
        i += 1

def fnr_valid(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 11: return False
    if _fnr_checks(s[:9]) != s: return False
    d, m = int(s[0:2]), int(s[2:4])
    if d > 40: d -= 40
    if m > 40: m -= 40  # H-numbers / synthetic
    return 1 <= d <= 31 and 1 <= m <= 12

def _luhn_digit(d9):
    tot = 0
    for i, ch in enumerate(d9):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str((10 - tot % 10) % 10)

def pnr(yymmdd, serial=123, sep="-", century=None, samordning=False):
    """Valid synthetic Swedish personnummer / samordningsnummer."""
    if samordning:
        yymmdd = yymmdd[:4] + "%02d" % (int(yymmdd[4:]) + 60)
    d9 = yymmdd + "%03d" % serial
    s = yymmdd + sep + "%03d" % serial + _luhn_digit(d9)
    return (century + s) if century else s

def pnr_valid(s):
    s = re.sub(r"[^\d]", "", s)
    if len(s) == 12: s = s[2:]
    if len(s) != 10: return False
    if _luhn_digit(s[:9]) != s[9]: return False
    m, d = int(s[2:4]), int(s[4:6])
    if d > 60: d -= 60
    return 1 <= m <= 12 and 1 <= d <= 31

def luhn_fix(prefix9):
    return prefix9 + _luhn_digit(prefix9)

# --------------------------------------------------------------------------- registration
def M(key, **kw):
    kw.update(key=key, t="orig")
    REG.append(kw)

def NEAR(key, of, **kw):
    kw.update(key=key, t="near", of=of)
    REG.append(kw)

def EXACT(key, of, mode="same_id", **kw):
    kw.update(key=key, t="exact", of=of, mode=mode)
    REG.append(kw)

def FU(key, of, **kw):
    kw.update(key=key, t="fu", of=of)
    REG.append(kw)

# --------------------------------------------------------------------------- helpers
def H(key):
    return int(hashlib.sha256(key.encode()).hexdigest(), 16)

TZ = {"no": zoneinfo.ZoneInfo("Europe/Oslo"), "se": zoneinfo.ZoneInfo("Europe/Stockholm"),
      "uk": zoneinfo.ZoneInfo("Europe/London"), "utc": datetime.timezone.utc}

def parse_date(s, tz="no"):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return dt.replace(tzinfo=TZ[tz])

def fmt_date(dt):
    return email.utils.format_datetime(dt)

def hexid(key, n, upper=True):
    h = hashlib.sha1(key.encode()).hexdigest()
    while len(h) < n: h += hashlib.sha1(h.encode()).hexdigest()
    return h[:n].upper() if upper else h[:n]

def b32id(key, n):
    return base64.b32encode(hashlib.sha256(key.encode()).digest()).decode().rstrip("=")[:n]

def make_msgid(key, client, domain):
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % base64.urlsafe_b64encode(hashlib.sha256(key.encode()).digest()).decode().rstrip("=").replace("-", "+").replace("_", "Q")[:40]
    if client in ("outlook", "outlookcom"):
        srv = {"outlook": "AM7PR07MB", "outlookcom": "DB9P194MB"}[client] + str(1000 + H(key) % 8999)
        return "<%s%s@%s.eurprd07.prod.outlook.com>" % (srv, hexid(key, 14), srv)
    if client in ("apple", "iphone"):
        h = hexid(key, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], domain)
    if client == "thunderbird":
        h = hexid(key, 32, upper=False)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], domain)
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (1000000000 + H(key) % 999999999, H(key + "y") % 1000000000, 1700000000000 + H(key) % 99999999999)
    if client == "android":
        return "<%s.%s@email.android.com>" % (hexid(key, 16, False), hexid(key + "a", 8, False))
    # roundcube / generic webmail
    return "<%s@%s>" % (hexid(key, 32, False), domain)

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "apple": ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
    "iphone": ("X-Mailer", "iPhone Mail (21E236)"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.6"),
    "android": ("X-Mailer", "Samsung Email"),
}

def default_client(addr):
    dom = addr.split("@")[1].lower()
    if dom in ("gmail.com", "googlemail.com"): return "gmail"
    if dom in ("hotmail.com", "outlook.com", "live.se", "hotmail.se", "live.no", "hotmail.no", "outlook.no", "msn.com"): return "outlookcom"
    if dom in ("icloud.com", "me.com"): return "iphone"
    if dom.startswith("yahoo") or dom == "ymail.com": return "yahoo"
    return ["outlook", "thunderbird", "apple", "roundcube", "android", "outlook"][H(addr) % 6]

# --------------------------------------------------------------------------- header encoding
def _upper_ew(s):
    return re.sub(r"=\?([^?]+)\?([bqBQ])\?", lambda m: "=?%s?%s?" % ("UTF-8" if m.group(1).lower() == "utf-8" else m.group(1), m.group(2).upper()), s)

def enc_header_text(s, how="b", charset="utf-8"):
    if how == "raw" or all(ord(c) < 128 for c in s):
        return s
    c = Charset(charset)
    c.header_encoding = BASE64 if how == "b" else QP
    return _upper_ew(Header(s, c, maxlinelen=76, header_name="Subject").encode(linesep="\r\n"))

def enc_addr(name, addr, how="q", charset="utf-8"):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:@()<>\[\]\"]", name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    if how == "raw":
        return '"%s" <%s>' % (name, addr)
    c = Charset(charset)
    c.header_encoding = BASE64 if how == "b" else QP
    return "%s <%s>" % (_upper_ew(Header(name, c).encode()), addr)

def fold(name, value):
    """Fold a long structured header (References etc.) at whitespace."""
    line = name + ": "
    out = []
    for tok in value.split(" "):
        if len(line) + len(tok) + 1 > 78 and line.strip() != name + ":":
            out.append(line.rstrip())
            line = " " + tok + " "
        else:
            line += tok + " "
    out.append(line.rstrip())
    return "\r\n".join(out)

# --------------------------------------------------------------------------- body encoding
def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")

def wrap_plain(text, width=76, flowed=False):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        if flowed:
            parts = [p + " " for p in parts[:-1]] + parts[-1:]
        out.extend(parts)
    return "\n".join(out)

def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        q = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
        return crlf(q.decode("ascii")).encode("ascii")
    if cte == "base64":
        b = base64.encodebytes(crlf(text).encode(charset)).decode("ascii")
        return crlf(b).encode("ascii")
    return crlf(raw.decode(charset)).encode(charset) if cte != "7bit" else crlf(text).encode("ascii")

def b64_block(data):
    return crlf(base64.encodebytes(data).decode("ascii")).encode("ascii")

# --------------------------------------------------------------------------- HTML wrappers
def _paras(text):
    """-> list of blocks: ('p', [lines]) or ('q', text) for quoted runs."""
    blocks, cur, q = [], [], []
    for line in text.split("\n"):
        if line.startswith(">"):
            if cur: blocks.append(("p", cur)); cur = []
            q.append(re.sub(r"^> ?", "", line))
            continue
        if q:
            blocks.append(("q", "\n".join(q))); q = []
        if line.strip() == "":
            if cur: blocks.append(("p", cur)); cur = []
        else:
            cur.append(line)
    if cur: blocks.append(("p", cur))
    if q: blocks.append(("q", "\n".join(q)))
    return blocks

def _esc(line):
    s = escape(line, quote=False)
    s = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)
    return s

def html_outlook(text, lang="NO-BOK", charset="utf-8"):
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'span.EpostStil17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n'
            '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
            '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n'
            '</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n') % (charset, lang)
    body = []
    for kind, blk in _paras(text):
        if kind == "p":
            for ln in blk:
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _esc(ln))
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            body.append('<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm">')
            for ln in blk.split("\n"):
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_esc(ln) or "&nbsp;"))
            body.append("</div>")
    return head + "\n".join(body) + "\n</div>\n</body>\n</html>\n"

def html_outlookcom(text, charset="utf-8"):
    head = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n') % charset
    st = 'font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);'
    body = []
    for kind, blk in _paras(text):
        if kind == "p":
            for ln in blk:
                body.append('<div class="elementToProof" style="%s">%s</div>' % (st, _esc(ln)))
            body.append('<div class="elementToProof" style="%s"><br></div>' % st)
        else:
            body.append('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                        '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font></div>'
                        % "<br>\n".join(_esc(l) for l in blk.split("\n")))
    return head + "\n".join(body) + "\n</body>\n</html>\n"

def html_gmail(text):
    out = ['<div dir="ltr">']
    for kind, blk in _paras(text):
        if kind == "p":
            for ln in blk:
                out.append("<div>%s</div>" % _esc(ln))
            out.append("<div><br></div>")
        else:
            lines = blk.split("\n")
            out.append('</div><br><div class="gmail_quote gmail_quote_container"><blockquote class="gmail_quote" '
                       'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>\n".join(_esc(l) for l in lines) + "</blockquote></div><div>")
    out.append("</div>")
    return "\n".join(out) + "\n"

def html_apple(text):
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    first = True
    for kind, blk in _paras(text):
        if kind == "p":
            for ln in blk:
                out.append(_esc(ln) if first else "<div>%s</div>" % _esc(ln))
                first = False
            out.append("<div><br></div>")
        else:
            out.append('<div><blockquote type="cite"><div>' + "</div><div>".join(_esc(l) or "<br>" for l in blk.split("\n")) + "</div></blockquote></div>")
    out.append("</body></html>")
    return "".join(out) + "\n"

def html_roundcube(text):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
           "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>"]
    for kind, blk in _paras(text):
        if kind == "p":
            out.append("<p>" + "<br />".join(_esc(l) for l in blk) + "</p>")
        else:
            out.append('<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">'
                       + "<br />".join(_esc(l) for l in blk.split("\n")) + "</blockquote>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"

def html_thunderbird(text):
    out = ["<!DOCTYPE html>", "<html>", "  <head>", '    <meta http-equiv="content-type" content="text/html; charset=UTF-8">',
           "  </head>", "  <body>"]
    for kind, blk in _paras(text):
        if kind == "p":
            out.append("    <p>" + "<br>\n      ".join(_esc(l) for l in blk) + "</p>")
        else:
            out.append('    <blockquote type="cite">' + "<br>\n".join(_esc(l) for l in blk.split("\n")) + "</blockquote>")
    out += ["  </body>", "</html>"]
    return "\n".join(out) + "\n"

def html_for(client, text, charset="utf-8", lang="nb"):
    if client == "outlook":
        return html_outlook(text, {"nb": "NO-BOK", "nn": "NO-NYN", "sv": "SV", "en": "EN-GB"}.get(lang, "NO-BOK"), charset)
    if client == "outlookcom":
        return html_outlookcom(text, charset)
    if client == "gmail":
        return html_gmail(text)
    if client in ("apple", "iphone"):
        return html_apple(text)
    if client == "thunderbird":
        return html_thunderbird(text)
    return html_roundcube(text)

# --------------------------------------------------------------------------- attachment writers
def docx(paragraphs, title=None):
    """paragraphs: list of str or list of runs (str or (str,'b'))."""
    def run(r):
        if isinstance(r, tuple):
            return '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % escape(r[0])
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(r)
    ps = []
    for p in paragraphs:
        runs = p if isinstance(p, list) else [p]
        ps.append('<w:p>%s</w:p>' % "".join(run(r) for r in runs))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>') % "".join(ps)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def _pdf_str(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

def pdf(lines, title="Dokument", size=11):
    wrapped = []
    for ln in lines:
        if ln == "":
            wrapped.append("")
        else:
            wrapped.extend(textwrap.wrap(ln, 92) or [""])
    lead = size + 3
    content = b"BT\n/F1 %d Tf\n%d TL\n56 790 Td\n" % (size, lead)
    for ln in wrapped:
        content += b"(" + _pdf_str(ln) + b") Tj T*\n"
    content += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _pdf_str(title) + b") /Producer (Microsoft Word for Microsoft 365) /CreationDate (D:20260101120000+01'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def png(w=96, h=64, seed="x"):
    rows = b""
    hv = hashlib.sha256(seed.encode()).digest()
    for y in range(h):
        rows += b"\x00" + bytes(((hv[(x + y) % 32] + x * 2 + y) % 256) for x in range(w) for _ in range(3))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.rstrip("\n").split("\n"))

PM = "postmottak@fjordvik.kommune.no"
DIALOG = "dialog@fjordvik.kommune.no"
KS = "kommun@alvsby.kommun.se"
SYN = "synpunkter@alvsby.kommun.se"
