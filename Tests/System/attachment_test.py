"""Attachments are read (issue 14, point 1): an identity number only inside an attached
DOCX, and only inside an image-only PDF (a scanned letter, read by OCR), makes the message
sensitive; the number is found, and masked in the export and never in the log."""
import os
import re
import shutil
import subprocess
import zlib

from postmottak_support import message, write_file


def fodselsnummer(birth="150380", individual="123"):
    """A synthetic Norwegian fødselsnummer with valid mod-11 check digits."""
    while True:
        digits = [int(c) for c in birth + individual]
        k1 = 11 - sum(d * w for d, w in zip(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        k2 = 11 - sum(d * w for d, w in zip(digits + [k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k1 < 10 and k2 < 10:
            return birth + individual + str(k1) + str(k2)
        individual = f"{int(individual) + 1:03d}"


def docx(paragraphs):
    """A minimal DOCX: the content types, the package relationship and the document."""
    import io
    import zipfile
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>" for p in paragraphs)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                   f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


def text_pdf(lines):
    """A one-page PDF with `lines` in 14 pt Helvetica (to be rendered into a picture)."""
    content = "BT /F1 14 Tf 72 760 Td 20 TL " + " ".join(f"({l}) '" for l in lines) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    return pdf(objects)


def pdf(objects, binary=None):
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        data = body if isinstance(body, bytes) else body.encode("latin-1")
        out += f"{n} 0 obj\n".encode() + data + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def image_only_pdf(lines, root):
    """A scanned letter: the text PDF rendered at 300 dpi by poppler into a gray picture,
    and that picture alone in a new PDF (no text layer)."""
    source = os.path.join(root, "letter.pdf")
    write_file(source, text_pdf(lines))
    subprocess.run(["pdftoppm", "-gray", "-r", "300", "-singlefile", source, os.path.join(root, "letter")], check=True)
    pgm = open(os.path.join(root, "letter.pgm"), "rb").read()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
    width, height = int(header.group(1)), int(header.group(2))
    pixels = zlib.compress(pgm[header.end():])
    image = (f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray "
             f"/BitsPerComponent 8 /Filter /FlateDecode /Length {len(pixels)} >>\nstream\n").encode() + pixels + b"\nendstream"
    draw = "q 595 0 0 842 0 0 cm /Im1 Do Q"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>",
               f"<< /Length {len(draw)} >>\nstream\n{draw}\nendstream", image]
    return pdf(objects)


def test_identity_numbers_in_attachments_are_found_and_masked(postmottak, tmp_root, check):
    if shutil.which("pdftoppm") is None:
        check(False, "pdftoppm (poppler-utils) is installed")
        return
    in_docx, in_scan = fodselsnummer("150380", "123"), fodselsnummer("020275", "456")
    inbox = os.path.join(tmp_root, "in")
    os.makedirs(inbox)
    head = lambda n, subject: {"From": f"Innbygger {n} <innbygger{n}@example.org>", "To": "postmottak@fjordvik.kommune.no",
                               "Subject": subject, "Message-ID": f"<attachment-{n}@example.org>", "Date": "Tue, 03 Mar 2026 10:00:00 +0100"}
    write_file(os.path.join(inbox, "docx.eml"), message(
        head(1, "Brev"), "Hei, se vedlagt brev.", attachment=docx([
            "Til kommunen", "Jeg ber om å få kopi av vedtaket om hjemmetjenester for min mor.",
            f"Hennes fødselsnummer er {in_docx}.", "Med vennlig hilsen Ola Nordmann"]), filename="brev.docx"))
    write_file(os.path.join(inbox, "scan.eml"), message(
        head(2, "Skannet brev"), "Vedlagt.", attachment=image_only_pdf([
            "Til kommunen", "Jeg klager paa vedtaket om parkering.", f"Personnummer {in_scan[:6]} {in_scan[6:]}",
            "Hilsen Kari Hansen"], tmp_root), filename="skannet.pdf"))
    data = os.path.join(tmp_root, "data")
    out = postmottak.run("ingest", inbox, data=data)
    check(out.returncode == 0, f"ingest exits 0 ({out.stderr.strip()[-200:]})")
    rows = {os.path.basename(r["source"]): r for r in postmottak.export(data=data)}
    check(set(rows) == {"docx.eml", "scan.eml"}, f"both messages are items ({sorted(rows)})")
    for name, number in [("docx.eml", in_docx), ("scan.eml", in_scan)]:
        row = rows.get(name, {})
        check(row.get("sensitive") is True, f"{name}: the identity number in the attachment makes it sensitive ({row.get('sensitive_reasons')})")
        check(any("identity number" in r for r in row.get("sensitive_reasons") or []), f"{name}: the reason names an identity number")
        exported = postmottak.run("export", "--format", "jsonl", data=data).stdout
        check(number not in exported and number[:6] + " " + number[6:] not in exported, f"{name}: the number is masked in the export")
        check(number not in out.stdout + out.stderr, f"{name}: the number is not in the log")
    check(all(rows.get(n, {}).get("status") not in (None, "quarantined") for n in rows), "neither message is quarantined")
