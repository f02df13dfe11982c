"""Check the fresh11 question files against the fresh11 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh11/verify_fresh11_anchors.py

Adapted from evals/fresh10/verify_fresh10_anchors.py.  For every question file
evals/fresh11/<stem>.jsonl there must be a guide evals/fresh11/guides/<stem>.* and the other way
round.  For every row: the fields are exactly those of the evals/dev format, ids are unique,
split is "fresh11", ask is one of the known kinds.  For every in-scope row: exactly one gold
entry naming the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no
tab and no line break, occurs verbatim inside one text unit of the guide and occurs exactly once
in the whole guide; every key and the lead occur verbatim inside one text unit.  Text units are:

  .md    one line of the file (raw text).  The guide is the MyST Markdown source of a Jupyter
         Book page, so an anchor, key or lead may not contain MyST / Markdown markup: **,
         backticks, table bars |, braces { } (roles, substitutions), angle brackets < >, "](",
         ":::" (colon fences), "$" or "[^" (footnotes), and may not start with a list marker
         ("- ", "* ", "1. "), a "#" or a ":" (directive options);
  .txt   the Excel CSV export (make_fresh11_guides.CSV_STEMS): one line of one cell, the file
         parsed as CSV.  The file must start with a UTF-8 BOM, end every row with CRLF, hold
         bare LF only inside quoted cells, have the same number of fields in every row, and be
         equal to the BOM + make_fresh11_guides.bal_csv_text().  An anchor, key or lead may not
         contain a double quote (doubled in the raw file);
  .eml   the Outlook message (make_fresh11_guides.EML_STEMS): the file must be pure ASCII with
         CRLF line ends only and hold exactly a quoted-printable text/html part in
         windows-1252 and a base64 image/png part, and no text/plain part.  Units are those of
         the DECODED HTML part, read like an .html/.htm;
  .htm   the text between two block boundaries: every tag that is not inline (span, a, b, i,
         em, strong, sub, sup, code, small, o:p, ...) and every <br> ends a unit, and the text of
         <pre> and <textarea> is split at its line breaks.  Entities are decoded and whitespace
         is normalised.  An anchor, key or lead may not contain a no-break space, and in the
         e-mail not the Symbol-font bullet "·" that Outlook writes before list items;
  .docx  one unit as held in make_fresh11_guides.py (visible_strings()): paragraph of the body,
         the tables, the text boxes (once), the TOC entries (tabs as spaces, cached page
         numbers), the header or the footer (cached field results);
  .pdf   one OCR text line as held in make_fresh11_guides.py (visible_strings()), i.e. as the
         invisible text layer holds it, with the ligatures U+FB01 / U+FB02 and the misreads.  An
         anchor, key or lead may not contain a ligature character.

The built files are re-read as a cross-check:
  .docx  lxml over word/document.xml, the header and the footer (one unit per w:p, its own w:t
         texts, w:tab and w:br as a space, field codes left out, cached field results kept; the
         paragraphs inside text boxes are units of their own, once in the DrawingML and once in
         the VML fallback); an anchor, key or lead must lie inside one of them (a miss is a
         failure).  A note is printed when python-docx (paragraph.text of the body paragraphs,
         the table cells, header and footer) does not hold it: python-docx does not read text
         boxes;
  .pdf   pdfplumber, page by page (it expands the ligatures).  An anchor, key or lead must come
         out, whitespace-normalised, inside one page text; one that is cut by a wrapped table
         cell does not (a note only).

Out-of-scope rows must have empty gold, key and lead, and each must have an entry in OUT_PROBES:
regular expressions for the thing it asks about, none of which may match the text of ANY guide
of the project (corpus/, tests/fixtures/gallery/, evals/*/guides/ and, when present,
../shared/real-guides/; .pdf through pdfplumber, .docx through the XML of all its word/ parts,
.html/.htm with tags removed, an .eml through its decoded HTML part, .txt/.md raw, a MIME .txt
decoded; soft hyphens and overstrike removed).  The other way round, none of the six fresh11
guides (extracted text, text units, and the text units with the ligatures expanded) may match
an out-of-scope probe of the earlier parts (OUT_PROBES of evals/fresh8, evals/fresh9 and
evals/fresh10), a pattern of EARLIER_OUT_TERMS of evals/fresh9 or of EXTRA_OUT_TERMS of
evals/fresh10, or a pattern of EXTRA_OUT_TERMS below (key terms of out-of-scope questions of
the other question sets that touch the fresh11 topics, read by hand), so that no earlier
out-of-scope question becomes answerable.  Each file needs 38-42 in-scope and at least 7
out-of-scope rows, and each guide must have 1,500-2,500 words of visible text (raw text for the
.md, all cells for the CSV, text outside tags, scripts, styles and the head for the .htm and
the decoded HTML of the .eml, the generator's text units for the .docx/.pdf).  Exits non-zero
on any failure.
"""

from __future__ import annotations

import collections
import csv
import email
import email.policy
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
SPLIT = "fresh11"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why",
        "misspelled"}
INLINE = {"span", "a", "b", "i", "em", "strong", "sub", "sup", "code", "small", "kbd", "abbr",
          "font", "input", "img", "time", "u", "s", "mark", "label", "dfn", "o:p"}
SPLIT_LINES = {"pre", "textarea"}
MIN_IN, MAX_IN, MIN_OUT = 38, 42, 7
MIN_WORDS, MAX_WORDS = 1500, 2500
SHY = "\u00ad"
LIGATURES = ("\ufb01", "\ufb02")
MD_MARKUP = ("**", "`", "|", "{", "}", "<", ">", "](", ":::", "$", "[^")
HTML_MARKUP = ("\u00a0",)
EML_MARKUP = ("\u00a0", "\u00b7")
CSV_MARKUP = ('"',)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GUIDE_SUFFIXES = (".md", ".txt", ".html", ".htm", ".pdf", ".docx", ".eml")

# Out-of-scope probes: patterns (case-insensitive) for what each out-of-scope question asks
# about.  None of them may occur in any guide of the project.
OUT_PROBES: dict[str, list[str]] = {
    "pk-043": ["acetoacetate", "amino ketone", r"Knorr pyrrole synthesis"],
    "pk-044": ["Leusen", "TosMIC", "tosylmethyl isocyanide"],
    "pk-045": [r"Barton.Zard", r"\bZard\b", "isocyanoacetate", "nitroalkene"],
    "pk-046": ["polypyrrole", "electropolymer"],
    "pk-047": [r"thiophene.{0,80}(diketone|hexanedione|Paal)",
               r"(diketone|hexanedione|Paal).{0,80}thiophene"],
    "pk-048": ["Stetter", "thiazolium"],
    "pk-049": ["porphyrin", "Lindsey", r"\bAdler\b"],
    "wk-043": ["AgNO2", "tBuONO", "aldehyde-selective", "anti-Markovnikov",
               r"nitrite.{0,60}Wacker", r"Wacker.{0,60}nitrite"],
    "wk-044": ["aza-Wacker", r"Pd\(OAc\)2.{0,40}DMSO", r"DMSO.{0,40}Pd\(OAc\)2"],
    "wk-045": ["Quinox", "Sigman", r"TBHP.{0,60}(Wacker|PdCl2|Pd\()", r"Wacker.{0,60}TBHP"],
    "wk-046": ["Wacker process", "Hoechst", r"acetaldehyde.{0,60}ethylene",
               r"ethylene.{0,30}(PdCl2|Wacker)"],
    "wk-047": [r"recover\w* (the )?(palladium|Pd)", r"Pd black.{0,60}(PdCl2|aqua regia)",
               r"(make|prepare)\w* PdCl2"],
    "wk-048": ["tube-in-tube", r"Wacker.{0,60}flow", r"flow.{0,60}Wacker"],
    "wk-049": ["carbonylat", "dialkoxylation", r"\bCO\b.{0,40}(PdCl2|Wacker)"],
    "bal-043": ["buoyancy", "air density"],
    "bal-044": [r"Z.factor", "pipette calibration", r"calibrat\w* (a |the |my )?pipette"],
    "bal-045": ["linearity"],
    "bal-046": ["density kit", "Archimedes", "hydrostatic"],
    "bal-047": ["moisture analy", "halogen dry", "loss on drying"],
    "bal-048": ["LabX", r"\bUSB\b", r"RS-?232"],
    "bal-049": ["piece count", "counting mode", r"count\w* pieces"],
    "uv-043": ["Job plot", "continuous variation", "Job's method"],
    "uv-044": ["quinine", "fluorescence quantum", "relative quantum yield"],
    "uv-045": ["Tauc", r"band ?gap"],
    "uv-046": ["integrating sphere", "diffuse reflectance", "Kubelka"],
    "uv-047": [r"\bTD-?DFT\b", "time-dependent"],
    "uv-048": ["stopped-flow", "stopped flow"],
    "uv-049": ["Woodward", r"Fieser rule"],
    "ugi-043": ["Groebke", "Blackburn", "Bienaym", r"\bGBB\b", r"imidazo\[1,2-a\]pyridine"],
    "ugi-044": ["Ugi-azide", r"Ugi.{0,40}tetrazole", r"tetrazole.{0,40}Ugi"],
    "ugi-045": ["Leusen", "TosMIC", "tosylmethyl isocyanide"],
    "ugi-046": ["formamide dehydrat", r"dehydrat\w* (of )?(the |a |my )?formamide", "Burgess",
                r"POCl3"],
    "ugi-047": [r"Ugi.{0,60}resin", r"resin.{0,60}Ugi", "solid-phase Ugi"],
    "ugi-048": ["five-cent", "U-5C", "5C-4CR"],
    "ugi-049": ["Joulli"],
    "mbh-043": ["isocupreidine", r"\bICD\b", "hexafluoroisopropyl acrylate", "HFIP acrylate"],
    "mbh-044": ["aza-MBH", "aza-Morita", "aza-Baylis", r"(MBH|Baylis).{0,60}imine"],
    "mbh-045": [r"NBS.{0,40}(Me2S|dimethyl sulfide)", r"(Me2S|dimethyl sulfide).{0,40}NBS"],
    "mbh-046": ["Trost", r"MBH acetate.{0,60}(Pd|palladium)"],
    "mbh-047": ["allenoate", r"\[3\+2\] annulation"],
    "mbh-048": [r"intramolecular (MBH|Morita|Baylis)"],
    "mbh-049": ["Kataoka", "chalcogen", r"TiCl4.{0,40}(Me2S|chalcogen)"],
}

# Key terms of out-of-scope questions of the other question sets (evals/dev, evals/lay with
# oos_terms.json, evals/test, evals/real, evals/questions.jsonl, fresh2-fresh10) that touch the
# fresh11 topics and are not already in fresh9's EARLIER_OUT_TERMS or fresh10's
# EXTRA_OUT_TERMS.  None of them may occur in a fresh11 guide.
EXTRA_OUT_TERMS: list[str] = [
    # UV-Vis: photochemistry and photophysics (fresh4), detection limits (dev, fresh2)
    "actinometr", "ferrioxalate", r"Stern.?Volmer", "triplet energ", "irradiance", "radiometer",
    "mW/cm", r"\bEDA\b", r"charge.transfer", "quantum yield", "fluoresc", "Kessil", "4CzIPN",
    "photocatalyst", r"\bLOD\b", "limit of detection", "detection limit", r"\bECD\b",
    "capillary voltage", "chiral column", "Chiralpak", "single crystal", r"vapou?r diffusion",
    # Wacker: other Pd/Cu oxidations and metal limits (fresh2, fresh3, fresh6, dev, test)
    "Lemieux", "oxidative Heck", r"\bPDE\b", r"\bppm\b.{0,40}(Cu\b|copper|Pd\b|palladium)",
    r"\bnickel\b", "NiCl2",
    # balance: sensors, calibration of other instruments, gas lines (fresh3, dev, lay)
    "O2 sensor", "oxygen sensor", "generator current", "dew point", "gas line",
    # Ugi: peptide chemistry and protecting groups (test, fresh2, fresh3)
    "native chemical ligation", "ivDde", "thioester", "Wang resin", "Boc-ON", r"\bTMSI\b",
    "iodotrimethylsilane", "Hantzsch",
    # MBH: other aldol/olefination chemistry (fresh6, dev, fresh8, lay)
    r"Mukaiyama.Michael", "silyl ketene acetal", "Ipc2BCl", "Paterson", r"\[2,3\]-Wittig",
    "Danishefsky", "ionic liquid",
    # general (lay, dev, real: plates, prices, reuse)
    "96-well", "well plate", "microplate", r"\bprice", r"[£$€] ?\d", "regenerat",
    r"\breus(e|es|ed|ing)\b",
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


def eml_html(data: bytes) -> str:
    """The decoded text/html part of a MIME message."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            return part.get_content()
    return ""


def _check_eml(path: Path, data: bytes, failures: list[str]) -> None:
    try:
        data.decode("ascii")
    except UnicodeDecodeError:
        failures.append(f"{path.name}: not pure ASCII")
    if data.replace(b"\r\n", b"").count(b"\n") or data.replace(b"\r\n", b"").count(b"\r"):
        failures.append(f"{path.name}: expected CRLF line ends only")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    seen = {}
    for part in msg.walk():
        if not part.is_multipart():
            seen[part.get_content_type()] = part.get("Content-Transfer-Encoding", "")
            if part.get_content_type() == "text/html" and \
                    part.get_content_charset() != "windows-1252":
                failures.append(f"{path.name}: HTML part not in windows-1252")
    want = {"text/html": "quoted-printable", "image/png": "base64"}
    if seen != want:
        failures.append(f"{path.name}: MIME parts {seen}, expected {want}")


def csv_cells(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def _check_csv(gen, path: Path, data: bytes, failures: list[str]) -> None:
    if not data.startswith(b"\xef\xbb\xbf"):
        failures.append(f"{path.name}: no UTF-8 BOM")
    if data != b"\xef\xbb\xbf" + gen.bal_csv_text().encode("utf-8"):
        failures.append(f"{path.name}: file differs from make_fresh11_guides.bal_csv_text()")
    body = data[3:].decode("utf-8")
    if not body.endswith("\r\n"):
        failures.append(f"{path.name}: last row does not end with CRLF")
    # bare LF only inside quoted cells: walk the file and track the quote state
    inside = False
    for i, ch in enumerate(body):
        if ch == '"':
            inside = not inside
        elif ch == "\n" and body[i - 1] != "\r" and not inside:
            failures.append(f"{path.name}: bare LF outside a quoted cell at offset {i}")
            break
        elif ch == "\r" and (inside or body[i + 1:i + 2] != "\n"):
            failures.append(f"{path.name}: CR inside a cell or without LF at offset {i}")
            break
    rows = csv_cells(data)
    widths = {len(r) for r in rows}
    if len(widths) != 1:
        failures.append(f"{path.name}: rows of different widths {sorted(widths)}")


def guide_units(gen, failures: list[str]) -> dict[str, tuple[list[str], str, str]]:
    """stem -> (text units, whole visible text, kind)."""
    out: dict[str, tuple[list[str], str, str]] = {}
    for path in sorted(GUIDES.iterdir()):
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            out[path.stem] = (text.splitlines(), text, ".md")
        elif path.suffix == ".txt":
            if path.stem not in gen.CSV_STEMS:
                failures.append(f"{path.name}: unexpected .txt guide")
                continue
            data = path.read_bytes()
            _check_csv(gen, path, data, failures)
            cells = [c for row in csv_cells(data) for c in row if c]
            units = [ln for c in cells for ln in c.split("\n") if ln.strip()]
            out[path.stem] = (units, "\n".join(cells), ".txt")
        elif path.suffix == ".eml":
            if path.stem not in gen.EML_STEMS:
                failures.append(f"{path.name}: unexpected .eml guide")
                continue
            data = path.read_bytes()
            _check_eml(path, data, failures)
            units, visible = _html_units(eml_html(data))
            out[path.stem] = (units, visible, ".eml")
        elif path.suffix in (".html", ".htm"):
            raw = path.read_bytes().decode("utf-8")
            units, visible = _html_units(raw)
            out[path.stem] = (units, visible, ".htm")
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
    """One unit per w:p of document, header and footer (text-box paragraphs included)."""
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


def guide_text_any(v9, path: Path) -> str:
    """Plain text of any guide file of the project: fresh9's extraction for the suffixes it
    knows, the decoded HTML part for an .eml, tags removed for an .htm; soft hyphens and
    overstrike removed."""
    suf = path.suffix.lower()
    if suf == ".eml":
        text = eml_html(path.read_bytes())
        text = re.sub(r"(?s)<(script|style)[^>]*>.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    elif suf == ".htm":
        text = path.read_bytes().decode("utf-8", "replace")
        text = re.sub(r"(?s)<(script|style)[^>]*>.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    else:
        text = v9._guide_text_any(path)
    return re.sub(r".\x08", "", text.replace(SHY, ""))


def _markup_for(kind: str) -> tuple[str, ...]:
    return {".md": MD_MARKUP, ".htm": HTML_MARKUP, ".eml": EML_MARKUP, ".txt": CSV_MARKUP,
            ".pdf": LIGATURES}.get(kind, ())


def main() -> int:
    gen = _load("make_fresh11_guides", HERE / "make_fresh11_guides.py")
    v10 = _load("verify_fresh10_anchors", ROOT / "evals" / "fresh10" / "verify_fresh10_anchors.py")
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
                if kind == ".md" and re.match(r"(- |\* |\d+\. |#|:)", s):
                    failures.append(f"{where}: Markdown block marker at the start of {s!r}")
            for k in q["key"] + [q["lead"]]:
                if not k or k not in whole:
                    failures.append(f"{where}: key/lead not in guide: {k!r}")
                elif not any(k in u for u in unit_list):
                    failures.append(f"{where}: key/lead spans text units: {k!r}")
            if q["lead"] in q["key"] and not any(q["lead"] in u for u in holders):
                n_lead_keys += 1
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
                        notes.append(f"{where}: python-docx misses it (text box): {s!r}")
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
    texts = {str(p.relative_to(ROOT.parent)): guide_text_any(v9, p)
             for p in all_project_guides()}
    print(f"out-of-scope probes checked against {len(texts)} guide files")
    for where, qid in out_rows:
        for pat in OUT_PROBES.get(qid, []):
            rx = re.compile(pat, re.I)
            hits = [name for name, t in texts.items() if rx.search(t)]
            if hits:
                failures.append(f"{where}: probe {pat!r} found in {', '.join(hits)}")
    # earlier out-of-scope questions must stay unanswerable: check the extracted texts and the
    # text units (the OCR layer also with its ligatures expanded)
    mine = {name: t for name, t in texts.items() if "/evals/fresh11/" in f"/{name}"}
    for stem, (_, whole, _) in units.items():
        mine[f"{stem} (units)"] = whole
        mine[f"{stem} (units, NFKC)"] = unicodedata.normalize("NFKC", whole)
    checks = [(f"fresh8 {qid}", pat) for qid, pats in sorted(v8.OUT_PROBES.items())
              for pat in pats]
    checks += [(f"fresh9 {qid}", pat) for qid, pats in sorted(v9.OUT_PROBES.items())
               for pat in pats]
    checks += [(f"fresh10 {qid}", pat) for qid, pats in sorted(v10.OUT_PROBES.items())
               for pat in pats]
    checks += [("fresh9 earlier term", t) for t in v9.EARLIER_OUT_TERMS]
    checks += [("fresh10 extra term", t) for t in v10.EXTRA_OUT_TERMS]
    checks += [("extra term", t) for t in EXTRA_OUT_TERMS]
    for label, pat in checks:
        rx = re.compile(pat, re.I)
        for name, t in mine.items():
            m = rx.search(t)
            if m:
                failures.append(f"{name}: matches {label} probe {pat!r} ({m.group(0)!r})")
    print(f"{len(checks)} earlier out-of-scope probes/terms checked against the fresh11 guides")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
