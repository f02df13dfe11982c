"""Check the fresh7 question files against the fresh7 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh7/verify_fresh7_anchors.py

Adapted from evals/fresh6/verify_fresh6_anchors.py.  For every question file
evals/fresh7/<stem>.jsonl there must be a guide evals/fresh7/guides/<stem>.* and the other way
round.  For every row: the fields are exactly those of the evals/dev format, ids are unique, split
is "fresh7", ask is one of the known kinds.  For every in-scope row: exactly one gold entry naming
the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no tab and no
line break, occurs verbatim inside one text unit of the guide and occurs exactly once in the
whole guide; every key and the lead occur verbatim inside one text unit.  Text units are:

  .md          one line of the file (raw text).  The guide is MkDocs-Material source, so an
               anchor, key or lead may not contain Markdown or MkDocs markup: **, *, backticks,
               HTML tags, table bars, admonition heads (!!!, ???), content-tab heads (===), the
               quotes around admonition and tab titles, abbreviation definitions (*[), snippet
               includes (--8<--), icon shortcodes (:material-), attribute lists ({ .), tilde
               subscripts (~) or annotation markers ((1), (2));
  .txt         one line of the file.  Two kinds:
               DokuWiki source (first line "~~NOTOC~~" or "======"): no DokuWiki markup inside
               an anchor, key or lead (**, //, '', [[ ]], (( )) footnotes, \\\\ line breaks,
               table bars | and ^, <note>/<WRAP> tags, {{ }}, ~~, heading =, ::: row spans) and
               no list marker at its start;
               fixed-width printed manual (contains form feeds): no table borders or bars
               (| +- +=), no asterisk box lines, no dot leaders (....) and no form feed;
  .html        one block element (p, li, td, th, dt, dd, h1-h6, caption, title, summary, and -
               new in fresh7, for the Jupyter export - pre, which holds code cells and text
               outputs), with inline tags (span, a, em, strong, code, sup, ...) removed and
               entities decoded.  An anchor, key or lead may not contain the notebook's prompt
               or permalink text ("In [", "Out[", the pilcrow) or TeX math ($, backslash);
  .docx/.pdf   one unit as held in make_fresh7_guides.py (visible_strings()): paragraph, clause,
               list item, table cell, figure box, caption, form line, header or footer line; a
               DOCX paragraph holds "\\t" for each w:tab and "\\n" for each w:br, so that nothing
               straddles a tab or a line break.  marker_strings() is the same list here (no
               footnotes in this part) and deleted_strings() is empty.

The built files are re-read as a cross-check:
  .docx        lxml over word/document.xml, header and footer parts: every w:p is one unit made
               of its OWN w:t texts (w:tab and w:br as a space, w:noBreakHyphen as "-",
               w:instrText of the fields left out; the paragraphs of the text box are their own
               units and, because Word stores the box twice - DrawingML and the VML fallback -
               occur twice); an anchor, key or lead must lie inside one of them (a miss is a
               failure).  A note is printed when python-docx (paragraph.text of the body
               paragraphs, the cells of the tables, header and footer) does not hold it:
               python-docx does not read text boxes;
  .pdf         pdfplumber, page by page.  An anchor, key or lead must come out,
               whitespace-normalised, inside one page text; one that is cut by a wrapped table
               cell, a line end or the text of a neighbouring cell printed on the same line does
               not (a note only).

Out-of-scope rows must have empty gold, key and lead.  Each file needs at least 30 in-scope and
7 out-of-scope rows, and each guide must have 1,200-3,000 words of visible text (raw text for
.md/.txt, text outside tags, scripts and styles for .html, the generator's text units for
.docx/.pdf).  Exits non-zero on any failure.
"""

from __future__ import annotations

import collections
import html
import importlib.util
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUIDES = HERE / "guides"
SPLIT = "fresh7"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why",
        "misspelled"}
BLOCKS = {"p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "caption",
          "title", "summary", "pre"}
INLINE = {"code", "sub", "sup", "em", "strong", "b", "i", "a", "span", "kbd", "abbr", "small",
          "img"}
MIN_IN, MIN_OUT = 30, 7
MIN_WORDS, MAX_WORDS = 1200, 3000
MKDOCS_MARKUP = ("**", "*", "`", "<", ">", "|", "!!!", "???", "===", '"', "*[", "--8<--",
                 ":material-", "{ .", "~", "(1)", "(2)", "[^", "[[")
DOKU_MARKUP = ("**", "//", "''", "[[", "]]", "((", "))", "\\\\", "|", "^", "<note", "</note",
               "<WRAP", "</WRAP", "{{", "}}", "~~", "==", ":::")
MANUAL_MARKUP = ("|", "+-", "+=", "***", "....", "\f")
HTML_MARKUP = ("In [", "In\u00a0[", "Out[", "\u00b6", "$", "\\")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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
    visible = " ".join(html.unescape("".join(parser.visible)).split())
    return parser.units, visible


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_fresh7_guides",
                                                  HERE / "make_fresh7_guides.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _txt_kind(text: str) -> str:
    first = text.lstrip("\n").splitlines()[0] if text.strip() else ""
    if first.startswith("~~NOTOC~~") or first.startswith("======"):
        return "doku"
    if "\f" in text:
        return "manual"
    return "txt"


def guide_units() -> dict[str, tuple[list[str], str, str, list[str] | None]]:
    """stem -> (text units, whole visible text, kind, marker-checked units or None)."""
    out: dict[str, tuple[list[str], str, str, list[str] | None]] = {}
    for path in sorted(GUIDES.iterdir()):
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            out[path.stem] = (text.splitlines(), text, ".md", None)
        elif path.suffix == ".txt":
            text = path.read_text(encoding="utf-8")
            # str.splitlines() also splits at form feeds, which is what we want: the form feed
            # starts a new page and the header line after it is its own unit
            out[path.stem] = (text.splitlines(), text, "." + _txt_kind(text), None)
        elif path.suffix == ".html":
            raw = path.read_text(encoding="utf-8")
            units, visible = _html_units(raw)
            out[path.stem] = (units, visible, ".html", None)
    gen = _load_generator()
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
    import zipfile

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
    header and footer (no text boxes)."""
    import docx

    out: dict[str, list[str]] = {}
    for path in sorted(GUIDES.glob("*.docx")):
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [p.text for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
        parts += [p.text for s in d.sections for p in s.header.paragraphs + s.footer.paragraphs]
        out[path.stem] = [_norm(p) for p in parts if p.strip()]
    return out


def _markup_for(kind: str) -> tuple[str, ...]:
    return {".md": MKDOCS_MARKUP, ".doku": DOKU_MARKUP, ".manual": MANUAL_MARKUP,
            ".html": HTML_MARKUP}.get(kind, ())


def main() -> int:
    units = guide_units()
    binaries = binary_texts()
    pydocx = python_docx_texts()
    gen = _load_generator()
    deleted = gen.deleted_strings()
    failures: list[str] = []
    notes: list[str] = []
    for stem, (_, whole, kind, _) in sorted(units.items()):
        n_words = len(whole.split())
        print(f"guide {stem} ({kind}): {n_words} words")
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            failures.append(f"guide {stem}: {n_words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        if not (HERE / f"{stem}.jsonl").exists():
            failures.append(f"guide {stem} has no question file")
    total_in = total_out = 0
    all_ids: set[str] = set()
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
                if kind == ".doku" and s[:2] in ("* ", "- "):
                    failures.append(f"{where}: DokuWiki list marker at the start of {s!r}")
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
                                         f"(wrapped cell, line end or neighbouring cell): "
                                         f"{s!r}")
            if stem in pydocx:
                for s in [anchor] + q["key"] + [q["lead"]]:
                    if not any(_norm(s) in t for t in pydocx[stem]):
                        notes.append(f"{where}: python-docx misses it (text box): {s!r}")
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(asks.items()))
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope ({kinds})")
        total_in += n_in
        total_out += n_out
        if n_in < MIN_IN or n_out < MIN_OUT:
            failures.append(f"{qfile.name}: too few questions ({n_in} in, {n_out} out)")
    print(f"total: {total_in} in-scope, {total_out} out-of-scope")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
