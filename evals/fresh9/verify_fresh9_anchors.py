"""Check the fresh9 question files against the fresh9 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh9/verify_fresh9_anchors.py

Adapted from evals/fresh8/verify_fresh8_anchors.py.  For every question file
evals/fresh9/<stem>.jsonl there must be a guide evals/fresh9/guides/<stem>.* and the other way
round.  For every row: the fields are exactly those of the evals/dev format, ids are unique, split
is "fresh9", ask is one of the known kinds.  For every in-scope row: exactly one gold entry naming
the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no tab and no
line break, occurs verbatim inside one text unit of the guide and occurs exactly once in the
whole guide; every key and the lead occur verbatim inside one text unit.  Text units are:

  .md          one line of the file (raw text).  The guide is a Docusaurus page, so an anchor,
               key or lead may not contain Markdown/MDX markup: **, backticks, table bars |,
               braces { }, angle brackets < >, ":::" or "](", and may not start with a list
               marker ("- ", "1. ") or a "#";
  .txt         the Gmail message source (make_fresh9_guides.MIME_STEMS): the file must be pure
               ASCII with CRLF line ends only and parse as a MIME message with a quoted-printable
               text/plain part, a quoted-printable text/html part and a base64 text/csv
               attachment.  Units are the lines of the DECODED text/plain part and the lines of
               the decoded CSV; the whole text (for "exactly once" and the word count) is the
               two together, not the HTML alternative, which repeats the plain text.  An anchor,
               key or lead may not start with the ">" of a quote and may not contain "wrote:";
  .html        the text between two block boundaries: every tag that is not inline (span, a,
               b, i, em, strong, sub, sup, code, small, font, input, img, ...) and every <br>
               ends a unit, and the text of <pre> and <textarea> is split at its line breaks.
               Entities are decoded and whitespace is normalised.  An anchor, key or lead may
               not contain a table bar | (the Markdown slide of the reveal.js deck) or a no-break
               space;
  .docx/.pdf   one unit as held in make_fresh9_guides.py (visible_strings()): cell, header or
               footer line, column letter, row number or comment line of the Excel printout;
               paragraph of the Word document, with "\\t" for each w:tab (the tab-stop "table"
               rows), so that nothing straddles a tab.

The built files are re-read as a cross-check:
  .docx        lxml over word/document.xml, header and footer parts: every w:p is one unit made
               of its OWN w:t texts, including those inside w:smartTag elements (w:tab and w:br
               as a space, field codes left out); an anchor, key or lead must lie inside one of
               them (a miss is a failure).  A note is printed when python-docx (paragraph.text of
               the body paragraphs, the cells of the tables, header and footer) does not hold it:
               python-docx skips the runs inside smart tags;
  .pdf         pdfplumber, page by page.  An anchor, key or lead must come out,
               whitespace-normalised, inside one page text; one that is cut by a sub- or
               superscript, a wrapped cell or a row number does not (a note only).

Out-of-scope rows must have empty gold, key and lead, and each must have an entry in OUT_PROBES:
regular expressions for the thing it asks about, none of which may match the text of ANY guide
of the project (corpus/, tests/fixtures/gallery/, evals/*/guides/ and, when present,
../shared/real-guides/; .pdf through pdfplumber, .docx through the XML of its parts, .html with
tags removed, .txt/.md raw, a MIME .txt decoded).  The other way round, none of the six fresh9
guides may match an out-of-scope probe of the earlier parts (OUT_PROBES of
evals/fresh8/verify_fresh8_anchors.py) or a pattern of EARLIER_OUT_TERMS (key terms of the
out-of-scope questions of the other question sets, read by hand), so that no earlier
out-of-scope question becomes answerable.  Each file needs 38-42 in-scope and at least 7
out-of-scope rows, and each guide must have 1,500-2,500 words of visible text (raw text for
.md, decoded plain text and CSV for the MIME .txt, text outside tags, scripts, styles and the
head for .html, the generator's text units for .docx/.pdf).  Exits non-zero on any failure.
"""

from __future__ import annotations

import collections
import email
import email.policy
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
SPLIT = "fresh9"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why",
        "misspelled"}
INLINE = {"span", "a", "b", "i", "em", "strong", "sub", "sup", "code", "small", "kbd", "abbr",
          "font", "input", "img", "time", "u", "s", "mark", "label"}
SPLIT_LINES = {"pre", "textarea"}
MIN_IN, MAX_IN, MIN_OUT = 38, 42, 7
MIN_WORDS, MAX_WORDS = 1500, 2500
MD_MARKUP = ("**", "`", "|", "{", "}", "<", ">", ":::", "](")
MIME_MARKUP = ("wrote:",)
HTML_MARKUP = ("|", "\u00a0")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Out-of-scope probes: patterns (case-insensitive) for what each out-of-scope question asks
# about.  None of them may occur in any guide of the project.
OUT_PROBES: dict[str, list[str]] = {
    "bv-043": ["Dakin"],
    "bv-044": ["monooxygenase", r"\bBVMO\b", r"\bCHMO\b", "NADPH"],
    "bv-045": ["Sn-beta", "zeolite", "stannosilicate"],
    "bv-046": [r"asymmetric Baeyer", r"enantioselective Baeyer", "desymmetri",
               r"chiral (catalyst|phosphoric)"],
    "bv-047": [r"bis\(trimethylsilyl\) ?peroxide", r"\bBTSP\b"],
    "bv-048": [r"Caro.s acid", "peroxymonosulfuric", "persulfate"],
    "bv-049": [r"Sn\(Oct\)", "octoate", "polycaprolactone"],
    "ps-042": [r"chiral phosphoric", r"enantioselective Pictet", r"asymmetric Pictet"],
    "ps-043": ["strictosidine", "norcoclaurine", r"enzymatic Pictet"],
    "ps-044": ["Pomeranz", "aminoacetal", "aminoacetaldehyde"],
    "ps-045": [r"oxa-Pictet", "isochroman"],
    "ps-046": ["transfer hydrogenation", "TsDPEN", r"p-cymene"],
    "ps-047": ["Bischler", "Napieralski", "POCl3"],
    "ps-048": [r"Pictet.Gams"],
    "scx-042": [r"regenerat\w* (the |an? |used )?(SCX|cartridge|sorbent|ion)",
                r"reus\w* (the |an? )?(SCX|cartridge)"],
    "scx-043": ["Sepharose", r"salt gradient", r"\bCM-"],
    "scx-044": ["fluorous", "FluoroFlash"],
    "scx-045": ["Chelex", "iminodiacetic"],
    "scx-046": [r"ion chromatography"],
    "scx-047": [r"\bMCX\b", r"\bOasis\b", r"mixed-mode"],
    "scx-048": [r"PS-DIEA", r"PS-DIPEA", r"polymer-bound (DIPEA|DIEA|base)"],
    "bk-043": ["Neber", "azirine", r"amino ketone"],
    "bk-044": ["Schmidt"],
    "bk-045": ["oxaziridine", r"photo-?Beckmann", r"photochemical Beckmann"],
    "bk-046": [r"oxime.{0,60}(zinc|\bZn\b)", r"reduc\w* (of )?(the |an? )?oxime"],
    "bk-047": ["Tiemann", "amidoxime", "cyanamide"],
    "bk-048": ["Semmler", r"Wolff aromati"],
    "bk-049": [r"hydroxylamine-O-sulfonic", r"\bHOSA\b"],
    "snar-043": ["Halex", r"halogen[- ]exchange", r"KF.{0,40}sulfolane", r"sulfolane.{0,40}KF"],
    "snar-044": ["Smiles"],
    "snar-045": ["Chichibabin", "sodamide"],
    "snar-046": ["KNH2", r"aryne amination", r"benzyne.{0,40}(amin|KNH2)",
                 r"(amin|KNH2).{0,40}benzyne"],
    "snar-047": [r"S ?RN ?1", "photostimulated"],
    "snar-048": ["PhenoFluor", r"concerted SNAr", "cSNAr"],
    "snar-049": ["TPGS", r"micell", r"SNAr in water"],
    "ea-043": [r"Sch(ö|oe|o)niger", r"oxygen[- ]flask"],
    "ea-044": ["Kjeldahl"],
    "ea-045": [r"K-factor", r"calibrat\w* (the |an? )?(CHN|analy[sz]er|combustion)",
               r"acetanilide.{0,40}(standard|calibra)"],
    "ea-046": ["pyrolysis", r"oxygen determination", r"%O\b"],
    "ea-047": [r"reduction tube", r"reduction reactor"],
    "ea-048": [r"isotope-ratio mass", r"\bIRMS\b", r"(δ|d)13C"],
    "ea-049": [r"\bXPS\b", "photoelectron"],
}

# Key terms of out-of-scope questions of the other question sets (evals/dev, evals/lay,
# evals/test, evals/real, evals/questions.jsonl, fresh2-fresh7, which have no probes of their
# own) that touch the fresh9 topics.  None of them may occur in a fresh9 guide.
EARLIER_OUT_TERMS: list[str] = [
    # fresh2-fresh7 out-of-scope questions
    "Simmons", r"Et2Zn", "diethylzinc", "hydroboration", "Wolff-Kishner", "Wolff\u2013Kishner",
    "Clemmensen", "Oxone", "Staudinger", "metathesis", "Grubbs", "Schmidt", "Hofmann",
    "Lossen", r"Dean.Stark", r"\bTPAP\b", "Pinnick", r"\bMnO2\b", "Oppenauer",
    "Jones reagent", "Rubottom", "Shi epoxidation", "Jacobsen", "Darzens", "Meinwald",
    "Arndt", "diazomethane", "Colvin", "Reformatsky", "Rieke", "Barbier", r"\bEvans\b",
    "proline", "Houben", "Vilsmeier", "Finkelstein", r"\bPBr3\b", "Corey-Fuchs", "Ohira",
    "Cadiot", "Kolbe", "Nafion", "circular dichroism", "sucrose", "Cotton effect", r"\bMIDA\b",
    "Matteson", r"\bNaIO4\b", "Pirani", "Milli-Q", "Hiyama", r"\bTTMSS\b", "Bu3SnH",
    r"\bSmI2\b", "naphthalenide", "Gomberg", "Meerwein", "Japp", r"\bHMBC\b", r"\bDOSY\b",
    "Shigemi", "Dragendorff", "densitometr", "prep TLC", "sublimation", "steam distillation",
    "Kugelrohr", "spinning band", "Balz", "Selectfluor", "PyFluor", r"\bSF4\b",
    # evals/dev, evals/lay, evals/test, evals/real and evals/questions.jsonl
    "Ritter", r"\bAlMe3\b", "Schotten", "Zaiput", "bisulfite", "phase separator",
    r"Chan.Lam", "Ullmann", "Raney", "H-Cube", "transfer hydrogenation", "ammonium formate",
    r"\bLDA\b", "LiTMP", "Kumada", "Gilman", "cuprate", "Negishi", "Peterson", "Julia",
    "Takai", "McMurry", r"\bMOM\b", r"\bPMB\b", r"\bDDQ\b", r"\bTHP\b", r"\bCBS\b",
    r"Meerwein.Ponndorf", "nickel boride", r"NaBH\(OAc\)3", r"\bNaBH3CN\b", "Leuckart",
    r"\bIRED\b", "Fmoc", "piperidine", "Alloc", "Teoc", "Troc", r"\bBoc2O\b", r"\bHATU\b",
    r"\bCOMU\b", r"\bT3P\b", r"\bCDI\b", r"\bDCC\b", r"\bDCU\b", r"\bICH\b",
    r"ICP-MS", r"\bXRF\b", r"\bGPC\b", r"\bLOQ\b", "chiral SFC", r"\bTGA\b",
    "loss on drying", "benzophenone", "centrifug", "pH meter", r"pH 7\.4", r"\bbuffer at pH",
    "dioxane", "ninhydrin", "KMnO4", "rotamer", r"M ?\+ ?23", "sodium adduct",
    r"\bHF\b", "osmium", "OsO4", "diazepam", "benzodiazepine", "NMR tube", "percent yield",
    "reflux condenser", r"\bSTAB\b", r"\bNaH\b", "Sure/Seal", "TPGS", "Craig tube",
    "Quartzy", "defibrillator", "calcium gluconate", r"pKa.{0,40}(DIPEA|DMAP|acetic|triethyl)",
    r"(DIPEA|DMAP|acetic acid|triethylamine).{0,40}pKa", r"gloves?.{0,60}(dichloromethane|CH2Cl2|DCM)",
    r"toluene.{0,20}110 ?\u00b0C", r"boiling point of (toluene|DCE)",
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


def mime_parts(data: bytes) -> dict[str, str]:
    """Decoded text parts of a MIME message: content type -> text."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    parts: dict[str, str] = {}
    for part in msg.walk():
        if part.is_multipart():
            continue
        parts[part.get_content_type()] = part.get_content()
    return parts


def _check_mime(path: Path, data: bytes, failures: list[str]) -> None:
    try:
        data.decode("ascii")
    except UnicodeDecodeError:
        failures.append(f"{path.name}: not pure ASCII")
    if data.replace(b"\r\n", b"").count(b"\n") or b"\r\n" not in data:
        failures.append(f"{path.name}: expected CRLF line ends only")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    seen = {}
    for part in msg.walk():
        if not part.is_multipart():
            seen[part.get_content_type()] = part.get("Content-Transfer-Encoding", "")
    want = {"text/plain": "quoted-printable", "text/html": "quoted-printable",
            "text/csv": "base64"}
    if seen != want:
        failures.append(f"{path.name}: MIME parts {seen}, expected {want}")


def guide_units(gen, failures: list[str]) -> dict[str, tuple[list[str], str, str]]:
    """stem -> (text units, whole visible text, kind)."""
    out: dict[str, tuple[list[str], str, str]] = {}
    for path in sorted(GUIDES.iterdir()):
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            out[path.stem] = (text.splitlines(), text, ".md")
        elif path.suffix == ".txt":
            data = path.read_bytes()
            if path.stem not in gen.MIME_STEMS:
                failures.append(f"{path.name}: unexpected .txt guide")
                continue
            _check_mime(path, data, failures)
            parts = mime_parts(data)
            plain = parts.get("text/plain", "")
            csv = parts.get("text/csv", "")
            units = plain.splitlines() + csv.splitlines()
            out[path.stem] = (units, plain + "\n" + csv, ".txt")
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
    """Text of one w:p (smart tags included) without the text of paragraphs nested in it."""
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
    header and footer (no runs inside w:smartTag)."""
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
    if suf == ".txt" and b"\nMIME-Version:" in data[:20000]:
        parts = mime_parts(data)
        text = "\n".join(parts.values())
        return html.unescape(re.sub(r"<[^>]+>", " ", text)) + "\n" + data.decode("ascii",
                                                                              "replace")
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
    return {".md": MD_MARKUP, ".txt": MIME_MARKUP, ".html": HTML_MARKUP}.get(kind, ())


def main() -> int:
    gen = _load("make_fresh9_guides", HERE / "make_fresh9_guides.py")
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
                if kind == ".txt" and s.startswith(">"):
                    failures.append(f"{where}: quote marker at the start of {s!r}")
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
                                         f"(sub/superscript, wrapped cell or row number): {s!r}")
            if stem in pydocx:
                for s in [anchor] + q["key"] + [q["lead"]]:
                    if not any(_norm(s) in t for t in pydocx[stem]):
                        notes.append(f"{where}: python-docx misses it: {s!r}")
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(asks.items()))
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope ({kinds})")
        total_in += n_in
        total_out += n_out
        if not MIN_IN <= n_in <= MAX_IN or n_out < MIN_OUT:
            failures.append(f"{qfile.name}: question counts ({n_in} in, {n_out} out)")
    print(f"total: {total_in} in-scope, {total_out} out-of-scope")
    # out-of-scope probes against every guide of the project
    texts = {str(p.relative_to(ROOT.parent)): _guide_text_any(p) for p in all_project_guides()}
    print(f"out-of-scope probes checked against {len(texts)} guide files")
    for where, qid in out_rows:
        for pat in OUT_PROBES.get(qid, []):
            rx = re.compile(pat, re.I)
            hits = [name for name, t in texts.items() if rx.search(t)]
            if hits:
                failures.append(f"{where}: probe {pat!r} found in {', '.join(hits)}")
    # earlier out-of-scope questions must stay unanswerable
    mine = {name: t for name, t in texts.items() if "/evals/fresh9/" in f"/{name}"}
    earlier = _load("verify_fresh8_anchors",
                    ROOT / "evals" / "fresh8" / "verify_fresh8_anchors.py").OUT_PROBES
    checks = [(f"fresh8 {qid}", pat) for qid, pats in sorted(earlier.items()) for pat in pats]
    checks += [("earlier term", t) for t in EARLIER_OUT_TERMS]
    for label, pat in checks:
        rx = re.compile(pat, re.I)
        for name, t in mine.items():
            if rx.search(t):
                failures.append(f"{name}: matches {label} probe {pat!r}")
    print(f"{len(checks)} earlier out-of-scope probes/terms checked against {len(mine)} fresh9 "
          "guides")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
