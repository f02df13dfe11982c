"""Check the fresh2 question files against the fresh2 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh2/verify_fresh2_anchors.py

For every question file evals/fresh2/<stem>.jsonl there must be a guide evals/fresh2/guides/<stem>.*
For every row: the fields are exactly those of the evals/dev format, ids are unique, split is
"fresh", ask is one of the known kinds.  For every in-scope row: exactly one gold entry naming
the file's guide; the anchor is 20-80 characters, occurs verbatim inside one text unit of the
guide (a line of the .md/.txt file; one block element of the .html file; one paragraph, list
item or table cell string of the generator script for the .docx/.pdf) and occurs exactly once in
the whole guide; every key and the lead occur verbatim inside one text unit.  The built .docx
and .pdf are re-read (python-docx, pdfplumber) as a cross-check; differences there (line
wrapping, interleaved columns) are reported as notes only.  Out-of-scope rows must have empty
gold, key and lead.  Each file needs at least 25 in-scope and 6 out-of-scope rows.  Exits
non-zero on any failure.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUIDES = HERE / "guides"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why",
        "misspelled"}
BLOCKS = {"p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "caption", "title",
          "summary"}
MIN_IN, MIN_OUT = 25, 6


class _BlockText(HTMLParser):
    """Text of each block element, whitespace-normalised (nested blocks also count whole)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self._stack: list[list[str]] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag in BLOCKS:
            self._stack.append([])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in BLOCKS and self._stack:
            text = " ".join("".join(self._stack.pop()).split())
            self.units.append(text)
            if self._stack:
                self._stack[-1].append(text)

    def handle_data(self, data):
        if self._skip == 0 and self._stack:
            self._stack[-1].append(data)


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_fresh2_guides", HERE / "make_fresh2_guides.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def guide_units() -> dict[str, tuple[list[str], str]]:
    """stem -> (text units, whole visible text)."""
    out: dict[str, tuple[list[str], str]] = {}
    for path in sorted(GUIDES.iterdir()):
        if path.suffix in (".md", ".txt"):
            text = path.read_text(encoding="utf-8")
            out[path.stem] = (text.splitlines(), text)
        elif path.suffix == ".html":
            raw = path.read_text(encoding="utf-8")
            parser = _BlockText()
            parser.feed(raw)
            body = re.sub(r"<(script|style|head)[^>]*>.*?</\1>", " ", raw, flags=re.S)
            visible = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())
            out[path.stem] = (parser.units, visible)
    gen = _load_generator()
    for stem, units in gen.visible_strings().items():
        out[stem] = (units, "\n".join(units))
    return out


def binary_texts() -> dict[str, str]:
    """Text re-extracted from the built .docx and .pdf, whitespace-normalised."""
    texts: dict[str, str] = {}
    for path in GUIDES.glob("*.docx"):
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
        texts[path.stem] = " ".join(" ".join(parts).split())
    for path in GUIDES.glob("*.pdf"):
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            pages = []
            for page in pdf.pages:
                # read each half of the page separately as well, so that the two-column page
                # is checked column by column
                w, h = page.width, page.height
                pages.append(page.extract_text() or "")
                pages.append(page.crop((0, 0, w / 2, h)).extract_text() or "")
                pages.append(page.crop((w / 2, 0, w, h)).extract_text() or "")
        texts[path.stem] = " ".join(" ".join(pages).split())
    return texts


def main() -> int:
    units = guide_units()
    binaries = binary_texts()
    failures: list[str] = []
    notes: list[str] = []
    qfiles = sorted(HERE.glob("*.jsonl"))
    for stem in sorted(units):
        if not (HERE / f"{stem}.jsonl").exists():
            failures.append(f"guide {stem} has no question file")
    for qfile in qfiles:
        stem = qfile.stem
        if stem not in units:
            failures.append(f"{qfile.name}: no guide with stem {stem}")
            continue
        unit_list, whole = units[stem]
        n_in = n_out = 0
        seen = set()
        for line_no, line in enumerate(qfile.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                failures.append(f"{qfile.name}:{line_no}: blank line")
                continue
            q = json.loads(line)
            where = f"{qfile.name}:{line_no} {q.get('id')}"
            if list(q) != FIELDS:
                failures.append(f"{where}: fields {list(q)}")
                continue
            if q["id"] in seen:
                failures.append(f"{where}: duplicate id")
            seen.add(q["id"])
            if q["split"] != "fresh" or q["ask"] not in ASKS or q["scope"] not in ("in", "out"):
                failures.append(f"{where}: split/scope/ask {q['split']}/{q['scope']}/{q['ask']}")
            if not q["question"].strip():
                failures.append(f"{where}: empty question")
            if q["scope"] == "out":
                n_out += 1
                if q["gold"] or q["key"] or q["lead"]:
                    failures.append(f"{where}: out-of-scope with gold/key/lead")
                continue
            n_in += 1
            if len(q["gold"]) != 1 or q["gold"][0].get("guide") != stem or \
                    list(q["gold"][0]) != ["guide", "anchor"]:
                failures.append(f"{where}: gold must be one entry for guide {stem}")
                continue
            if not q["key"] or not q["lead"]:
                failures.append(f"{where}: in-scope row without key or lead")
            anchor = q["gold"][0]["anchor"]
            if not 20 <= len(anchor) <= 80:
                failures.append(f"{where}: anchor length {len(anchor)}")
            holders = [u for u in unit_list if anchor in u]
            if not holders:
                failures.append(f"{where}: anchor not inside one text unit: {anchor!r}")
            else:
                n = whole.count(anchor)
                if n != 1:
                    failures.append(f"{where}: anchor occurs {n} times in the guide: {anchor!r}")
            for k in q["key"] + [q["lead"]]:
                if not k or k not in whole:
                    failures.append(f"{where}: key/lead not in guide: {k!r}")
                elif not any(k in u for u in unit_list):
                    failures.append(f"{where}: key/lead spans text units: {k!r}")
            if holders and q["lead"] not in q["key"] and not any(q["lead"] in u for u in holders):
                notes.append(f"{where}: lead is neither a key nor in the anchor's own unit")
            if stem in binaries:
                flat = binaries[stem]
                for s in [anchor] + q["key"] + [q["lead"]]:
                    if " ".join(s.split()) not in flat:
                        notes.append(f"{where}: not found verbatim in extracted {stem} text "
                                     f"(line wrap / table cell / column interleaving): {s!r}")
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope")
        if n_in < MIN_IN or n_out < MIN_OUT:
            failures.append(f"{qfile.name}: too few questions ({n_in} in, {n_out} out)")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
