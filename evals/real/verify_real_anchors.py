"""Check the question files in evals/real/ against the four real lab documents (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/real/verify_real_anchors.py [DOCS_DIR]

DOCS_DIR defaults to ../shared/real-guides relative to the repository root (the documents are
deliberately not kept in the repository).  For every question file evals/real/<stem>.jsonl there
must be a document <stem>.pdf or <stem>.docx in DOCS_DIR.

Text units (what the documents give a plain extraction):
  .pdf    pdfplumber, page by page, page.extract_text() split at line breaks: one line is one
          unit (running headers, page numbers, screenshot labels and the interleaved lines of
          wrapped table cells included, exactly as extracted);
  .docx   python-docx, in body order: every body paragraph is one unit and every table cell is
          one unit (a horizontally merged cell, which python-docx returns once per grid column,
          is counted once); header and footer paragraphs are units too.  List numbers and
          bullets live in numbering.xml, not in the text, and are not part of any unit.

Rules checked for every row:
  - fields are exactly id, split, scope, question, gold, key, lead, ask; ids unique over all files
    and prefixed per file; split is "real"; scope is "in" or "out"; ask is a known kind;
  - in-scope: exactly one gold entry, naming the file's document; the anchor is 20-80 characters,
    has no outer or double spaces, lies verbatim inside one text unit, and occurs exactly once in
    the document (counted over the units, and again over the whole text with all whitespace
    collapsed, so that it is not repeated across a line break either); at least one key; every
    key and the lead lie verbatim inside one text unit of the gold passage, i.e. a unit near the
    anchor: for the PDFs within 12 extracted lines of the anchor's line (page breaks crossed), for
    the DOCX within 6 non-empty units of the anchor's unit, or anywhere in a table when the anchor
    is in that table or within 4 non-empty units before it (a caption or an introduction);
  - out-of-scope: gold and key empty, lead ""; and none of the probe patterns listed for it in
    OUT_PROBES below occurs in any of the four documents (case-insensitive regular expressions);
  - counts per file: at least MIN_IN in-scope and MIN_OUT out-of-scope rows.

Prints a summary (counts, ask mix, gold passages per document) and exits non-zero on any failure.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_DOCS = REPO.parent / "shared" / "real-guides"

FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "terse", "procedure", "step", "compare", "check_first", "why",
        "misspelled", "who", "where", "definition"}
PREFIX = {
    "Preparative LCMS Guide": "lcms",
    "Lab Responsibilities": "labresp",
    "G25 Safety Induction May 2019": "safety",
    "G25 Inventory Guidelines": "inventory",
}
MIN_IN = {
    "Preparative LCMS Guide": 30,
    "Lab Responsibilities": 20,
    "G25 Safety Induction May 2019": 20,
    "G25 Inventory Guidelines": 10,
}
MIN_OUT = 5
PDF_WINDOW = 12      # lines
DOCX_WINDOW = 6      # non-empty units
DOCX_TABLE_LEAD = 4  # non-empty units before a table that still count as its caption/intro

# What each out-of-scope question asks for, as patterns that must NOT occur in any document.
OUT_PROBES = {
    "lcms-059": [r"\bflow\b", r"mL/min", r"flow rate"],
    "lcms-060": [r"\bmm\b", r"dimension", r"\bi\.d\.", r"C18"],
    "lcms-061": [r"\bTFA\b", r"trifluoro"],
    "lcms-062": [r"purge", r"\bprim(e|ing)\b"],
    "lcms-063": [r"methanol", r"LCMS grade MeOH"],
    "lcms-064": [r"pressure", r"\bbar\b", r"\bpsi\b"],
    "lcms-065": [r"\btun(e|ing)\b", r"calibrat"],
    "labresp-048": [r"\bNMR\b"],
    "labresp-049": [r"glove ?box"],
    "labresp-050": [r"defrost", r"freezers"],
    "labresp-051": [r"acid bath", r"base bath (is|are|should|must|gets?)",
                    r"(chang|replac|refresh)\w* the (acid|base)"],
    "labresp-052": [r"melting"],
    "labresp-053": [r"phone number", r"telephone", r"\btel\b", r"e-?mail"],
    "safety-036": [r"eye ?wash[^.\n]*(minute|\bmin\b|second)", r"rinse[^.\n]*eye", r"15 min"],
    "safety-037": [r"phone number", r"telephone", r"security", r"emergency number", r"\b222\b", r"\b999\b"],
    "safety-038": [r"defib", r"\bAED\b"],
    "safety-039": [r"\bHF\b", r"hydrofluoric", r"gluconate"],
    "safety-040": [r"sodium", r"class D", r"metal fire", r"extinguisher type"],
    "safety-041": [r"\btested\b", r"alarm test", r"fire drill"],
    "inventory-018": [r"stickers? (are|is) (kept|stored|in)", r"spare (barcode|sticker)", r"label printer"],
    "inventory-019": [r"no CAS", r"without a CAS", r"CAS number is not"],
    "inventory-020": [r"expir", r"shelf life", r"best before"],
    "inventory-021": [r"scanner", r"\bscan\b", r"\bapp\b"],
    "inventory-022": [r"export", r"excel", r"\.csv"],
}


# ---------------------------------------------------------------- reading the documents
class Unit:
    __slots__ = ("text", "pos", "table", "where")

    def __init__(self, text, pos, table, where):
        self.text, self.pos, self.table, self.where = text, pos, table, where


def read_pdf(path: Path) -> list[Unit]:
    import pdfplumber

    units = []
    with pdfplumber.open(path) as pdf:
        for pno, page in enumerate(pdf.pages, 1):
            for lno, line in enumerate((page.extract_text() or "").split("\n"), 1):
                units.append(Unit(line, len(units), None, f"p{pno} l{lno}"))
    return units


def read_docx(path: Path) -> list[Unit]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(path))
    units: list[Unit] = []
    nonempty = 0

    def add(text, table, where):
        nonlocal nonempty
        units.append(Unit(text, nonempty, table, where))
        if text.strip():
            nonempty += 1

    tno = 0
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            add(Paragraph(el, d).text, None, f"paragraph {len(units) + 1}")
        elif tag == "tbl":
            tno += 1
            seen = []  # the cell elements themselves, compared by identity
            for r, row in enumerate(Table(el, d).rows, 1):
                for c, cell in enumerate(row.cells, 1):
                    if any(cell._tc is tc for tc in seen):
                        continue
                    seen.append(cell._tc)
                    add(cell.text, tno, f"table {tno} row {r} cell {c}")
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part.paragraphs:
                add(p.text, None, "header/footer")
    return units


def read_doc(path: Path) -> list[Unit]:
    return read_pdf(path) if path.suffix.lower() == ".pdf" else read_docx(path)


# ---------------------------------------------------------------- checks
def units_containing(units, s):
    return [u for u in units if s in u.text]


def count_in_units(units, s):
    return sum(u.text.count(s) for u in units)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def neighbourhood(units, anchor_unit, is_pdf):
    """Units that belong to the gold passage around the anchor's unit."""
    if is_pdf:
        i = anchor_unit.pos
        return [u for u in units if abs(u.pos - i) <= PDF_WINDOW]
    near = [u for u in units if u.text.strip() and abs(u.pos - anchor_unit.pos) <= DOCX_WINDOW]
    tables = set()
    if anchor_unit.table is not None:
        tables.add(anchor_unit.table)
    for u in units:
        if u.table is not None and 0 < u.pos - anchor_unit.pos <= DOCX_TABLE_LEAD + 1:
            tables.add(u.table)
    if anchor_unit.table is not None:
        first = min(u.pos for u in units if u.table == anchor_unit.table)
        near += [u for u in units if u.table is None and u.text.strip() and 0 < first - u.pos <= DOCX_TABLE_LEAD]
    near += [u for u in units if u.table in tables]
    return near


def main(argv):
    docs_dir = Path(argv[1]).resolve() if len(argv) > 1 else DEFAULT_DOCS
    if not docs_dir.is_dir():
        print(f"documents not found: {docs_dir}")
        return 2
    errors: list[str] = []
    files = sorted(HERE.glob("*.jsonl"))
    stems = [f.stem for f in files]
    for stem in PREFIX:
        if stem not in stems:
            errors.append(f"missing question file for {stem}")
    docs = {}
    for stem in stems:
        cands = [docs_dir / f"{stem}.pdf", docs_dir / f"{stem}.docx"]
        found = [c for c in cands if c.exists()]
        if not found:
            errors.append(f"{stem}: no document {stem}.pdf/.docx in {docs_dir}")
            continue
        docs[stem] = (found[0], read_doc(found[0]))
    alltext = "\n".join(u.text for _, us in docs.values() for u in us)

    ids = set()
    summary = []
    probes_seen = set()
    for f in files:
        stem = f.stem
        if stem not in docs:
            continue
        path, units = docs[stem]
        is_pdf = path.suffix.lower() == ".pdf"
        flat = collapse(" ".join(u.text for u in units))
        n_in = n_out = 0
        asks = collections.Counter()
        anchors_used = collections.Counter()
        for ln, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{f.name}:{ln}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            rid = row.get("id", "?")
            where = f"{f.name}:{ln} {rid}"
            if list(row) != FIELDS:
                errors.append(f"{where}: fields {list(row)} != {FIELDS}")
                continue
            if rid in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(rid)
            if not re.fullmatch(re.escape(PREFIX.get(stem, "?")) + r"-\d{3}", rid):
                errors.append(f"{where}: id should look like {PREFIX.get(stem)}-NNN")
            if row["split"] != "real":
                errors.append(f"{where}: split {row['split']!r} != 'real'")
            if row["ask"] not in ASKS:
                errors.append(f"{where}: unknown ask {row['ask']!r}")
            if not isinstance(row["question"], str) or not row["question"].strip():
                errors.append(f"{where}: empty question")
            asks[row["ask"]] += 1
            if row["scope"] == "out":
                n_out += 1
                if row["gold"] or row["key"] or row["lead"] != "":
                    errors.append(f"{where}: out-of-scope row must have empty gold/key/lead")
                probes = OUT_PROBES.get(rid)
                if not probes:
                    errors.append(f"{where}: no OUT_PROBES entry for this out-of-scope row")
                for pat in probes or []:
                    probes_seen.add(rid)
                    m = re.search(pat, alltext, re.I)
                    if m:
                        errors.append(f"{where}: probe {pat!r} occurs in the documents: {m.group(0)!r}")
                continue
            if row["scope"] != "in":
                errors.append(f"{where}: scope {row['scope']!r}")
                continue
            n_in += 1
            gold = row["gold"]
            if not (isinstance(gold, list) and len(gold) == 1 and isinstance(gold[0], dict)
                    and set(gold[0]) == {"guide", "anchor"}):
                errors.append(f"{where}: gold must be one {{guide, anchor}} entry")
                continue
            if gold[0]["guide"] != stem:
                errors.append(f"{where}: gold guide {gold[0]['guide']!r} != {stem!r}")
            anchor = gold[0]["anchor"]
            anchors_used[anchor] += 1
            if not 20 <= len(anchor) <= 80:
                errors.append(f"{where}: anchor length {len(anchor)} not in 20-80: {anchor!r}")
            if anchor != anchor.strip() or "  " in anchor or "\n" in anchor:
                errors.append(f"{where}: anchor has outer/double spaces or a line break: {anchor!r}")
            hits = units_containing(units, anchor)
            if not hits:
                errors.append(f"{where}: anchor not inside one text unit: {anchor!r}")
                continue
            c_units = count_in_units(units, anchor)
            c_flat = flat.count(collapse(anchor))
            if c_units != 1 or c_flat != 1:
                errors.append(f"{where}: anchor occurs {c_units}x in units, {c_flat}x in collapsed text: {anchor!r}")
            near = neighbourhood(units, hits[0], is_pdf)
            keys = row["key"]
            if not isinstance(keys, list) or not keys:
                errors.append(f"{where}: at least one key needed")
                keys = []
            for label, s in [("key", k) for k in keys] + [("lead", row["lead"])]:
                if not isinstance(s, str) or not s.strip():
                    errors.append(f"{where}: empty {label}")
                    continue
                if s != s.strip() or "\n" in s:
                    errors.append(f"{where}: {label} has outer spaces or a line break: {s!r}")
                if not units_containing(units, s):
                    errors.append(f"{where}: {label} not inside one text unit: {s!r}")
                elif not units_containing(near, s):
                    errors.append(f"{where}: {label} not inside a unit of the gold passage "
                                  f"(near {hits[0].where}): {s!r}")
        if n_in < MIN_IN.get(stem, 0):
            errors.append(f"{f.name}: {n_in} in-scope rows < {MIN_IN.get(stem)}")
        if n_out < MIN_OUT:
            errors.append(f"{f.name}: {n_out} out-of-scope rows < {MIN_OUT}")
        summary.append((stem, path.name, len(units), n_in, n_out, asks, len(anchors_used)))

    stale = set(OUT_PROBES) - probes_seen
    if stale:
        errors.append(f"OUT_PROBES entries for ids that are not out-of-scope rows: {sorted(stale)}")

    print(f"documents: {docs_dir}")
    tot_in = tot_out = 0
    tot_asks = collections.Counter()
    for stem, name, n_units, n_in, n_out, asks, n_anchor in summary:
        tot_in += n_in
        tot_out += n_out
        tot_asks.update(asks)
        mix = ", ".join(f"{k} {v}" for k, v in sorted(asks.items(), key=lambda kv: (-kv[1], kv[0])))
        print(f"  {name}: {n_units} text units; {n_in} in-scope ({n_anchor} distinct anchors), "
              f"{n_out} out-of-scope; asks: {mix}")
    mix = ", ".join(f"{k} {v}" for k, v in sorted(tot_asks.items(), key=lambda kv: (-kv[1], kv[0])))
    print(f"  total: {tot_in} in-scope, {tot_out} out-of-scope; asks: {mix}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all rules pass")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
