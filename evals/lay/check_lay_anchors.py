#!/usr/bin/env python
"""Check evals/lay/*.jsonl lay-phrased dev questions against the guide texts.

- anchor: 20-80 chars, occurs exactly once in the guide's extracted text
  (whitespace-normalised, case-insensitive) and lies inside one unit
  (paragraph / line / list item / table cell), i.e. does not straddle a heading.
- key and lead: verbatim in the guide; warn if far from the anchor.
- lay words used in the question must not occur in the guide; max 2 uses of a
  lay word per guide.
- out-of-scope: grep terms (oos_terms.json) must not occur in any guide.
Run with .venv/bin/python (needs pdfplumber, python-docx).
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GALLERY = ROOT / "tests/fixtures/gallery"
EXTRA = [ROOT / "corpus/troubleshooting-1-4-diazepane-ring-formation.txt"]
OUT = Path(__file__).resolve().parent

ITEM_START = re.compile(
    r"^\s*(-\s|\*\s|•|\d+\.\s|\d+\)\s|Q[.:]|A[.:]|\*\*Q|\*\*A|Problem\b|Try:|FIX|Step \d|Cause:|Solution:|"
    r"Table \d|Page \d|\d+(\.\d+)+\s|\d+\s[A-Z]|[A-Z][A-Z0-9 '()/,&:.-]{6,}$|[=-]{3,}$|#)"
)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def html_text(raw):
    t = re.sub(r"(?is)<(script|style).*?</\1>", "", raw)
    t = re.sub(r"(?i)<br\s*/?>|</(p|li|h\d|tr|div|td|th|dt|dd|caption|title|a)>", "\n", t)
    t = re.sub(r"(?i)<(sub|sup)>(.*?)</\1>", r"\2", t)
    t = re.sub(r"<[^>]+>", " ", t)
    t = html.unescape(t)
    return "\n".join(re.sub(r"[ \t]+", " ", ln).strip() for ln in t.splitlines())


def extract(path):
    """Return (full_text, units)."""
    suf = path.suffix
    if suf == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as p:
            text = "\n".join(pg.extract_text() or "" for pg in p.pages)
        return text, split_blocks(text)
    if suf == ".docx":
        import docx
        d = docx.Document(path)
        units = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for r in tb.rows:
                for c in r.cells:
                    units.append(c.text)
        return "\n".join(units), units
    raw = path.read_text()
    if suf == ".html":
        text = html_text(raw)
        return text, [ln for ln in text.splitlines() if ln.strip()]
    if suf == ".md":
        units = []
        for line in raw.splitlines():
            if line.strip().startswith("|"):
                units += [c for c in line.split("|") if c.strip()]
            elif "<td>" in line or "<th>" in line:
                units += [c for c in re.split(r"</?t[dhr]>", line) if c.strip()]
            else:
                units.append(re.sub(r"^[#>\s*-]+|\d+\.\s", "", line))
        return raw, units
    # plain text
    units = []
    for line in raw.splitlines():
        if "\t" in line:
            units += line.split("\t")
    units += split_blocks(raw)
    return raw, units


def split_blocks(text):
    units, cur = [], []
    for line in text.splitlines():
        if not line.strip():
            if cur:
                units.append("\n".join(cur))
            cur = []
            continue
        if ITEM_START.match(line) and cur:
            units.append("\n".join(cur))
            cur = []
        cur.append(line)
    if cur:
        units.append("\n".join(cur))
    return units


def guides():
    out = {}
    for p in sorted(GALLERY.iterdir()) + EXTRA:
        if p.suffix == ".py" or p.name.startswith("."):
            continue
        text, units = extract(p)
        out[p.stem] = (norm(text), [norm(u) for u in units])
    return out


LAY = json.loads((OUT / "lay_words.json").read_text()) if (OUT / "lay_words.json").exists() else []


def main():
    G = guides()
    oos_terms = json.loads((OUT / "oos_terms.json").read_text()) if (OUT / "oos_terms.json").exists() else {}
    problems = warnings = 0
    nfiles = nq = 0
    for stem in G:
        f = OUT / f"{stem}.jsonl"
        if not f.exists():
            print(f"MISSING file for {stem}")
            problems += 1
            continue
        nfiles += 1
        text, units = G[stem]
        lay_count = Counter()
        rows = [json.loads(ln) for ln in f.read_text().splitlines() if ln.strip()]
        nin = sum(r["scope"] == "in" for r in rows)
        nout = sum(r["scope"] == "out" for r in rows)
        if (nin, nout) != (8, 3):
            print(f"{stem}: {nin} in / {nout} out")
            problems += 1
        ids = set()
        for r in rows:
            nq += 1
            qid = r["id"]
            assert list(r) == ["id", "split", "scope", "question", "gold", "key", "lead", "ask"], qid
            if qid in ids:
                print(f"{qid}: duplicate id")
                problems += 1
            ids.add(qid)
            q = r["question"].lower()
            for w in LAY:
                if re.search(r"(?<![a-z])" + re.escape(w.lower()) + r"(?![a-z])", q):
                    lay_count[w] += 1
                    if r["scope"] == "in" and re.search(r"(?<![a-z])" + re.escape(w.lower()) + r"(?![a-z])", text):
                        print(f"{qid}: lay word '{w}' occurs in guide")
                        problems += 1
            if r["scope"] == "out":
                if r["gold"] or r["key"] or r["lead"] or r["ask"] != "out":
                    print(f"{qid}: out-of-scope fields not empty")
                    problems += 1
                for term in oos_terms.get(qid, []):
                    for s2, (t2, _) in G.items():
                        if re.search(r"(?<![a-z0-9])" + re.escape(norm(term)) + r"(?![a-z0-9])", t2):
                            print(f"{qid}: OOS term '{term}' found in {s2}")
                            problems += 1
                if qid not in oos_terms:
                    print(f"{qid}: no grep terms recorded")
                    warnings += 1
                continue
            if r["ask"] not in {"symptom", "value", "step", "compare", "why", "check_first", "terse"}:
                print(f"{qid}: bad ask")
                problems += 1
            if len(r["gold"]) != 1 or r["gold"][0]["guide"] != stem:
                print(f"{qid}: gold guide mismatch")
                problems += 1
                continue
            a = norm(r["gold"][0]["anchor"])
            if not 20 <= len(r["gold"][0]["anchor"]) <= 80:
                print(f"{qid}: anchor length {len(r['gold'][0]['anchor'])}")
                problems += 1
            n = text.count(a)
            if n != 1:
                print(f"{qid}: anchor occurs {n}x: {a!r}")
                problems += 1
                continue
            if not any(a in u for u in units):
                print(f"{qid}: anchor not inside a single unit (straddles?): {a!r}")
                problems += 1
            pos = text.find(a)
            for k in list(r["key"]) + [r["lead"]]:
                kk = norm(k)
                if not kk:
                    print(f"{qid}: empty key/lead")
                    problems += 1
                    continue
                if kk not in text:
                    print(f"{qid}: key/lead not verbatim: {k!r}")
                    problems += 1
                    continue
                dists = [abs(m.start() - pos) for m in re.finditer(re.escape(kk), text)]
                if min(dists) > 700:
                    print(f"{qid}: WARN key/lead far from anchor ({min(dists)}): {k!r}")
                    warnings += 1
        for w, c in lay_count.items():
            if c > 2:
                print(f"{stem}: lay word '{w}' used {c}x")
                problems += 1
    print(f"files={nfiles} questions={nq} problems={problems} warnings={warnings}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
