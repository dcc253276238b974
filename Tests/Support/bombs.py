"""Hostile files, written by the project for its tests and for `make bombs`: decompression
bombs, CPU bombs and hostile markup. Each is small on disk and costly to read naively.

    python Tests/Support/bombs.py OUTDIR      # writes every bomb into OUTDIR
"""
import struct
import sys
import zlib
from pathlib import Path


def g4_tiff(pages: int, width: int, height: int) -> bytes:
    """A multi-page bitonal TIFF, CCITT Group 4, every page white: one bit a row."""
    rows = "1" * height + "000000000001000000000001"  # V0 per row, then EOFB
    rows += "0" * (-len(rows) % 8)
    strip = int(rows, 2).to_bytes(len(rows) // 8, "big")
    out = bytearray(b"II*\x00\x00\x00\x00\x00")
    offsets = []
    for _ in range(pages):
        offsets.append(len(out))
        out += strip
    ifd_positions = []
    for p in range(pages):
        if len(out) % 2:
            out += b"\x00"
        ifd_positions.append(len(out))
        entries = [
            (256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 1), (259, 3, 1, 4),
            (262, 3, 1, 0), (273, 4, 1, offsets[p]), (277, 3, 1, 1), (278, 4, 1, height),
            (279, 4, 1, len(strip)), (282, 5, 1, 0), (283, 5, 1, 0), (296, 3, 1, 2),
        ]
        ifd = bytearray(struct.pack("<H", len(entries)))
        rational_at = len(out) + 2 + 12 * len(entries) + 4
        for tag, typ, count, value in entries:
            if typ == 5:
                ifd += struct.pack("<HHII", tag, typ, count, rational_at)
            elif typ == 3:
                ifd += struct.pack("<HHIHH", tag, typ, count, value, 0)
            else:
                ifd += struct.pack("<HHII", tag, typ, count, value)
        ifd += b"\x00\x00\x00\x00"  # next IFD, patched below
        ifd += struct.pack("<II", 300, 1)
        out += ifd
    for p, at in enumerate(ifd_positions):
        nxt = ifd_positions[p + 1] if p + 1 < pages else 0
        count = struct.unpack_from("<H", out, at)[0]
        struct.pack_into("<I", out, at + 2 + 12 * count, nxt)
    struct.pack_into("<I", out, 4, ifd_positions[0])
    return bytes(out)


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    xref = []
    for i, body in enumerate(objects, start=1):
        xref.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for at in xref:
        out += b"%010d 00000 n \n" % at
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    return bytes(out)


def pdf_big_pages(pages: int, width_pt: float, height_pt: float) -> bytes:
    """A PDF of `pages` empty pages of the given size (a pixel bomb at 300 dpi)."""
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)]
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] >>" % (width_pt, height_pt))
    return _pdf(objects)


def pdf_cpu_bomb(operators: int = 400_000) -> bytes:
    """One A4 page whose compressed content stream fills the whole page `operators` times,
    alternating gray levels: a few kilobytes that take hours to render."""
    ops = b"0.2 g 0 0 595 842 re f 0.8 g 0 0 595 842 re f\n" * (operators // 2)
    data = zlib.compress(ops, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    return _pdf(objects)


def png_bomb(width: int, height: int) -> bytes:
    """A gray PNG of width × height black pixels: kilobytes on disk."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    raw = zlib.compressobj(9)
    row = b"\x00" + b"\x00" * width
    data = b"".join(raw.compress(row) for _ in range(height)) + raw.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def mail(body: bytes, content_type: str = "text/html; charset=utf-8", subject: str = "Test",
         sender: str = "innbygger@example.org") -> bytes:
    head = (f"From: {sender}\r\nTo: post@example.org\r\nSubject: {subject}\r\n"
            f"Message-ID: <{abs(hash(body)) % 10**12}@example.org>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: {content_type}\r\n\r\n").encode()
    return head + body + b"\r\n"


def mail_with_attachment(name: str, content_type: str, data: bytes) -> bytes:
    import base64
    encoded = base64.encodebytes(data).replace(b"\n", b"\r\n")
    body = (b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSe vedlegg.\r\n"
            b"--b1\r\nContent-Type: " + content_type.encode() + b"\r\nContent-Transfer-Encoding: base64\r\n"
            b"Content-Disposition: attachment; filename=\"" + name.encode() + b"\"\r\n\r\n" + encoded + b"--b1--\r\n")
    return mail(body, content_type='multipart/mixed; boundary="b1"', subject="Vedlegg")


def nested_rfc822(levels: int, inner_bytes: int) -> bytes:
    """A message/rfc822 inside another, `levels` deep, around a text of `inner_bytes`."""
    msg = mail(b"x" * inner_bytes, content_type="text/plain; charset=utf-8", subject="innerst")
    for n in range(levels):
        msg = (f"From: lag{n}@example.org\r\nTo: post@example.org\r\nSubject: lag {n}\r\nMIME-Version: 1.0\r\n"
               f"Content-Type: multipart/mixed; boundary=\"n{n}\"\r\n\r\n--n{n}\r\nContent-Type: text/plain\r\n\r\nlag\r\n"
               f"--n{n}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"lag{n}.eml\"\r\n\r\n").encode() \
            + msg + f"\r\n--n{n}--\r\n".encode()
    return msg


def every_bomb() -> dict[str, bytes]:
    side = (80_000_000 ** 0.5) * 72 / 300 * 0.999  # points: just under 80 MP at 300 dpi
    return {
        "tiff-51x80mp.tif": g4_tiff(51, 8000, 10000),
        "tiff-6x80mp.tif": g4_tiff(6, 8000, 10000),
        "pdf-10x80mp.pdf": pdf_big_pages(10, side, side),
        "pdf-cpu.pdf": pdf_cpu_bomb(),
        "png-80mp.png": png_bomb(8000, 10000),
        "html-unclosed-comments.eml": mail(b"<p>hei</p>" + b"<!-- x >" * 18_000),
        "html-nested-blockquote.eml": mail(b"<blockquote>x" * 13_000),
        "html-trap.eml": mail(b'<p>Hei</p><blockquote><blockquote><p><a name="_MailEndCompose"></blockquote></blockquote></a>'),
        "mail-tiff-bomb.eml": mail_with_attachment("skann.tif", "image/tiff", g4_tiff(51, 8000, 10000)),
        "mail-pdf-cpu.eml": mail_with_attachment("brev.pdf", "application/pdf", pdf_cpu_bomb()),
        "nested-rfc822.eml": nested_rfc822(30, 800_000),
        "many-parts.eml": mail(b"".join(b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(200_000)) + b"--p--\r\n",
                               content_type='multipart/mixed; boundary="p"'),
    }


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, data in every_bomb().items():
        (out / name).write_bytes(data)
        print(f"{name}\t{len(data)} bytes")
