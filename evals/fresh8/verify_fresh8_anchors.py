"""Check the fresh8 question files against the fresh8 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh8/verify_fresh8_anchors.py

Adapted from evals/fresh7/verify_fresh7_anchors.py.  For every question file
evals/fresh8/<stem>.jsonl there must be a guide evals/fresh8/guides/<stem>.* and the other way
round.  For every row: the fields are exactly those of the evals/dev format, ids are unique, split
is "fresh8", ask is one of the known kinds.  For every in-scope row: exactly one gold entry naming
the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no tab and no
line break, occurs verbatim inside one text unit of the guide and occurs exactly once in the
whole guide; every key and the lead occur verbatim inside one text unit.  Text units are:

  .md          one line of the file (raw text).  The guide is a Logseq outliner page, so an
               anchor, key or lead may not contain Logseq markup: page links [[ ]], block
               references (( )), property separators ::, bold **, tags #, macros {{ }}, table
               bars |, backticks, or the #+BEGIN_/#+END_ admonition lines, and may not start with
               the "- " of a block;
  .txt         one line of the file, decoded with the encoding that make_fresh8_guides.ENCODINGS
               names (cp1252 for the Notepad FAQ; the file must NOT be valid UTF-8 and must have
               CRLF line ends).  An anchor, key or lead may not contain the "====" rules or the
               "Q:" / "A:" prefixes;
  .html        one block element (p, li, td, th, dt, dd, h1-h6, caption, title, summary, pre) with
               inline tags (span, a, em, strong, b, i, sub, sup, code, ...) removed, entities
               decoded and whitespace normalised (the Word page is wrapped at 76 columns, so
               its lines break inside sentences; the no-break spaces of the Word list labels
               become spaces).  An anchor, key or lead may not contain TeX ($, backslash) from
               the Stack Exchange page, or the Word list bullet (U+00B7), the footnote markers
               "[1]" / "[2]" or a no-break space from the Word page;
  .docx/.pdf   one unit as held in make_fresh8_guides.py (visible_strings()): paragraph, table
               cell, table-of-contents line, header or footer line; a DOCX paragraph holds "\\t"
               for each w:tab, so that nothing straddles a tab.  marker_strings() is the same
               list here and deleted_strings() is empty.

The built files are re-read as a cross-check:
  .docx        lxml over word/document.xml, header and footer parts: every w:p (including the
               table-of-contents paragraphs inside the w:sdt) is one unit made of its OWN w:t
               texts (w:tab and w:br as a space, field codes left out, the cached results of the
               REF and fldSimple fields kept); an anchor, key or lead must lie inside one of them
               (a miss is a failure).  A note is printed when python-docx (paragraph.text of the
               body paragraphs, the cells of the tables, header and footer) does not hold it:
               python-docx skips the w:sdt of the table of contents and the w:fldSimple runs;
  .pdf         pdfplumber, page by page.  An anchor, key or lead must come out,
               whitespace-normalised, inside one page text; one that is cut by a sub- or
               superscript, a wrapped table cell or a line end does not (a note only).

Out-of-scope rows must have empty gold, key and lead, and each must have an entry in OUT_PROBES:
regular expressions for the thing it asks about, none of which may match the text of ANY guide
of the project (corpus/, tests/fixtures/gallery/, evals/*/guides/ and, when present,
../shared/real-guides/; .pdf through pdfplumber, .docx through the XML of its parts, .html with
tags removed, .txt/.md raw).  Each file needs at least 30 in-scope and 7 out-of-scope rows, and
each guide must have 1,200-3,000 words of visible text (raw text for .md/.txt, text outside tags,
scripts and styles for .html, the generator's text units for .docx/.pdf).  Exits non-zero on any
failure.
"""

from __future__ import annotations

import collections
import html
import importlib.util
import json
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GUIDES = HERE / "guides"
SPLIT = "fresh8"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why",
        "misspelled"}
BLOCKS = {"p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "caption",
          "title", "summary", "pre"}
INLINE = {"code", "sub", "sup", "em", "strong", "b", "i", "a", "span", "kbd", "abbr", "small",
          "img", "time", "o:p"}
MIN_IN, MIN_OUT = 30, 7
MIN_WORDS, MAX_WORDS = 1200, 3000
LOGSEQ_MARKUP = ("[[", "]]", "((", "))", "::", "**", "#", "{{", "}}", "|", "`")
NOTEPAD_MARKUP = ("====", "Q:", "A:")
HTML_MARKUP = ("$", "\\", "\u00b7", "[1]", "[2]", "\u00a0")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Out-of-scope probes: patterns (case-insensitive) for what each out-of-scope question asks
# about.  None of them may occur in any guide of the project.
OUT_PROBES: dict[str, list[str]] = {
    "fi-039": ["Japp", "Klingemann"],
    "fi-040": ["iodoaniline", r"Larock.{0,60}(Pd|palladium)"],
    "fi-041": ["Bischler"],
    "fi-042": ["Ehrlich"],
    "fi-043": ["POCl3", r"formylation of (the |an |my )?indole"],
    "fi-044": ["DMF-DMA", "dimethylformamide dimethyl acetal", "o-nitrotoluene"],
    "fi-045": ["interrupted Fischer", "indolenine"],
    "fi-046": ["SnCl2", r"diazonium.{0,60}hydrazine", r"hydrazine.{0,60}diazonium"],
    "mp-038": ["indium"],
    "mp-039": ["Kofler", r"hot[- ]stage"],
    "mp-040": ["Siwoloboff", r"inverted[- ]capillary"],
    "mp-041": [r"van ?'?t Hoff", "cryoscopic", r"mole[- ]fraction purity"],
    "mp-042": ["eutectic composition"],
    "mp-043": ["Fisher-Johns", "cover glass"],
    "mp-044": ["Abbe", "refractometer", "refractive index"],
    "da-041": ["tetrazine"],
    "da-042": ["kbar", "kilobar"],
    "da-043": [r"intramolecular Diels", r"\bIMDA\b", r"\btether"],
    "da-044": ["oxazaborolidin", r"enantioselective Diels"],
    "da-045": [r"aza-Diels", r"imino-Diels"],
    "da-046": ["iodolacton"],
    "da-047": ["anthracene"],
    "nit-042": ["Zinin", r"Na2S\b.{0,40}nitro", r"nitro.{0,40}Na2S\b"],
    "nit-043": ["bismuth nitrate", r"ipso-nitrat"],
    "nit-044": ["vicarious"],
    "nit-045": ["nitropyridine", r"nitrat\w*.{0,60}N-oxide", r"N-oxide.{0,60}nitrat"],
    "nit-046": ["claycop", "montmorillonite", "clay-supported"],
    "nit-047": ["Menke", r"Cu\(NO3\)2.{0,40}(Ac2O|acetic anhydride)",
                r"(Ac2O|acetic anhydride).{0,40}Cu\(NO3\)2"],
    "nit-048": ["adiabatic"],
    "bm-043": ["resonant acoustic"],
    "bm-044": ["twin-screw", "extrusion", "extruder"],
    "bm-045": ["cryomill", "cryo-mill", "cryogenic mill"],
    "bm-046": ["synchrotron"],
    "bm-047": ["mechanochemical Grignard", r"Grignard.{0,80}(ball mill|milling jar)", "THF per mg"],
    "bm-048": [r"energy per (collision|impact|hit)", r"\bJ per (collision|impact)"],
    "bm-049": ["Retsch", r"MM ?400"],
    "cb-043": ["bulk tank", r"self-pressuri[sz]"],
    "cb-044": ["kg of dry ice", r"dry ice per lit(re|er)"],
    "cb-045": ["heat capacity", "specific heat"],
    "cb-046": ["ammonium nitrate", "cold pack"],
    "cb-047": ["liquid helium"],
    "cb-048": ["oxygen depletion", "oxygen monitor", r"O2 (alarm|monitor)"],
    "cb-049": ["sublimation rate", "grams per hour", r"\bg/h\b"],
}


class _BlockText(HTMLParser):
    """Text of each block element, whitespace-normalised (nested blocks also count whole)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self.visible: list[str] = []
        self._stack: list[list[str]] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self._skip += 1
        if tag in BLOCKS:
            self._stack.append([])
        if tag not in INLINE:
            self.visible.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self._skip -= 1
        if tag in BLOCKS and self._stack:
            text = " ".join("".join(self._stack.pop()).split())
            self.units.append(text)
            if self._stack:
                self._stack[-1].append(" " + text + " ")
        if tag not in INLINE:
            self.visible.append(" ")

    def handle_data(self, data):
        if self._skip == 0:
            self.visible.append(data)
            if self._stack:
                self._stack[-1].append(data)


def _html_units(raw: str) -> tuple[list[str], str]:
    parser = _BlockText()
    parser.feed(raw)
    parser.close()
    visible = " ".join(html.unescape("".join(parser.visible)).split())
    return parser.units, visible


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_fresh8_guides",
                                                  HERE / "make_fresh8_guides.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def guide_units(gen, failures: list[str]) -> dict[str, tuple[list[str], str, str, list[str] | None]]:
    """stem -> (text units, whole visible text, kind, marker-checked units or None)."""
    out: dict[str, tuple[list[str], str, str, list[str] | None]] = {}
    for path in sorted(GUIDES.iterdir()):
        enc = gen.ENCODINGS.get(path.stem, "utf-8")
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            out[path.stem] = (text.splitlines(), text, ".md", None)
        elif path.suffix == ".txt":
            data = path.read_bytes()
            if enc != "utf-8":
                try:
                    data.decode("utf-8")
                    failures.append(f"{path.name}: declared {enc} but decodes as UTF-8")
                except UnicodeDecodeError:
                    pass
                if b"\r\n" not in data or data.replace(b"\r\n", b"").count(b"\n"):
                    failures.append(f"{path.name}: expected CRLF line ends only")
            text = data.decode(enc)
            out[path.stem] = (text.splitlines(), text, ".txt", None)
        elif path.suffix == ".html":
            raw = path.read_bytes().decode(enc)
            units, visible = _html_units(raw)
            out[path.stem] = (units, visible, ".html", None)
    marked = gen.marker_strings()
    for stem, units in gen.visible_strings().items():
        out[stem] = (units, "\n".join(units), gen.SUFFIXES[stem], marked[stem])
    return out


def _norm(s: str) -> str:
    return " ".join(s.split())


def _own_text(p) -> str:
    """Text of one w:p without the text of paragraphs nested in it (text boxes)."""
    parts: list[str] = []
    for el in p.iter(W + "t", W + "tab", W + "br", W + "noBreakHyphen"):
        anc = el.getparent()
        while anc is not None and anc.tag != W + "p":
            anc = anc.getparent()
        if anc is not p:
            continue
        if el.tag == W + "t":
            parts.append(el.text or "")
        elif el.tag == W + "noBreakHyphen":
            parts.append("-")
        else:
            parts.append(" ")
    return _norm("".join(parts))


def docx_units_lxml(path: Path) -> list[str]:
    """One unit per w:p in document, header and footer parts (own w:t texts)."""
    from lxml import etree

    units: list[str] = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.fullmatch(
            r"word/(document|header\d*|footer\d*|footnotes)\.xml", n)]
        for name in sorted(names):
            root = etree.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                text = _own_text(p)
                if text:
                    units.append(text)
    return units


def binary_texts() -> dict[str, list[str]]:
    """Re-extracted text of the built .docx (lxml, per w:p) and .pdf (pdfplumber, per page)."""
    texts: dict[str, list[str]] = {}
    for path in sorted(GUIDES.glob("*.docx")):
        texts[path.stem] = docx_units_lxml(path)
    for path in sorted(GUIDES.glob("*.pdf")):
        import pdfplumber

        pages: list[str] = []
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                pages.append(_norm(page.extract_text() or ""))
        texts[path.stem] = pages
    return texts


def python_docx_texts() -> dict[str, list[str]]:
    """What python-docx's paragraph.text returns for body paragraphs, the cells of the tables,
    header and footer (no w:sdt content, no w:fldSimple runs)."""
    import docx

    out: dict[str, list[str]] = {}
    for path in sorted(GUIDES.glob("*.docx")):
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [p.text for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
        parts += [p.text for s in d.sections for p in s.header.paragraphs + s.footer.paragraphs]
        out[path.stem] = [_norm(p) for p in parts if p.strip()]
    return out


def _guide_text_any(path: Path) -> str:
    """Plain text of any guide file of the project (for the out-of-scope probes)."""
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if suf == ".docx":
        parts = []
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if n.startswith("word/") and n.endswith(".xml"):
                    x = z.read(n).decode("utf-8", "replace")
                    x = re.sub(r"</w:p>", "\n", x)
                    parts.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(parts)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    if suf == ".html":
        text = re.sub(r"(?s)<(script|style)[^>]*>.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def all_project_guides() -> list[Path]:
    dirs = [ROOT / "corpus", ROOT / "tests" / "fixtures" / "gallery"]
    dirs += sorted(p for p in (ROOT / "evals").glob("*/guides") if p.is_dir())
    shared = ROOT.parent / "shared" / "real-guides"
    if shared.is_dir():
        dirs.append(shared)
    files = []
    for d in dirs:
        if d.is_dir():
            files += [p for p in sorted(d.iterdir()) if p.suffix.lower() in
                      (".md", ".txt", ".html", ".pdf", ".docx")]
    return files


def _markup_for(kind: str) -> tuple[str, ...]:
    return {".md": LOGSEQ_MARKUP, ".txt": NOTEPAD_MARKUP, ".html": HTML_MARKUP}.get(kind, ())


def main() -> int:
    gen = _load_generator()
    failures: list[str] = []
    notes: list[str] = []
    units = guide_units(gen, failures)
    binaries = binary_texts()
    pydocx = python_docx_texts()
    deleted = gen.deleted_strings()
    probes = OUT_PROBES
    for stem, (_, whole, kind, _) in sorted(units.items()):
        n_words = len(whole.split())
        print(f"guide {stem} ({kind}): {n_words} words")
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            failures.append(f"guide {stem}: {n_words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        if not (HERE / f"{stem}.jsonl").exists():
            failures.append(f"guide {stem} has no question file")
    total_in = total_out = 0
    all_ids: set[str] = set()
    out_rows: list[tuple[str, str]] = []
    for qfile in sorted(HERE.glob("*.jsonl")):
        stem = qfile.stem
        if stem not in units:
            failures.append(f"{qfile.name}: no guide with stem {stem}")
            continue
        unit_list, whole, kind, check_units = units[stem]
        markup = _markup_for(kind)
        n_in = n_out = 0
        asks: collections.Counter = collections.Counter()
        for line_no, line in enumerate(qfile.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                failures.append(f"{qfile.name}:{line_no}: blank line")
                continue
            q = json.loads(line)
            where = f"{qfile.name}:{line_no} {q.get('id')}"
            if list(q) != FIELDS:
                failures.append(f"{where}: fields {list(q)}")
                continue
            if q["id"] in all_ids:
                failures.append(f"{where}: duplicate id")
            all_ids.add(q["id"])
            if q["split"] != SPLIT or q["ask"] not in ASKS or q["scope"] not in ("in", "out"):
                failures.append(f"{where}: split/scope/ask {q['split']}/{q['scope']}/{q['ask']}")
            if not q["question"].strip():
                failures.append(f"{where}: empty question")
            if q["scope"] == "out":
                n_out += 1
                if q["gold"] or q["key"] or q["lead"]:
                    failures.append(f"{where}: out-of-scope with gold/key/lead")
                if not probes.get(q["id"]):
                    failures.append(f"{where}: out-of-scope row without probes")
                out_rows.append((where, q["id"]))
                continue
            n_in += 1
            asks[q["ask"]] += 1
            if len(q["gold"]) != 1 or q["gold"][0].get("guide") != stem or \
                    list(q["gold"][0]) != ["guide", "anchor"]:
                failures.append(f"{where}: gold must be one entry for guide {stem}")
                continue
            if not q["key"] or not q["lead"]:
                failures.append(f"{where}: in-scope row without key or lead")
            anchor = q["gold"][0]["anchor"]
            if not 20 <= len(anchor) <= 80:
                failures.append(f"{where}: anchor length {len(anchor)}")
            if anchor != anchor.strip() or "  " in anchor:
                failures.append(f"{where}: anchor with outer or double spaces: {anchor!r}")
            holders = [u for u in unit_list if anchor in u]
            if not holders:
                failures.append(f"{where}: anchor not inside one text unit: {anchor!r}")
            else:
                n = whole.count(anchor)
                if n != 1:
                    failures.append(f"{where}: anchor occurs {n} times in the guide: {anchor!r}")
            for s in [anchor] + q["key"] + [q["lead"]]:
                if "\t" in s or "\n" in s:
                    failures.append(f"{where}: tab or line break inside {s!r}")
                for m in markup:
                    if m in s:
                        failures.append(f"{where}: {kind} markup {m!r} inside {s!r}")
                if kind == ".md" and (s.startswith("- ") or s.startswith("#+")):
                    failures.append(f"{where}: Logseq block marker at the start of {s!r}")
                for d in deleted.get(stem, []):
                    if s and s in d:
                        failures.append(f"{where}: overlaps deleted text {d!r}: {s!r}")
                if check_units is not None and s and not any(s in u for u in check_units):
                    failures.append(f"{where}: not inside one marker-checked unit: {s!r}")
            for k in q["key"] + [q["lead"]]:
                if not k or k not in whole:
                    failures.append(f"{where}: key/lead not in guide: {k!r}")
                elif not any(k in u for u in unit_list):
                    failures.append(f"{where}: key/lead spans text units: {k!r}")
            if holders and q["lead"] not in q["key"] and not any(q["lead"] in u for u in holders):
                notes.append(f"{where}: lead is neither a key nor in the anchor's own unit")
            if stem in binaries:
                for s in [anchor] + q["key"] + [q["lead"]]:
                    if not any(_norm(s) in t for t in binaries[stem]):
                        if kind == ".docx":
                            failures.append(f"{where}: not inside one w:p of the built .docx: "
                                            f"{s!r}")
                        else:
                            notes.append(f"{where}: not found in one extracted {kind} page text "
                                         f"(sub/superscript, wrapped cell or line end): {s!r}")
            if stem in pydocx:
                for s in [anchor] + q["key"] + [q["lead"]]:
                    if not any(_norm(s) in t for t in pydocx[stem]):
                        notes.append(f"{where}: python-docx misses it: {s!r}")
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(asks.items()))
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope ({kinds})")
        total_in += n_in
        total_out += n_out
        if n_in < MIN_IN or n_out < MIN_OUT:
            failures.append(f"{qfile.name}: too few questions ({n_in} in, {n_out} out)")
    print(f"total: {total_in} in-scope, {total_out} out-of-scope")
    # out-of-scope probes against every guide of the project
    texts = {str(p.relative_to(ROOT.parent)): _guide_text_any(p) for p in all_project_guides()}
    print(f"out-of-scope probes checked against {len(texts)} guide files")
    for where, qid in out_rows:
        for pat in probes.get(qid, []):
            rx = re.compile(pat, re.I)
            hits = [name for name, t in texts.items() if rx.search(t)]
            if hits:
                failures.append(f"{where}: probe {pat!r} found in {', '.join(hits)}")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
