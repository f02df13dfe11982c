"""Check the fresh13 question files against the fresh13 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh13/verify_fresh13_anchors.py

Adapted from evals/fresh12/verify_fresh12_anchors.py.  For every question file
evals/fresh13/<stem>.jsonl there must be a guide evals/fresh13/guides/<stem>.* and the other way
round.  For every row: the fields are exactly those of the evals/dev format, ids are unique,
split is "fresh13", ask is one of the known kinds.  For every in-scope row: exactly one gold
entry naming the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no
tab and no line break, occurs verbatim inside one text unit of the guide and occurs exactly once
in the whole guide; every key and the lead occur verbatim inside one text unit.  Text units are:

  .htm   the OneNote page (make_fresh13_guides.ONENOTE_STEMS), Microsoft Graph page HTML saved
         by a backup script: the text between two block boundaries, where every tag that is not
         inline (span, a, b, ...) and every <br> ends a unit; entities decoded, whitespace
         normalised.  The body must carry data-absolute-enabled="true", there must be at least
         six absolutely positioned outlines, note tags (data-tag) and the "created" meta.  An
         anchor, key or lead may not contain a no-break space;
  .html  the Jira issue in the printable view (JIRA_STEMS): units as for the .htm (tt and font
         inline).  The page must be the printable view with the issuedetails table, at least
         five comment rows and the "Generated at" line;
  .txt   the Typst source (TYPST_STEMS): one source line, stripped.  The file must contain the
         #import and #show: lines of the template.  An anchor, key or lead may not contain
         Typst markup (# * _ $ ~ @ < > [ ] backslash, "--" or "//") and may not start with a
         heading, list or term marker ("= ", "- ", "+ ", "/ ");
  .eml   the Mailchimp newsletter (MAILCHIMP_STEMS): units of the decoded text/html part, as for
         the .htm.  The file must have CRLF line ends only and be multipart/alternative(text/plain,
         text/html), both parts quoted-printable UTF-8, sent by the Mailchimp mailer, with the
         hidden preview text and list-manage tracking links.  A note is printed where an anchor,
         key or lead is not in the (whitespace-normalised) text/plain alternative;
  .docx  one unit as held in make_fresh13_guides.py (visible_strings()): one paragraph of the
         header, the body (including the paragraphs inside content controls and nested tables)
         and the footer;
  .pdf   the 2-up booklet (BOOKLET_STEMS), as held in make_fresh13_guides.py (visible_strings()):
         one drawn text line of one booklet page.  The file must have six A4-landscape pages.

The built files are re-read as a cross-check:
  .docx  lxml over word/document.xml, the header and the footer (one unit per w:p, its own w:t
         texts, w:tab and w:br as a space); an anchor, key or lead must lie inside one of them (a
         miss is a failure).  A note is printed when python-docx (paragraph.text of the body
         paragraphs and of the cells of the top-level table) does not hold it: it reads neither
         block-level content controls in cells, nor run-level content controls, nor nested
         tables, nor table rows inside a repeating-section content control;
  .pdf   pdfplumber, page by page (each page holds two booklet pages side by side); a note is
         printed when a string does not come out whitespace-normalised inside the page text.

Out-of-scope rows must have empty gold, key and lead, and each must have an entry in OUT_PROBES:
regular expressions for the thing it asks about, none of which may match the text of ANY guide
of the project (corpus/, tests/fixtures/gallery/, evals/*/guides/ and, when present,
../shared/real-guides/; extracted as fresh11 does, the fresh12 guides as fresh12 does, and the
fresh13 guides completely: every decoded part and the subject of the newsletter, the tags-removed
text and the alt/title/attachment attributes of the HTML pages, every XML part of the DOCX, the
pdfplumber text and the drawn lines of the booklet, the Typst source as it is).  The other way
round, none of the six fresh13 guides (complete text, text units, and both NFKC-normalised) may
match an out-of-scope probe of the earlier parts: OUT_PROBES of evals/fresh8 to evals/fresh12,
EARLIER_OUT_TERMS of evals/fresh9, EXTRA_OUT_TERMS of evals/fresh10 and evals/fresh11, and
fresh12's EARLIER_PROBES and lay probes, which cover every out-of-scope row of the sets without
probes of their own (evals/dev, evals/lay, evals/test, evals/real, evals/questions.jsonl,
fresh2-fresh7).  NARROWED replaces a few of those patterns by narrower ones for the fresh13 check
only, where the pattern matches a fresh13 guide that does not answer the question (see there).
The verifier checks that fresh12's EARLIER_PROBES still covers every such row and that every
out-of-scope row of fresh8-fresh12 has probes in its own verifier.  Each file needs 38-42
in-scope and at least 7 out-of-scope rows, and each guide must have 1,500-2,500 words of visible
text (the decoded HTML outside tags, scripts, styles and the head; the Typst source; the
generator's units for the .docx/.pdf).  Exits non-zero on any failure.
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
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GUIDES = HERE / "guides"
SPLIT = "fresh13"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why",
        "misspelled"}
INLINE = {"span", "a", "b", "i", "em", "strong", "sub", "sup", "code", "small", "kbd", "abbr",
          "font", "input", "img", "time", "u", "s", "mark", "label", "dfn", "tt"}
SPLIT_LINES = {"pre", "textarea"}
MIN_IN, MAX_IN, MIN_OUT = 38, 42, 7
MIN_WORDS, MAX_WORDS = 1500, 2500
HTML_MARKUP = ("\u00a0",)
TYPST_MARKUP = ("#", "*", "_", "$", "~", "@", "<", ">", "[", "]", "\\", "--", "//")
TYPST_STARTS = ("= ", "- ", "+ ", "/ ")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Out-of-scope probes: patterns (case-insensitive) for what each out-of-scope question asks
# about.  None of them may occur in any guide of the project.
OUT_PROBES: dict[str, list[str]] = {
    # Strecker SOP (Word, content controls)
    "stk-043": ["Bucherer", "hydantoin", r"ammonium carbonate"],
    "stk-044": [r"thiourea catalyst", r"(asymmetric|enantioselective|catalytic) Strecker"],
    "stk-045": [r"aminonitrile.{0,80}amino acid", r"amino acid.{0,80}aminonitrile", r"Strecker.{0,80}amino acid"],
    "stk-046": [r"vicinal diamine", r"aminonitrile.{0,60}(LiAlH4|diamine)", r"reduc\w* .{0,30}aminonitrile"],
    "stk-047": ["Bruylants"],
    "stk-048": [r"TMSCl.{0,60}(KCN|NaCN)", r"(KCN|NaCN).{0,60}TMSCl", r"chlorotrimethylsilane.{0,60}cyanide",
                r"(make|prepare)\w* (your own )?TMSCN"],
    "stk-049": [r"Ellman.s (sulfinamide|auxiliary|imine)", "sulfinamide", r"sulfinyl ?imine", "sulfinimine"],
    # Claisen-Schmidt chalcones (OneNote page)
    "chs-043": ["Nazarov", r"divinyl ketone"],
    "chs-044": ["Algar", "Oyamada", "flavonol"],
    "chs-045": [r"\baurones?\b", r"Hg\(OAc\)2", r"mercur\w* acetate"],
    "chs-046": [r"(?<!hydroxy)pyrazoline", r"chalcone.{0,60}hydrazine", r"hydrazine.{0,60}chalcone"],
    "chs-047": ["cinchona", r"chalcone.{0,40}epoxid", r"epoxid\w*.{0,40}chalcone"],
    "chs-048": ["dihydrochalcone", r"chalcone.{0,60}(hydrogenat|C=C reduc)"],
    "chs-049": ["thiophenol", r"thia-Michael", r"thiol.{0,40}chalcone", r"chalcone.{0,40}thiol"],
    # Knorr pyrazoles (Typst source)
    "pyz-043": [r"tosylhydrazone", r"diazo.{0,40}alkyne", r"alkyne.{0,40}diazo"],
    "pyz-044": [r"nitrile imine", "hydrazonoyl"],
    "pyz-045": [r"C[-–]H arylation", r"direct arylation", r"C5[- ]arylation"],
    "pyz-046": [r"pyrazolyl\)?borate", r"\bKBH4\b", "scorpionate"],
    "pyz-047": ["DMF-DMA", "enaminone", r"dimethylformamide dimethyl acetal"],
    "pyz-048": [r"pyrazolo\[1,5-a\]pyrimidine"],
    "pyz-049": ["edaravone", r"3-methyl-1-phenyl"],
    # iron reduction of nitroarenes (Jira issue)
    "irn-043": [r"iron oxide.{0,40}(pigment|recover|sell)", r"pigment.{0,40}iron", r"B[ée]champ.{0,60}pigment"],
    "irn-044": ["FeCl3", r"hydrazine hydrate.{0,60}nitroarene"],
    "irn-045": ["Bamberger", r"4-aminophenol"],
    "irn-046": [r"glucose.{0,40}NaOH", r"NaOH.{0,40}glucose", "azoxybenzene"],
    "irn-047": ["PhSiH3", r"Fe\(acac\)3", r"silane.{0,40}nitro"],
    "irn-048": [r"\bZn\b.{0,40}NH4Cl", r"stop at the hydroxylamine", r"hydroxylamine.{0,40}(selectiv|on purpose)"],
    "irn-049": [r"packed[- ]bed.{0,60}iron", r"iron.{0,60}packed[- ]bed"],
    # syringe pumps (2-up booklet)
    "syp-043": ["peristaltic"],
    "syp-044": ["LabVIEW", r"remote control.{0,40}syringe", r"syringe pump.{0,60}serial"],
    "syp-045": ["microfluidic", r"360 ?µm"],
    "syp-046": [r"force sensor", r"occlusion pressure"],
    "syp-047": [r"powder dos", r"solid dos", r"solid addition funnel"],
    "syp-048": [r"MF-200.{0,80}warranty", r"warranty.{0,80}(MF-200|syringe pump)"],
    "syp-049": [r"ATEX.{0,60}(syringe|pump)", r"(syringe|pump).{0,60}ATEX", r"Zone 1\b"],
    # stirring (Mailchimp newsletter)
    "stir-043": ["Reynolds", "turbulent"],
    "stir-044": [r"torque.{0,60}(stirrer|motor)", r"(stirrer|motor).{0,60}torque", r"\bN ?cm\b",
                 r"10 L (glass )?reactor"],
    "stir-045": ["carboy", r"\b20 L\b"],
    "stir-046": [r"power (input )?per (unit )?volume", r"\bW/L\b", r"\bP/V\b"],
    "stir-047": ["baffle"],
    "stir-048": [r"tumble stirr", r"96-well"],
    "stir-049": ["Ultra-Turrax", r"rotor[- ]stator", "homogeni[sz]er"],
}

# Earlier out-of-scope patterns that match a fresh13 guide without the guide answering the
# question, replaced (for the fresh13 check only) by narrower ones.
#   "Schmidt" (fresh9 bk-044 and its EARLIER_OUT_TERMS, fresh5 curtius-038: the Schmidt reaction
#   of ketones with NaN3 in TFA or H2SO4): the OneNote page is about the Claisen-Schmidt
#   condensation, an aldol condensation; it has no azide, no HN3 and no Schmidt reaction.
NARROWED: dict[str, str] = {
    "Schmidt": r"(?<!Claisen–)(?<!Claisen-)Schmidt",
}


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


# ---------------------------------------------------------------------------- the newsletter


def eml_parts(data: bytes) -> list:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return [p for p in msg.walk() if not p.is_multipart()]


def _check_newsletter(path: Path, data: bytes, failures: list[str]) -> None:
    if data.count(b"\n") != data.count(b"\r\n"):
        failures.append(f"{path.name}: expected CRLF line ends only")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    kinds = [p.get_content_type() for p in msg.iter_parts()] if msg.is_multipart() else []
    if msg.get_content_type() != "multipart/alternative" or kinds != ["text/plain", "text/html"]:
        failures.append(f"{path.name}: expected multipart/alternative(text/plain, text/html), got "
                        f"{msg.get_content_type()} {kinds}")
        return
    for part in msg.iter_parts():
        if str(part.get("Content-Transfer-Encoding", "")).lower() != "quoted-printable" or \
                part.get_content_charset() != "utf-8":
            failures.append(f"{path.name}: {part.get_content_type()} is not quoted-printable UTF-8")
    if "MailChimp Mailer" not in str(msg.get("X-Mailer", "")):
        failures.append(f"{path.name}: no Mailchimp X-Mailer header")
    htm = list(msg.iter_parts())[1].get_content()
    if "mcnPreviewText" not in htm or "list-manage.com/track/click" not in htm:
        failures.append(f"{path.name}: preview text or tracking links missing")


# ---------------------------------------------------------------------------- the docx


def _own_text(p) -> str:
    """Text of one w:p without the text of paragraphs nested in it (w:delText left out)."""
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


def python_docx_texts(path: Path) -> list[str]:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [p.text for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    return [_norm(p) for p in parts if p.strip()]


def docx_all_text(path: Path) -> str:
    """Every text of every XML part (glossary placeholders and properties included)."""
    out = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if n.endswith(".xml"):
                x = z.read(n).decode("utf-8", "replace")
                x = re.sub(r"</w:p>", "\n", x)
                out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def pdf_sizes(path: Path) -> list[tuple[float, float]]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [(round(float(p.width), 2), round(float(p.height), 2)) for p in pdf.pages]


# ---------------------------------------------------------------------------- guides


def typst_units(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def guide_units(gen, failures: list[str]) -> dict[str, tuple[list[str], str, str]]:
    """stem -> (text units, whole visible text, kind)."""
    out: dict[str, tuple[list[str], str, str]] = {}
    for path in sorted(GUIDES.iterdir()):
        stem = path.stem
        if path.suffix == ".htm":
            if stem not in gen.ONENOTE_STEMS:
                failures.append(f"{path.name}: unexpected .htm guide")
                continue
            raw = path.read_bytes().decode("utf-8")
            n_abs = len(re.findall(r'<div [^>]*style="position:absolute;', raw))
            if 'data-absolute-enabled="true"' not in raw or n_abs < 6 or "data-tag=" not in raw or \
                    '<meta name="created"' not in raw:
                failures.append(f"{path.name}: not a OneNote page with absolute outlines and tags")
            units, visible = html_units(raw)
            out[stem] = (units, visible, ".htm")
        elif path.suffix == ".html":
            if stem not in gen.JIRA_STEMS:
                failures.append(f"{path.name}: unexpected .html guide")
                continue
            raw = path.read_bytes().decode("utf-8")
            if "page-type-printable" not in raw or 'id="issuedetails"' not in raw or \
                    len(re.findall(r'<tr id="comment-\d+"', raw)) < 5 or "Generated at" not in raw:
                failures.append(f"{path.name}: not a Jira printable issue view")
            units, visible = html_units(raw)
            out[stem] = (units, visible, ".html")
        elif path.suffix == ".txt":
            if stem not in gen.TYPST_STEMS:
                failures.append(f"{path.name}: unexpected .txt guide")
                continue
            text = path.read_text(encoding="utf-8")
            if "#import" not in text or "#show:" not in text:
                failures.append(f"{path.name}: not a Typst source")
            out[stem] = (typst_units(text), text, ".txt")
        elif path.suffix == ".eml":
            if stem not in gen.MAILCHIMP_STEMS:
                failures.append(f"{path.name}: unexpected .eml guide")
                continue
            data = path.read_bytes()
            _check_newsletter(path, data, failures)
            htm = [p.get_content() for p in eml_parts(data) if p.get_content_type() == "text/html"]
            units, visible = html_units(htm[0] if htm else "")
            out[stem] = (units, visible, ".eml")
        elif path.suffix == ".pdf":
            if stem not in gen.BOOKLET_STEMS:
                failures.append(f"{path.name}: unexpected .pdf guide")
                continue
            sizes = pdf_sizes(path)
            if len(sizes) != 6 or any(s != (841.89, 595.28) for s in sizes):
                failures.append(f"{path.name}: expected six A4 landscape sheets, got {sizes}")
    for stem, units in gen.visible_strings().items():
        out[stem] = (units, "\n".join(units), gen.SUFFIXES[stem])
    return out


def fresh13_full_text(path: Path, gen) -> str:
    """Everything a reader could get out of a fresh13 guide."""
    suf = path.suffix
    data = path.read_bytes()
    if suf == ".eml":
        msg = email.message_from_bytes(data, policy=email.policy.default)
        texts = [str(msg.get("Subject", ""))]
        for part in eml_parts(data):
            t = part.get_content()
            if part.get_content_type() == "text/html":
                attrs = re.findall(r'(?:alt|title)="([^"]*)"', t)
                t = html.unescape(re.sub(r"<[^>]+>", " ", t)) + "\n" + "\n".join(attrs)
            texts.append(t)
        return "\n".join(texts)
    if suf in (".htm", ".html"):
        t = data.decode("utf-8")
        attrs = re.findall(r'(?:alt|title|data-attachment)="([^"]*)"', t)
        return html.unescape(re.sub(r"<[^>]+>", " ", t)) + "\n" + html.unescape("\n".join(attrs))
    if suf == ".docx":
        return docx_all_text(path)
    if suf == ".pdf":
        return "\n".join(pdf_pages(path) + gen.visible_strings()[path.stem])
    return data.decode("utf-8")


def _markup_for(kind: str) -> tuple[str, ...]:
    return {".htm": HTML_MARKUP, ".html": HTML_MARKUP, ".eml": HTML_MARKUP, ".txt": TYPST_MARKUP}.get(kind, ())


def main() -> int:  # noqa: C901 - one long check, as in the earlier parts
    gen = _load("make_fresh13_guides", HERE / "make_fresh13_guides.py")
    v12 = _load("verify_fresh12_anchors", ROOT / "evals" / "fresh12" / "verify_fresh12_anchors.py")
    v11 = _load("verify_fresh11_anchors", ROOT / "evals" / "fresh11" / "verify_fresh11_anchors.py")
    v10 = _load("verify_fresh10_anchors", ROOT / "evals" / "fresh10" / "verify_fresh10_anchors.py")
    v9 = _load("verify_fresh9_anchors", ROOT / "evals" / "fresh9" / "verify_fresh9_anchors.py")
    v8 = _load("verify_fresh8_anchors", ROOT / "evals" / "fresh8" / "verify_fresh8_anchors.py")
    failures: list[str] = []
    notes: list[str] = []
    units = guide_units(gen, failures)
    # re-read the built binaries and the plain-text alternative of the newsletter
    lxml_units: dict[str, list[str]] = {}
    pydocx: dict[str, list[str]] = {}
    pages: dict[str, list[str]] = {}
    plain: dict[str, str] = {}
    for path in sorted(GUIDES.glob("*.docx")):
        lxml_units[path.stem] = docx_units_lxml(path)
        pydocx[path.stem] = python_docx_texts(path)
    for path in sorted(GUIDES.glob("*.pdf")):
        pages[path.stem] = [_norm(t) for t in pdf_pages(path)]
    for path in sorted(GUIDES.glob("*.eml")):
        plain[path.stem] = _norm(" ".join(p.get_content() for p in eml_parts(path.read_bytes())
                                          if p.get_content_type() == "text/plain"))
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
                if kind == ".txt" and s.startswith(TYPST_STARTS):
                    failures.append(f"{where}: Typst heading or list marker at the start of {s!r}")
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
                    failures.append(f"{where}: not inside one w:p of the built .docx: {s!r}")
                if stem in pydocx and not any(ns in t for t in pydocx[stem]):
                    notes.append(f"{where}: python-docx misses it (content control or nested table): "
                                 f"{s!r}")
                if stem in pages and not any(ns in t for t in pages[stem]):
                    notes.append(f"{where}: not found in the extracted page text: {s!r}")
                if stem in plain and ns not in plain[stem]:
                    notes.append(f"{where}: not in the text/plain alternative: {s!r}")
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
    for p in v12.all_project_guides():
        name = str(p.relative_to(ROOT.parent))
        if p.parent == GUIDES:
            texts[name] = fresh13_full_text(p, gen)
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
    mine = {name: t for name, t in texts.items() if "/evals/fresh13/" in f"/{name}"}
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
    verifiers = ((8, v8), (9, v9), (10, v10), (11, v11), (12, v12))
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
          "their own covered by fresh12's EARLIER_PROBES) checked against the fresh13 guides")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
