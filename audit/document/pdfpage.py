"""A PDF page's objects and table cells read once, the same as pdfplumber's own, faster.

pdfplumber has pdfminer build an `LTChar` object per character, then turns each object into a
dict of its attributes, each resolved through `resolve_all`, and finds a table cell's text by
testing every character of the page against every row and cell (`Table.extract`). On the
example's 23 pages and 42,538 characters that was over half of reading the PDF. Here a
pdfminer device writes each character's dict as it is drawn, with the geometry `LTChar`
computes and what pdfplumber adds (anything unusual takes pdfminer's and pdfplumber's own
way); rectangles and lines whose attributes are plain values become the same dicts directly;
the cells' characters are picked by bisecting the page's characters sorted by their middles,
with the test `Table.extract` applies, and their text is pdfplumber's word extraction of them
in page order. tests/test_pdf_page.py holds every object and cell text equal to pdfplumber's.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from typing import Any

_PLAIN = frozenset((float, int, str, bool, type(None)))


def _plain(value: Any, depth: int = 2) -> bool:
    """Is `value` what pdfplumber's `resolve_all` returns unchanged (or as an equal copy)?"""
    kind = type(value)
    if kind in _PLAIN:
        return True
    return bool(depth) and (kind is tuple or kind is list) and all(_plain(v, depth - 1) for v in value)


def load_objects(page) -> None:
    """Fill `page.objects` (chars, rects, lines, curves, ...) as pdfplumber's `parse_objects` would.

    Leaves it to pdfplumber when the page object is not the one this was written against
    (already parsed, no `process_object`, or a laparams layout whose containers are objects too)."""
    if hasattr(page, "_objects") or not hasattr(page, "process_object") or page.pdf.laparams is not None:
        return
    from pdfminer.layout import LTChar, LTContainer, LTCurve

    convert = _Converter(page)
    objects: dict[str, list[dict]] = {}
    # a loop over a stack, not a nested recursive function: that would be a reference cycle holding the page's
    # layout until the next garbage collection, which the `audit` command puts off (audit.cli.run)
    stack = [iter(_layout(page, convert))]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
            continue
        if isinstance(obj, LTContainer):
            stack.append(iter(obj._objs))
            continue
        attr = None
        if type(obj) is _Glyph:
            attr = obj.attr
        elif isinstance(obj, LTChar):
            attr = convert.char(obj)
        elif isinstance(obj, LTCurve):
            attr = convert.curve(obj)
        if attr is None:
            attr = page.process_object(obj)
        kind = attr["object_type"]
        if kind != "anno":
            objects.setdefault(kind, []).append(attr)
    page._objects = objects


class _Glyph:
    """A character the device below turned into pdfplumber's dict itself, in place of pdfminer's `LTChar`."""

    # pdfplumber's aggregator tags the last object drawn with its marked-content id after an image or a path too,
    # which may be a glyph (a page with tagged figures failed to read: `'_Glyph' object has no attribute 'mcid'`)
    __slots__ = ("attr", "mcid", "tag")

    def __init__(self, attr: dict):
        self.attr = attr


def _layout(page, convert: _Converter) -> list:
    """The page's layout objects as pdfminer's interpreter draws them, characters as `_Glyph`s when the device
    below applies (else pdfplumber's own `page.layout`)."""
    device = _device(page, convert)
    if device is None:
        return page.layout._objs
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfplumber.utils.exceptions import PdfminerException

    interpreter = PDFPageInterpreter(page.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except Exception as exc:  # as pdfplumber's Page.layout wraps them
        raise PdfminerException(exc) from exc
    return device.get_result()._objs


_RENDER_STRING = ("self", "seq", "matrix", "pos", "font", "fontsize", "scaling", "charspace", "wordspace", "rise",
                  "dxscale", "ncs", "graphicstate")


def _device(page, convert: _Converter):
    """pdfplumber's aggregator writing characters as pdfplumber's dicts (`_device_class`) for this page, or None
    when pdfminer's `render_string_horizontal` is not the one it copies (a pdfminer release that changed it) or the text
    is to be Unicode-normalised (pdfplumber's own way then)."""
    device_class = _device_class()
    if device_class is None or not convert.usable:
        return None
    return device_class(page.pdf.rsrcmgr, convert)


@lru_cache(maxsize=1)
def _device_class():
    """The device class, defined once per process (a class per page would be a reference cycle holding the
    page until a garbage collection, which the `audit` command puts off)."""
    import inspect

    from pdfminer.pdfdevice import PDFTextDevice
    from pdfminer.pdffont import PDFUnicodeNotDefined
    from pdfminer.utils import apply_matrix_rect
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    if tuple(inspect.signature(PDFTextDevice.render_string_horizontal).parameters) != _RENDER_STRING:
        return None

    class Device(PDFPageAggregatorWithMarkedContent):
        """A horizontal string's characters written as pdfplumber's dicts at once: the geometry `LTChar` computes
        (anything unusual takes pdfminer's own way), the mark pdfplumber tags it with, the colours and places
        `process_object` adds."""

        def __init__(self, rsrcmgr, convert: _Converter):
            super().__init__(rsrcmgr, pageno=convert.number, laparams=None)
            self.convert = convert
            self.spaces: dict = {}  # a colour space object -> its decoded name (`process_object`'s `ncs`)
            self.glyphs: dict = {}  # (font, cid) -> (text, width)

        def render_string_horizontal(self, seq, matrix, pos, font, fontsize, scaling, charspace, wordspace, rise,
                                     dxscale, ncs, graphicstate):
            """pdfminer's loop over a string's characters with `render_char` below inlined: what is the same for
            every character of the string (font, size, colours, mark, orientation) is worked out once."""
            mcid, tag = self.cur_mcid, self.cur_tag
            x, y = pos
            if (type(font.fontname) is not str or font.is_vertical() or type(matrix) is not tuple
                    or not _PLAIN.issuperset(map(type, matrix)) or type(mcid) not in _PLAIN
                    or type(tag) not in _PLAIN or type(x) not in _PLAIN or type(y) not in _PLAIN):
                return super().render_string_horizontal(seq, matrix, pos, font, fontsize, scaling, charspace,
                                                        wordspace, rise, dxscale, ncs, graphicstate)
            convert = self.convert
            a, b, c, d, e, f = matrix
            upright = a * d * scaling > 0 and b * c <= 0
            straight = b == 0 and c == 0 and a > 0 and d > 0  # no turn, no mirror: the box needs no corners
            descent = font.get_descent() * fontsize
            low, high = descent + rise, descent + rise + fontsize
            space = self._space(ncs)
            height, mb_top, mb_x0, doctop = convert.height, convert.mb_top, convert.mb_x0, convert.doctop
            scolor = graphicstate.scolor if isinstance(graphicstate.scolor, tuple) else (graphicstate.scolor,)
            ncolor = graphicstate.ncolor if isinstance(graphicstate.ncolor, tuple) else (graphicstate.ncolor,)
            fontname, number, glyph = font.fontname, convert.number, self._glyph
            add = self.cur_item.add
            needcharspace = False
            for obj in seq:
                if isinstance(obj, (int, float)):
                    x -= obj * dxscale
                    needcharspace = True
                elif isinstance(obj, bytes):
                    for cid in font.decode(obj):
                        if needcharspace:
                            x += charspace
                        text, width = glyph(font, cid)
                        adv = width * fontsize * scaling
                        at = (a, b, c, d, x * a + y * c + e, x * b + y * d + f)
                        if straight:
                            x0, x1 = at[4], a * adv + at[4]
                            y0, y1 = d * low + at[5], d * high + at[5]
                            if x1 < x0:
                                x0, x1 = x1, x0
                            if y1 < y0:
                                y0, y1 = y1, y0
                        else:
                            x0, y0, x1, y1 = apply_matrix_rect(at, (0, low, adv, high))
                        top = (height - y1) + mb_top
                        attr = {"matrix": at, "fontname": fontname, "adv": adv, "upright": upright, "x0": x0,
                                "y0": y0, "x1": x1, "y1": y1, "width": x1 - x0, "height": y1 - y0, "size": y1 - y0,
                                "mcid": mcid, "tag": tag, "object_type": "char", "page_number": number,
                                "ncs": space, "text": text, "stroking_color": scolor, "non_stroking_color": ncolor,
                                "top": top, "bottom": (height - y0) + mb_top, "doctop": doctop + top}
                        if mb_x0 != 0:
                            attr["x0"], attr["x1"] = x0 + mb_x0, x1 + mb_x0
                        add(_Glyph(attr))  # type: ignore[arg-type]  # read back by load_objects only
                        x += adv
                        if cid == 32 and wordspace:
                            x += wordspace
                        needcharspace = True
                # anything else in the string pdfminer skips (with a warning, silenced while reading)
            return (x, y)

        def _glyph(self, font, cid: int) -> tuple[str, float]:
            """A character's text and width in its font, looked up once per page."""
            key = (font, cid)
            try:
                return self.glyphs[key]
            except KeyError:
                pass
            try:
                text = font.to_unichr(cid)
                assert isinstance(text, str), str(type(text))
            except PDFUnicodeNotDefined:
                text = self.handle_undefined_char(font, cid)
            found = self.glyphs[key] = (text, font.char_width(cid))
            return found

        def _space(self, ncs):
            """A colour space's decoded name (`process_object`'s `ncs`), once per space."""
            try:
                return self.spaces[ncs]
            except KeyError:
                space = self.spaces[ncs] = self.convert.space("ncs", ncs.name)
                return space
            except TypeError:  # a colour space that cannot be a key
                return self.convert.space("ncs", ncs.name)

    return Device


class _Converter:
    """`Page.process_object` for characters and lines whose attributes are plain values; None otherwise."""

    def __init__(self, page):
        from pdfplumber.page import ALL_ATTRS, lt_pat
        from pdfplumber.utils.pdfinternals import resolve_and_decode

        self.page, self.keep, self.lt_pat, self.decode = page, ALL_ATTRS, lt_pat, resolve_and_decode
        self.height, self.mb_x0, self.mb_top = page.height, page.mediabox[0], page.mediabox[1]
        self.doctop, self.number = page.initial_doctop, page.page_number
        self.usable = page.pdf.unicode_norm is None  # normalised text: pdfplumber's own way
        self.spaces: dict[Any, Any] = {}
        # a char's attribute names -> (getter of the kept ones, their names, the types last seen, where tuples are)
        self.shapes: dict[tuple, tuple | None] = {}

    def _char_attrs(self, obj) -> dict | None:
        d = obj.__dict__
        names = tuple(d)
        if names not in self.shapes:
            kept = tuple(k for k in names if k in self.keep)
            self.shapes[names] = (itemgetter(*kept), kept, (), ()) if len(kept) > 1 and "fontname" in kept else None
        shape = self.shapes[names]
        if shape is None or not self.usable:
            return None
        getter, kept, types, tuples = shape
        values = getter(d)
        found = tuple(map(type, values))
        if found != types:
            if not all(t in _PLAIN or (t is tuple and _PLAIN.issuperset(map(type, v))) for t, v in zip(found, values)):
                return None
            self.shapes[names] = (getter, kept, found, tuple(i for i, t in enumerate(found) if t is tuple))
        else:
            for i in tuples:
                if not _PLAIN.issuperset(map(type, values[i])):
                    return None
        if type(d["fontname"]) is not str:
            return None
        return dict(zip(kept, values))

    def char(self, obj) -> dict | None:
        attr = self._char_attrs(obj)
        if attr is None:
            return None
        attr["object_type"] = "char"
        attr["page_number"] = self.number
        self._spaces(obj, attr)
        attr["text"] = obj.get_text()
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        return self._place(attr)

    def curve(self, obj) -> dict | None:
        """A rect, line or curve (`LTCurve` and its subclasses)."""
        attr = {k: v for k, v in obj.__dict__.items() if k in self.keep}
        if not all(_plain(v) for v in attr.values()) or "pts" not in attr:
            return None
        attr = {k: list(v) if type(v) is list else v for k, v in attr.items()}  # resolve_all copies lists
        attr["object_type"] = self.lt_pat.sub("", obj.__class__.__name__).lower()
        attr["page_number"] = self.number
        self._spaces(obj, attr)
        point = self.page.point2coord
        attr["pts"] = list(map(point, attr["pts"]))
        attr["path"] = [(cmd, *map(point, pts)) for cmd, *pts in obj.original_path]
        attr["dash"] = obj.dashing_style
        return self._place(attr)

    def _spaces(self, obj, attr: dict) -> None:
        for cs in ("ncs", "scs"):
            if hasattr(obj, cs):
                attr[cs] = self.space(cs, getattr(obj, cs).name)

    def space(self, cs: str, name):
        """A colour space's name as pdfplumber decodes it (`resolve_and_decode`), once per name."""
        try:
            return self.spaces[(cs, type(name), name)]
        except KeyError:
            decoded = self.spaces[(cs, type(name), name)] = self.decode(name)
            return decoded
        except TypeError:  # unhashable
            return self.decode(name)

    def _place(self, attr: dict) -> dict:
        """Page coordinates (top, bottom, doctop; x shifted by the MediaBox), as pdfplumber places objects."""
        if "y0" in attr:
            attr["top"] = (self.height - attr["y1"]) + self.mb_top
            attr["bottom"] = (self.height - attr["y0"]) + self.mb_top
            attr["doctop"] = self.doctop + attr["top"]
        if "x0" in attr and self.mb_x0 != 0:
            attr["x0"] = attr["x0"] + self.mb_x0
            attr["x1"] = attr["x1"] + self.mb_x0
        return attr


class PageChars:
    """A page's characters sorted by vertical middle, for picking the ones inside a box."""

    def __init__(self, chars: list[dict]):
        self.chars = chars
        middles = [((c["top"] + c["bottom"]) / 2, i) for i, c in enumerate(chars)]
        middles.sort()
        self.order = [i for _, i in middles]
        self.mids = [m for m, _ in middles]
        self._rows: dict[tuple, tuple[list[float], list[int]]] = {}

    def _row(self, top: float, bottom: float) -> tuple[list[float], list[int]]:
        """The characters whose vertical middle lies in [top, bottom), sorted by horizontal middle."""
        key = (top, bottom)
        if key not in self._rows:
            chars = self.chars
            band = sorted(((chars[i]["x0"] + chars[i]["x1"]) / 2, i)
                          for i in self.order[bisect_left(self.mids, top):bisect_left(self.mids, bottom)])
            self._rows[key] = ([h for h, _ in band], [i for _, i in band])
        return self._rows[key]

    def inside(self, box) -> list[dict]:
        """The characters whose middle lies in [x0, x1) x [top, bottom), in page order (`Table.extract`'s test)."""
        x0, top, x1, bottom = box
        hmids, index = self._row(top, bottom)
        picked = index[bisect_left(hmids, x0):bisect_left(hmids, x1)]
        picked.sort()
        return [self.chars[i] for i in picked]


def cell_texts(rows, chars: PageChars) -> list[list[str | None]]:
    """What `Table.extract()` returns for a table's rows (lists of cell boxes, None where merged)."""
    text = _CellText()
    out = []
    for row in rows:
        texts: list[str | None] = []
        for cell in row:
            if cell is None:
                texts.append(None)
                continue
            inside = _without_overlaid_spaces(chars.inside(cell))
            texts.append(text(inside) if inside else "")
        out.append(texts)
    return out


#: the glyphs a figure is printed with
_FIGURE_GLYPHS = frozenset("0123456789.,%-")


def _without_overlaid_spaces(chars: list[dict]) -> list[dict]:
    """The characters but the spaces printed under a figure's glyph on its line: Word pads a right-aligned figure
    with space glyphs laid over its digits, read in place as `1 0 0,00%`. A space between two words stands between
    their glyphs (a kerned word's may touch them)."""
    spaces = [c for c in chars if not c.get("text", "").strip()]
    if not spaces:
        return chars
    glyphs = [c for c in chars if c.get("text", "").strip()]

    def overlaid(s: dict) -> bool:  # its middle under a figure's glyph (kerned words' spaces only touch letters)
        middle = (s["x0"] + s["x1"]) / 2
        return any(abs(g["top"] - s["top"]) < 1 and g["x0"] < middle < g["x1"] and g["text"] in _FIGURE_GLYPHS
                   for g in glyphs)

    dropped = {id(s) for s in spaces if overlaid(s)}
    return [c for c in chars if id(c) not in dropped] if dropped else chars


class _CellText:
    """pdfplumber's `extract_text(chars)` with its defaults, one word extractor for every cell (building one,
    and the text map that only joins the words when lines run top to bottom and characters left to right,
    cost as much as the text itself)."""

    def __init__(self):
        from pdfplumber.utils.clustering import cluster_objects
        from pdfplumber.utils.text import (
            DEFAULT_X_TOLERANCE,
            DEFAULT_Y_TOLERANCE,
            WordExtractor,
            extract_text,
            get_line_cluster_key,
        )

        self.extractor = WordExtractor()
        self.cluster, self.fallback = cluster_objects, extract_text
        self.plain = self.extractor.line_dir == "ttb" and self.extractor.char_dir == "ltr"
        self.key = get_line_cluster_key(self.extractor.line_dir)
        self.tolerance = DEFAULT_Y_TOLERANCE if self.extractor.line_dir in ("ttb", "btt") else DEFAULT_X_TOLERANCE

    def __call__(self, chars: list[dict]) -> str:
        if not self.plain:
            return self.fallback(chars)
        words = self.extractor.extract_words(chars)
        lines = self.cluster(words, self.key, self.tolerance)
        return "\n".join(" ".join(word["text"] for word in line) for line in lines)
