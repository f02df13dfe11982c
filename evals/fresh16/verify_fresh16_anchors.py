"""Check the fresh16 question files against the fresh16 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh16/verify_fresh16_anchors.py

Adapted from evals/fresh15/verify_fresh15_anchors.py.  For every question file
evals/fresh16/<stem>.jsonl there must be a guide evals/fresh16/guides/<stem>.* and the other way
round.  For every row: the fields are exactly those of the evals/dev format, ids are unique,
split is "fresh16", ask is one of the known kinds.  For every in-scope row: exactly one gold
entry naming the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no
tab and no line break, occurs verbatim inside one text unit of the guide and occurs exactly once
in the whole guide; every key and the lead occur verbatim inside one text unit.  Text units are:

  .txt   the WhatsApp chat export (make_fresh16_guides.WHATSAPP_STEMS): one line of the file,
         stripped (gab_units()).  The file must equal gab_text() and have the iOS stamp with a
         narrow no-break space before AM/PM, left-to-right marks, "image omitted", "<attached:",
         "This message was deleted.", "<This message was edited>", a ``` block and a poll.  An
         anchor, key or lead may not contain WhatsApp markup (* _ ~ `) or the two invisible marks;
  .txt   the LaTeX source (LATEX_STEMS): one source line, stripped (pin_units()).  The file must
         equal pin_text() and have the preamble, \\newcommand macros, enumerate, description,
         tabularx, tcolorbox, \\footnote and % comments.  An anchor, key or lead may not contain
         LaTeX markup (\\ { } $ % & ~);
  .pdf   the PowerPoint handout (HANDOUT_PDF_STEMS): one drawn text line as held in the generator
         (visible_strings()), handout header and footer included.  The file must have A4 pages and
         PowerPoint as creator and producer, and every anchor, key and lead must also come out of
         pdfplumber's text of one page (whitespace-normalised; a miss is a failure);
  .docx  the style-numbered Word document (NUMBERED_DOCX_STEMS): one paragraph (w:p, its own w:t
         texts, read with lxml) of word/header1.xml, word/document.xml, word/footer1.xml,
         word/footnotes.xml or word/endnotes.xml.  These units must equal the generator's; the
         document must take its heading numbers from a multilevel list linked to Heading1/Heading2
         in numbering.xml, hold REF and SEQ fields, footnote and endnote references, and no
         paragraph of the body may start with a typed number.  A note is printed where
         python-docx (body paragraphs and table cells) does not hold a string;
  .html  the ELN export (ELN_HTML_STEMS): the text between two block boundaries, where every tag
         that is not inline (span, a, b, strong, em, sub, sup, ...) and every <br> ends a unit;
         entities decoded, whitespace normalised (so &nbsp; becomes a space); scripts, styles and
         the head left out.  The page must have the export header, metadata, extra fields, steps,
         linked resources, uploads and comments.  An anchor, key or lead may not contain a no-break
         space;
  .md    the nbconvert Markdown export (NBCONVERT_MD_STEMS): one line, stripped; a line with HTML
         tags gives the text between its tags (htb_units()).  The file must equal htb_text() and
         have python fences, indented stream outputs (a tabulate table), an HTML table output, an
         image output, a pipe table and task-list boxes.  An anchor, key or lead may not contain
         Markdown or HTML markup (` < > | * $ [ ] #) and may not start with a list, quote or heading
         marker.

Out-of-scope rows must have empty gold, key and lead, and each must have an entry in OUT_PROBES:
regular expressions for the thing it asks about, none of which may match the text of ANY guide
of the project (corpus/, tests/fixtures/gallery/, evals/*/guides/ and, when present,
../shared/real-guides/; extracted as fresh11 does, the fresh12 to fresh15 guides as their own
verifiers do, and the fresh16 guides completely: the text files as they are; the HTML raw,
without tags and its alt/title attributes; the pdfplumber text and the drawn lines of the PDF;
every XML part of the DOCX, raw and without tags).  The other way round, none of the six fresh16
guides (complete text, text units, visible text, and all of them NFKC-normalised) may match an
out-of-scope probe of the earlier parts: OUT_PROBES of evals/fresh8 to evals/fresh15,
EARLIER_OUT_TERMS of evals/fresh9, EXTRA_OUT_TERMS of evals/fresh10 and evals/fresh11, and
fresh12's EARLIER_PROBES and lay probes, which cover every out-of-scope row of the sets without
probes of their own (evals/dev, evals/lay, evals/test, evals/real, evals/questions.jsonl,
fresh2-fresh7).  NARROWED (empty for this part) could replace one of those patterns by a narrower
one.  The verifier checks that fresh12's EARLIER_PROBES still covers every such row and that every
out-of-scope row of fresh8-fresh15 has probes in its own verifier.  Each file needs 38-42
in-scope and at least 7 out-of-scope rows, and each guide must have 1,500-2,500 words of visible
text (the .txt files as they are; the drawn lines of the PDF; the units of the .docx and of the
.md; the decoded HTML outside tags, scripts, styles and the head).  Exits non-zero on any failure.
"""

from __future__ import annotations

import collections
import html
import importlib.util
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
SPLIT = "fresh16"
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
WHATSAPP_MARKUP = ("*", "_", "~", "`", "\u200e", "\u202f")
LATEX_MARKUP = ("\\", "{", "}", "$", "%", "&", "~")
MD_MARKUP = ("`", "<", ">", "|", "*", "$", "[", "]", "#")
MD_STARTS = ("- ", "* ", "> ", "#", "1. ", "2. ", "3. ", "4. ", "5. ", "6. ", "7. ")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX_PARTS = ("word/header1.xml", "word/document.xml", "word/footer1.xml", "word/footnotes.xml",
              "word/endnotes.xml")

# Out-of-scope probes: patterns (case-insensitive) for what each out-of-scope question asks
# about.  None of them may occur in any guide of the project.
OUT_PROBES: dict[str, list[str]] = {
    # Gabriel synthesis (WhatsApp group chat export)
    "gab-043": ["Del[eé]pine", "hexamine", "hexamethylenetetramine", "urotropin"],
    "gab-044": ["Ganem", "Osby", "NaBH4.{0,80}phthalim", r"phthalim\w*.{0,80}NaBH4", "borohydride.{0,80}phthalim"],
    "gab-045": ["iminodicarboxylate", "Boc2NH", r"HN\(Boc\)2", r"NH\(Boc\)2"],
    "gab-046": ["phthalimidomalonate", "phthalimido ?malon"],
    "gab-047": ["Colman", "phthalimidoacetate"],
    "gab-048": ["saccharin"],
    "gab-049": ["carbethoxyphthalimide", "ethoxycarbonylphthalimide", "Nefkens", "phthaloyl"],
    # Pinner reaction (LaTeX source)
    "pin-043": ["thioimidat", "ethanethiol", "thio-?Pinner"],
    "pin-044": ["amidoxime", "hydroxyamidine", "N'-hydroxy.{0,10}amidine"],
    "pin-045": ["Garigipati", "Me3Al.{0,80}(NH4Cl|ammonium chloride|amidine)",
                "(NH4Cl|ammonium chloride|amidine).{0,80}Me3Al", r"MeAl\(Cl\)NH2"],
    "pin-046": ["1,2,4-triazol", "acyl ?hydrazide"],
    "pin-047": ["Ritter", "N-tert-butyl ?amide"],
    "pin-048": ["Houben", "Hoesch"],
    "pin-049": ["dinitrile", "adiponitrile", "bis-?imidate"],
    # Dry column vacuum chromatography (PowerPoint handout PDF)
    "dcv-043": ["silver nitrate", "AgNO3", "argentation"],
    "dcv-044": ["reverse(d)?[- ]phase.{0,80}(sinter|funnel|dry column|DCVC)",
                "(sinter|funnel|dry column|DCVC).{0,80}reverse(d)?[- ]phase",
                "C18.{0,80}(sinter|funnel|dry column|DCVC)", "(sinter|funnel|dry column|DCVC).{0,80}C18"],
    "dcv-045": ["chromatotron", "radial chromatograph", "centrifugal"],
    "dcv-046": ["Sephadex", "LH-20", "size.exclusion", "gel filtration"],
    "dcv-047": ["densitometr"],
    "dcv-048": ["chiral stationary phase", "chiral.{0,40}(DCVC|dry column|sinter)"],
    "dcv-049": ["Florisil", "magnesium silicate"],
    # Eschweiler-Clarke methylation (eLabFTW experiment export)
    "ecm-043": ["formaldehyde-d2", "CD2O", "d2-formaldehyde", "paraformaldehyde-d2", "formic acid-d2", "DCO2D",
                "DCOOD", "trideuter", "N-CD3"],
    "ecm-044": ["ACE-?Cl", "chloroethyl chloroformate", "von Braun", "N-demethylat"],
    "ecm-045": ["Hofmann elimination", "Hofmann degradation", "exhaustive methylation"],
    "ecm-046": ["Cope elimination", "amine oxide"],
    "ecm-047": ["borrowing.hydrogen", "hydrogen.autotransfer", r"Cp\*Ir"],
    "ecm-048": ["Leuckart", "Wallach"],
    "ecm-049": [r"\[14C\]", "carbon-14", "radiolabel", "14C-?formaldehyde"],
    # O-Alkylation of phenols (Word document with style-numbered headings)
    "oal-043": ["chlorodifluoroacet", "difluoromethyl", "OCHF2", "OCF2H"],
    "oal-044": ["epichlorohydrin", "glycidyl"],
    "oal-045": ["Hammett"],
    "oal-046": ["MOM-?Cl", "methoxymethyl", r"\bMOM\b"],
    "oal-047": ["BBr3", "boron tribromide"],
    "oal-048": ["Tf2O", "triflic anhydride", "PhNTf2", "trifluoromethanesulfonic anhydride"],
    "oal-049": ["benzyl trichloroacetimidate", "trichloroacetimidate.{0,80}phenol"],
    # Heating baths, blocks and mantles (nbconvert Markdown export)
    "htb-043": ["Wood'?s metal", "low.melting alloy", "fusible alloy"],
    "htb-044": ["molten salt", "(nitrate|nitrite) (salt )?bath", "salt bath.{0,40}(nitrate|nitrite)"],
    "htb-045": ["glycerol bath", "glycerin", "bath of glycerol"],
    "htb-046": ["induction (heat|hot ?plate|heater)"],
    "htb-047": ["jacketed", "heat.transfer fluid", "circulat(ing|or) thermostat", "thermal fluid"],
    "htb-048": [r"\bPID\b", "proportional.integral"],
    "htb-049": ["heat lamp", "infrared lamp", "IR lamp"],
}

# Earlier out-of-scope patterns that match a fresh16 guide without the guide answering the
# question, replaced (for the fresh16 check only) by narrower ones.  None are needed.
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


def _check_whatsapp(gen, path: Path, text: str, failures: list[str]) -> None:
    if text != gen.gab_text():
        failures.append(f"{path.name}: file differs from gab_text()")
    for mark in ("\u202fAM] ", "\u202fPM] ", "] Amines subgroup 🧪: \u200eMessages and calls are end-to-end encrypted",
                 "\u200eimage omitted", "\u200e<attached: ", "\u200eThis message was deleted.",
                 "\u200e<This message was edited>", "```\n", "POLL:\n", "\nOPTION: ", "\n*A. Alkylation"):
        if mark not in text:
            failures.append(f"{path.name}: {mark!r} missing: not an iOS WhatsApp export")
    for ln in text.split("\n"):
        if ln.startswith("[") and not re.match(r"\[\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}:\d{2}\u202f[AP]M\] ", ln):
            failures.append(f"{path.name}: malformed message stamp: {ln[:40]!r}")


def _check_latex(gen, path: Path, text: str, failures: list[str]) -> None:
    if text != gen.pin_text():
        failures.append(f"{path.name}: file differs from pin_text()")
    for mark in ("\\documentclass[", "\\newcommand{\\saltT}", "\\saltT", "\\begin{enumerate}", "[resume]",
                 "\\begin{description}", "\\begin{tabularx}", "\\toprule", "\\begin{warnbox}", "\\footnote{",
                 "\n% \\section{", "\\label{step:hcl}", "\\end{document}"):
        if mark not in text:
            failures.append(f"{path.name}: {mark!r} missing: not the LaTeX source of the generator")


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _check_pdf(path: Path, failures: list[str]) -> None:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        sizes = {(round(float(p.width)), round(float(p.height))) for p in pdf.pages}
        meta = pdf.metadata
        n_lines = sum(len(p.lines) for p in pdf.pages)
    if sizes != {(595, 842)}:
        failures.append(f"{path.name}: pages are not all A4 portrait: {sorted(sizes)}")
    if "PowerPoint" not in str(meta.get("Creator", "")) or "PowerPoint" not in str(meta.get("Producer", "")):
        failures.append(f"{path.name}: creator/producer are not PowerPoint's: {meta}")
    if n_lines < 40:
        failures.append(f"{path.name}: no ruled note lines ({n_lines} lines)")


def docx_units(path: Path) -> list[str]:
    from lxml import etree

    units: list[str] = []
    with zipfile.ZipFile(path) as z:
        for name in DOCX_PARTS:
            root = etree.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                text = _own_text(p)
                if text:
                    units.append(text)
    return units


def docx_all_text(path: Path) -> str:
    """Every text of every XML part, raw and with the tags removed."""
    out = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if n.endswith(".xml") or n.endswith(".rels"):
                x = z.read(n).decode("utf-8", "replace")
                out.append(x)
                x = re.sub(r"</w:p>", "\n", x)
                out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


def _check_docx(gen, path: Path, failures: list[str]) -> None:
    with zipfile.ZipFile(path) as z:
        doc = z.read("word/document.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8")
        styles = z.read("word/styles.xml").decode("utf-8")
        names = set(z.namelist())
    for part in ("word/footnotes.xml", "word/endnotes.xml", "word/numbering.xml"):
        if part not in names:
            failures.append(f"{path.name}: {part} missing")
    if not re.search(r'<w:lvl w:ilvl="0">.{0,120}<w:pStyle w:val="Heading1"/>', numbering) or \
            not re.search(r'<w:lvl w:ilvl="1">.{0,120}<w:pStyle w:val="Heading2"/>', numbering):
        failures.append(f"{path.name}: heading numbers are not linked to the heading styles")
    if '<w:style w:type="paragraph" w:styleId="Heading1">' not in styles or "<w:numPr>" not in styles:
        failures.append(f"{path.name}: heading styles without numPr")
    for mark in ("<w:footnoteReference ", "<w:endnoteReference ", " REF _Ref", " SEQ Table ", "<w:startOverride"):
        if mark not in doc + numbering:
            failures.append(f"{path.name}: {mark!r} missing")
    for u in docx_units(path):
        if re.match(r"\d+(\.\d+)*\.?\s+[A-Z]", u):
            failures.append(f"{path.name}: typed number at the start of a paragraph: {u[:40]!r}")
    if docx_units(path) != gen.visible_strings()[path.stem]:
        failures.append(f"{path.name}: paragraphs differ from the generator's units")


def _check_eln(raw: str, path: Path, failures: list[str]) -> None:
    for mark in ('id="export-header"', "data:image/png;base64,", 'class="meta"', 'id="extra-fields"',
                 'class="step finished"', 'id="linked-items"', 'id="uploads"', 'id="comments"', "&nbsp;",
                 'name="generator" content="eLabFTW'):
        if mark not in raw:
            failures.append(f"{path.name}: {mark} missing: not an eLabFTW export")


def _check_nbconvert(gen, path: Path, text: str, failures: list[str]) -> None:
    if text != gen.htb_text():
        failures.append(f"{path.name}: file differs from htb_text()")
    for mark in ("```python\n", "\n    100 °C: ", '<table class="bath-table">', "\n    -----",
                 "![png](", "\n|---|", "\n- [ ] ", "\n> **Never", "```python\n\n```"):
        if mark not in text:
            failures.append(f"{path.name}: {mark!r} missing: not an nbconvert Markdown export")


# ---------------------------------------------------------------------------- guides


def guide_units(gen, failures: list[str]) -> dict[str, tuple[list[str], str, str]]:
    """stem -> (text units, whole visible text, kind)."""
    out: dict[str, tuple[list[str], str, str]] = {}
    for path in sorted(GUIDES.iterdir()):
        stem, suf = path.stem, path.suffix
        if suf == ".txt" and stem in gen.WHATSAPP_STEMS:
            text = path.read_bytes().decode("utf-8")
            _check_whatsapp(gen, path, text, failures)
            out[stem] = (gen.gab_units(text), text, "whatsapp")
        elif suf == ".txt" and stem in gen.LATEX_STEMS:
            text = path.read_bytes().decode("utf-8")
            _check_latex(gen, path, text, failures)
            out[stem] = (gen.pin_units(text), text, "latex")
        elif suf == ".pdf" and stem in gen.HANDOUT_PDF_STEMS:
            _check_pdf(path, failures)
            units = gen.visible_strings()[stem]
            out[stem] = (units, "\n".join(units), "handout-pdf")
        elif suf == ".docx" and stem in gen.NUMBERED_DOCX_STEMS:
            _check_docx(gen, path, failures)
            units = docx_units(path)
            out[stem] = (units, "\n".join(units), "numbered-docx")
        elif suf == ".html" and stem in gen.ELN_HTML_STEMS:
            raw = path.read_bytes().decode("utf-8")
            _check_eln(raw, path, failures)
            units, visible = html_units(raw)
            out[stem] = (units, visible, "eln-html")
        elif suf == ".md" and stem in gen.NBCONVERT_MD_STEMS:
            text = path.read_bytes().decode("utf-8")
            _check_nbconvert(gen, path, text, failures)
            units = gen.htb_units(text)
            out[stem] = (units, "\n".join(units), "nbconvert-md")
        else:
            failures.append(f"{path.name}: unexpected guide")
    return out


def fresh16_full_text(path: Path, gen=None) -> str:
    """Everything a reader could get out of a fresh16 guide."""
    suf = path.suffix
    data = path.read_bytes()
    if suf == ".html":
        t = data.decode("utf-8")
        attrs = re.findall(r'(?:alt|title)="([^"]*)"', t)
        return "\n".join([t, html.unescape(re.sub(r"<[^>]+>", " ", t)), html.unescape("\n".join(attrs))])
    if suf == ".docx":
        return docx_all_text(path)
    if suf == ".pdf":
        lines = gen.visible_strings()[path.stem] if gen is not None else []
        return "\n".join(pdf_pages(path) + lines)
    t = data.decode("utf-8")
    if suf == ".md":
        return t + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t


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


def python_docx_texts(path: Path) -> list[str]:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [p.text for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    return [_norm(p) for p in parts if p.strip()]


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
    return {"whatsapp": WHATSAPP_MARKUP, "latex": LATEX_MARKUP, "eln-html": HTML_MARKUP,
            "nbconvert-md": MD_MARKUP}.get(kind, ())


def main() -> int:  # noqa: C901 - one long check, as in the earlier parts
    gen = _load("make_fresh16_guides", HERE / "make_fresh16_guides.py")
    gen15 = _load("make_fresh15_guides", ROOT / "evals" / "fresh15" / "make_fresh15_guides.py")
    v15 = _load("verify_fresh15_anchors", ROOT / "evals" / "fresh15" / "verify_fresh15_anchors.py")
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
                if kind == "nbconvert-md" and s.startswith(MD_STARTS):
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
            texts[name] = fresh16_full_text(p, gen)
        elif p.parent.parent.name == "fresh15":
            texts[name] = v15.fresh15_full_text(p, gen15)
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
    mine = {name: t for name, t in texts.items() if "/evals/fresh16/" in f"/{name}"}
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
    verifiers = ((8, v8), (9, v9), (10, v10), (11, v11), (12, v12), (13, v13), (14, v14), (15, v15))
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
          "their own covered by fresh12's EARLIER_PROBES) checked against the fresh16 guides")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
