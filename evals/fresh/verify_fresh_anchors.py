"""Check the fresh question files against the fresh guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh/verify_fresh_anchors.py

For every in-scope question: the anchor is 20-80 characters, occurs verbatim inside one
text unit of the guide (a line of the .md/.txt file, one block element of the .html
file, one paragraph / list item / table cell string of the generator script for the
.docx/.pdf), and every key and the lead occur verbatim in the guide.  The .docx and
.pdf are also re-read (python-docx, pdfplumber) as a cross-check.  Out-of-scope
questions must have empty gold/key/lead.  Exits non-zero on any failure.
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
BLOCKS = {"p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "caption", "title"}


class _BlockText(HTMLParser):
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
    spec = importlib.util.spec_from_file_location("make_fresh_guides", HERE / "make_fresh_guides.py")
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
            visible = html.unescape(re.sub(r"<[^>]+>", " ", body))
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
            raw = " ".join(page.extract_text() or "" for page in pdf.pages)
        texts[path.stem] = " ".join(raw.split())
    return texts


def main() -> int:
    units = guide_units()
    binaries = binary_texts()
    failures: list[str] = []
    notes: list[str] = []
    for qfile in sorted(HERE.glob("*.jsonl")):
        stem = qfile.stem
        if stem not in units:
            failures.append(f"{qfile.name}: no guide with stem {stem}")
            continue
        unit_list, whole = units[stem]
        n_in = n_out = 0
        seen = set()
        for line_no, line in enumerate(qfile.read_text(encoding="utf-8").splitlines(), 1):
            q = json.loads(line)
            where = f"{qfile.name}:{line_no} {q.get('id')}"
            if list(q) != FIELDS:
                failures.append(f"{where}: fields {list(q)}")
            if q["id"] in seen:
                failures.append(f"{where}: duplicate id")
            seen.add(q["id"])
            if q["split"] != "fresh" or q["ask"] not in ASKS:
                failures.append(f"{where}: split/ask {q['split']}/{q['ask']}")
            if q["scope"] == "out":
                n_out += 1
                if q["gold"] or q["key"] or q["lead"]:
                    failures.append(f"{where}: out-of-scope with gold/key/lead")
                continue
            n_in += 1
            if len(q["gold"]) != 1 or q["gold"][0]["guide"] != stem:
                failures.append(f"{where}: gold guide")
                continue
            anchor = q["gold"][0]["anchor"]
            if not 20 <= len(anchor) <= 80:
                failures.append(f"{where}: anchor length {len(anchor)}")
            holders = [u for u in unit_list if anchor in u]
            if not holders:
                failures.append(f"{where}: anchor not inside one text unit: {anchor!r}")
            elif sum(u.count(anchor) for u in unit_list) > 1:
                notes.append(f"{where}: anchor occurs more than once")
            for k in q["key"] + [q["lead"]]:
                if not k or k not in whole:
                    failures.append(f"{where}: key/lead not in guide: {k!r}")
                elif not any(k in u for u in unit_list):
                    failures.append(f"{where}: key/lead spans text units: {k!r}")
            if q["lead"] not in q["key"] and holders and not any(q["lead"] in u for u in holders):
                notes.append(f"{where}: lead not in the anchor's own unit")
            if stem in binaries:
                flat = binaries[stem]
                for s in [anchor] + q["key"] + [q["lead"]]:
                    if " ".join(s.split()) not in flat:
                        notes.append(f"{where}: not found verbatim in extracted {stem} text "
                                     f"(line wrap/hyphenation?): {s!r}")
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope")
        if n_in < 22 or n_out < 6:
            failures.append(f"{qfile.name}: too few questions")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
