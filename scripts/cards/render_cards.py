#!/usr/bin/env python3
"""Renders synthetic report cards (MK-2, SB-1) as a citizen fills them by hand and the mailroom
scans them, each with `<file>.truth.json` beside it: to train the comb-cell digit classifier
(`--fonts train`) and to measure the card reader on handwriting it never saw (`own-holdout`,
`issue-holdout`; never train or tune on those).

    python3 -m venv .venv-cards && .venv-cards/bin/pip install pillow numpy
    .venv-cards/bin/python scripts/cards/render_cards.py --forms ../shared/forms --fonts train \
        --count 200 --seed 1 --out /tmp/cards-train --dpi-mix

Starts from the blank 300 dpi form PNG and its design JSON (every box), writes every character
separately from a handwriting font (scripts/cards/fonts.json) with its own size, rotation and
baseline jitter, draws ticks as jittered strokes, then "scans" the page: skew, quarter turns,
200/300 dpi, blur, noise, contrast, grayscale/bitonal/colour, PNG/TIFF/JPEG/PDF.

Deterministic: the same arguments give byte-identical files (every choice comes from a
random.Random and a numpy Generator seeded from --seed and the card's number; no clock; PDFs
carry no dates). Only Pillow and numpy; fonts come from Debian packages (see README.md).
"""
import argparse
import datetime
import json
import math
import os
import random
import subprocess
import sys

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cardtext  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MM = 300 / 25.4                      # pixels per millimetre on the 300 dpi master
REFERENCE_DATE = "2026-12-01"        # dates on cards fall in the two years before this
FORMS = ("MK-2", "SB-1")
FORMATS = ("png", "tiff", "jpeg", "pdf")
NEEDED = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,-?!:@+"
COMPOSABLE = "ÆØÅÄÖæøåäö@+"          # drawn from a base letter and strokes when a font lacks them
INKS = {  # name -> (RGB, kind)
    "blue ballpoint": ((28, 48, 145), "ballpoint"),
    "black ballpoint": ((34, 34, 40), "ballpoint"),
    "blue felt pen": ((22, 36, 120), "felt"),
    "black felt pen": ((16, 16, 20), "felt"),
}


def die(msg):
    sys.exit(f"render_cards: {msg}")


# ----------------------------------------------------------------------------- fonts

_FC_FILES = None


def fc_files():
    """Font files fontconfig knows (fc-list), sorted."""
    global _FC_FILES
    if _FC_FILES is None:
        try:
            out = subprocess.run(["fc-list", ":", "file"], capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            out = ""
        _FC_FILES = sorted({line.strip().rstrip(":") for line in out.splitlines() if line.strip()})
    return _FC_FILES


def resolve_font(entry):
    """The installed file of a fonts.json entry: its path, else the same file name fc-list finds."""
    if os.path.isfile(entry["file"]):
        return entry["file"]
    base = os.path.basename(entry["file"])
    for f in fc_files():
        if os.path.basename(f) == base:
            return f
    die(f"font {entry['name']} ({base}) is not installed: apt-get install {entry['package']}")


def supersampled(w, h, draw, s=3):
    """An L mask w x h drawn by draw(ImageDraw, scale) at s times the size and box-reduced."""
    im = Image.new("L", (max(1, int(math.ceil(w * s))), max(1, int(math.ceil(h * s)))), 0)
    draw(ImageDraw.Draw(im), s)
    return np.asarray(im.reduce(s))


class Glyph:
    __slots__ = ("arr", "x0", "y0", "adv")

    def __init__(self, arr, x0, y0, adv):
        self.arr, self.x0, self.y0, self.adv = arr, x0, y0, adv   # arr[0,0] at (x0, y0) from the pen on the baseline

    @property
    def w(self):
        return self.arr.shape[1]

    @property
    def h(self):
        return self.arr.shape[0]


def union(parts):
    """One Glyph-like (arr, x0, y0) from several (arr, x0, y0)."""
    parts = [p for p in parts if p[0].size]
    x0 = min(p[1] for p in parts)
    y0 = min(p[2] for p in parts)
    x1 = max(p[1] + p[0].shape[1] for p in parts)
    y1 = max(p[2] + p[0].shape[0] for p in parts)
    out = np.zeros((y1 - y0, x1 - x0), np.uint8)
    for a, x, y in parts:
        sl = out[y - y0:y - y0 + a.shape[0], x - x0:x - x0 + a.shape[1]]
        np.maximum(sl, a, out=sl)
    return out, x0, y0


class HandFont:
    """One handwriting font: glyphs by character and pixel size; Nordic letters and @ the font
    lacks are composed from its own base letter (A + ring, O + dots, O + slash, A + E, a + arc)."""

    def __init__(self, entry):
        self.name, self.style, self.package = entry["name"], entry["style"], entry["package"]
        self.path = resolve_font(entry)
        self._fonts, self._have, self._glyphs, self._ratio = {}, {}, {}, {}
        f = self.font(100)
        self.cap_ratio = -f.getbbox("H", anchor="ls")[1] / 100.0
        self.x_ratio = -f.getbbox("x", anchor="ls")[1] / 100.0
        self.composed = "".join(c for c in COMPOSABLE if not self.has(c))
        missing = "".join(c for c in NEEDED if c not in COMPOSABLE and not self.has(c))
        self.usable = not missing
        self.missing = missing

    def font(self, size):
        size = max(6, int(size))
        f = self._fonts.get(size)
        if f is None:
            f = self._fonts[size] = ImageFont.truetype(self.path, size, layout_engine=ImageFont.Layout.BASIC)
        return f

    def _raw(self, ch, size):
        f = self.font(size)
        x0, y0, x1, y1 = (int(v) for v in f.getbbox(ch, anchor="ls"))
        adv = f.getlength(ch)
        if x1 <= x0 or y1 <= y0:
            return Glyph(np.zeros((0, 0), np.uint8), 0, 0, adv)
        im = Image.new("L", (x1 - x0, y1 - y0), 0)
        ImageDraw.Draw(im).text((-x0, -y0), ch, font=f, fill=255, anchor="ls")
        return Glyph(np.asarray(im), x0, y0, adv)

    def has(self, ch):
        if ch not in self._have:
            g = self._raw(ch, 64)
            nd = self._raw("\U0010FFFD", 64)
            self._have[ch] = g.arr.size > 0 and g.arr.max() > 0 and not (
                g.arr.shape == nd.arr.shape and g.x0 == nd.x0 and np.array_equal(g.arr, nd.arr))
        return self._have[ch]

    def height_ratio(self, ch):
        """Ink height of ch per pixel of font size."""
        if ch not in self._ratio:
            g = self.glyph(ch, 200)
            self._ratio[ch] = max(g.h, 1) / 200.0
        return self._ratio[ch]

    def glyph(self, ch, size):
        size = max(6, int(size))
        key = (ch, size)
        g = self._glyphs.get(key)
        if g is None:
            if len(self._glyphs) > 6000:
                self._glyphs.clear()
            g = self._glyphs[key] = self._compose(ch, size) if ch in COMPOSABLE and not self.has(ch) else self._raw(ch, size)
        return g

    @staticmethod
    def _stroke(arr):
        on = arr > 127
        if not on.any():
            return 3.0
        inner = on[1:-1, 1:-1] & on[:-2, 1:-1] & on[2:, 1:-1] & on[1:-1, :-2] & on[1:-1, 2:]
        perimeter = max(on.sum() - inner.sum(), 1)
        return float(np.clip(2.0 * on.sum() / perimeter, 2.0, 40.0))

    def _compose(self, ch, size):
        upper = ch.isupper()
        cap = self.cap_ratio * size
        if ch in "Ææ":
            a, e = self._raw("A" if upper else "a", size), self._raw("E" if upper else "e", size)
            shift = a.x0 + int(0.58 * a.w) - e.x0
            arr, x0, y0 = union([(a.arr, a.x0, a.y0), (e.arr, e.x0 + shift, e.y0)])
            return Glyph(arr, x0, y0, shift + e.adv)
        if ch == "@":
            a = self._raw("a", int(size * 0.62))
            sw = self._stroke(a.arr)
            cx, cy = a.x0 + a.w / 2, a.y0 + a.h / 2
            r = max(a.w, a.h) * 0.95 + sw
            ox, oy = int(cx - r - sw), int(cy - r - sw)
            d = 2 * (r + sw)
            ring = supersampled(d, d, lambda dr, s: dr.arc(
                [sw * s, sw * s, (sw + 2 * r) * s, (sw + 2 * r) * s], 25, 335, fill=255, width=max(1, int(sw * s))))
            arr, x0, y0 = union([(a.arr, a.x0, a.y0), (ring, ox, oy)])
            return Glyph(arr, x0, y0, x0 + arr.shape[1] + sw)
        if ch == "+":
            sw = self._stroke(self._raw("I", size).arr)
            arm = 0.3 * cap
            d = 2 * arm + sw
            arr = supersampled(d, d, lambda dr, s: (dr.line([(sw / 2 * s, d / 2 * s), ((d - sw / 2) * s, d / 2 * s)], fill=255, width=max(1, int(sw * s))),
                                                    dr.line([(d / 2 * s, sw / 2 * s), (d / 2 * s, (d - sw / 2) * s)], fill=255, width=max(1, int(sw * s)))))
            return Glyph(arr, int(0.1 * cap), int(-0.4 * cap - d / 2), d + 0.2 * cap)
        base = self._raw({"Å": "A", "Ä": "A", "Ö": "O", "Ø": "O", "å": "a", "ä": "a", "ö": "o", "ø": "o"}[ch], size)
        sw = self._stroke(base.arr)
        bx0, by0, bw, bh = base.x0, base.y0, base.w, base.h
        parts = [(base.arr, bx0, by0)]
        gap = 0.12 * cap
        if ch in "Ää Öö":
            dot = self._raw(".", size)
            if dot.arr.size == 0 or dot.w > 0.4 * bw:
                dr = max(sw * 0.6, 2)
                dot = Glyph(supersampled(2 * dr, 2 * dr, lambda d, s: d.ellipse([0, 0, 2 * dr * s - 1, 2 * dr * s - 1], fill=255)), 0, 0, 0)
            for fx in (0.3, 0.7):
                parts.append((dot.arr, int(bx0 + fx * bw - dot.w / 2), int(by0 - gap - dot.h)))
        elif ch in "Åå":
            rd = max(0.3 * bw, 0.22 * cap) if upper else max(0.32 * bw, 0.25 * cap)
            w = max(1, int(sw * 0.8))
            ring = supersampled(rd + w, rd + w, lambda d, s: d.ellipse([w * s / 2, w * s / 2, (rd + w / 2) * s, (rd + w / 2) * s],
                                                                         outline=255, width=max(1, int(w * s))))
            parts.append((ring, int(bx0 + bw / 2 - ring.shape[1] / 2), int(by0 - gap * 0.7 - ring.shape[0])))
        else:  # Ø ø: a slash through the O
            ex, ey = 0.1 * bw, 0.08 * bh
            w, h = bw + 2 * ex + sw, bh + 2 * ey + sw
            slash = supersampled(w, h, lambda d, s: d.line([(sw / 2 * s, (h - sw / 2) * s), ((w - sw / 2) * s, sw / 2 * s)],
                                                             fill=255, width=max(1, int(sw * s))))
            parts.append((slash, int(bx0 - ex - sw / 2), int(by0 - ey - sw / 2)))
        arr, x0, y0 = union(parts)
        return Glyph(arr, x0, y0, base.adv)


def load_fonts(fontset, path):
    with open(path, encoding="utf-8") as f:
        sets = json.load(f)
    if fontset not in sets:
        die(f"no font set {fontset!r} in {path} (sets: {', '.join(sorted(sets))})")
    fonts = []
    for entry in sets[fontset]:
        if entry["name"].lower().replace(" ", "") in ("humorsans", "rufscript"):
            die(f"{entry['name']} is kept out of every set on purpose")
        hf = HandFont(entry)
        if hf.usable:
            fonts.append(hf)
        else:
            print(f"render_cards: skipping font {hf.name}: no glyphs for {hf.missing!r}", file=sys.stderr)
    if not fonts:
        die(f"no usable font in set {fontset}")
    return fonts


# ----------------------------------------------------------------------------- ink on the page

class Pen:
    def __init__(self, rng, nrng, ink, width_px):
        self.rng, self.nrng = rng, nrng
        self.ink = ink
        self.kind = INKS[ink][1]
        self.width = width_px            # stroke width of drawn marks, px at 300 dpi
        self.grow = 0                    # dilation of font glyphs: -1, 0, 1
        self.pressure = 1.0

    def texture(self, h, w):
        """Pressure over a stroke: ballpoints skip a little, felt pens are even."""
        if self.kind == "felt":
            lo = 0.92
        else:
            lo = 0.72
        small = self.nrng.random((h // 4 + 2, w // 4 + 2), dtype=np.float32)
        im = Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BILINEAR)
        t = lo + (1 - lo) * (np.asarray(im, np.float32) / 255.0)
        return t * self.pressure


class Sheet:
    """Ink coverage (0..255) over the 300 dpi page."""

    def __init__(self, w, h):
        self.cov = np.zeros((h, w), np.uint8)

    def put(self, arr, x, y, pen, strength=1.0):
        """Adds a coverage mask with its top-left at page pixel (x, y)."""
        if arr.size == 0:
            return
        h, w = arr.shape
        H, W = self.cov.shape
        x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, W), min(y + h, H)
        if x1 <= x0 or y1 <= y0:
            return
        a = arr[y0 - y:y1 - y, x0 - x:x1 - x].astype(np.float32)
        a *= pen.texture(a.shape[0], a.shape[1]) * strength
        sl = self.cov[y0:y1, x0:x1]
        np.maximum(sl, np.clip(a, 0, 255).astype(np.uint8), out=sl)


def place_glyph(sheet, pen, g, cx, cy, angle_cw, strength=1.0):
    """Draws glyph g rotated by angle_cw degrees (clockwise) with its centre at page (cx, cy)."""
    if g.arr.size == 0:
        return
    im = Image.fromarray(g.arr)
    if abs(angle_cw) > 0.05:
        im = im.rotate(-angle_cw, resample=Image.BICUBIC, expand=True)
    if pen.grow > 0:
        im = im.filter(ImageFilter.MaxFilter(3))
    elif pen.grow < 0 and min(im.size) > 8:
        im = im.filter(ImageFilter.MinFilter(3))
    arr = np.asarray(im)
    sheet.put(arr, int(round(cx - arr.shape[1] / 2)), int(round(cy - arr.shape[0] / 2)), pen, strength)


class Hand:
    """How one person writes on one card with one font."""

    def __init__(self, rng, font, capitals):
        self.font = font
        self.size_jit = rng.uniform(0.025, 0.07)
        self.rot_jit = rng.uniform(1.0, 3.5)
        self.slant = rng.uniform(-4, 6)                   # clockwise lean, degrees
        self.base_jit = rng.uniform(0.02, 0.06)
        if capitals:
            self.track = rng.uniform(0.06, 0.38) if font.style == "print" else rng.uniform(0.02, 0.2)
        else:
            self.track = rng.uniform(0.0, 0.08) if font.style == "print" else rng.uniform(-0.03, 0.03)
        self.space = rng.uniform(0.9, 1.5)

    def space_px(self, cap_px):
        f = self.font.font(cap_px / self.font.cap_ratio)
        return max(f.getlength(" "), 0.28 * cap_px) * self.space

    def measure(self, text, cap_px, track=None):
        track = self.track if track is None else track
        size = cap_px / self.font.cap_ratio
        w = 0.0
        for ch in text:
            w += self.space_px(cap_px) if ch == " " else self.font.glyph(ch, size).adv + track * cap_px
        return w

    def write(self, rng, sheet, pen, text, x, base_y, cap_px, slope_deg=0.0, track=None):
        """Writes text from pen position (x, baseline base_y); returns the end x."""
        track = self.track if track is None else track
        pen_x = float(x)
        drift = 0.0
        tan = math.tan(math.radians(slope_deg))
        for ch in text:
            if ch == " ":
                pen_x += self.space_px(cap_px) * rng.uniform(0.8, 1.25)
                continue
            sf = min(max(rng.gauss(1.0, self.size_jit), 0.85), 1.15)
            g = self.font.glyph(ch, cap_px * sf / self.font.cap_ratio)
            drift = drift * 0.7 + rng.gauss(0, self.base_jit * cap_px)
            by = base_y + (pen_x - x) * tan + drift
            angle = self.slant + min(max(rng.gauss(0, self.rot_jit), -8), 8)
            place_glyph(sheet, pen, g, pen_x + g.x0 + g.w / 2, by + g.y0 + g.h / 2, angle)
            pen_x += g.adv + track * cap_px * rng.uniform(0.6, 1.4)
        return pen_x


def jitter_path(rng, pts, amount):
    """Points along a polyline with a slight bow on each segment and a little wobble."""
    out = [pts[0]]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        n = max(3, int(math.hypot(x1 - x0, y1 - y0) / 6))
        bow = rng.uniform(-1, 1) * amount
        nx, ny = -(y1 - y0), (x1 - x0)
        ln = math.hypot(nx, ny) or 1
        nx, ny = nx / ln, ny / ln
        for k in range(1, n + 1):
            t = k / n
            b = bow * math.sin(math.pi * t) + rng.gauss(0, amount * 0.08)
            out.append((x0 + (x1 - x0) * t + nx * b, y0 + (y1 - y0) * t + ny * b))
    return out


def stroke(sheet, pen, pts, width, strength=1.0):
    """Draws a polyline (page px) with round joins and ends."""
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    m = width + 2
    ox, oy = int(min(xs) - m), int(min(ys) - m)
    w, h = int(max(xs) - ox + m), int(max(ys) - oy + m)
    local = [(x - ox, y - oy) for x, y in pts]

    def draw(d, s):
        sp = [(x * s, y * s) for x, y in local]
        d.line(sp, fill=255, width=max(1, int(width * s)), joint="curve")
        r = width * s / 2
        for x, y in (sp[0], sp[-1]):
            d.ellipse([x - r, y - r, x + r, y + r], fill=255)
    sheet.put(supersampled(w, h, draw), ox, oy, pen, strength)


def tick(sheet, pen, rng, box, style):
    """A mark in checkbox box (page px: x, y, size) in the card's style."""
    x, y, s = box
    w = pen.width
    P = lambda fx, fy: (x + fx * s, y + fy * s)  # noqa: E731
    if style == "check":
        pts = [P(rng.uniform(.12, .28), rng.uniform(.42, .6)), P(rng.uniform(.36, .52), rng.uniform(.74, .92)),
               P(rng.uniform(.82, 1.12), rng.uniform(-.18, .15))]
        stroke(sheet, pen, jitter_path(rng, pts, s * 0.06), w)
    elif style == "cross":
        a = [P(rng.uniform(.05, .22), rng.uniform(.05, .22)), P(rng.uniform(.78, .98), rng.uniform(.78, .98))]
        b = [P(rng.uniform(.78, .98), rng.uniform(.05, .22)), P(rng.uniform(.05, .22), rng.uniform(.78, .98))]
        stroke(sheet, pen, jitter_path(rng, a, s * 0.05), w)
        stroke(sheet, pen, jitter_path(rng, b, s * 0.05), w)
    elif style == "filled":
        n = rng.randint(7, 11)
        pts = []
        for k in range(n + 1):
            fy = 0.06 + 0.88 * k / n + rng.uniform(-0.03, 0.03)
            pts.append(P(rng.uniform(.04, .14) if k % 2 == 0 else rng.uniform(.86, .96), fy))
        stroke(sheet, pen, jitter_path(rng, pts, s * 0.02), w * rng.uniform(1.3, 1.8))
    elif style == "faint":
        k = rng.uniform(0.38, 0.58)
        cx, cy = rng.uniform(0.3, 0.7 - k * 0.3), rng.uniform(0.35, 0.65)
        pts = [P(cx - 0.35 * k, cy), P(cx - 0.05 * k, cy + 0.35 * k), P(cx + 0.55 * k, cy - 0.5 * k)]
        stroke(sheet, pen, jitter_path(rng, pts, s * 0.03), max(2.0, w * 0.6), strength=0.8)
    else:  # "outside": a big tick that runs well past the box
        k = rng.uniform(1.25, 1.7)
        dx, dy = rng.uniform(-0.25, 0.3), rng.uniform(-0.35, 0.1)
        pts = [P(dx + 0.05 * k, dy + 0.5 * k), P(dx + 0.32 * k, dy + 0.8 * k), P(dx + 0.9 * k, dy - 0.05 * k)]
        stroke(sheet, pen, jitter_path(rng, pts, s * 0.08), w)


def scribble(sheet, pen, rng, box):
    """Crossing out a ticked box: a tangle of back-and-forth strokes past the box edges."""
    x, y, s = box
    grow = rng.uniform(0.25, 0.55)
    x0, y0, x1, y1 = x - grow * s, y - grow * s, x + s * (1 + grow), y + s * (1 + grow)
    pts = []
    n = rng.randint(9, 16)
    horizontal = rng.random() < 0.6
    for k in range(n):
        t = k / (n - 1)
        if horizontal:
            pts.append((x0 + (x1 - x0) * (rng.uniform(0, .15) if k % 2 == 0 else rng.uniform(.85, 1)), y0 + (y1 - y0) * t))
        else:
            pts.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * (rng.uniform(0, .15) if k % 2 == 0 else rng.uniform(.85, 1))))
    stroke(sheet, pen, jitter_path(rng, pts, s * 0.1), pen.width * rng.uniform(1.0, 1.4))
    if rng.random() < 0.5:
        stroke(sheet, pen, jitter_path(rng, [(x0, y1), (x1, y0)], s * 0.1), pen.width)


# ----------------------------------------------------------------------------- a card

def mm_box(e):
    return e["x"] * MM, e["y"] * MM, e["width"] * MM, e["height"] * MM


def choose_marks(rng, values):
    """(ticked, crossed_out) for one checkbox group."""
    r = rng.random()
    if r < 0.80:
        return [rng.choice(values)], []
    if r < 0.87:
        return [], []
    a, b = rng.sample(values, 2)
    if r < 0.93:
        return [a, b], []
    return [b], [a]


def random_date(rng, ref):
    return ref - datetime.timedelta(days=rng.randint(0, 730))


def fill_comb(rng, sheet, pen, font, cells, chars):
    """One digit per cell: 55-85 % of the cell height, centred within 20 %, turned up to 8 degrees."""
    bias_x, bias_y = rng.uniform(-0.08, 0.08), rng.uniform(-0.08, 0.08)
    size = rng.uniform(0.6, 0.8)
    lean = rng.uniform(-3, 3)
    for cell, ch in zip(cells, chars):
        if ch is None:
            continue
        x, y, w, h = mm_box(cell)
        th = h * min(max(size + rng.uniform(-0.05, 0.05), 0.55), 0.85)
        g = font.glyph(ch, th / font.height_ratio(ch))
        wide = w * rng.uniform(0.72, 1.0)      # a wide hand still keeps a digit about inside its cell
        if g.w > wide:
            g = font.glyph(ch, th / font.height_ratio(ch) * wide / g.w)
        cx = x + w / 2 + (bias_x + rng.uniform(-0.12, 0.12)) * w
        cy = y + h / 2 + (bias_y + rng.uniform(-0.12, 0.12)) * h
        angle = min(max(lean + rng.uniform(-5, 5), -8), 8)
        place_glyph(sheet, pen, g, cx, cy, angle)


def fill_text_box(rng, sheet, pen, hand, box, text):
    """A one-line box: capitals on a baseline near the bottom, now and then a little outside."""
    x, y, w, h = mm_box(box)
    cap = rng.uniform(3.4, 5.2) * MM
    track = hand.track
    if not text.isupper():   # lower case (an email as written): sized by its x-height, letters closer
        cap = min(cap * 0.62 * hand.font.cap_ratio / hand.font.x_ratio, cap * 1.35)
        track *= 0.3
    start = x + rng.uniform(1.2, 6) * MM
    base = y + h - rng.uniform(1.0, 2.3) * MM
    if rng.random() < 0.08:   # sloppy: runs over an edge
        choice = rng.randrange(3)
        if choice == 0:
            base = y + h + rng.uniform(0.2, 1.2) * MM
        elif choice == 1:
            cap = rng.uniform(5.8, 7.0) * MM
        else:
            start = x - rng.uniform(0.5, 2.5) * MM
    room = x + w - 1.5 * MM - start
    need = hand.measure(text, cap, track)
    if need > room:
        cap *= room / need
    hand.write(rng, sheet, pen, text, start, base, cap, rng.uniform(-1.2, 1.2), track)


def wrap_description(rng, hand, box, cap, lang, kind, area, upper):
    x, y, w, h = mm_box(box)
    width = w - 8 * MM
    for _ in range(6):
        sentences = cardtext.description_sentences(rng, lang, kind, area)
        text = " ".join(sentences)
        words = (text.upper() if upper else text).split(" ")
        lines, cur = [], ""
        for word in words:
            cand = word if not cur else cur + " " + word
            if hand.measure(cand, cap) * 1.06 <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        if len(lines) <= 5:
            return lines
    return lines[:5]


def render_card(index, args, fonts, forms, used_names):
    # the font set is part of the seed: the same --seed gives other cards in another set
    rng = random.Random(f"render_cards:{args.fonts}:{args.seed}:{index}")
    nrng = np.random.default_rng([args.seed, index, ["train", "own-holdout", "issue-holdout"].index(args.fonts)])
    form_code = rng.choice(args.form_list)
    design, blank = forms[form_code]
    els = {e["id"]: e for e in design["elements"]}
    by_field = {}
    for e in design["elements"]:
        if e.get("field"):
            by_field.setdefault(e["field"], []).append(e)
    H, W = blank.shape
    sheet = Sheet(W, H)

    lang = "sv" if form_code == "SB-1" else ("nn" if rng.random() < 0.3 else "nb")
    ink = rng.choices(["blue ballpoint", "black ballpoint", "blue felt pen", "black felt pen"], [40, 30, 12, 18])[0]
    pen = Pen(rng, nrng, ink, 0)
    pen.width = (rng.uniform(3.2, 5.0) if pen.kind == "ballpoint" else rng.uniform(5.5, 8.5))
    pen.grow = 1 if pen.kind == "felt" and rng.random() < 0.7 else (1 if rng.random() < 0.15 else 0)
    pen.pressure = rng.uniform(0.86, 1.0)
    f_fields = rng.choice(fonts)
    f_desc = f_fields if rng.random() < 0.65 or len(fonts) == 1 else rng.choice([f for f in fonts if f is not f_fields])
    hand = Hand(rng, f_fields, capitals=True)
    dhand = Hand(rng, f_desc, capitals=False)
    tick_style = rng.choices(["check", "cross", "filled", "faint", "outside"], [40, 30, 10, 10, 10])[0]

    # boxes
    boxes = {}
    truth_box = {}
    for field in ("kind", "service_area"):
        values = [e["value"] for e in by_field[field]]
        ticked, crossed = choose_marks(rng, values)
        ticked = [v for v in values if v in ticked]
        crossed = [v for v in values if v in crossed]
        truth_box[field], truth_box[field + "_crossed_out"] = ticked, crossed
        boxes[field] = ticked[0] if len(ticked) == 1 else None
        for e in by_field[field]:
            bx, by, bw, _ = mm_box(e)
            if e["value"] in crossed:
                tick(sheet, pen, rng, (bx, by, bw), tick_style if tick_style != "faint" else "check")
                scribble(sheet, pen, rng, (bx, by, bw))
            elif e["value"] in ticked:
                tick(sheet, pen, rng, (bx, by, bw), tick_style)
    r = rng.random()
    reply = True if r < 0.55 else (False if r < 0.85 else None)
    truth_box["wants_reply"] = None if reply is None else ("yes" if reply else "no")
    for e in by_field["wants_reply"]:
        if reply is not None and e["value"] == reply:
            bx, by, bw, _ = mm_box(e)
            tick(sheet, pen, rng, (bx, by, bw), tick_style)

    # description
    kind_for_text = boxes["kind"] or rng.choice([e["value"] for e in by_field["kind"]])
    area_for_text = boxes["service_area"] or rng.choice([e["value"] for e in by_field["service_area"]])
    desc = els["description"]
    # mixed case is sized by its x-height (fonts differ a lot in how tall capitals are beside it)
    upper = rng.random() < 0.08     # some write the description in capitals too
    if upper:
        dcap = rng.uniform(2.8, 4.0) * MM
    else:
        dcap = min(rng.uniform(1.7, 2.5) * MM * f_desc.cap_ratio / f_desc.x_ratio, 5.5 * MM)
    lines = wrap_description(rng, dhand, desc, dcap, lang, kind_for_text, area_for_text, upper)
    first = 0 if rng.random() < 0.85 else 1
    dx = desc["x"] * MM + rng.uniform(2.5, 6) * MM
    for k, line in enumerate(lines):
        base = desc["ruled_lines_y"][first + k] * MM - rng.uniform(0.2, 1.0) * MM
        dhand.write(rng, sheet, pen, line, dx + rng.uniform(-1, 1) * MM, base, dcap * rng.uniform(0.95, 1.05), rng.uniform(-0.8, 0.8))
    description = " ".join(lines)

    # contact details
    name, address, city, email = cardtext.person(rng, form_code)
    name, address, city = name.upper(), address.upper(), city.upper()
    if rng.random() < 0.45:
        email = email.upper()
    anonymous = rng.random() < (0.04 if reply else 0.3)
    keep = lambda p: not anonymous and rng.random() < p  # noqa: E731
    values = {"name": name if keep(0.93) else None, "address": address if keep(0.85) else None,
              "city": city if keep(0.85) else None, "email": email if keep(0.7) else None}
    if form_code == "SB-1":
        values["phone"] = cardtext.phone_se(rng) if keep(0.65) else None
    for field in ("name", "address", "city", "email", "phone"):
        if field in values and values[field]:
            fill_text_box(rng, sheet, pen, hand, els[field], values[field])

    def comb_state():
        r = rng.random()
        return "empty" if r < 0.10 else ("partial" if r < 0.13 else "full")

    # postal code
    pc_cells = els["postal_code"]["cell_boxes"]
    if form_code == "MK-2":
        digits = f"{rng.randint(1, 9991):04d}"
    else:
        digits = str(rng.randint(10000, 98499))
    state = "empty" if anonymous else comb_state()
    postal_code = None
    if state != "empty":
        n = len(digits) if state == "full" else rng.randint(1, len(digits) - 1)
        fill_comb(rng, sheet, pen, f_fields, pc_cells, list(digits[:n]) + [None] * (len(digits) - n))
        written = digits[:n]
        postal_code = written if form_code == "MK-2" else (written[:3] + (" " + written[3:] if len(written) > 3 else ""))
    # MK-2 phone (comb)
    phone = values.get("phone")
    if form_code == "MK-2":
        digits = rng.choice("49") + "".join(str(rng.randrange(10)) for _ in range(7))
        state = "empty" if anonymous or rng.random() < 0.25 else comb_state()
        if state != "empty":
            n = 8 if state == "full" else rng.randint(2, 7)
            fill_comb(rng, sheet, pen, f_fields, els["phone"]["cell_boxes"], list(digits[:n]) + [None] * (8 - n))
            phone = digits[:n]
    # date (full or empty)
    ref = datetime.date.fromisoformat(args.ref_date)
    d = random_date(rng, ref)
    date = None
    if rng.random() >= 0.10:
        fmt = els["date"]["format"]
        chars = d.strftime("%d%m%Y") if fmt.startswith("DD") else d.strftime("%Y%m%d")
        fill_comb(rng, sheet, pen, f_fields, els["date"]["cell_boxes"], list(chars))
        date = d.isoformat()
    # signature (MK-2 only has the line)
    if "signature" in els and values["name"] and rng.random() < 0.6:
        sx, sy, sw, sh = mm_box(els["signature"])
        sig = Hand(rng, f_desc, capitals=False)
        sig.slant = rng.uniform(8, 20)
        sig.track = -0.02
        cap = rng.uniform(4.0, 6.0) * MM
        text = name.title() if rng.random() < 0.6 else name.split()[0][0] + ". " + name.split()[-1].title()
        if sig.measure(text, cap) > sw * 0.9:
            cap *= sw * 0.9 / sig.measure(text, cap)
        end = sig.write(rng, sheet, pen, text, sx + rng.uniform(2, 15) * MM, sy + sh - rng.uniform(0.3, 1.2) * MM, cap, rng.uniform(-3, 2))
        if rng.random() < 0.4:
            yb = sy + sh + rng.uniform(0.2, 1.5) * MM
            stroke(sheet, pen, jitter_path(rng, [(sx + 3 * MM, yb), (min(end, sx + sw), yb - rng.uniform(0, 3) * MM)], 6), pen.width * 0.8)

    truth = {
        "form": form_code, "file": None, "format": None, "pages": 1, "dpi": None, "color_mode": None,
        "rotation": None, "skew_deg": None, "language": lang, "fill": "handwritten",
        "fonts": {"fields": f_fields.name, "description": f_desc.name}, "ink": ink, "tick_style": tick_style,
        "written_in_block_capitals": True,
        "kind": boxes["kind"], "service_area": boxes["service_area"], "wants_reply": reply,
        "name": values["name"], "address": values["address"], "postal_code": postal_code, "city": values["city"],
        "phone": phone, "email": values["email"], "date": date, "description": description,
        "boxes": {"kind": truth_box["kind"], "kind_crossed_out": truth_box["kind_crossed_out"],
                  "service_area": truth_box["service_area"], "service_area_crossed_out": truth_box["service_area_crossed_out"],
                  "wants_reply": truth_box["wants_reply"]},
    }
    scan(rng, nrng, args, blank, sheet, pen, truth, d, used_names)
    return truth


# ----------------------------------------------------------------------------- the scan

def file_name(rng, fmt, scanned, used):
    ext = {"png": [".png", ".PNG"], "tiff": [".tif", ".tiff", ".TIF"], "jpeg": [".jpg", ".jpeg", ".JPG"], "pdf": [".pdf", ".PDF"]}[fmt]
    for attempt in range(1000):
        t = scanned + datetime.timedelta(seconds=rng.randint(7 * 3600, 17 * 3600) + attempt)
        style = rng.randrange(7)
        if style == 0:
            stem = t.strftime("SCAN_%Y%m%d_%H%M%S")
        elif style == 1:
            stem = f"doc{rng.randint(0, 99999):05d}"
        elif style == 2:
            stem = f"IMG_{rng.randint(1, 9999):04d}"
        elif style == 3:
            stem = t.strftime("Scan_%Y-%m-%d_%H%M%S")
        elif style == 4:
            stem = t.strftime("%Y%m%d%H%M%S") + f"_{rng.randint(1, 999):03d}"
        elif style == 5:
            stem = f"skann{rng.randint(1, 9999):04d}"
        else:
            stem = t.strftime("MFP_%y%m%d_") + f"{rng.randint(1, 9999):04d}"
        name = stem + (ext[0] if rng.random() < 0.75 else rng.choice(ext[1:]))
        if name.lower() not in used:
            used.add(name.lower())
            return name
    die("could not find a free file name")


def lut(f):
    return [int(min(255, max(0, round(f(v))))) for v in range(256)]


def scan(rng, nrng, args, blank, sheet, pen, truth, card_date, used):
    fmt = rng.choice(args.format_list)
    modes = ["grayscale", "bitonal", "color"] if fmt != "jpeg" else ["grayscale", "color"]
    weights = [45, 30, 25] if fmt != "jpeg" else [55, 45]
    mode = rng.choices(modes, weights)[0]
    dpi = 200 if args.dpi_mix and rng.random() < 0.35 else 300
    skew = round(rng.uniform(-2.5, 2.5), 2) if rng.random() < 0.7 else 0.0
    rotation = rng.choices([0, 90, 180, 270], [85, 5, 5, 5])[0]

    # the page as the scanner sees it: printed form and ink, placed a little off and skewed,
    # through the scanner's optics (blur) and its tone curve (contrast, brightness, gamma)
    form = Image.fromarray(blank, "L")
    cov = Image.fromarray(sheet.cov, "L")
    if dpi != 300:
        size = (round(form.width * dpi / 300), round(form.height * dpi / 300))
        form, cov = form.resize(size, Image.LANCZOS), cov.resize(size, Image.LANCZOS)
    place = None
    if skew or rng.random() < 0.5:
        place = (-skew, (rng.randint(-25, 25) * dpi // 300, rng.randint(-25, 25) * dpi // 300))
    blur = rng.uniform(0, 1.0)
    blur = blur if blur > 0.15 else 0.0
    ink = [v / 255.0 for v in INKS[pen.ink][0]]
    contrast, bright, gamma = rng.uniform(0.85, 1.15), rng.uniform(-14, 10), rng.uniform(0.85, 1.2)
    curve = lambda v: ((255.0 * (v / 255.0) ** gamma) - 128.0) * contrast + 128.0 + bright  # noqa: E731

    def optics(im, fill):
        if place:
            im = im.rotate(place[0], resample=Image.BILINEAR, translate=place[1], fillcolor=fill)
        return im.filter(ImageFilter.GaussianBlur(blur)) if blur else im

    if mode == "color":   # each plane is one channel of paper x ink: placed and blurred before they are mixed
        form, cov = optics(form, 255), optics(cov, 0)
        r0 = rng.uniform(240, 255)
        paper = (r0, r0 - rng.uniform(0, 5), r0 - rng.uniform(2, 12))
        chans = []
        for c in range(3):
            k = 1.0 - ink[c]
            base = form.point(lut(lambda v, c=c: v * paper[c] / 255.0))
            chans.append(ImageChops.multiply(base, cov.point(lut(lambda v, k=k: 255.0 * (1.0 - v / 255.0 * k)))).point(lut(curve)))
        img = Image.merge("RGB", chans)
    else:
        lum = 0.299 * ink[0] + 0.587 * ink[1] + 0.114 * ink[2]
        paper = rng.uniform(238, 255)
        base = form.point(lut(lambda v: v * paper / 255.0))
        img = ImageChops.multiply(base, cov.point(lut(lambda v: 255.0 * (1.0 - v / 255.0 * (1.0 - lum)))))
        img = optics(img, int(paper)).point(lut(curve))
    noise = rng.choice([0, 0, 1, 2, 3, 4, 6])      # half-width of the sensor noise, grey levels
    if noise:
        arr = np.asarray(img).astype(np.int16)
        shape = arr.shape[:2]
        n = nrng.integers(0, noise + 1, shape, dtype=np.int16) + nrng.integers(0, noise + 1, shape, dtype=np.int16) - noise
        arr += n[..., None] if arr.ndim == 3 else n
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), img.mode)
    if mode == "bitonal":
        how = rng.choices(["threshold", "dither", "speckle"], [55, 20, 25])[0]
        if how == "dither":
            # the scanner drops the paper tone first, so only ink and grey print are dithered
            white = rng.uniform(215, 235)
            img = img.point(lut(lambda v: 255 if v > white else v * 255.0 / white)).convert("1", dither=Image.Dither.FLOYDSTEINBERG)
        else:
            bw = np.asarray(img) > rng.uniform(120, 175)
            if how == "speckle":
                bw = bw.copy()
                n = int(bw.size * rng.uniform(2e-5, 2e-4))
                ys, xs = nrng.integers(0, bw.shape[0] - 2, n), nrng.integers(0, bw.shape[1] - 2, n)
                bw[ys, xs] = False
                big = nrng.random(n) < 0.3
                bw[ys[big] + 1, xs[big]] = False
                bw[ys[big], xs[big] + 1] = False
            img = Image.fromarray(bw)
    if rotation:
        img = img.transpose({90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}[rotation])

    scanned = datetime.datetime.combine(card_date, datetime.time()) + datetime.timedelta(days=rng.randint(0, 12))
    name = file_name(rng, fmt, scanned, used)
    path = os.path.join(args.out, name)
    if fmt == "png":
        img.save(path, "PNG", dpi=(dpi, dpi), compress_level=rng.choice([1, 2, 3]))
    elif fmt == "tiff":
        comp = "group4" if img.mode == "1" else rng.choice(["tiff_lzw", "tiff_adobe_deflate"])
        img.save(path, "TIFF", dpi=(dpi, dpi), compression=comp)
    elif fmt == "jpeg":
        img.save(path, "JPEG", dpi=(dpi, dpi), quality=rng.randint(60, 92))
    else:
        extra = {} if img.mode == "1" else {"quality": rng.randint(70, 92)}
        img.save(path, "PDF", resolution=float(dpi), title=None, creationDate=None, modDate=None, **extra)
    truth.update({"file": name, "format": fmt, "dpi": dpi, "color_mode": mode, "rotation": rotation, "skew_deg": float(skew)})
    with open(path + ".truth.json", "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ----------------------------------------------------------------------------- main

def load_forms(directory, codes):
    forms = {}
    for code in codes:
        dpath, ipath = os.path.join(directory, f"{code}.design.json"), os.path.join(directory, f"{code}.png")
        if not (os.path.isfile(dpath) and os.path.isfile(ipath)):
            die(f"{code}: need {dpath} and {ipath}")
        with open(dpath, encoding="utf-8") as f:
            design = json.load(f)
        im = Image.open(ipath).convert("L")
        if im.size != (2480, 3508):
            im = im.resize((2480, 3508), Image.LANCZOS)
        forms[code] = (design, np.asarray(im))
    return forms


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--forms", required=True, help="folder with MK-2/SB-1 .png and .design.json")
    p.add_argument("--fonts", required=True, choices=["train", "own-holdout", "issue-holdout"], help="font set from fonts.json")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--dpi-mix", action="store_true", help="about a third of the scans at 200 dpi (else all 300)")
    p.add_argument("--formats", default="png,tiff,jpeg,pdf", help="comma list of png, tiff, jpeg, pdf")
    p.add_argument("--form", default="both", choices=["both", *FORMS])
    p.add_argument("--fonts-file", default=os.path.join(HERE, "fonts.json"))
    p.add_argument("--ref-date", default=REFERENCE_DATE, help="dates fall in the two years before this (YYYY-MM-DD)")
    p.add_argument("--quiet", action="store_true")
    args = p.parse_args(argv)
    if args.seed < 0 or args.count < 0:
        die("--seed and --count must not be negative")
    aliases = {"jpg": "jpeg", "tif": "tiff"}
    args.format_list = [aliases.get(f.strip().lower(), f.strip().lower()) for f in args.formats.split(",") if f.strip()]
    for f in args.format_list:
        if f not in FORMATS:
            die(f"unknown format {f!r} (use {', '.join(FORMATS)})")
    args.form_list = list(FORMS) if args.form == "both" else [args.form]
    fonts = load_fonts(args.fonts, args.fonts_file)
    forms = load_forms(args.forms, args.form_list)
    os.makedirs(args.out, exist_ok=True)
    used = set()
    for i in range(args.count):
        t = render_card(i, args, fonts, forms, used)
        if not args.quiet:
            print(f"{t['file']}\t{t['form']}\t{t['fonts']['fields']}/{t['fonts']['description']}\t{t['color_mode']}\t{t['dpi']}\trot {t['rotation']}")


if __name__ == "__main__":
    main()
