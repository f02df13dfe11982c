"""Check the fresh15 question files against the fresh15 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh15/verify_fresh15_anchors.py

Adapted from evals/fresh14/verify_fresh14_anchors.py.  For every question file
evals/fresh15/<stem>.jsonl there must be a guide evals/fresh15/guides/<stem>.* and the other way
round.  For every row: the fields are exactly those of the evals/dev format, ids are unique,
split is "fresh15", ask is one of the known kinds.  For every in-scope row: exactly one gold
entry naming the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no
tab and no line break, occurs verbatim inside one text unit of the guide and occurs exactly once
in the whole guide; every key and the lead occur verbatim inside one text unit.  Text units are:

  .html  the Discourse topic (make_fresh15_guides.DISCOURSE_STEMS): the text between two block
         boundaries, where every tag that is not inline (span, a, b, code, sub, sup, ...) and
         every <br> ends a unit; entities decoded, whitespace normalised; scripts, styles and the
         head left out (the data-preloaded JSON is an attribute and is not text).  The page must
         have the post stream, quotes, the solved box, the wiki post, the topic map, the user card
         and the data-preloaded attribute.  An anchor, key or lead may not contain a no-break space;
  .pdf   the Chrome print of the WordPress post (CHROME_PDF_STEMS): one drawn text line as held in
         make_fresh15_guides.py (visible_strings()), Chrome's header and footer lines included.
         The file must have A4 pages, the Chrome creator and the Skia producer, and every anchor,
         key and lead must also come out of pdfplumber's text of one page (whitespace-normalised;
         a miss is a failure);
  .docx  the altChunk SOP (ALTCHUNK_STEMS): one native paragraph of word/document.xml, the header
         or the footer (lxml: one unit per w:p, its own w:t texts), or one block unit (as for the
         .html) of one of the imported HTML parts word/afchunk*.htm, decoded with the charset its
         meta element declares.  The native units must equal the generator's; the document must
         hold five w:altChunk elements whose aFChunk relationships point at HTML parts with a
         text/html content type, one of them in windows-1252.  A note is printed where python-docx
         (body paragraphs and table cells) does not hold a string;
  .md    the Jekyll / kramdown source (JEKYLL_STEMS): one source line, stripped.  The file must
         equal arb_text() and have its front matter, block IALs, Liquid tags and <details>
         blocks.  An anchor, key or lead may not contain kramdown or Liquid markup ({% %} {{ }}
         {: * | [ ] < > ` $$ ^ ~) and may not start with a list, quote, heading or definition
         marker;
  .csv   the help-centre export (ZENDESK_CSV_STEMS), read with csv.reader (comma): one block (p,
         li, h*, td, th, div) of an HTML cell, tags removed and entities decoded, or one line of a
         plain cell (prs_cell_units() of the generator).  The file must equal prs_text(), start
         with the header row "id,title,body,...", have no BOM, CRLF row ends with bare LF only
         inside quoted cells, one row width, HTML tables in cells, a draft row and a de row.  An
         anchor, key or lead may not contain "<" or ">";
  .txt   the Word plain-text SOP (WORD_TEXT_STEMS): one tab-separated cell of one line, stripped
         (mnh_units()).  The file must equal mnh_text(): UTF-8 with BOM, CRLF only, TOC lines with
         tabs, list markers "1.", "a)", "•", "o" and "§" followed by a tab.

Out-of-scope rows must have empty gold, key and lead, and each must have an entry in OUT_PROBES:
regular expressions for the thing it asks about, none of which may match the text of ANY guide
of the project (corpus/, tests/fixtures/gallery/, evals/*/guides/ and, when present,
../shared/real-guides/; extracted as fresh11 does, the fresh12, fresh13 and fresh14 guides as
their own verifiers do, and the fresh15 guides completely: the raw HTML, its tags-removed text,
its alt/title attributes and the decoded data-preloaded JSON; the pdfplumber text and the drawn
lines of the PDF; every XML part and every HTML chunk of the DOCX, raw and without tags; the CSV
as it is and without its HTML tags; the text files as they are).  The other way round, none of
the six fresh15 guides (complete text, text units, visible text, and all of them NFKC-normalised)
may match an out-of-scope probe of the earlier parts: OUT_PROBES of evals/fresh8 to
evals/fresh14, EARLIER_OUT_TERMS of evals/fresh9, EXTRA_OUT_TERMS of evals/fresh10 and
evals/fresh11, and fresh12's EARLIER_PROBES and lay probes, which cover every out-of-scope row of
the sets without probes of their own (evals/dev, evals/lay, evals/test, evals/real,
evals/questions.jsonl, fresh2-fresh7).  NARROWED (empty for this part) could replace one of those
patterns by a narrower one.  The verifier checks that fresh12's EARLIER_PROBES still covers every
such row and that every out-of-scope row of fresh8-fresh14 has probes in its own verifier.  Each
file needs 38-42 in-scope and at least 7 out-of-scope rows, and each guide must have 1,500-2,500
words of visible text (the decoded HTML outside tags, scripts, styles and the head; the drawn
lines of the PDF; the units of the .docx and the .csv; the .md and .txt files as they are).
Exits non-zero on any failure.
"""

from __future__ import annotations

import collections
import csv
import html
import importlib.util
import io
import json
import re
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GUIDES = HERE / "guides"
SPLIT = "fresh15"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why",
        "misspelled"}
INLINE = {"span", "a", "b", "i", "em", "strong", "sub", "sup", "code", "small", "kbd", "abbr",
          "font", "input", "img", "time", "u", "s", "mark", "label", "dfn", "tt"}
SPLIT_LINES = {"pre", "textarea"}
MIN_IN, MAX_IN, MIN_OUT = 38, 42, 7
MIN_WORDS, MAX_WORDS = 1500, 2500
GUIDE_SUFFIXES = (".md", ".txt", ".html", ".htm", ".pdf", ".docx", ".eml", ".csv")
HTML_MARKUP = ("\u00a0",)
CSV_MARKUP = ("<", ">")
JEKYLL_MARKUP = ("{%", "%}", "{{", "}}", "{:", "*", "|", "[", "]", "<", ">", "`", "$$", "^", "~")
MD_STARTS = ("- ", "* ", "> ", "#", ": ", "1. ", "2. ", "3. ", "4. ", "5. ", "6. ", "7. ")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Out-of-scope probes: patterns (case-insensitive) for what each out-of-scope question asks
# about.  None of them may occur in any guide of the project.
OUT_PROBES: dict[str, list[str]] = {
    # Michaelis-Arbuzov reaction (Jekyll / kramdown page source)
    "arb-043": ["Hirao", r"diethyl phosphite.{0,60}(\bPd\b|palladium)",
                r"(\bPd\b|palladium).{0,60}diethyl phosphite"],
    "arb-044": ["Abramov", "Pudovik", "hydroxyphosphonate"],
    "arb-045": ["Kabachnik", "aminophosphonate"],
    "arb-046": ["phosphonochloridate", "oxalyl chloride.{0,60}phosphon", r"phosphon\w*.{0,60}oxalyl chloride"],
    "arb-047": ["Seyferth", r"diazomethyl\)?phosphonate"],
    "arb-048": ["Atherton", "phosphoramidate", r"\bCCl4\b.{0,60}phosphite", r"phosphite.{0,60}\bCCl4\b"],
    "arb-049": [r"methylphosphonate.{0,80}(BuLi|\bLDA\b)", r"(BuLi|\bLDA\b).{0,60}phosphonate",
                "lithiated.{0,40}phosphonate"],
    # vacuum filtration (WordPress post printed to PDF from Chrome)
    "flt-043": ["Nutsche", "filter[- ]dryer"],
    "flt-044": ["bubble[- ]point"],
    "flt-045": [r"0\.22 ?[µu]m", r"steril\w* filt"],
    "flt-046": ["ultrafiltr", r"\bMWCO\b", r"dialys\w*.{0,60}polymer", "polymer.{0,60}dialys"],
    "flt-047": ["crucible", "ashless", "gravimetric"],
    "flt-048": ["calcin", "Celite.{0,60}(reuse|recover|re-use)", r"(reuse|recover|re-use)\w*.{0,60}Celite"],
    "flt-049": [r"ultrason\w*.{0,60}(sinter|frit)", "(sinter|frit).{0,60}ultrason"],
    # gas cylinders and regulators (Word SOP with HTML altChunks)
    "gcy-043": ["span gas", "bump[- ]test", r"(calibrat)\w*.{0,40}gas detector", "gas detector.{0,40}calibrat"],
    "gcy-044": ["hydrostatic", "cylinder.{0,40}(re-?test|periodic inspection)", "(re-?test|retested)"],
    "gcy-045": [r"\bCGA ?\d{3}", "DIN ?477", r"\bCGA\b"],
    "gcy-046": ["mass flow controller", r"\bMFC\b", "gas (blend|mixing panel)", r"blend\w* .{0,20}gases"],
    "gcy-047": [r"\bsilane\b", r"\barsine\b", "phosphine gas", "pyrophoric gas", r"\bCVD\b"],
    "gcy-048": [r"\bN5\.0\b", r"\bN4\.8\b", r"99\.999"],
    "gcy-049": ["gas booster", r"boost\w* .{0,30}pressure", "150 bar"],
    # Henry (nitroaldol) reaction (Discourse topic saved as HTML)
    "hny-043": [r"\bNef\b", "nitronate.{0,60}(ketone|aldehyde|carbonyl)"],
    "hny-044": ["nitro alcohol.{0,60}(reduc|hydrogenat|LiAlH4|Pd/C)", r"(reduc|hydrogenat)\w*.{0,60}nitro alcohol",
                "2-amino-1-(aryl|phenyl)ethanol"],
    "hny-045": [r"bis\(?oxazoline", r"asymmetric Henry.{0,80}(ligand|copper|\bee\b)"],
    "hny-046": ["aza-Henry", "nitro-Mannich", "nitromethane.{0,60}imine", "imine.{0,60}nitromethane"],
    "hny-047": ["nitromethane.{0,60}(chalcone|enone|Michael addition)", "(chalcone|enone).{0,60}nitromethane",
                "Michael addition of nitro"],
    "hny-048": ["silver nitrite", "AgNO2", "nitrite.{0,60}(alkyl (bromide|iodide)|iodoalkane)", "Kornblum"],
    "hny-049": ["flow.{0,40}Henry", "Henry (reaction )?in (continuous )?flow", r"nitro\w*.{0,60}Amberlyst",
                "Amberlyst.{0,60}nitro"],
    # Mannich reaction (Word SOP saved as plain text)
    "mnh-043": ["methiodide", r"quaterni[sz]\w*.{0,60}(Mannich|aminoketone)", r"\bMeI\b.{0,60}Mannich",
                r"Mannich.{0,60}(\bMeI\b|iodomethane)"],
    "mnh-044": ["proline.{0,40}(Mannich|catalys)", r"asymmetric Mannich.{0,60}(catalyst loading|\bee\b|mol ?%)"],
    "mnh-045": ["gramine", "indole.{0,60}Mannich", "Mannich.{0,60}indole"],
    "mnh-046": [r"\bBetti\b", "naphthol.{0,60}(benzaldehyde|aldehyde|ammonia)"],
    "mnh-047": ["aminoketone.{0,60}(reduc|NaBH4|borohydride)", "Mannich base.{0,60}(reduc|NaBH4|borohydride)"],
    "mnh-048": ["tramadol", "Mannich base.{0,80}Grignard", "Grignard.{0,80}Mannich base"],
    "mnh-049": ["tropinone", "acetonedicarboxyl"],
    # parallel reaction station (help-centre export, comma CSV)
    "prs-043": ["(ParaStat|reaction station|reaction block).{0,60}glove ?box",
                "glove ?box.{0,60}(ParaStat|reaction block)"],
    "prs-044": ["LED module", r"\bLED\b.{0,60}(ParaStat|12 positions|reaction station)",
                r"ParaStat.{0,60}(\bLED\b|photo)"],
    "prs-045": [r"\bUSB\b", "RS-?232", "data ?logg", "temperature.{0,30}to a (PC|computer)"],
    "prs-046": ["liquid[- ]handl", "automated sampling"],
    "prs-047": ["warranty (period|of|is|on)", r"\d+[- ]year warranty", "service contract"],
    "prs-048": ["gradient block", "different temperatures at once", "temperature gradient across"],
    "prs-049": [r"\bATEX\b", "explosion[- ]proof", r"Zone 1\b"],
}

# Earlier out-of-scope patterns that match a fresh15 guide without the guide answering the
# question, replaced (for the fresh15 check only) by narrower ones.  None are needed.
NARROWED: dict[str, str] = {}


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


def html_units(raw: str) -> tuple[list[str], str]:
    parser = _Units()
    parser.feed(raw)
    parser.close()
    parser._flush()
    visible = " ".join(html.unescape("".join(parser.visible)).split())
    return parser.units, visible


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _norm(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------------------- the layouts


def _check_discourse(raw: str, path: Path, failures: list[str]) -> None:
    for mark in ('id="data-preloaded" data-preloaded="', 'class="cooked"', 'class="quote no-group"',
                 'class="quote accepted-answer', 'post-action-menu__solved accepted', 'class="topic-post clearfix',
                 'class="topic-map', 'id="user-card"', 'class="more-topics__container"', 'class="time-gap',
                 'class="small-action', 'class="onebox', 'class="mention"', "wiki"):
        if mark not in raw:
            failures.append(f"{path.name}: {mark} missing: not a saved Discourse topic")


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _check_pdf(path: Path, failures: list[str]) -> None:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        sizes = {(round(float(p.width)), round(float(p.height))) for p in pdf.pages}
        meta = pdf.metadata
    if sizes != {(595, 842)}:
        failures.append(f"{path.name}: pages are not all A4 portrait: {sorted(sizes)}")
    if "Chrome/" not in str(meta.get("Creator", "")) or "Skia/PDF" not in str(meta.get("Producer", "")):
        failures.append(f"{path.name}: creator/producer are not Chrome's: {meta}")


def _chunk_charset(data: bytes) -> str:
    m = re.search(rb'charset="?([A-Za-z0-9_-]+)', data[:600])
    return m.group(1).decode("ascii").lower() if m else "utf-8"


def docx_chunks(path: Path) -> dict[str, str]:
    out = {}
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if re.fullmatch(r"word/afchunk\d+\.htm", n):
                data = z.read(n)
                out[n] = data.decode(_chunk_charset(data))
    return out


def _own_text(p) -> str:
    parts: list[str] = []
    for el in p.iter(W + "t", W + "tab", W + "br"):
        anc = el.getparent()
        while anc is not None and anc.tag != W + "p":
            anc = anc.getparent()
        if anc is not p:
            continue
        parts.append(el.text or "" if el.tag == W + "t" else " ")
    return _norm("".join(parts))


def docx_native_units(path: Path) -> list[str]:
    from lxml import etree

    units: list[str] = []
    with zipfile.ZipFile(path) as z:
        for name in ("word/header1.xml", "word/document.xml", "word/footer1.xml"):
            root = etree.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                text = _own_text(p)
                if text:
                    units.append(text)
    return units


def python_docx_texts(path: Path) -> list[str]:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [p.text for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    return [_norm(p) for p in parts if p.strip()]


def docx_all_text(path: Path) -> str:
    """Every text of every XML part and every HTML chunk, raw and with the tags removed."""
    out = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if n.endswith(".xml") or n.endswith(".rels"):
                x = z.read(n).decode("utf-8", "replace")
                x = re.sub(r"</w:p>", "\n", x)
                out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    for raw in docx_chunks(path).values():
        out.append(raw)
        out.append(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
    return "\n".join(out)


def _check_docx(gen, path: Path, failures: list[str]) -> None:
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        doc = z.read("word/document.xml").decode("utf-8")
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
        ct = z.read("[Content_Types].xml").decode("utf-8")
        chunk_bytes = {n: z.read(n) for n in names if n.startswith("word/afchunk")}
    ids = re.findall(r'<w:altChunk r:id="([^"]+)"/>', doc)
    if len(ids) != 5:
        failures.append(f"{path.name}: expected 5 w:altChunk elements, found {len(ids)}")
    for rid in ids:
        m = re.search(rf'<Relationship Id="{rid}" Type="[^"]*/aFChunk" Target="([^"]+)"/>', rels)
        if not m or f"word/{m.group(1)}" not in names:
            failures.append(f"{path.name}: altChunk {rid} has no aFChunk relationship to a part")
        elif f'PartName="/word/{m.group(1)}" ContentType="text/html"' not in ct:
            failures.append(f"{path.name}: {m.group(1)} is not declared as text/html")
    if sum(1 for b in chunk_bytes.values() if _chunk_charset(b) == "windows-1252") != 1:
        failures.append(f"{path.name}: expected exactly one windows-1252 chunk")
    for n, b in chunk_bytes.items():
        if _chunk_charset(b) == "windows-1252":
            try:
                b.decode("utf-8")
                failures.append(f"{path.name}: {n} declares windows-1252 but is valid UTF-8")
            except UnicodeDecodeError:
                pass
    if docx_native_units(path) != gen.visible_strings()[path.stem]:
        failures.append(f"{path.name}: native paragraphs differ from the generator's units")


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=","))


def _check_csv(gen, path: Path, data: bytes, failures: list[str]) -> None:
    text = data.decode("utf-8")
    if text != gen.prs_text():
        failures.append(f"{path.name}: file differs from prs_text()")
    if data.startswith(b"\xef\xbb\xbf") or not text.startswith("id,title,body,"):
        failures.append(f"{path.name}: expected no BOM and the header row first")
    inside = False
    for i, ch in enumerate(text):
        if ch == '"':
            inside = not inside
        elif ch == "\n" and text[i - 1] != "\r" and not inside:
            failures.append(f"{path.name}: bare LF outside a quoted cell at offset {i}")
            break
        elif ch == "\r" and (inside or text[i + 1:i + 2] != "\n"):
            failures.append(f"{path.name}: CR inside a cell or without LF at offset {i}")
            break
    rows = csv_rows(text)
    if len({len(r) for r in rows}) != 1:
        failures.append(f"{path.name}: rows of different widths")
    head = rows[0]
    if not any(r[head.index("draft")] == "true" for r in rows[1:]) or \
            not any(r[head.index("locale")] == "de" for r in rows[1:]) or "<table>" not in text:
        failures.append(f"{path.name}: no draft row, no de row or no HTML table")


def md_units(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _check_jekyll(gen, path: Path, text: str, failures: list[str]) -> None:
    if text != gen.arb_text():
        failures.append(f"{path.name}: file differs from arb_text()")
    for mark in ("---\nlayout: default\n", "{: .note }", "{: .warning }", "{:toc}", "{% include ", "{% capture ",
                 "{% if ", "{% comment %}", "{{ page.", '<details markdown="block">', "*[HWE]:", "[^nai]:"):
        if mark not in text:
            failures.append(f"{path.name}: {mark!r} missing: not the Jekyll page of the generator")


def _check_word_text(gen, path: Path, data: bytes, failures: list[str]) -> None:
    text = data.decode("utf-8")
    if text != gen.mnh_text():
        failures.append(f"{path.name}: file differs from mnh_text()")
    if not data.startswith(b"\xef\xbb\xbf") or re.search(r"\r(?!\n)|(?<!\r)\n", text):
        failures.append(f"{path.name}: expected a UTF-8 BOM and CRLF line ends only")
    for mark in ("\r\n1\tPurpose and scope\t1\r\n", "\r\n1.\t", "\r\na)\t", "\r\n•\t", "\r\no\t", "\r\n§\t"):
        if mark not in text:
            failures.append(f"{path.name}: {mark!r} missing: not a Word plain-text export")


# ---------------------------------------------------------------------------- guides


def guide_units(gen, failures: list[str]) -> dict[str, tuple[list[str], str, str]]:
    """stem -> (text units, whole visible text, kind)."""
    out: dict[str, tuple[list[str], str, str]] = {}
    for path in sorted(GUIDES.iterdir()):
        stem, suf = path.stem, path.suffix
        if suf == ".html" and stem in gen.DISCOURSE_STEMS:
            raw = path.read_bytes().decode("utf-8")
            _check_discourse(raw, path, failures)
            units, visible = html_units(raw)
            out[stem] = (units, visible, "discourse")
        elif suf == ".pdf" and stem in gen.CHROME_PDF_STEMS:
            _check_pdf(path, failures)
            units = gen.visible_strings()[stem]
            out[stem] = (units, "\n".join(units), "chrome-pdf")
        elif suf == ".docx" and stem in gen.ALTCHUNK_STEMS:
            _check_docx(gen, path, failures)
            units = docx_native_units(path)
            for raw in docx_chunks(path).values():
                units += html_units(raw)[0]
            out[stem] = (units, "\n".join(units), "altchunk")
        elif suf == ".md" and stem in gen.JEKYLL_STEMS:
            text = path.read_bytes().decode("utf-8")
            _check_jekyll(gen, path, text, failures)
            out[stem] = (md_units(text), text, "jekyll")
        elif suf == ".csv" and stem in gen.ZENDESK_CSV_STEMS:
            data = path.read_bytes()
            _check_csv(gen, path, data, failures)
            units = [u for row in csv_rows(data.decode("utf-8")) for c in row for u in gen.prs_cell_units(c)]
            out[stem] = (units, "\n".join(units), "zendesk-csv")
        elif suf == ".txt" and stem in gen.WORD_TEXT_STEMS:
            data = path.read_bytes()
            _check_word_text(gen, path, data, failures)
            text = data.decode("utf-8").lstrip("\ufeff")
            out[stem] = (gen.mnh_units(text), text, "word-text")
        else:
            failures.append(f"{path.name}: unexpected guide")
    return out


def fresh15_full_text(path: Path, gen=None) -> str:
    """Everything a reader could get out of a fresh15 guide."""
    suf = path.suffix
    data = path.read_bytes()
    if suf == ".html":
        t = data.decode("utf-8")
        attrs = re.findall(r'(?:alt|title)="([^"]*)"', t)
        pre = re.search(r'data-preloaded="([^"]*)"', t)
        cooked = ""
        if pre:
            data_pre = json.loads(html.unescape(pre.group(1)))
            cooked = "\n".join(html.unescape(re.sub(r"<[^>]+>", " ", v)) for v in data_pre.values())
        return "\n".join([html.unescape(re.sub(r"<[^>]+>", " ", t)), html.unescape("\n".join(attrs)), cooked])
    if suf == ".docx":
        return docx_all_text(path)
    if suf == ".pdf":
        lines = gen.visible_strings()[path.stem] if gen is not None else []
        return "\n".join(pdf_pages(path) + lines)
    t = data.decode("utf-8")
    if suf == ".csv":
        return t + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t


def all_project_guides() -> list[Path]:
    dirs = [ROOT / "corpus", ROOT / "tests" / "fixtures" / "gallery"]
    dirs += sorted(p for p in (ROOT / "evals").glob("*/guides") if p.is_dir())
    shared = ROOT.parent / "shared" / "real-guides"
    if shared.is_dir():
        dirs.append(shared)
    files = []
    for d in dirs:
        if d.is_dir():
            files += [p for p in sorted(d.iterdir()) if p.suffix.lower() in GUIDE_SUFFIXES]
    return files


def _markup_for(kind: str) -> tuple[str, ...]:
    return {"discourse": HTML_MARKUP, "zendesk-csv": CSV_MARKUP, "jekyll": JEKYLL_MARKUP,
            "altchunk": HTML_MARKUP}.get(kind, ())


def main() -> int:  # noqa: C901 - one long check, as in the earlier parts
    gen = _load("make_fresh15_guides", HERE / "make_fresh15_guides.py")
    v14 = _load("verify_fresh14_anchors", ROOT / "evals" / "fresh14" / "verify_fresh14_anchors.py")
    gen13 = _load("make_fresh13_guides", ROOT / "evals" / "fresh13" / "make_fresh13_guides.py")
    v13 = _load("verify_fresh13_anchors", ROOT / "evals" / "fresh13" / "verify_fresh13_anchors.py")
    v12 = _load("verify_fresh12_anchors", ROOT / "evals" / "fresh12" / "verify_fresh12_anchors.py")
    v11 = _load("verify_fresh11_anchors", ROOT / "evals" / "fresh11" / "verify_fresh11_anchors.py")
    v10 = _load("verify_fresh10_anchors", ROOT / "evals" / "fresh10" / "verify_fresh10_anchors.py")
    v9 = _load("verify_fresh9_anchors", ROOT / "evals" / "fresh9" / "verify_fresh9_anchors.py")
    v8 = _load("verify_fresh8_anchors", ROOT / "evals" / "fresh8" / "verify_fresh8_anchors.py")
    failures: list[str] = []
    notes: list[str] = []
    units = guide_units(gen, failures)
    pydocx: dict[str, list[str]] = {}
    pages: dict[str, list[str]] = {}
    for path in sorted(GUIDES.glob("*.docx")):
        pydocx[path.stem] = python_docx_texts(path)
    for path in sorted(GUIDES.glob("*.pdf")):
        pages[path.stem] = [_norm(t) for t in pdf_pages(path)]
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
    n_lead_keys = 0
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
                if kind == "jekyll" and s.startswith(MD_STARTS):
                    failures.append(f"{where}: Markdown marker at the start of {s!r}")
            for k in q["key"] + [q["lead"]]:
                if not k or k not in whole:
                    failures.append(f"{where}: key/lead not in guide: {k!r}")
                elif not any(k in u for u in unit_list):
                    failures.append(f"{where}: key/lead spans text units: {k!r}")
            if q["lead"] in q["key"] and not any(q["lead"] in u for u in holders):
                n_lead_keys += 1
            if holders and q["lead"] not in q["key"] and not any(q["lead"] in u for u in holders):
                notes.append(f"{where}: lead is neither a key nor in the anchor's own unit")
            for s in dict.fromkeys([anchor] + q["key"] + [q["lead"]]):
                ns = _norm(s)
                if stem in pages and not any(ns in t for t in pages[stem]):
                    failures.append(f"{where}: pdfplumber text of no page holds {s!r}")
                if stem in pydocx and not any(ns in t for t in pydocx[stem]):
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
    print(f"rows whose lead is listed as a key because it is outside the anchor's unit: "
          f"{n_lead_keys}")
    # out-of-scope probes against every guide of the project
    texts: dict[str, str] = {}
    for p in all_project_guides():
        name = str(p.relative_to(ROOT.parent))
        if p.parent == GUIDES:
            texts[name] = fresh15_full_text(p, gen)
        elif p.parent.parent.name == "fresh14":
            texts[name] = v14.fresh14_full_text(p)
        elif p.parent.parent.name == "fresh13":
            texts[name] = v13.fresh13_full_text(p, gen13)
        elif p.parent.parent.name == "fresh12":
            texts[name] = v12.fresh12_full_text(p)
        else:
            texts[name] = v11.guide_text_any(v9, p)
    print(f"out-of-scope probes checked against {len(texts)} guide files")
    for where, qid in out_rows:
        for pat in OUT_PROBES.get(qid, []):
            rx = re.compile(pat, re.I)
            hits = [name for name, t in texts.items() if rx.search(t)]
            if hits:
                failures.append(f"{where}: probe {pat!r} found in {', '.join(hits)}")
    # earlier out-of-scope questions must stay unanswerable
    mine = {name: t for name, t in texts.items() if "/evals/fresh15/" in f"/{name}"}
    for stem, (unit_list, whole, _) in units.items():
        mine[f"{stem} (units)"] = "\n".join(unit_list)
        mine[f"{stem} (visible)"] = whole
    for name in list(mine):
        mine[f"{name} (NFKC)"] = unicodedata.normalize("NFKC", mine[name])
    earlier = dict(v12.EARLIER_PROBES)
    earlier.update(v12.lay_probes())
    rows = v12.earlier_out_rows()
    missing = [f"{s}:{i}" for s, ids in rows.items() for i in ids if not earlier.get(f"{s}:{i}")]
    if missing:
        failures.append(f"fresh12's EARLIER_PROBES lacks {len(missing)} earlier out-of-scope rows: "
                        + ", ".join(missing))
    verifiers = ((8, v8), (9, v9), (10, v10), (11, v11), (12, v12), (13, v13), (14, v14))
    for n, mod in verifiers:
        for f in sorted((ROOT / "evals" / f"fresh{n}").glob("*.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                q = json.loads(line) if line.strip() else {}
                if q.get("scope") == "out" and not mod.OUT_PROBES.get(q["id"]):
                    failures.append(f"fresh{n} {q['id']}: no probes in its verifier")
    checks = [(f"fresh{n} {qid}", pat) for n, mod in verifiers
              for qid, pats in sorted(mod.OUT_PROBES.items()) for pat in pats]
    checks += [("fresh9 earlier term", t) for t in v9.EARLIER_OUT_TERMS]
    checks += [("fresh10 extra term", t) for t in v10.EXTRA_OUT_TERMS]
    checks += [("fresh11 extra term", t) for t in v11.EXTRA_OUT_TERMS]
    checks += [(key, pat) for key, pats in sorted(earlier.items()) for pat in pats]
    used = set()
    for label, pat in checks:
        if pat in NARROWED:
            used.add(pat)
            pat = NARROWED[pat]
        rx = re.compile(pat, re.I)
        for name, t in mine.items():
            m = rx.search(t)
            if m:
                failures.append(f"{name}: matches {label} probe {pat!r} ({m.group(0)!r})")
    for pat in sorted(set(NARROWED) - used):
        failures.append(f"NARROWED names a pattern that no earlier probe uses: {pat!r}")
    n_rows = sum(len(ids) for ids in rows.values())
    print(f"{len(checks)} earlier out-of-scope probes/terms ({n_rows} rows without probes of "
          "their own covered by fresh12's EARLIER_PROBES) checked against the fresh15 guides")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
