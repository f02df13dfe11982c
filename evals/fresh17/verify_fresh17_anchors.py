"""Check the fresh17 question files against the fresh17 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh17/verify_fresh17_anchors.py

Adapted from evals/fresh16/verify_fresh16_anchors.py.  For every question file
evals/fresh17/<stem>.jsonl there must be a guide evals/fresh17/guides/<stem>.* and the other way
round.  For every row: the fields are exactly those of the evals/dev format, ids are unique,
split is "fresh17", ask is one of the known kinds.  For every in-scope row: exactly one gold
entry naming the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no
tab and no line break, occurs verbatim inside one text unit of the guide and occurs exactly once
in the whole guide; every key and the lead occur verbatim inside one text unit.  Text units are:

  .html  the BookStack "Contained Web File" export (make_fresh17_guides.BOOKSTACK_HTML_STEMS): the
         text between two block boundaries, where every tag that is not inline (span, a, b,
         strong, em, sub, sup, ...) and every <br> ends a unit; entities decoded, whitespace
         normalised; scripts, styles and the head left out.  The page must have the export
         layout (style block, page-content div, bkmrk- ids on the blocks, callouts, details/
         summary, a colgroup table, a data-URI image).  An anchor, key or lead may not contain a
         no-break space;
  .txt   the Redmine wiki page in Textile (TEXTILE_STEMS): one line of the file, stripped
         (cle_units()).  The file must equal cle_text(), use CRLF and have the Textile features
         ({{>toc}}, h1./h2., |_. header cells, a row span, bq., fn1., {{collapse}}, [[links]],
         !image!, ~sub~ and ^sup^, <pre>).  An anchor, key or lead may not contain Textile
         markup (* _ ~ ^ @ | ! [ ] { }) and may not start with a block signature;
  .pdf   the tri-fold leaflet (TRIFOLD_PDF_STEMS): one drawn text line as held in the generator
         (visible_strings()); bullets and step numbers are drawn apart and are not units.  The
         file must have two A4 landscape pages, InDesign as creator and the Adobe PDF Library as
         producer, crop and fold marks, and every anchor, key and lead must also come out of
         pdfplumber's text of one page (whitespace-normalised; a miss is a failure).

Out-of-scope rows must have empty gold, key and lead, and each must have an entry in OUT_PROBES:
regular expressions for the thing it asks about, none of which may match the text of ANY guide
of the project (corpus/, tests/fixtures/gallery/, evals/*/guides/ and, when present,
../shared/real-guides/; extracted as the fresh16 verifier does for the guides up to fresh16, and
the fresh17 guides completely: the HTML raw, without tags and its alt/title attributes; the
Textile file as it is; the pdfplumber text and the drawn lines of the PDF).  The other way
round, none of the three fresh17 guides (complete text, text units, visible text, and all of them
NFKC-normalised) may match an out-of-scope probe of the earlier parts: OUT_PROBES of
evals/fresh8 to evals/fresh16, EARLIER_OUT_TERMS of evals/fresh9, EXTRA_OUT_TERMS of
evals/fresh10 and evals/fresh11, and fresh12's EARLIER_PROBES and lay probes, which cover every
out-of-scope row of the sets without probes of their own (evals/dev, evals/lay, evals/test,
evals/real, evals/questions.jsonl, fresh2-fresh7).  NARROWED (empty for this part) could replace
one of those patterns by a narrower one.  Each file needs exactly 30 in-scope rows followed by
exactly 6 out-of-scope rows, and each guide must have 1,500-2,500 words of visible text (the
Textile file as it is; the drawn lines of the PDF; the decoded HTML outside tags, scripts, styles
and the head).  Exits non-zero on any failure.
"""

# ruff: noqa: E501 - the guide text and the probe lists are kept one block or one row per line
from __future__ import annotations

import collections
import html
import importlib.util
import json
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GUIDES = HERE / "guides"
SPLIT = "fresh17"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why",
        "misspelled"}
INLINE = {"span", "a", "b", "i", "em", "strong", "sub", "sup", "code", "small", "kbd", "abbr",
          "font", "input", "img", "time", "u", "s", "mark", "label", "dfn", "tt"}
SPLIT_LINES = {"pre", "textarea"}
N_IN, N_OUT = 30, 6
MIN_WORDS, MAX_WORDS = 1500, 2500
GUIDE_SUFFIXES = (".md", ".txt", ".html", ".htm", ".pdf", ".docx", ".eml", ".csv")
HTML_MARKUP = ("\u00a0",)
TEXTILE_MARKUP = ("*", "_", "~", "^", "@", "|", "!", "[", "]", "{", "}")
TEXTILE_STARTS = ("h1.", "h2.", "h3.", "bq.", "fn1.", "p.", "p(", "# ", "* ", "|")
PDF_MARKUP = ("\u2022",)

# Out-of-scope probes: patterns (case-insensitive) for what each out-of-scope question asks
# about.  None of them may occur in any guide of the project.
OUT_PROBES: dict[str, list[str]] = {
    # Ultrasonic baths (tri-fold leaflet PDF)
    'usb-031': ['probe sonicator', 'sonotrode', 'ultrasonic horn', 'cup horn'],
    'usb-032': ['calorimetr\\w*.{0,60}(ultrasonic|ultrasound|sonicat)', '(ultrasonic|ultrasound).{0,60}calorimetr', 'W ?/ ?L\\b', 'W per lit', 'power density'],
    'usb-033': ['dB\\(A\\)', '\\bdecibel', 'noise level', 'sound pressure'],
    'usb-034': ['piezo', 'replac\\w* (the |a )?transducer'],
    'usb-035': ['\\bIQ\\b', '\\bOQ\\b', 'installation qualification', 'operational qualification'],
    'usb-036': ['basket.{0,40}(part|order|cat\\w*) (no|number)', 'spare basket'],
    # Kulinkovich reaction (BookStack export)
    'kcp-031': ['de Meijere', 'cyclopropylamine', 'MeTi\\(O'],
    'kcp-032': ['Szymoniak', 'cyclopropylamine'],
    'kcp-033': ['TADDOL', 'enantioselective.{0,60}cyclopropanol', 'chiral titanium'],
    'kcp-034': ['homoenolate', 'β-(keto|carbonyl) radical', 'beta-(keto|carbonyl) radical'],
    'kcp-035': ['cyclopropanol.{0,80}cyclobutanone', 'semipinacol', 'cyclopropanol.{0,60}ring expansion', 'ring expansion.{0,60}cyclopropanol'],
    'kcp-036': ['cyclohexylmagnesium', 'cyclopentylmagnesium', '1,2-disubstituted cyclopropanol', 'cis.{0,20}trans.{0,60}cyclopropanol'],
    # Continuous liquid-liquid extraction (Redmine Textile page)
    'cle-031': ['supercritical (CO2|carbon dioxide|fluid extraction)', 'supercritical.{0,40}extract', 'scCO2'],
    'cle-032': ['counter.?current', 'Craig apparatus'],
    'cle-033': ['Zaiput', 'membrane.{0,20}separator', 'membrane-based'],
    'cle-034': ['aqueous two-phase', 'PEG.{0,40}phosphate'],
    'cle-035': ['supported liquid extraction', '\\bSLE\\b', 'Isolute'],
    'cle-036': ['mixer.settler', 'Scheibel', 'Karr column'],
}

# Earlier out-of-scope patterns that match a fresh17 guide without the guide answering the
# question, replaced (for the fresh17 check only) by narrower ones.  None are needed.
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


def _check_bookstack(raw: str, path: Path, failures: list[str]) -> None:
    for mark in ("<!doctype html>", "<style>", '<div class="page-content" dir="auto">',
                 '<h1 class="break-text" id="bkmrk-page-title">', '<p id="bkmrk-', 'class="callout info"',
                 'class="callout warning"', 'class="callout danger"', "<details id=\"bkmrk-", "<summary>",
                 "<colgroup>", 'src="data:image/png;base64,', "&nbsp;", "<sub>"):
        if mark not in raw:
            failures.append(f"{path.name}: {mark!r} missing: not a BookStack contained web file")
    ids = re.findall(r' id="(bkmrk-[^"]*)"', raw)
    if len(ids) != len(set(ids)):
        failures.append(f"{path.name}: duplicate bkmrk- ids")
    if "<thead" in raw or "<th" in raw:
        failures.append(f"{path.name}: BookStack WYSIWYG tables have no thead/th")


def _check_textile(gen, path: Path, data: bytes, failures: list[str]) -> None:
    text = data.decode("utf-8")
    if text != gen.cle_text():
        failures.append(f"{path.name}: file differs from cle_text()")
    if "\n" in text.replace("\r\n", ""):
        failures.append(f"{path.name}: bare LF: Redmine stores CRLF")
    for mark in ("{{>toc}}", "\r\nh1. ", "\r\nh2. ", "|_. ", "|\\2. ", "\r\nbq. ", "\r\nfn1. ", "{{collapse(",
                 "[[", "!clle_types.png!", "~aq~", "^n^", "<pre>", "\r\n# ", "\r\n* ", "p(warning). "):
        if mark not in text:
            failures.append(f"{path.name}: {mark!r} missing: not a Redmine Textile page")


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _check_pdf(path: Path, failures: list[str]) -> None:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        sizes = [(round(float(p.width)), round(float(p.height))) for p in pdf.pages]
        meta = pdf.metadata
        n_lines = [len(p.lines) for p in pdf.pages]
    if sizes != [(842, 595), (842, 595)]:
        failures.append(f"{path.name}: not two A4 landscape pages: {sizes}")
    if "InDesign" not in str(meta.get("Creator", "")) or "Adobe PDF Library" not in str(meta.get("Producer", "")):
        failures.append(f"{path.name}: creator/producer are not InDesign's: {meta}")
    if min(n_lines) < 12:
        failures.append(f"{path.name}: crop and fold marks missing: {n_lines} lines per page")


# ---------------------------------------------------------------------------- guides


def guide_units(gen, failures: list[str]) -> dict[str, tuple[list[str], str, str]]:
    """stem -> (text units, whole visible text, kind)."""
    out: dict[str, tuple[list[str], str, str]] = {}
    for path in sorted(GUIDES.iterdir()):
        stem, suf = path.stem, path.suffix
        if suf == ".html" and stem in gen.BOOKSTACK_HTML_STEMS:
            raw = path.read_bytes().decode("utf-8")
            _check_bookstack(raw, path, failures)
            units, visible = html_units(raw)
            out[stem] = (units, visible, "bookstack-html")
        elif suf == ".txt" and stem in gen.TEXTILE_STEMS:
            data = path.read_bytes()
            _check_textile(gen, path, data, failures)
            text = data.decode("utf-8")
            out[stem] = (gen.cle_units(text), text, "textile")
        elif suf == ".pdf" and stem in gen.TRIFOLD_PDF_STEMS:
            _check_pdf(path, failures)
            units = gen.visible_strings()[stem]
            out[stem] = (units, "\n".join(units), "trifold-pdf")
        else:
            failures.append(f"{path.name}: unexpected guide")
    return out


def fresh17_full_text(path: Path, gen=None) -> str:
    """Everything a reader could get out of a fresh17 guide."""
    data = path.read_bytes()
    if path.suffix == ".html":
        t = data.decode("utf-8")
        attrs = re.findall(r'(?:alt|title)="([^"]*)"', t)
        return "\n".join([t, html.unescape(re.sub(r"<[^>]+>", " ", t)), html.unescape("\n".join(attrs))])
    if path.suffix == ".pdf":
        lines = gen.visible_strings()[path.stem] if gen is not None else []
        return "\n".join(pdf_pages(path) + lines)
    return data.decode("utf-8")


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
    return {"textile": TEXTILE_MARKUP, "bookstack-html": HTML_MARKUP, "trifold-pdf": PDF_MARKUP}.get(kind, ())


def main() -> int:  # noqa: C901 - one long check, as in the earlier parts
    gen = _load("make_fresh17_guides", HERE / "make_fresh17_guides.py")
    gen16 = _load("make_fresh16_guides", ROOT / "evals" / "fresh16" / "make_fresh16_guides.py")
    v16 = _load("verify_fresh16_anchors", ROOT / "evals" / "fresh16" / "verify_fresh16_anchors.py")
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
    pages: dict[str, list[str]] = {}
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
                if kind == "textile" and s.startswith(TEXTILE_STARTS):
                    failures.append(f"{where}: Textile block signature at the start of {s!r}")
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
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(asks.items()))
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope ({kinds})")
        all_asks.update(asks)
        total_in += n_in
        total_out += n_out
        if n_in != N_IN or n_out != N_OUT:
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
            texts[name] = fresh17_full_text(p, gen)
        elif p.parent.parent.name == "fresh16":
            texts[name] = v16.fresh16_full_text(p, gen16)
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
    mine = {name: t for name, t in texts.items() if "/evals/fresh17/" in f"/{name}"}
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
    verifiers = ((8, v8), (9, v9), (10, v10), (11, v11), (12, v12), (13, v13), (14, v14), (15, v15),
                 (16, v16))
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
          "their own covered by fresh12's EARLIER_PROBES) checked against the fresh17 guides")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
