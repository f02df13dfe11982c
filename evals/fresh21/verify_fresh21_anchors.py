# ruff: noqa: E501 - long literal text and regular expressions
"""Check the fresh21 question files against the fresh21 guides (no assistant involved).

Usage (from the repository root):
    PYTHONDONTWRITEBYTECODE=1 .venv/bin/python evals/fresh21/verify_fresh21_anchors.py

The text units of the three guides are extracted here from the files themselves, with this
script's own code (not with the project's readers):

  .pdf   one DRAWN LINE RUN: the characters pdfplumber reports, grouped into lines by their
         baseline and split where the horizontal gap exceeds 7 pt, so a line of the main column,
         of the sidebar callout, of one table cell, of a footnote, of the running header or of
         the footer is one unit each (table rows give one unit per cell line);
  .docx  one paragraph (<w:p>) of the body (including the paragraphs of table cells, the cover
         page and the revision table), of a comment (comments.xml) or of the header or footer
         (field results included); list and heading numbers come from numbering.xml and are NOT
         part of the text;
  .html  the text of one block element (p, li, dt, dd, summary, h1-h6, button, table-like div
         cells, ...) without the text of the blocks nested in it; script, style, svg and head
         are dropped.  Whitespace is normalised.

Cross-checks: every PDF unit is in pdfplumber's extract_text() of its page; every docx unit of
the body is in the text python-docx gives (paragraphs and table cells), every comment unit in
comments.xml; every HTML unit is in a regex tag-stripped text of the page.  The layout features
(InDesign/Adobe metadata, running header on pages 2+, footer and page number on every page,
sidebar callout on pages 1-4, footnotes on the page of their marker, troubleshooting header row
repeated on the next page; cover page, revision table, multilevel heading numbering, Step
numbering, vMerge restart/continue, three comments, shaded note, PAGE/NUMPAGES fields; GitBook
markers, hidden tab panel, details/summary, dl, breadcrumbs, __NEXT_DATA__) are checked.

For every row: the fields are exactly those of the earlier parts, ids are unique, split is
"fresh21", ask is a known kind.  For every in-scope row: exactly one gold entry naming the
file's guide; the anchor is 20-80 characters, has no outer or double spaces, no tab or line
break, lies inside one text unit and occurs exactly once in the guide's units; every key and
the lead lie inside one text unit.  Each file needs 30 in-scope rows followed by 6 out-of-scope
rows; each guide 1,200-2,500 words.  Out-of-scope rows have empty gold, key and lead and an
entry in OUT_PROBES whose case-insensitive regular expressions must match no guide file of the
project (corpus/, tests/fixtures/gallery/, evals/*/guides/ including this part, read with
fresh19's project-wide extraction, and ../shared/real-guides/).  Exits non-zero on failure.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GUIDES = HERE / "guides"
SPLIT = "fresh21"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check", "check_first", "terse", "procedure", "why", "misspelled", "other"}
N_IN, N_OUT = 30, 6
MIN_WORDS, MAX_WORDS = 1200, 2500
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OUT_PROBES: dict[str, list[str]] = {
    # haloform module (PDF)
    "hlf-031": [r"haloform.{0,80}\bflow\b", r"\bflow\b.{0,80}haloform", r"(hypochlorite|bleach).{0,80}(flow reactor|residence time)", r"(flow reactor|residence time).{0,80}(hypochlorite|bleach)"],
    "hlf-032": [r"NaOBr", r"hypobromite", r"\bBr2\b.{0,60}(NaOH|sodium hydroxide)", r"bromine.{0,60}(NaOH|sodium hydroxide)"],
    "hlf-033": [r"calcium hypochlorite", r"Ca\(OCl\)2", r"pool shock"],
    "hlf-034": [r"electro\w*.{0,80}(haloform|hypochlorite|bleach)", r"(haloform|hypochlorite|bleach).{0,80}electro"],
    "hlf-035": [r"trichloroacetophenone", r"trichloromethyl ketone.{0,80}(amine|amide|acylat)", r"PhCOCCl3"],
    "hlf-036": [r"dichloroisocyanur", r"trichloroisocyanur", r"\bTCCA\b", r"\bNaDCC\b"],
    # Favorskii SOP
    "fvk-031": [r"cycloheptanone", r"chlorocycloheptan", r"cyclohexanecarboxylate"],
    "fvk-032": [r"photo-?Favorskii", r"hydroxyphenacyl", r"photocage", r"photoremovable", r"phenacyl ester"],
    "fvk-033": [r"cubane"],
    "fvk-034": [r"sulfuryl chloride", r"SO2Cl2", r"chlorinat\w*.{0,60}cyclohexanone", r"cyclohexanone.{0,60}chlorinat", r"\bNCS\b.{0,60}ketone"],
    "fvk-035": [r"cyclopentanecarboxamide", r"Favorskii.{0,80}(amine|amide|morpholine)", r"(amine|morpholine).{0,80}Favorskii"],
    "fvk-036": [r"cyclopentylmethanol", r"cyclopentanemethanol", r"cyclopentanecarboxylate.{0,80}(LiAlH4|LAH|reduc)"],
    # micropipette page
    "mpt-031": [r"multi-?channel", r"8-channel", r"eight-channel", r"12-channel"],
    "mpt-032": [r"electronic pipette", r"multi-?dispens", r"repeater pipette", r"repeat(ing)? dispens", r"Xplorer"],
    "mpt-033": [r"acoustic (droplet|dispens|liquid|ejection)", r"nanolit(er|re)", r"\bEcho 5\d\d"],
    "mpt-034": [r"class A.{0,80}toleran", r"toleran\w*.{0,80}class A", r"volumetric flask.{0,60}toleran", r"toleran\w*.{0,60}volumetric flask"],
    "mpt-035": [r"Opentrons", r"Chemspeed", r"liquid class", r"liquid[- ]handling robot", r"liquid handler"],
    "mpt-036": [r"8655-6", r"uncertainty budget", r"evaporation trap", r"evaporation loss", r"measurement uncertainty"],
}

Unit = collections.namedtuple("Unit", "text where")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _norm(s: str) -> str:
    return " ".join(s.split())


# -------------------------------------------------------------------------------------------- PDF

def pdf_units(path: Path) -> list[Unit]:
    import pdfplumber

    units: list[Unit] = []
    with pdfplumber.open(path) as pdf:
        for n, page in enumerate(pdf.pages, 1):
            chars = sorted(page.chars, key=lambda c: (-round(c["y0"], 1), c["x0"]))
            lines: list[list[dict]] = []
            for c in chars:
                if lines and abs(lines[-1][0]["y0"] - c["y0"]) <= 3.5 and abs(lines[-1][0]["size"] - c["size"]) < 4:
                    lines[-1].append(c)
                else:
                    lines.append([c])
            for line in lines:
                line.sort(key=lambda c: c["x0"])
                runs: list[list[dict]] = [[line[0]]]
                for prev, c in zip(line, line[1:], strict=False):
                    if c["x0"] - prev["x1"] > 7:
                        runs.append([c])
                    else:
                        if c["x0"] - prev["x1"] > 1.2 and prev["text"] != " " and c["text"] != " ":
                            runs[-1].append({"text": " "})
                        runs[-1].append(c)
                for r in runs:
                    t = _norm("".join(c["text"] for c in r))
                    if t:
                        units.append(Unit(t, f"page {n}"))
    return units


def _check_pdf(path: Path, gen, units: list[Unit], failures: list[str]) -> None:
    import pdfplumber

    raw = path.read_bytes()
    for mark in (b"/Creator (Adobe InDesign 19.2 \\(Windows\\))", b"/Producer (Adobe PDF Library 17.0)", b"/CreationDate (D:2026"):
        if mark not in raw:
            failures.append(f"{path.name}: metadata {mark!r} missing")
    with pdfplumber.open(path) as pdf:
        texts = [_norm(p.extract_text() or "") for p in pdf.pages]
    n_pages = len(texts)
    by_page = collections.defaultdict(list)
    for u in units:
        by_page[int(u.where.split()[1])].append(u.text)
        if u.text not in texts[int(u.where.split()[1]) - 1]:
            failures.append(f"{path.name}: unit not in pdfplumber page text: {u.text[:60]!r}")
    if n_pages < 4:
        failures.append(f"{path.name}: only {n_pages} pages")
    for n in range(1, n_pages + 1):
        us = by_page[n]
        if gen.HLF_FOOTER_L not in us or str(n) not in us:
            failures.append(f"{path.name}: page {n} lacks footer or page number")
        if n > 1 and (gen.HLF_HEADER_L not in us or gen.HLF_HEADER_R not in us):
            failures.append(f"{path.name}: page {n} lacks running header")
        if n in gen.HLF_SIDEBAR and gen.HLF_SIDEBAR[n][0] not in us:
            failures.append(f"{path.name}: page {n} lacks its sidebar callout")
    head_pages = [n for n in by_page if "Observation" in by_page[n] and "Likely cause" in by_page[n]]
    if len(head_pages) < 2:
        failures.append(f"{path.name}: troubleshooting header row not repeated ({head_pages})")
    for k, note in gen.HLF_FOOTNOTES.items():
        pages = [n for n in by_page if any(_norm(note)[:40] in t for t in by_page[n])]
        if len(pages) != 1:
            failures.append(f"{path.name}: footnote {k} on pages {pages}")


# ------------------------------------------------------------------------------------------- DOCX

def _w_para_text(p) -> str:
    out = []
    for el in p.iter(f"{W}t", f"{W}tab", f"{W}br"):
        if el.tag == f"{W}t":
            out.append(el.text or "")
        elif el.tag == f"{W}tab":
            out.append(" ")
    return _norm("".join(out))


def docx_units(path: Path) -> list[Unit]:
    from lxml import etree

    z = zipfile.ZipFile(path)
    units: list[Unit] = []
    for part, where in (("word/header1.xml", "header"), ("word/document.xml", "body"),
                        ("word/comments.xml", "comment"), ("word/footer1.xml", "footer")):
        root = etree.fromstring(z.read(part))
        for p in root.iter(f"{W}p"):
            t = _w_para_text(p)
            if t:
                units.append(Unit(t, where))
    return units


def _check_docx(path: Path, gen, units: list[Unit], failures: list[str]) -> None:
    import docx

    z = zipfile.ZipFile(path)
    xml = z.read("word/document.xml").decode("utf-8")
    num = z.read("word/numbering.xml").decode("utf-8")
    app = z.read("docProps/app.xml").decode("utf-8")
    checks = {
        "Word app.xml": "<Application>Microsoft Office Word</Application>" in app,
        "page break after cover": '<w:br w:type="page"/>' in xml,
        "different first page": "<w:titlePg/>" in xml,
        "vMerge restart": '<w:vMerge w:val="restart"/>' in xml,
        "vMerge continue": "<w:vMerge/>" in xml,
        "repeating header row": "<w:tblHeader/>" in xml,
        "multilevel numbering": all(s in num for s in ('w:val="%1.%2.%3"', 'w:val="Heading1"', 'w:val="Heading3"', 'w:val="Step %1."')),
        "three comments": xml.count("<w:commentReference ") == 3 and len([u for u in units if u.where == "comment"]) == 3,
        "shaded note": 'w:pStyle w:val="NoteBox"' in xml and 'w:fill="FBE4D5"' in z.read("word/styles.xml").decode("utf-8"),
        "PAGE/NUMPAGES": "NUMPAGES" in z.read("word/footer1.xml").decode("utf-8"),
    }
    for name, ok in checks.items():
        if not ok:
            failures.append(f"{path.name}: {name} missing")
    if any(re.match(r"(Step \d+\.|\d+(\.\d+)+ [A-Z])", u.text) for u in units if u.where == "body"):
        failures.append(f"{path.name}: a body paragraph starts with a typed number")
    d = docx.Document(str(path))
    texts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            texts += [c.text for c in row.cells]
    whole = _norm("\n".join(texts))
    for u in units:
        if u.where == "body" and u.text not in whole:
            failures.append(f"{path.name}: python-docx text lacks {u.text[:60]!r}")


# ------------------------------------------------------------------------------------------- HTML

BLOCKS = {"p", "li", "dt", "dd", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "button", "div", "section", "article",
          "header", "footer", "nav", "aside", "main", "ul", "ol", "dl", "details", "table", "tr", "td", "th", "body", "title", "kbd"}
DROP = {"script", "style", "svg", "head", "noscript", "template"}


def html_units(raw: str) -> list[Unit]:
    import lxml.html

    root = lxml.html.document_fromstring(raw)
    units: list[Unit] = []

    def walk(el, buf: list[str]) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in DROP:
            if el.tail:
                buf.append(el.tail)
            return
        if tag in BLOCKS:
            own: list[str] = [el.text or ""]
            for ch in el:
                walk(ch, own)
            t = _norm("".join(own))
            if t:
                units.append(Unit(t, tag))
            buf.append(" ")
        else:
            buf.append(el.text or "")
            for ch in el:
                walk(ch, buf)
        if el.tail:
            buf.append(el.tail)

    body = root.find("body")
    walk(body, [])
    title = root.find(".//title")
    if title is not None:
        units.append(Unit(_norm(title.text_content()), "title"))
    return units


def _check_html(path: Path, raw: str, units: list[Unit], failures: list[str]) -> None:
    for mark in ('content="GitBook', "Powered by GitBook", "__NEXT_DATA__", 'aria-label="Breadcrumb"', "<details", "<summary",
                 "<dl", 'hidden=""', 'role="tablist"', "hint-warning", "hint-danger", "Last updated", "On this page", "<kbd>K</kbd>"):
        if mark not in raw:
            failures.append(f"{path.name}: {mark} missing")
    stripped = "".join(html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<(script|style|svg)\b.*?</\1>", "", raw, flags=re.S))).split())
    for u in units:
        if "".join(u.text.split()) not in stripped:
            failures.append(f"{path.name}: tag-stripped text lacks {u.text[:60]!r}")


# ------------------------------------------------------------------------------------ all guides

def guide_units(gen, failures: list[str]) -> dict[str, list[Unit]]:
    out: dict[str, list[Unit]] = {}
    for path in sorted(GUIDES.iterdir()):
        if path.suffix == ".pdf" and path.stem == gen.HLF_STEM:
            units = pdf_units(path)
            _check_pdf(path, gen, units, failures)
        elif path.suffix == ".docx" and path.stem == gen.FVK_STEM:
            units = docx_units(path)
            _check_docx(path, gen, units, failures)
        elif path.suffix == ".html" and path.stem == gen.MPT_STEM:
            raw = path.read_text(encoding="utf-8")
            units = html_units(raw)
            _check_html(path, raw, units, failures)
        else:
            failures.append(f"{path.name}: unexpected guide")
            continue
        out[path.stem] = units
    return out


def project_texts() -> dict[str, str]:
    """Text of every guide file of the project, with fresh19's project-wide extraction (which
    uses fresh18's for the older parts and a generic dump for the newer ones)."""
    v19 = _load("verify_fresh19_anchors", ROOT / "evals" / "fresh19" / "verify_fresh19_anchors.py")
    gen19 = _load("make_fresh19_guides", ROOT / "evals" / "fresh19" / "make_fresh19_guides.py")
    v18 = _load("verify_fresh18_anchors", ROOT / "evals" / "fresh18" / "verify_fresh18_anchors.py")
    gen18 = _load("make_fresh18_guides", ROOT / "evals" / "fresh18" / "make_fresh18_guides.py")
    mods = {"gen16": _load("make_fresh16_guides", ROOT / "evals" / "fresh16" / "make_fresh16_guides.py"),
            "gen15": _load("make_fresh15_guides", ROOT / "evals" / "fresh15" / "make_fresh15_guides.py"),
            "gen13": _load("make_fresh13_guides", ROOT / "evals" / "fresh13" / "make_fresh13_guides.py")}
    for n in range(8, 17):
        mods[f"v{n}"] = _load(f"verify_fresh{n}_anchors", ROOT / "evals" / f"fresh{n}" / f"verify_fresh{n}_anchors.py")
    fails: list[str] = []
    mine19 = {s: u for s, (u, _) in v19.guide_units(gen19, fails).items()}
    return v19.project_texts(v18, mods, gen18, mine19)


def reverse_notes(units: dict[str, list[Unit]], failures: list[str]) -> None:
    """The other way round: the out-of-scope probes of the earlier parts (fresh8-fresh20 and the
    lists fresh18's verifier collects) against this part's guides.  Matches are printed as notes;
    only fresh11 bal-044 (Z factor of water) was a real conflict and was removed from the
    micropipette page before the questions were final."""
    v18 = _load("verify_fresh18_anchors", ROOT / "evals" / "fresh18" / "verify_fresh18_anchors.py")
    mods = {f"v{n}": _load(f"verify_fresh{n}_anchors", ROOT / "evals" / f"fresh{n}" / f"verify_fresh{n}_anchors.py") for n in range(8, 17)}
    checks = v18.earlier_checks(mods, failures)
    for n in (17, 18, 19, 20):
        path = ROOT / "evals" / f"fresh{n}" / f"verify_fresh{n}_anchors.py"
        if path.exists():
            mod = _load(f"verify_fresh{n}_anchors_probes", path)
            checks += [(f"fresh{n} {qid}", pat) for qid, pats in sorted(mod.OUT_PROBES.items()) for pat in pats]
    print(f"{len(checks)} earlier out-of-scope probes/terms checked against the fresh21 guides (notes, not failures)")
    for stem, ulist in sorted(units.items()):
        t = "\n".join(u.text for u in ulist)
        hits = set()
        for label, pat in checks:
            m = re.search(pat, t, re.I) or re.search(pat, unicodedata.normalize("NFKC", t), re.I)
            if m:
                hits.add(f"{label} {pat!r} ({m.group(0)!r})")
        if hits:
            print(f"note: {stem} matches {len(hits)} earlier probes: " + "; ".join(sorted(hits)))


def main() -> int:  # noqa: C901 - one long check, as in the earlier parts
    gen = _load("make_fresh21_guides", HERE / "make_fresh21_guides.py")
    failures: list[str] = []
    units = guide_units(gen, failures)
    if "--dump" in sys.argv:
        for stem, ulist in units.items():
            for u in ulist:
                print(f"{stem[:3]}\t{u.where}\t{u.text}")
        return 0
    for stem, ulist in sorted(units.items()):
        n_words = len([w for u in ulist for w in u.text.split() if any(c.isalnum() for c in w)])
        print(f"guide {stem}: {n_words} words, {len(ulist)} units")
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            failures.append(f"guide {stem}: {n_words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        if not (HERE / f"{stem}.jsonl").exists():
            failures.append(f"guide {stem} has no question file")
    all_ids: set[str] = set()
    out_rows: list[tuple[str, str]] = []
    for qfile in sorted(HERE.glob("*.jsonl")):
        stem = qfile.stem
        if stem not in units:
            failures.append(f"{qfile.name}: no guide with stem {stem}")
            continue
        texts = [u.text for u in units[stem]]
        whole = "\n".join(texts)
        n_in = n_out = 0
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
            if len(q["gold"]) != 1 or q["gold"][0].get("guide") != stem or list(q["gold"][0]) != ["guide", "anchor"]:
                failures.append(f"{where}: gold must be one entry for guide {stem}")
                continue
            if not q["key"] or not q["lead"]:
                failures.append(f"{where}: in-scope row without key or lead")
            anchor = q["gold"][0]["anchor"]
            if not 20 <= len(anchor) <= 80:
                failures.append(f"{where}: anchor length {len(anchor)}")
            if anchor != anchor.strip() or "  " in anchor:
                failures.append(f"{where}: anchor with outer or double spaces: {anchor!r}")
            if not any(anchor in t for t in texts):
                failures.append(f"{where}: anchor not inside one text unit: {anchor!r}")
            elif whole.count(anchor) != 1:
                failures.append(f"{where}: anchor occurs {whole.count(anchor)} times in the guide: {anchor!r}")
            for s in [anchor] + q["key"] + [q["lead"]]:
                if "\t" in s or "\n" in s:
                    failures.append(f"{where}: tab or line break inside {s!r}")
            for k in q["key"] + [q["lead"]]:
                if not k or not any(k in t for t in texts):
                    failures.append(f"{where}: key/lead not inside one text unit: {k!r}")
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope")
        if n_in != N_IN or n_out != N_OUT:
            failures.append(f"{qfile.name}: question counts ({n_in} in, {n_out} out)")
    if set(OUT_PROBES) != {qid for _, qid in out_rows}:
        failures.append("OUT_PROBES names ids that are not out-of-scope rows, or misses some")
    texts = project_texts()
    for stem, ulist in units.items():  # this part's own units, in addition to the generic dump
        texts[f"fresh21 units {stem}"] = "\n".join(u.text for u in ulist)
    print(f"out-of-scope probes checked against {len(texts)} guide texts")
    for where, qid in out_rows:
        for pat in OUT_PROBES.get(qid, []):
            rx = re.compile(pat, re.I)
            hits = [name for name, t in texts.items() if rx.search(t) or rx.search(unicodedata.normalize("NFKC", t))]
            if hits:
                failures.append(f"{where}: probe {pat!r} found in {', '.join(hits)}")
    reverse_notes(units, failures)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
