"""Check the fresh14 question files against the fresh14 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh14/verify_fresh14_anchors.py

Adapted from evals/fresh13/verify_fresh13_anchors.py.  For every question file
evals/fresh14/<stem>.jsonl there must be a guide evals/fresh14/guides/<stem>.* and the other way
round.  For every row: the fields are exactly those of the evals/dev format, ids are unique,
split is "fresh14", ask is one of the known kinds.  For every in-scope row: exactly one gold
entry naming the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no
tab and no line break, occurs verbatim inside one text unit of the guide and occurs exactly once
in the whole guide; every key and the lead occur verbatim inside one text unit.  Text units are:

  .txt   the pdftotext -layout output of the two-column article (make_fresh14_guides.
         PDFTOTEXT_STEMS): one column segment of one printed line, i.e. the line split at runs
         of three or more spaces (the gutter between the columns, the gaps between table
         cells), stripped.  The file must equal gwd_text() of the generator, have form feeds
         between at least three pages and at least 100 lines that carry both columns.  An
         anchor, key or lead may not contain a ligature character (U+FB00-U+FB06), a soft
         hyphen or a form feed;
  .html  the Sphinx / Read the Docs page (SPHINX_STEMS): the text between two block
         boundaries, where every tag that is not inline (span, a, code, abbr, ...) and every
         <br> ends a unit; entities decoded, whitespace normalised.  The page must have the RTD
         sidebar, headerlinks, admonitions and the version flyout.  An anchor, key or lead may
         not contain a no-break space or the headerlink sign "¶";
  .docx  one unit as held in make_fresh14_guides.py (visible_strings()): one paragraph of the
         body (table cells, the cached TOC entries and field results included), an endnote, a
         comment, the header or the footer, in the FINAL view: tracked insertions and moved-to
         text in, tracked deletions and moved-from text out.  The file must contain w:moveFrom,
         w:moveTo, w:ins, w:del, endnotes, comments and complex fields;
  .csv   the LIMS export (LIMS_CSV_STEMS), read with csv.reader(delimiter=";") after the
         "sep=;" line: one line of a plain cell, or one block (p, li) of a rich-text cell
         written as HTML, tags removed and entities decoded (csa_cell_units() of the generator).
         The file must equal csa_text(), start with "sep=;", end every row with CRLF (bare LF only
         inside quoted cells) and have rows of one width.  An anchor, key or lead may not contain
         "<" or ">";
  .md    the HackMD note (HACKMD_STEMS) and the Hugo page source (HUGO_STEMS): one source line,
         stripped.  The HackMD note must have its front matter, [TOC] and :::spoiler blocks; the
         Hugo page its +++ TOML front matter and Docsy shortcodes.  An anchor, key or lead may
         not contain the markup of its dialect (HackMD: ~ ^ == ** [ ] | ::: ` {% ++; Hugo:
         {{ }} {# * [ ] | < > `) and may not start with a list, quote or heading marker.

The built .docx is re-read as a cross-check with lxml over word/document.xml, endnotes, comments,
header and footer (one unit per w:p, its own w:t texts - w:delText left out, w:t inside
w:moveFrom left out -, w:tab and w:br as a space); an anchor, key or lead must lie inside one of
them (a miss is a failure).  A note is printed when python-docx (paragraph.text of the body
paragraphs and of the table cells) does not hold it.

Out-of-scope rows must have empty gold, key and lead, and each must have an entry in OUT_PROBES:
regular expressions for the thing it asks about, none of which may match the text of ANY guide
of the project (corpus/, tests/fixtures/gallery/, evals/*/guides/ and, when present,
../shared/real-guides/; extracted as fresh11 does, the fresh12 guides as fresh12 does, the
fresh13 guides as fresh13 does, and the fresh14 guides completely: every XML part of the DOCX
with its deleted and moved-from text, field codes, comments and properties; the HTML without its
tags plus the alt/title attributes; the CSV as it is and without its HTML tags; the text files as
they are).  The other way round, none of the six fresh14 guides (complete text, text units, and
both NFKC-normalised) may match an out-of-scope probe of the earlier parts: OUT_PROBES of
evals/fresh8 to evals/fresh13, EARLIER_OUT_TERMS of evals/fresh9, EXTRA_OUT_TERMS of evals/fresh10
and evals/fresh11, and fresh12's EARLIER_PROBES and lay probes, which cover every out-of-scope row
of the sets without probes of their own (evals/dev, evals/lay, evals/test, evals/real,
evals/questions.jsonl, fresh2-fresh7).  NARROWED (empty for this part) could replace one of those
patterns by a narrower one.  The verifier checks that fresh12's EARLIER_PROBES still covers every
such row and that every out-of-scope row of fresh8-fresh13 has probes in its own verifier.  Each
file needs 38-42 in-scope and at least 7 out-of-scope rows, and each guide must have 1,500-2,500
words of visible text (the .txt and .md files as they are, the decoded HTML outside tags,
scripts, styles and the head, the units of the .docx and the .csv).  Exits non-zero on any
failure.
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
SPLIT = "fresh14"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why",
        "misspelled"}
INLINE = {"span", "a", "b", "i", "em", "strong", "sub", "sup", "code", "small", "kbd", "abbr",
          "font", "input", "img", "time", "u", "s", "mark", "label", "dfn", "tt"}
SPLIT_LINES = {"pre", "textarea"}
MIN_IN, MAX_IN, MIN_OUT = 38, 42, 7
MIN_WORDS, MAX_WORDS = 1500, 2500
GUIDE_SUFFIXES = (".md", ".txt", ".html", ".htm", ".pdf", ".docx", ".eml", ".csv")
PDFTOTEXT_MARKUP = ("\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04", "\ufb05", "\ufb06", "\u00ad", "\f")
HTML_MARKUP = ("\u00a0", "¶")
CSV_MARKUP = ("<", ">")
HACKMD_MARKUP = ("~", "^", "==", "**", "[", "]", "|", ":::", "`", "{%", "++")
HUGO_MARKUP = ("{{", "}}", "{#", "*", "[", "]", "|", "<", ">", "`")
MD_STARTS = ("- ", "* ", "> ", "#", "1. ", "2. ", "3. ", "4. ", "5. ", "6. ")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Out-of-scope probes: patterns (case-insensitive) for what each out-of-scope question asks
# about.  None of them may occur in any guide of the project.
OUT_PROBES: dict[str, list[str]] = {
    # chlorosulfonation and sulfonamides (LIMS knowledge-base CSV)
    "csa-043": ["sulfonyl fluoride", "SuFEx"],
    "csa-044": ["sulfinate", "sulfonyl chloride.{0,40}Na2SO3"],
    "csa-045": ["sulfonylurea", "sulfonyl ?urea"],
    "csa-046": ["Hinsberg"],
    "csa-047": ["saccharin", "toluenesulfonamide.{0,60}oxid"],
    "csa-048": ["chlorosulfonyl isocyanate", r"\bCSI\b"],
    "csa-049": [r"(N-methylat|N-alkylat)\w*.{0,60}sulfonamide",
                "sulfonamide.{0,60}(N-methylat|N-alkylat|MeI|methyl iodide)"],
    # Dieckmann cyclisation (Word, tracked moves, endnotes, fields)
    "dkm-043": ["Thorpe[- –]Ziegler", "dinitrile"],
    "dkm-044": ["acyloin", "R[üu]hlmann", "TMSCl.{0,60}sodium", "sodium.{0,60}TMSCl"],
    "dkm-045": ["Robinson annulation", "Wieland", "Hajos"],
    "dkm-046": ["decarboxylative allylation", "allyl (β|beta)-keto ester", "Tsuji.{0,20}Trost"],
    "dkm-047": ["baker.s yeast"],
    "dkm-048": ["Comins", "enol triflate", "PhNTf2"],
    "dkm-049": ["Stobbe", "diethyl succinate"],
    # fume cupboards (Hugo / Docsy page source)
    "fch-043": ["biological safety cabinet", "microbiological safety", "class II cabinet"],
    "fch-044": ["snorkel", "extraction arm", "capture velocity"],
    "fch-045": [r"\bSF6\b", "sulfur hexafluoride", "tracer gas", "14175"],
    "fch-046": ["face[- ]fit", "FFP3"],
    "fch-047": ["stack height", "discharge stack", "roofline", "efflux velocity"],
    "fch-048": ["downflow", "down-flow"],
    "fch-049": [r"\bkWh\b", "kilowatt"],
    # Gewald 2-aminothiophenes (pdftotext -layout of a two-column note)
    "gwd-043": [r"thieno\[2,3-d\]pyrimidin", "formamide.{0,80}(thiophene|thieno)",
                "(aminothiophene|thieno).{0,80}formamide"],
    "gwd-044": ["Fiesselmann", "thioglycolate", "mercaptoacet"],
    "gwd-045": ["aminothiophene.{0,80}(diazo|Sandmeyer|nitrite)", "(diazo|Sandmeyer).{0,80}aminothiophene"],
    "gwd-046": ["(PPh3|triphenylphosphine).{0,80}sulfur", "sulfur.{0,80}(PPh3|triphenylphosphine)",
                "phosphine sulfide", r"Ph3P=?S\b"],
    "gwd-047": ["isothiocyanate", "aminothiophene.{0,60}thiourea", "thiourea.{0,60}aminothiophene"],
    "gwd-048": ["polythiophene", "electropolymer", "conducting polymer"],
    "gwd-049": ["sodium sulfide", "Na2S·9H2O", "Na2S nonahydrate"],
    # mercury-lamp photoreactor (HackMD note)
    "phr-043": ["Patern[oò]", "Patern.{0,3}B[üu]chi"],
    "phr-044": ["de Mayo"],
    "phr-045": ["di-?π-methane", "di-pi-methane", "oxa-di-"],
    "phr-046": ["photo-?Fries", "aryl ester.{0,60}(irradiat|photolys|UV)"],
    "phr-047": ["photochlorinat", r"\bCl2\b.{0,60}(lamp|UV|irradiat)", r"(lamp|UV|irradiat)\w*.{0,60}\bCl2\b"],
    "phr-048": ["singlet oxygen", r"\b1O2\b", "Schenck"],
    "phr-049": [r"\bWEEE\b", r"dispos\w*.{0,40}(lamp|bulb)", "(lamp|bulb)s?.{0,40}dispos"],
    # Skraup / Doebner-Miller quinolines (Sphinx / Read the Docs page)
    "skr-043": ["Friedl[äa]nder", "2-aminobenzaldehyde", "2-aminoaryl ketone"],
    "skr-044": ["Combes", "acetylacetone.{0,60}aniline", "aniline.{0,60}acetylacetone", "2,4-dimethylquinoline"],
    "skr-045": ["Conrad", "Limpach", "4-quinolone", "Dowtherm"],
    "skr-046": ["Gould", "ethoxymethylene", r"\bEMME\b"],
    "skr-047": ["Pfitzinger", "quinoline-4-carboxylic"],
    "skr-048": ["Povarov", "imino[- ]Diels", "aza-Diels"],
    "skr-049": ["Minisci", "persulfate", "(C2|C4)[- ]alkylation"],
}

# Earlier out-of-scope patterns that match a fresh14 guide without the guide answering the
# question, replaced (for the fresh14 check only) by narrower ones.  None are needed.
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


def pdftotext_units(text: str) -> list[str]:
    units = []
    for line in text.replace("\f", "\n").split("\n"):
        for seg in re.split(r" {3,}", line):
            if seg.strip():
                units.append(seg.strip())
    return units


def _check_pdftotext(gen, path: Path, text: str, failures: list[str]) -> None:
    if text != gen.gwd_text():
        failures.append(f"{path.name}: file differs from gwd_text()")
    if text.count("\f") < 2:
        failures.append(f"{path.name}: expected form feeds between at least three pages")
    two = [ln for ln in text.split("\n") if re.match(r"^\S.{15,}?\S {3,}\S", ln)]
    if len(two) < 100:
        failures.append(f"{path.name}: only {len(two)} lines carry two columns")
    if not re.search("[\ufb00-\ufb04]", text):
        failures.append(f"{path.name}: no ligature characters")


def csv_rows(text: str) -> list[list[str]]:
    body = text.split("\r\n", 1)[1]
    return list(csv.reader(io.StringIO(body, newline=""), delimiter=";"))


def _check_csv(gen, path: Path, data: bytes, failures: list[str]) -> None:
    text = data.decode("utf-8")
    if text != gen.csa_text():
        failures.append(f"{path.name}: file differs from csa_text()")
    if not text.startswith("sep=;\r\n") or data.startswith(b"\xef\xbb\xbf"):
        failures.append(f"{path.name}: expected a 'sep=;' first line and no BOM")
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
    widths = {len(r) for r in csv_rows(text)}
    if len(widths) != 1:
        failures.append(f"{path.name}: rows of different widths {sorted(widths)}")
    if not re.search(r"\d,\d", text) or "<li>" not in text:
        failures.append(f"{path.name}: no decimal commas or no rich-text cells")


def md_units(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _own_text(p, final: bool) -> str:
    """Text of one w:p without nested paragraphs (w:delText left out; with final=True also the
    text inside w:moveFrom)."""
    parts: list[str] = []
    for el in p.iter(W + "t", W + "tab", W + "br", W + "noBreakHyphen"):
        anc = el.getparent()
        moved_away = False
        while anc is not None and anc.tag != W + "p":
            if anc.tag == W + "moveFrom":
                moved_away = True
            anc = anc.getparent()
        if anc is not p or (final and moved_away):
            continue
        if el.tag == W + "t":
            parts.append(el.text or "")
        elif el.tag == W + "noBreakHyphen":
            parts.append("-")
        else:
            parts.append(" ")
    return _norm("".join(parts))


def docx_units_lxml(path: Path, final: bool = True) -> list[str]:
    from lxml import etree

    units: list[str] = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if re.fullmatch(r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml", name):
                root = etree.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    text = _own_text(p, final)
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
    """Every text of every XML part (deleted and moved-from text, field codes, comments and the
    document properties included)."""
    out = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if n.endswith(".xml") or n.endswith(".rels"):
                x = z.read(n).decode("utf-8", "replace")
                x = re.sub(r"</w:p>", "\n", x)
                out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


def _check_docx(path: Path, failures: list[str]) -> None:
    with zipfile.ZipFile(path) as z:
        doc = z.read("word/document.xml").decode("utf-8")
        names = set(z.namelist())
    for tag in ("<w:moveFrom ", "<w:moveTo ", "<w:moveFromRangeStart", "<w:moveToRangeStart", "<w:ins ",
                "<w:del ", "<w:delText", "<w:endnoteReference", "<w:commentReference", "w:fldCharType=\"begin\"",
                " TOC ", " SEQ Table ", " REF _Ref", " DOCPROPERTY "):
        if tag not in doc:
            failures.append(f"{path.name}: {tag!r} missing from word/document.xml")
    for part in ("word/endnotes.xml", "word/comments.xml", "docProps/custom.xml"):
        if part not in names:
            failures.append(f"{path.name}: {part} missing")


# ---------------------------------------------------------------------------- guides


def guide_units(gen, failures: list[str]) -> dict[str, tuple[list[str], str, str]]:
    """stem -> (text units, whole visible text, kind)."""
    out: dict[str, tuple[list[str], str, str]] = {}
    for path in sorted(GUIDES.iterdir()):
        stem = path.stem
        if path.suffix == ".txt":
            if stem not in gen.PDFTOTEXT_STEMS:
                failures.append(f"{path.name}: unexpected .txt guide")
                continue
            text = path.read_bytes().decode("utf-8")
            _check_pdftotext(gen, path, text, failures)
            out[stem] = (pdftotext_units(text), text, "pdftotext")
        elif path.suffix == ".html":
            if stem not in gen.SPHINX_STEMS:
                failures.append(f"{path.name}: unexpected .html guide")
                continue
            raw = path.read_bytes().decode("utf-8")
            for mark in ('class="wy-nav-side"', 'class="headerlink"', 'class="admonition', 'class="rst-versions"',
                         'class="versionchanged"', 'class="simple glossary"', 'class="field-list simple"',
                         'class="footnote brackets"'):
                if mark not in raw:
                    failures.append(f"{path.name}: {mark} missing: not a Sphinx/RTD page")
            units, visible = html_units(raw)
            out[stem] = (units, visible, "sphinx")
        elif path.suffix == ".csv":
            if stem not in gen.LIMS_CSV_STEMS:
                failures.append(f"{path.name}: unexpected .csv guide")
                continue
            data = path.read_bytes()
            _check_csv(gen, path, data, failures)
            units = [u for row in csv_rows(data.decode("utf-8")) for c in row for u in gen.csa_cell_units(c)]
            out[stem] = (units, "\n".join(units), "csv")
        elif path.suffix == ".md":
            text = path.read_bytes().decode("utf-8")
            if stem in gen.HACKMD_STEMS:
                if text != gen.phr_text() or not text.startswith("---\n") or "[TOC]" not in text or \
                        ":::spoiler" not in text or "[name=" not in text:
                    failures.append(f"{path.name}: not the HackMD note of the generator")
                out[stem] = (md_units(text), text, "hackmd")
            elif stem in gen.HUGO_STEMS:
                if text != gen.fch_text() or not text.startswith("+++\n") or "{{% alert" not in text or \
                        "{{< tabpane" not in text or "<!--more-->" not in text:
                    failures.append(f"{path.name}: not the Hugo page of the generator")
                out[stem] = (md_units(text), text, "hugo")
            else:
                failures.append(f"{path.name}: unexpected .md guide")
        elif path.suffix == ".docx":
            _check_docx(path, failures)
        else:
            failures.append(f"{path.name}: unexpected guide")
    for stem, units in gen.visible_strings().items():
        out[stem] = (units, "\n".join(units), "docx")
    return out


def fresh14_full_text(path: Path) -> str:
    """Everything a reader could get out of a fresh14 guide."""
    suf = path.suffix
    data = path.read_bytes()
    if suf == ".html":
        t = data.decode("utf-8")
        attrs = re.findall(r'(?:alt|title)="([^"]*)"', t)
        return html.unescape(re.sub(r"<[^>]+>", " ", t)) + "\n" + html.unescape("\n".join(attrs))
    if suf == ".docx":
        return docx_all_text(path)
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
    return {"pdftotext": PDFTOTEXT_MARKUP, "sphinx": HTML_MARKUP, "csv": CSV_MARKUP, "hackmd": HACKMD_MARKUP,
            "hugo": HUGO_MARKUP}.get(kind, ())


def main() -> int:  # noqa: C901 - one long check, as in the earlier parts
    gen = _load("make_fresh14_guides", HERE / "make_fresh14_guides.py")
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
    lxml_units: dict[str, list[str]] = {}
    pydocx: dict[str, list[str]] = {}
    for path in sorted(GUIDES.glob("*.docx")):
        lxml_units[path.stem] = docx_units_lxml(path)
        pydocx[path.stem] = python_docx_texts(path)
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
                if kind in ("hackmd", "hugo") and s.startswith(MD_STARTS):
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
                if stem in lxml_units and not any(ns in t for t in lxml_units[stem]):
                    failures.append(f"{where}: not inside one w:p of the built .docx (final view): {s!r}")
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
            texts[name] = fresh14_full_text(p)
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
    mine = {name: t for name, t in texts.items() if "/evals/fresh14/" in f"/{name}"}
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
    verifiers = ((8, v8), (9, v9), (10, v10), (11, v11), (12, v12), (13, v13))
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
          "their own covered by fresh12's EARLIER_PROBES) checked against the fresh14 guides")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
