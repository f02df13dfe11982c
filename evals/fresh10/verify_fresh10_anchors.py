"""Check the fresh10 question files against the fresh10 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh10/verify_fresh10_anchors.py

Adapted from evals/fresh9/verify_fresh9_anchors.py.  For every question file
evals/fresh10/<stem>.jsonl there must be a guide evals/fresh10/guides/<stem>.* and the other way
round.  For every row: the fields are exactly those of the evals/dev format, ids are unique,
split is "fresh10", ask is one of the known kinds.  For every in-scope row: exactly one gold
entry naming the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no
tab and no line break, occurs verbatim inside one text unit of the guide and occurs exactly once
in the whole guide; every key and the lead occur verbatim inside one text unit.  Text units are:

  .md          one line of the file (raw text).  The guide is a Zotero note exported as
               Markdown, whose annotation lines carry <span ... data-annotation="..."> markup
               around the quoted text, so an anchor, key or lead may not contain Markdown or
               HTML markup: **, backticks, table bars |, braces { }, angle brackets < >, "](",
               or "%7B", and may not start with a list marker ("- ", "1. ") or a "#";
  .txt         the man page (make_fresh10_guides.MAN_STEMS): one line as a terminal shows it,
               i.e. with the overstrike sequences (c BACKSPACE c for bold, _ BACKSPACE c for
               underline) removed (make_fresh10_guides.man_plain_lines()).  The file itself
               must be UTF-8, contain overstrike, have no tab and no form feed, and consist of
               66-line pages, each with the running header and a footer;
  .html        the text between two block boundaries: every tag that is not inline (span, a,
               b, i, em, strong, sub, sup, code, small, dfn, ...) and every <br> ends a unit,
               and the text of <pre> is split at its line breaks.  Entities are decoded,
               SOFT HYPHENS (U+00AD, which the EPUB chapter puts into every long word) are
               removed and whitespace is normalised.  An anchor, key or lead may not contain a
               no-break space or a soft hyphen;
  .docx/.pdf   one unit as held in make_fresh10_guides.py (visible_strings()): header, date,
               footer, page number, slide footer, slide title, subtitle, bullet, numbered step,
               table cell or notes paragraph of the Impress notes pages; paragraph of the Word
               document (body, tables, header, footer, endnotes) or paragraph of a SmartArt
               diagram.

The built files are re-read as a cross-check:
  .docx        lxml over word/document.xml, the header, footer and endnotes parts (one unit per
               w:p, its own w:t texts, w:tab and w:br as a space, field codes left out, cached
               field results kept) and over word/diagrams/data*.xml (one unit per a:p of the
               SmartArt points); an anchor, key or lead must lie inside one of them (a miss is a
               failure).  A note is printed when python-docx (paragraph.text of the body
               paragraphs, the table cells, header and footer) does not hold it: python-docx
               reads neither the SmartArt data nor the endnotes;
  .pdf         pdfplumber, page by page.  An anchor, key or lead must come out,
               whitespace-normalised, inside one page text; one that is cut by a wrapped table
               cell does not (a note only).

Out-of-scope rows must have empty gold, key and lead, and each must have an entry in OUT_PROBES:
regular expressions for the thing it asks about, none of which may match the text of ANY guide
of the project (corpus/, tests/fixtures/gallery/, evals/*/guides/ and, when present,
../shared/real-guides/; .pdf through pdfplumber, .docx through the XML of all its word/ parts
(SmartArt data included), .html with tags removed, .txt/.md raw, a MIME .txt decoded; soft
hyphens and overstrike removed).  The other way round, none of the six fresh10 guides may match
an out-of-scope probe of the earlier parts (OUT_PROBES of evals/fresh8 and evals/fresh9), a
pattern of EARLIER_OUT_TERMS of evals/fresh9, or a pattern of EXTRA_OUT_TERMS below (key terms
of out-of-scope questions of the other question sets that touch the fresh10 topics, read by
hand), so that no earlier out-of-scope question becomes answerable.  Each file needs 38-42
in-scope and at least 7 out-of-scope rows, and each guide must have 1,500-2,500 words of visible
text (raw text for .md, the lines without overstrike for the man page, text outside tags,
scripts, styles and the head for .html, the generator's text units for .docx/.pdf).  Exits
non-zero on any failure.
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
SPLIT = "fresh10"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why",
        "misspelled"}
INLINE = {"span", "a", "b", "i", "em", "strong", "sub", "sup", "code", "small", "kbd", "abbr",
          "font", "input", "img", "time", "u", "s", "mark", "label", "dfn"}
SPLIT_LINES = {"pre", "textarea"}
MIN_IN, MAX_IN, MIN_OUT = 38, 42, 7
MIN_WORDS, MAX_WORDS = 1500, 2500
SHY = "\u00ad"
MD_MARKUP = ("**", "`", "|", "{", "}", "<", ">", "](", "%7B")
HTML_MARKUP = ("\u00a0", SHY)
TXT_MARKUP = ("\b",)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"

# Out-of-scope probes: patterns (case-insensitive) for what each out-of-scope question asks
# about.  None of them may occur in any guide of the project.
OUT_PROBES: dict[str, list[str]] = {
    "acl-042": ["Rosenmund", "BaSO4"],
    "acl-043": ["Meldrum"],
    "acl-044": ["Volhard", "Zelinsk", r"\bHVZ\b"],
    "acl-045": ["triphosgene"],
    "acl-046": ["sulfonate.{0,80}(SOCl2|thionyl)", "(SOCl2|thionyl chloride).{0,80}sulfon"],
    "acl-047": ["diketene", "(β|beta)-lactone"],
    "acl-048": ["Barton", "thiohydroxamate", "hydroxypyridine-2-thione"],
    "gly-043": ["Zempl", "deacetylat"],
    "gly-044": ["Ferrier", "glycal"],
    "gly-045": ["Crich", r"\bTf2O\b", "mannosylation"],
    "gly-046": ["sialyl", "sialic", "neuraminic"],
    "gly-047": ["glycosyltransferase", "UDP-"],
    "gly-048": ["glycan assembly", "Glyconeer"],
    "gly-049": ["glycosyl fluoride", "Cp2HfCl2", "AgClO4"],
    "ir-043": ["IR microscop", "microspectroscop", r"\bobjective\b"],
    "ir-044": [r"\bVCD\b", "vibrational circular"],
    "ir-045": [r"\bDRIFTS (spectr|cell|accessory|measurement|of a)", "diffuse reflectance"],
    "ir-046": ["gas cell", "gas-phase IR"],
    "ir-047": [r"\bDFT\b", "B3LYP", "scaling factor"],
    "ir-048": ["near-infrared", r"\bNIR\b"],
    "ir-049": [r"\bMCT\b", "mercury cadmium"],
    "lr-043": ["Willgerodt", "Kindler"],
    "lr-044": ["NaSH", "ammonium sulfide", r"\(NH4\)2S\b", "hydrosulfide"],
    "lr-045": ["Hantzsch thiazole", r"thiazole\b"],
    "lr-046": ["Eschenmoser"],
    "lr-047": ["Woollins", "selenoamide", "selenation"],
    "lr-048": ["Belleau", "Davy"],
    "lr-049": ["desulfuri[sz]", "Raney"],
    "wz-043": ["(α|alpha)-bromin", "bromoketone", "bromo ketone"],
    "wz-044": ["DBDMH", "hydantoin"],
    "wz-045": ["SO2Cl2", "sulfuryl chloride"],
    "wz-046": ["Sommelet", "hexamine", "hexamethylenetetramine"],
    "wz-047": ["Kornblum"],
    "wz-048": ["bromination in (continuous )?flow", "(NBS|bromination).{0,60}residence time",
             "residence time.{0,60}(NBS|bromination)"],
    "wz-049": ["bromohydrin"],
    "eh-043": ["Krapcho"],
    "eh-044": ["Me3SnOH", "trimethyltin hydroxide", "tin hydroxide"],
    "eh-045": ["pig liver", r"\bPLE\b"],
    "eh-046": ["nitrile hydrolys", r"hydroly\w* (of )?(the |a |an |my )?nitrile"],
    "eh-047": ["McKenna", "TMSBr", "bromotrimethylsilane", "phosphonate ester"],
    "eh-048": ["saponification value", "mg KOH"],
    "eh-049": ["BBr3", "boron tribromide"],
}

# Key terms of out-of-scope questions of the other question sets (evals/dev, evals/lay,
# evals/test, evals/real, evals/questions.jsonl, fresh2-fresh9) that touch the fresh10 topics
# and are not already in fresh9's EARLIER_OUT_TERMS.  None of them may occur in a fresh10 guide.
EXTRA_OUT_TERMS: list[str] = [
    # acid chlorides: amide/ester coupling reagents, acyl azides, homologation
    r"chloro-1-methylpyridinium", r"dipyridyl disulfide", r"\bTMSN3\b", r"silver benzoate",
    r"\bDPPA\b", r"\bDIC\b",
    # benzylic bromination: other halogenations
    r"\bCBr4\b", r"\bAppel\b", r"HBr.{0,20}H2SO4", r"Ph3PBr2", "bromoalkyne",
    # IR: in-line monitoring, sensors, chiroptical methods
    "ReactIR", r"temperature sensor", r"\bORD\b",
    # thionation: sulfur reagents and dithianes
    "thiophenol", "dithiane", r"HgCl2", "Kirmse",
    # ester hydrolysis: enzymes and tin catalysts
    "Otera", "distannoxane", r"pig liver", "esterase", "lipase",
    # general lab questions (questions.jsonl, evals/real, evals/dev)
    "runaway", r"DIPEA salts", r"bump trap", "eyewash", r"fire extinguisher",
    r"peroxide (test|strip)", r"glycol percentage", r"vane (vacuum )?pump",
]


class _Units(HTMLParser):
    """Text runs between block boundaries (non-inline tags and <br>)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self.visible: list[str] = []
        self._buf: list[str] = []
        self._skip = 0
        self._lines = 0

    def _flush(self):
        text = " ".join("".join(self._buf).split())
        if text:
            self.units.append(text)
        self._buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self._skip += 1
        if tag not in INLINE:
            self._flush()
            self.visible.append(" ")
        if tag in SPLIT_LINES:
            self._lines += 1

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self._flush()
            self.visible.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self._skip -= 1
        if tag in SPLIT_LINES:
            self._lines -= 1
        if tag not in INLINE:
            self._flush()
            self.visible.append(" ")

    def handle_data(self, data):
        if self._skip:
            # the <title> is inside <head>: keep it as a unit, but not as visible text
            if self.lasttag == "title":
                self._buf.append(data)
            return
        self.visible.append(data)
        if self._lines:
            parts = data.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._flush()
                self._buf.append(part)
        else:
            self._buf.append(data)


def _html_units(raw: str) -> tuple[list[str], str]:
    parser = _Units()
    parser.feed(raw.replace(SHY, "").replace("&#173;", "").replace("&shy;", ""))
    parser.close()
    parser._flush()
    visible = " ".join(html.unescape("".join(parser.visible)).split())
    return parser.units, visible


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _check_man(gen, path: Path, failures: list[str]) -> None:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        failures.append(f"{path.name}: not UTF-8")
        return
    if "\b" not in text:
        failures.append(f"{path.name}: no overstrike sequences")
    if "\t" in text or "\f" in text or "\r" in text:
        failures.append(f"{path.name}: tab, form feed or CR in the file")
    lines = text.split("\n")[:-1]
    if len(lines) % gen.MAN_PAGE_LINES:
        failures.append(f"{path.name}: {len(lines)} lines, not whole 66-line pages")
    plain = [re.sub(r".\x08", "", ln) for ln in lines]
    if plain != gen.man_plain_lines():
        failures.append(f"{path.name}: file differs from make_fresh10_guides.man_plain_lines()")
    for start in range(0, len(plain), gen.MAN_PAGE_LINES):
        page = plain[start:start + gen.MAN_PAGE_LINES]
        if not page[3].startswith(gen.MAN_TITLE) or not page[62].startswith(gen.MAN_SOURCE):
            failures.append(f"{path.name}: page at line {start + 1} lacks header or footer")


def guide_units(gen, failures: list[str]) -> dict[str, tuple[list[str], str, str]]:
    """stem -> (text units, whole visible text, kind)."""
    out: dict[str, tuple[list[str], str, str]] = {}
    for path in sorted(GUIDES.iterdir()):
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            out[path.stem] = (text.splitlines(), text, ".md")
        elif path.suffix == ".txt":
            if path.stem not in gen.MAN_STEMS:
                failures.append(f"{path.name}: unexpected .txt guide")
                continue
            _check_man(gen, path, failures)
            units = gen.man_plain_lines()
            out[path.stem] = (units, "\n".join(units), ".txt")
        elif path.suffix == ".html":
            raw = path.read_bytes().decode("utf-8")
            units, visible = _html_units(raw)
            out[path.stem] = (units, visible, ".html")
    for stem, units in gen.visible_strings().items():
        out[stem] = (units, "\n".join(units), gen.SUFFIXES[stem])
    return out


def _norm(s: str) -> str:
    return " ".join(s.split())


def _own_text(p) -> str:
    """Text of one w:p without the text of paragraphs nested in it (field codes left out)."""
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
    """One unit per w:p of document, header, footer and endnotes; one per a:p of SmartArt data."""
    from lxml import etree

    units: list[str] = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if re.fullmatch(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml", name):
                root = etree.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    text = _own_text(p)
                    if text:
                        units.append(text)
            elif re.fullmatch(r"word/diagrams/data\d+\.xml", name):
                root = etree.fromstring(z.read(name))
                for p in root.iter(A + "p"):
                    text = _norm("".join(t.text or "" for t in p.iter(A + "t")))
                    if text:
                        units.append(text)
    return units


def binary_texts() -> dict[str, list[str]]:
    """Re-extracted text of the built .docx (lxml) and .pdf (pdfplumber, per page)."""
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
    header and footer (no SmartArt text, no endnotes)."""
    import docx

    out: dict[str, list[str]] = {}
    for path in sorted(GUIDES.glob("*.docx")):
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [p.text for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
        parts += [p.text for s in d.sections for p in s.header.paragraphs + s.footer.paragraphs]
        out[path.stem] = [_norm(p) for p in parts if p.strip()]
    return out


def guide_text_any(v9, path: Path) -> str:
    """Plain text of any guide file of the project, as fresh9 extracts it, with soft hyphens
    and overstrike removed."""
    text = v9._guide_text_any(path)
    return re.sub(r".\x08", "", text.replace(SHY, ""))


def _markup_for(kind: str) -> tuple[str, ...]:
    return {".md": MD_MARKUP, ".txt": TXT_MARKUP, ".html": HTML_MARKUP}.get(kind, ())


def main() -> int:
    gen = _load("make_fresh10_guides", HERE / "make_fresh10_guides.py")
    v9 = _load("verify_fresh9_anchors", ROOT / "evals" / "fresh9" / "verify_fresh9_anchors.py")
    v8 = _load("verify_fresh8_anchors", ROOT / "evals" / "fresh8" / "verify_fresh8_anchors.py")
    failures: list[str] = []
    notes: list[str] = []
    units = guide_units(gen, failures)
    binaries = binary_texts()
    pydocx = python_docx_texts()
    for stem, (_, whole, kind) in sorted(units.items()):
        n_words = len(whole.split())
        print(f"guide {stem} ({kind}): {n_words} words")
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            failures.append(f"guide {stem}: {n_words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        if not (HERE / f"{stem}.jsonl").exists():
            failures.append(f"guide {stem} has no question file")
    total_in = total_out = 0
    all_asks: collections.Counter = collections.Counter()
    all_ids: set[str] = set()
    out_rows: list[tuple[str, str]] = []
    for qfile in sorted(HERE.glob("*.jsonl")):
        stem = qfile.stem
        if stem not in units:
            failures.append(f"{qfile.name}: no guide with stem {stem}")
            continue
        unit_list, whole, kind = units[stem]
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
                if not OUT_PROBES.get(q["id"]):
                    failures.append(f"{where}: out-of-scope row without probes")
                out_rows.append((where, q["id"]))
                continue
            if n_out:
                failures.append(f"{where}: in-scope row after an out-of-scope row")
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
                if kind == ".md" and re.match(r"(- |\d+\. |#)", s):
                    failures.append(f"{where}: Markdown block marker at the start of {s!r}")
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
                            failures.append(f"{where}: not inside one unit of the built .docx: "
                                            f"{s!r}")
                        else:
                            notes.append(f"{where}: not found in one extracted {kind} page text "
                                         f"(wrapped table cell): {s!r}")
            if stem in pydocx:
                for s in [anchor] + q["key"] + [q["lead"]]:
                    if not any(_norm(s) in t for t in pydocx[stem]):
                        notes.append(f"{where}: python-docx misses it: {s!r}")
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(asks.items()))
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope ({kinds})")
        all_asks.update(asks)
        total_in += n_in
        total_out += n_out
        if not MIN_IN <= n_in <= MAX_IN or n_out < MIN_OUT:
            failures.append(f"{qfile.name}: question counts ({n_in} in, {n_out} out)")
    print(f"total: {total_in} in-scope, {total_out} out-of-scope ("
          + ", ".join(f"{k} {v}" for k, v in all_asks.most_common()) + ")")
    # out-of-scope probes against every guide of the project
    texts = {str(p.relative_to(ROOT.parent)): guide_text_any(v9, p)
             for p in v9.all_project_guides()}
    print(f"out-of-scope probes checked against {len(texts)} guide files")
    for where, qid in out_rows:
        for pat in OUT_PROBES.get(qid, []):
            rx = re.compile(pat, re.I)
            hits = [name for name, t in texts.items() if rx.search(t)]
            if hits:
                failures.append(f"{where}: probe {pat!r} found in {', '.join(hits)}")
    # earlier out-of-scope questions must stay unanswerable: check the extracted texts and the
    # visible text of the units (the .html and the man page as a reader sees them)
    mine = {name: t for name, t in texts.items() if "/evals/fresh10/" in f"/{name}"}
    mine.update({f"{stem} (units)": whole for stem, (_, whole, _) in units.items()})
    checks = [(f"fresh8 {qid}", pat) for qid, pats in sorted(v8.OUT_PROBES.items())
              for pat in pats]
    checks += [(f"fresh9 {qid}", pat) for qid, pats in sorted(v9.OUT_PROBES.items())
               for pat in pats]
    checks += [("fresh9 earlier term", t) for t in v9.EARLIER_OUT_TERMS]
    checks += [("extra term", t) for t in EXTRA_OUT_TERMS]
    for label, pat in checks:
        rx = re.compile(pat, re.I)
        for name, t in mine.items():
            if rx.search(t):
                failures.append(f"{name}: matches {label} probe {pat!r}")
    print(f"{len(checks)} earlier out-of-scope probes/terms checked against the fresh10 guides")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
