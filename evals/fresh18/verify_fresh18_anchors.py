# ruff: noqa: E501 - long literal text and regular expressions
"""Check the fresh18 question files against the fresh18 guides (no assistant involved).

Usage (from the repository root):
    PYTHONDONTWRITEBYTECODE=1 .venv/bin/python evals/fresh18/verify_fresh18_anchors.py

Adapted from evals/fresh16/verify_fresh16_anchors.py (whose HTML unit splitter, project guide
extraction and earlier probe lists it imports).  For every question file evals/fresh18/<stem>.jsonl
there must be a guide evals/fresh18/guides/<stem>.* and the other way round.  For every row: the
fields are exactly those of the evals/dev format, ids are unique, split is "fresh18", ask is one of
the known kinds.  For every in-scope row: exactly one gold entry naming the file's guide; the anchor
is 20-80 characters, has no outer or double spaces, no tab and no line break, occurs verbatim inside
one text unit of the guide and exactly once in the whole guide; every key and the lead occur
verbatim inside one text unit.  Text units are:

  .pdf   the Word SOP saved as PDF: one drawn text line as held in the generator (jk_units()),
         header table cells and footer included; every anchor, key and lead must also come out of
         pdfplumber's text of one page (whitespace-normalised).  The file must have A4 pages, Word
         as creator and producer, the header table on every page and a table row broken across a
         page break;
  .html  the Moodle page: the text between two block boundaries (fresh16's html_units(): every tag
         that is not inline ends a unit; entities decoded, whitespace normalised; head, scripts and
         styles left out).  The page must have the Moodle markers (saved-from comment, course
         index, breadcrumbs, completion badges, accordion, jump-to select, footer).  No anchor, key
         or lead may contain a no-break space;
  .txt   the binder card: one line, stripped (ph_units()).  The file must equal ph_text(), start
         with a BOM, use CRLF line ends and hold box-drawing tables.  No anchor, key or lead may
         contain a box-drawing character or a check box "[ ]".

Out-of-scope rows must have empty gold, key and lead, and each must have an entry in OUT_PROBES:
regular expressions (case-insensitive) for what it asks about, none of which may match the text of
ANY guide of the project (corpus/, tests/fixtures/gallery/, evals/*/guides/ including fresh17 as far
as it exists, and ../shared/real-guides/ when present), extracted as fresh16's verifier does, plus
a generic extraction for files it does not know.  The other way round, each fresh18 guide
is checked against the out-of-scope probes of the earlier parts (the lists fresh16's verifier checks, plus
fresh16's own OUT_PROBES); such matches are printed as notes, not failures, because two topics
(the Julia-Kocienski olefination and the pH meter) were asked about by out-of-scope rows of older
sets and this part is scored with its own guides only.  Each file needs exactly 30 in-scope rows followed by 6 out-of-scope
rows, and each guide 1,500-2,500 words.  Exits non-zero on any failure.
"""

from __future__ import annotations

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
SPLIT = "fresh18"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why", "misspelled"}
N_IN, N_OUT = 30, 6
MIN_WORDS, MAX_WORDS = 1500, 2500
BOX = "─│┌┐└┘├┤┬┴┼═║╔╗╚╝"
TXT_MARKUP = tuple(BOX) + ("[ ]", "\ufeff")
HTML_MARKUP = ("\u00a0",)

OUT_PROBES: dict[str, list[str]] = {
    'jko-031': ['ketones?.{0,40}PT-sulfone', 'PT-sulfone.{0,80}ketone', 'Julia.{0,80}ketone', 'ketone.{0,80}Julia'],
    'jko-032': ['pyridin-?2-yl sulfone', '\\bPYR\\b', '\\bTBT\\b', 'tert-butyl-?tetrazol', 'Z-selective'],
    'jko-033': ['fluoroalkene', 'fluoro-?Julia', 'fluoro.{0,20}sulfone', 'monofluoro'],
    'jko-034': ['phosphazene', 'P4-?t-?Bu', 'Schwesinger'],
    'jko-035': ['amalgam.{0,80}(remov|dispos|quench)', 'Na\\(Hg\\)', 'SmI2', 'samarium'],
    'jko-036': ['Julia.{0,80}(solid[- ]phase|resin|polymer)', '(solid[- ]phase|resin|polymer).{0,80}Julia', 'sulfone.{0,60}(resin|polymer[- ]bound)', 'Merrifield'],
    'sdm-031': ['Clevenger', 'hydrodistillation'],
    'sdm-032': ['eugenyl acetate', 'acetyleugenol', 'caryophyllene'],
    'sdm-033': ['\\bscCO2\\b', 'supercritical CO2 extraction', 'clove.{0,40}supercritical', 'supercritical.{0,40}clove'],
    'sdm-034': ['steam distill\\w*.{0,60}(reduced pressure|vacuum)', 'vacuum steam distill', '(reduced pressure|under vacuum).{0,40}steam distill'],
    'sdm-035': ['fatty acid', 'superheated steam.{0,40}(distil|at \\d)'],
    'sdm-036': ['orange.{0,40}(peel|rind).{0,80}(\\bper\\b|mL of limonene|yield)', 'zest', 'how many oranges'],
    'phm-031': ['\\bDMSO\\b.{0,40}pH meter', 'pH electrode.{0,40}(DMSO|acetonitrile)', 'non-?aqueous pH', 'pH\\*'],
    'phm-032': ['ISFET', 'solid-state pH', 'field.effect'],
    'phm-033': ['\\bORP\\b', 'redox electrode', 'Zobell', 'oxidation.reduction potential'],
    'phm-034': ['potentiometric', 'titrat\\w+.{0,60}pKa', 'pKa.{0,60}titrat', 'half-equivalence'],
    'phm-035': ['phosphate buffer.{0,40}7\\.4', 'pH 7\\.4', '\\bPBS\\b'],
    'phm-036': ['data ?logg', '\\bUSB\\b', 'RS-?232', 'pH.{0,40}autosampler'],
}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _norm(s: str) -> str:
    return " ".join(s.split())


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _check_pdf(path: Path, failures: list[str]) -> None:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        sizes = {(round(float(p.width)), round(float(p.height))) for p in pdf.pages}
        meta = pdf.metadata
        texts = [p.extract_text() or "" for p in pdf.pages]
    if sizes != {(595, 842)}:
        failures.append(f"{path.name}: pages are not all A4 portrait: {sorted(sizes)}")
    if "Microsoft® Word" not in str(meta.get("Creator", "")) or "Word" not in str(meta.get("Producer", "")):
        failures.append(f"{path.name}: creator/producer are not Word's: {meta}")
    for i, t in enumerate(texts, 1):
        if "Document No. SOP-SYN-031" not in t or f"Page {i} of {len(texts)}" not in t:
            failures.append(f"{path.name}: page {i} lacks the header table")
    if not any(t.split("Safety Officer\n", 1)[-1].startswith("brown or black on adding the") for t in texts):
        failures.append(f"{path.name}: no table row broken across a page break")


def _check_moodle(raw: str, path: Path, failures: list[str]) -> None:
    for mark in ("<!-- saved from url=", 'id="page-mod-page-view"', 'id="courseindex"', 'class="breadcrumb"',
                 "<strong>Done:</strong> View", 'class="accordion"', 'data-toggle="collapse"',
                 'id="jump-to-activity"', "filter_mathjaxloader_equation", "Powered by", "Data retention summary"):
        if mark not in raw:
            failures.append(f"{path.name}: {mark} missing: not a saved Moodle page")


def _check_card(gen, data: bytes, path: Path, failures: list[str]) -> None:
    text = data.decode("utf-8")
    if text != gen.ph_text():
        failures.append(f"{path.name}: file differs from ph_text()")
    if not data.startswith(b"\xef\xbb\xbf") or b"\n" in data.replace(b"\r\n", b""):
        failures.append(f"{path.name}: not UTF-8 with BOM and CRLF line ends")
    for mark in ("╔", "┌", "┼", "└", "═", "[ ] "):
        if mark not in text:
            failures.append(f"{path.name}: {mark!r} missing")


def guide_units(gen, v16, failures: list[str]) -> dict[str, tuple[list[str], str, str]]:
    """stem -> (text units, whole visible text, kind)."""
    out: dict[str, tuple[list[str], str, str]] = {}
    for path in sorted(GUIDES.iterdir()):
        stem, suf = path.stem, path.suffix
        if suf == ".pdf" and stem == gen.JK_STEM:
            _check_pdf(path, failures)
            units = gen.jk_units()
            out[stem] = (units, "\n".join(units), "word-pdf")
        elif suf == ".html" and stem == gen.SD_STEM:
            raw = path.read_bytes().decode("utf-8")
            _check_moodle(raw, path, failures)
            units, visible = v16.html_units(raw)
            out[stem] = (units, visible, "moodle-html")
        elif suf == ".txt" and stem == gen.PH_STEM:
            data = path.read_bytes()
            _check_card(gen, data, path, failures)
            units = gen.ph_units(data.decode("utf-8"))
            out[stem] = (units, "\n".join(units), "binder-txt")
        else:
            failures.append(f"{path.name}: unexpected guide")
    return out


def generic_text(p: Path) -> str:
    """Everything readable in a guide file of unknown layout."""
    suf = p.suffix.lower()
    data = p.read_bytes()
    if suf == ".pdf":
        return "\n".join(pdf_pages(p))
    if data[:2] == b"PK":
        out = []
        with zipfile.ZipFile(p) as z:
            for n in sorted(z.namelist()):
                if n.endswith((".xml", ".rels", ".html", ".txt")):
                    x = z.read(n).decode("utf-8", "replace")
                    out.append(x)
                    x = re.sub(r"</w:p>|</a:p>|</row>|</text:p>|</si>", "\n", x)
                    out.append(html.unescape(re.sub(r"<[^>]+>", " ", x)))
        return "\n".join(out)
    for enc in ("utf-8", "cp1252", "latin-1"):
        try:
            t = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    attrs = re.findall(r'(?:alt|title)="([^"]*)"', t)
    return "\n".join([t, html.unescape(re.sub(r"<[^>]+>", " ", t)), html.unescape("\n".join(attrs))])


def fresh18_full_text(path: Path, gen) -> str:
    if path.suffix == ".pdf":
        return "\n".join(pdf_pages(path) + gen.jk_units())
    return generic_text(path)


def all_guide_files() -> list[Path]:
    dirs = [ROOT / "corpus", ROOT / "tests" / "fixtures" / "gallery"]
    dirs += sorted(p for p in (ROOT / "evals").glob("*/guides") if p.is_dir())
    shared = ROOT.parent / "shared" / "real-guides"
    if shared.is_dir():
        dirs.append(shared)
    return [p for d in dirs if d.is_dir() for p in sorted(d.iterdir()) if p.is_file()]


def project_texts(gen, mods: dict) -> dict[str, str]:
    v16 = mods["v16"]
    texts: dict[str, str] = {}
    for p in all_guide_files():
        name = str(p.relative_to(ROOT.parent))
        part = p.parent.parent.name
        if p.suffix.lower() not in v16.GUIDE_SUFFIXES or part in ("fresh17", "fresh18"):
            texts[name] = fresh18_full_text(p, gen) if part == "fresh18" else generic_text(p)
        elif part == "fresh16":
            texts[name] = v16.fresh16_full_text(p, mods["gen16"])
        elif part == "fresh15":
            texts[name] = mods["v15"].fresh15_full_text(p, mods["gen15"])
        elif part == "fresh14":
            texts[name] = mods["v14"].fresh14_full_text(p)
        elif part == "fresh13":
            texts[name] = mods["v13"].fresh13_full_text(p, mods["gen13"])
        elif part == "fresh12":
            texts[name] = mods["v12"].fresh12_full_text(p)
        else:
            texts[name] = mods["v11"].guide_text_any(mods["v9"], p)
        if part not in ("fresh17", "fresh18"):
            texts[name] += "\n" + generic_text(p)
    return texts


def earlier_checks(mods: dict, failures: list[str]) -> list[tuple[str, str]]:
    v12 = mods["v12"]
    earlier = dict(v12.EARLIER_PROBES)
    earlier.update(v12.lay_probes())
    checks = [(f"fresh{n} {qid}", pat) for n in range(8, 17)
              for qid, pats in sorted(mods[f"v{n}"].OUT_PROBES.items()) for pat in pats]
    checks += [("fresh9 earlier term", t) for t in mods["v9"].EARLIER_OUT_TERMS]
    checks += [("fresh10 extra term", t) for t in mods["v10"].EXTRA_OUT_TERMS]
    checks += [("fresh11 extra term", t) for t in mods["v11"].EXTRA_OUT_TERMS]
    checks += [(key, pat) for key, pats in sorted(earlier.items()) for pat in pats]
    for n in range(8, 17):
        for f in sorted((ROOT / "evals" / f"fresh{n}").glob("*.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                q = json.loads(line) if line.strip() else {}
                if q.get("scope") == "out" and not mods[f"v{n}"].OUT_PROBES.get(q["id"]):
                    failures.append(f"fresh{n} {q['id']}: no probes in its verifier")
    return checks


def main() -> int:  # noqa: C901 - one long check, as in the earlier parts
    gen = _load("make_fresh18_guides", HERE / "make_fresh18_guides.py")
    mods = {"gen16": _load("make_fresh16_guides", ROOT / "evals" / "fresh16" / "make_fresh16_guides.py"),
            "gen15": _load("make_fresh15_guides", ROOT / "evals" / "fresh15" / "make_fresh15_guides.py"),
            "gen13": _load("make_fresh13_guides", ROOT / "evals" / "fresh13" / "make_fresh13_guides.py")}
    for n in range(8, 17):
        mods[f"v{n}"] = _load(f"verify_fresh{n}_anchors", ROOT / "evals" / f"fresh{n}" / f"verify_fresh{n}_anchors.py")
    v16 = mods["v16"]
    failures: list[str] = []
    units = guide_units(gen, v16, failures)
    pages = {p.stem: [_norm(t) for t in pdf_pages(p)] for p in sorted(GUIDES.glob("*.pdf"))}
    for stem, (_, whole, kind) in sorted(units.items()):
        n_words = len([w for w in whole.split() if any(c.isalnum() for c in w)])
        print(f"guide {stem} ({kind}): {n_words} words")
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
        unit_list, whole, kind = units[stem]
        markup = {"binder-txt": TXT_MARKUP, "moodle-html": HTML_MARKUP}.get(kind, ())
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
            if not any(anchor in u for u in unit_list):
                failures.append(f"{where}: anchor not inside one text unit: {anchor!r}")
            elif whole.count(anchor) != 1:
                failures.append(f"{where}: anchor occurs {whole.count(anchor)} times in the guide: {anchor!r}")
            for s in [anchor] + q["key"] + [q["lead"]]:
                if "\t" in s or "\n" in s:
                    failures.append(f"{where}: tab or line break inside {s!r}")
                for m in markup:
                    if m in s:
                        failures.append(f"{where}: {kind} markup {m!r} inside {s!r}")
                if stem in pages and not any(_norm(s) in t for t in pages[stem]):
                    failures.append(f"{where}: pdfplumber text of no page holds {s!r}")
            for k in q["key"] + [q["lead"]]:
                if not k or not any(k in u for u in unit_list):
                    failures.append(f"{where}: key/lead not inside one text unit: {k!r}")
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope")
        if n_in != N_IN or n_out != N_OUT:
            failures.append(f"{qfile.name}: question counts ({n_in} in, {n_out} out)")
    if set(OUT_PROBES) != {qid for _, qid in out_rows}:
        failures.append("OUT_PROBES names ids that are not out-of-scope rows")
    texts = project_texts(gen, mods)
    print(f"out-of-scope probes checked against {len(texts)} guide files")
    for where, qid in out_rows:
        for pat in OUT_PROBES.get(qid, []):
            rx = re.compile(pat, re.I)
            hits = [name for name, t in texts.items() if rx.search(t)]
            if hits:
                failures.append(f"{where}: probe {pat!r} found in {', '.join(hits)}")
    mine = {name: t for name, t in texts.items() if "/evals/fresh18/" in f"/{name}"}
    for stem, (unit_list, whole, _) in units.items():
        mine[f"{stem} (units)"] = "\n".join(unit_list)
        mine[f"{stem} (visible)"] = whole
    for name in list(mine):
        mine[f"{name} (NFKC)"] = unicodedata.normalize("NFKC", mine[name])
    checks = earlier_checks(mods, failures)
    notes: dict[str, set[str]] = {}
    for label, pat in checks:
        rx = re.compile(pat, re.I)
        for name, t in mine.items():
            m = rx.search(t)
            if m:
                stem = Path(name.split(" (")[0]).stem
                notes.setdefault(stem, set()).add(f"{label} {pat!r} ({m.group(0)!r})")
    print(f"{len(checks)} earlier out-of-scope probes/terms checked against the fresh18 guides "
          "(reported as notes, not failures: this part is scored with its own guides only; see README)")
    for stem, hits in sorted(notes.items()):
        print(f"note: {stem} matches {len(hits)} earlier probes: " + "; ".join(sorted(hits)))
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
