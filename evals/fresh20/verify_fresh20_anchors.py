# ruff: noqa: E501 - long literal text and regular expressions
"""Check the fresh20 question files against the fresh20 guides (no assistant involved).

Usage (from the repository root):
    PYTHONDONTWRITEBYTECODE=1 .venv/bin/python evals/fresh20/verify_fresh20_anchors.py [--dump DIR]

The text units are extracted here from the guide files themselves, independently of the
project's readers and of the generator:

  .odt    content.xml parsed with ElementTree.  A unit is one text:p or text:h outside tables
          (list items included), or one table cell (its paragraphs joined by a space).  text:s
          gives spaces (text:c of them), text:tab a tab, text:soft-page-break, text:change,
          text:change-start/-end and bookmarks nothing.  Footnote bodies (text:note) and comments
          (office:annotation) are left out of the paragraph they sit in and are units of their
          own; text deleted in tracked changes (text:tracked-changes) is in no unit at all.
          The header and footer paragraphs of styles.xml are units too.  Outline and list
          numbers are not text and are in no unit.
  .mht    the text/html part found by the email package, its quoted-printable transfer encoding
          undone and its bytes decoded with the charset of its meta tag; a unit is the visible
          text between two block boundaries (every tag that is not inline ends a unit; head,
          style and script contents left out; entities decoded; whitespace, no-break spaces
          included, collapsed to one space).  The collapsed expand-macro body counts as
          visible text (it is in the page, only hidden by CSS until clicked).
  .ipynb  the JSON notebook: a unit is one line of a markdown cell (the raw markdown, stripped
          at both ends) or one line of an output: stream text, text/plain, the text between
          block boundaries of text/html (as for .mht), and traceback lines of an error output
          with the ANSI escape sequences removed.  Code and raw cells are not units.

Checks: file pairs guide <-> questions; row fields exactly those of evals/fresh18; unique ids
with the prefixes nhk-, shap-, bigi-; split "fresh20"; 30 in-scope rows followed by 6
out-of-scope rows per file; in-scope rows have one gold entry naming the file's guide; anchors
20-80 characters, no outer or double spaces, no tab or line break, inside one text unit and
occurring exactly once in the guide's text (all units joined); every key and the lead inside
one text unit; no markup in anchors, keys or leads (ipynb: "**", "`", "|", "$", "<", ">",
"[ ]", "\\"; mht: no-break space; odt: tab); comment and footnote units hold no anchor, and no
anchor, key or lead comes from the deleted text of the tracked change; the layout markers of
each file (zip order and stored mimetype, ODF elements, MIME structure, QP soft breaks, base64
image, Confluence markers, nbformat, ANSI traceback, tags); the notebook's stored outputs equal
what its code prints when re-executed here (IPython.display.HTML stubbed); guide words between
1,200 and 2,500 (visible text: odt units, mht body text, ipynb markdown and output lines);
re-running the generator gives byte-identical files.

Out-of-scope rows have empty gold, key and lead and an entry in OUT_PROBES: case-insensitive
regular expressions, none of which may match the text of ANY guide file of the project (corpus/,
tests/fixtures/gallery/, evals/*/guides/ including fresh19 as far as it exists, and
../shared/real-guides/), extracted with the earlier verifiers' extraction where they have one
(via fresh18's verifier) and with this file's extraction plus a generic one otherwise.  The
other way round, the fresh20 guides are checked against the out-of-scope probes of the earlier
parts (fresh8 to fresh18 and the older lists fresh16's verifier collects); such matches are
printed as notes.  Exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import contextlib
import email
import hashlib
import importlib.util
import io
import json
import re
import sys
import types
import unicodedata
import zipfile
from email import policy
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GUIDES = HERE / "guides"
SPLIT = "fresh20"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why", "misspelled"}
PREFIX = {"nozaki-hiyama-kishi-libreoffice-sop": "nhk-", "shapiro-reaction-confluence-mht": "shap-",
          "biginelli-dhpm-jupyter-eln": "bigi-"}
N_IN, N_OUT = 30, 6
MIN_WORDS, MAX_WORDS = 1200, 2500
MARKUP = {".ipynb": ("**", "`", "|", "$", "<", ">", "[ ]", "\\"), ".mht": ("\u00a0",), ".odt": ("\t",)}
ANSI = re.compile(r"\x1b\[[0-9;]*m")

OUT_PROBES: dict[str, list[str]] = {
    'nhk-031': ['sulfonamide ligand', 'enantioselective NHK', 'asymmetric NHK', 'NHK.{0,60}(enantio|asymmetric)', '(chromium|CrCl2).{0,60}chiral (ligand|catalyst)', 'chiral (ligand|catalyst).{0,60}(chromium|CrCl2)'],
    'nhk-032': ['F(ü|u)rstner', 'catalytic in chromium', 'manganese', '\\bMn\\b.{0,30}(powder|dust)', 'TMSCl.{0,60}(chromium|CrCl2)'],
    'nhk-033': ['Takai olefination', 'iodoform', 'CHI3'],
    'nhk-034': ['Cr\\(II\\) content', 'CrCl2 content', '(assay|titrat)\\w*.{0,40}(chromium|CrCl2|Cr\\(II\\))', '(chromium|CrCl2|Cr\\(II\\)).{0,40}(assay|titrat)'],
    'nhk-035': ['intramolecular NHK', 'NHK.{0,60}(intramolecular|macrocycl)', '(intramolecular|macrocycl)\\w*.{0,60}(NHK|CrCl2|chromium)'],
    'nhk-036': ['CrCl3', 'chromium\\(III\\) chloride', '(LiAlH4|zinc).{0,40}(CrCl|chromium)'],
    'shap-031': ['Eschenmoser fragmentation', 'epoxy ?ketone', 'alkynone', 'α,β-epoxy'],
    'shap-032': ['Caglioti', 'hydrazone.{0,60}(NaBH3CN|cyanoborohydride|catecholborane)', '(NaBH3CN|cyanoborohydride|catecholborane).{0,60}hydrazone'],
    'shap-033': ['Barton.{0,60}(vinyl iodide|hydrazone)', '(vinyl|alkenyl) iodide.{0,80}(guanidine|TMG|DBU)', 'hydrazone.{0,80}(guanidine|TMG)'],
    'shap-034': ['trisyl chloride', 'triisopropylbenzenesulfonyl chloride', 'sulfonyl chloride.{0,60}hydrazine', 'hydrazine.{0,60}sulfonyl chloride'],
    'shap-035': ['Shapiro.{0,80}flow', 'flow.{0,80}(Shapiro|trisylhydrazone|alkenyllithium)', 'residence time.{0,80}hydrazone'],
    'shap-036': ['IPNBSH', 'allene', 'nitrobenzenesulfonyl ?hydrazide'],
    'bigi-031': ['chiral phosphoric', 'Biginelli.{0,80}(enantio|asymmetric|chiral)', '(enantio|asymmetric|chiral).{0,80}Biginelli'],
    'bigi-032': ['Atwal', 'methylisourea', 'isourea.{0,60}(Knoevenagel|DHPM|Biginelli)'],
    'bigi-033': ['DHPM.{0,80}(oxidi|DDQ|\\bCAN\\b|aromati)', '(DDQ|ceric|\\bCAN\\b).{0,80}(DHPM|dihydropyrimidin)', 'pyrimidin-2\\(1H\\)-one.{0,40}aromati'],
    'bigi-034': ['Biginelli.{0,80}microwave', 'microwave.{0,80}(Biginelli|DHPM|urea)'],
    'bigi-035': ['N-?3-?(alkyl|acyl|methyl)', '(DHPM|dihydropyrimidin\\w*).{0,80}(alkylat|acylat)', '(alkylat|acylat)\\w*.{0,80}(DHPM|dihydropyrimidin)'],
    'bigi-036': ['Eg5', 'kinesin', 'IC50'],
}

# ---------------------------------------------------------------------------- odt

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}


def _q(prefix: str, local: str) -> str:
    return f"{{{NS[prefix]}}}{local}"


T_P, T_H, T_S, T_TAB, T_LB = _q("text", "p"), _q("text", "h"), _q("text", "s"), _q("text", "tab"), _q("text", "line-break")
T_NOTE, T_ANN, T_TRACKED = _q("text", "note"), _q("office", "annotation"), _q("text", "tracked-changes")
T_CELL, T_COVERED = _q("table", "table-cell"), _q("table", "covered-table-cell")
SILENT = {_q("text", n) for n in ("soft-page-break", "change", "change-start", "change-end", "bookmark", "bookmark-start", "bookmark-end", "sequence-decls")}


class OdtUnits:
    def __init__(self):
        self.units: list[tuple[str, str]] = []  # (kind, text): kind body|cell|note|comment|header

    def para_text(self, el) -> str:
        out = [el.text or ""]
        for ch in el:
            if ch.tag == T_S:
                out.append(" " * int(ch.get(_q("text", "c"), "1")))
            elif ch.tag == T_TAB:
                out.append("\t")
            elif ch.tag == T_LB:
                out.append("\n")
            elif ch.tag == T_NOTE:
                for p in ch.iter():
                    if p.tag in (T_P, T_H):
                        self.units.append(("note", self.para_text(p).strip()))
            elif ch.tag == T_ANN:
                for p in ch.iter():
                    if p.tag in (T_P, T_H):
                        self.units.append(("comment", self.para_text(p).strip()))
            elif ch.tag in SILENT:
                pass
            else:
                out.append(self.para_text(ch))
            out.append(ch.tail or "")
        return "".join(out)

    def walk(self, el, kind: str = "body") -> None:
        for ch in el:
            if ch.tag == T_TRACKED:
                continue
            if ch.tag in (T_P, T_H):
                self.units.append((kind, self.para_text(ch).strip()))
            elif ch.tag == T_CELL:
                parts = []
                for p in ch:
                    if p.tag in (T_P, T_H):
                        parts.append(self.para_text(p).strip())
                self.units.append(("cell", " ".join(x for x in parts if x)))
            elif ch.tag == T_COVERED:
                continue
            else:
                self.walk(ch, kind)


def odt_units(path: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(path) as z:
        content = ET.fromstring(z.read("content.xml"))
        styles = ET.fromstring(z.read("styles.xml"))
    u = OdtUnits()
    u.walk(content.find(f"{_q('office', 'body')}/{_q('office', 'text')}"))
    for tag in ("header", "footer"):
        for el in styles.iter(_q("style", tag)):
            u.walk(el, "header")
    return [(k, t) for k, t in u.units if t]


def odt_deleted(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        content = ET.fromstring(z.read("content.xml"))
    return ["".join(p.itertext()) for tc in content.iter(T_TRACKED) for p in tc.iter(T_P)]

# ---------------------------------------------------------------------------- html (mht and ipynb)


INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd", "mark", "q", "s",
          "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "label", "input"}
SKIP = {"head", "style", "script", "title", "noscript"}


class HtmlUnits(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self.visible: list[str] = []
        self._buf: list[str] = []
        self._skip = 0

    def _flush(self):
        text = " ".join("".join(self._buf).split())
        if text:
            self.units.append(text)
        self._buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self._skip += 1
        if tag not in INLINE:
            self._flush()
            self.visible.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self._flush()
            self.visible.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self._skip = max(0, self._skip - 1)
        if tag not in INLINE:
            self._flush()
            self.visible.append(" ")

    def handle_data(self, data):
        if self._skip:
            return
        self._buf.append(data)
        self.visible.append(data)


def html_units(raw: str) -> tuple[list[str], str]:
    p = HtmlUnits()
    p.feed(raw)
    p.close()
    p._flush()
    return p.units, " ".join("".join(p.visible).split())


def mht_html(path: Path) -> str:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            raw = part.get_payload(decode=True)
            m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000])
            return raw.decode(m.group(1).decode() if m else "utf-8")
    raise ValueError(f"{path.name}: no text/html part")

# ---------------------------------------------------------------------------- ipynb


def ipynb_units(path: Path) -> list[tuple[str, str]]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    out: list[tuple[str, str]] = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            out += [("markdown", ln.strip()) for ln in "".join(cell["source"]).split("\n")]
        elif cell["cell_type"] == "code":
            for o in cell.get("outputs", []):
                if o["output_type"] == "stream":
                    out += [("stream", ln.strip()) for ln in "".join(o["text"]).split("\n")]
                elif o["output_type"] in ("execute_result", "display_data"):
                    data = o["data"]
                    if "text/html" in data:
                        out += [("html", u) for u in html_units("".join(data["text/html"]))[0]]
                    out += [("plain", ln.strip()) for ln in "".join(data.get("text/plain", [])).split("\n")]
                elif o["output_type"] == "error":
                    for tb in o["traceback"]:
                        out += [("traceback", ln.strip()) for ln in ANSI.sub("", tb).split("\n")]
    return [(k, t) for k, t in out if t]

# ---------------------------------------------------------------------------- per guide


def guide_units(path: Path) -> tuple[list[tuple[str, str]], str]:
    """(units with their kind, visible text for the word count)."""
    suf = path.suffix
    if suf == ".odt":
        units = odt_units(path)
        return units, "\n".join(t for _, t in units)
    if suf == ".mht":
        units, visible = html_units(mht_html(path))
        return [("html", u) for u in units], visible
    if suf == ".ipynb":
        units = ipynb_units(path)
        return units, "\n".join(t for _, t in units)
    raise ValueError(path.name)


def _check_odt(path: Path, failures: list[str]) -> None:
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        content = z.read("content.xml").decode("utf-8")
        styles = z.read("styles.xml").decode("utf-8")
        names = [i.filename for i in infos]
    first = infos[0]
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
        failures.append(f"{path.name}: mimetype is not the first, stored entry")
    if path.read_bytes()[30:38] != b"mimetype" or b"application/vnd.oasis.opendocument.text" not in path.read_bytes()[:100]:
        failures.append(f"{path.name}: mimetype not readable at offset 30")
    for n in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
        if n not in names:
            failures.append(f"{path.name}: {n} missing")
    for mark in ('text:outline-level="1"', 'text:outline-level="2"', '<text:list ', 'text:continue-numbering="true"',
                 '<table:table ', '<table:table-header-rows>', 'table:number-columns-spanned="2"', '<table:covered-table-cell/>',
                 '<text:note ', '<text:soft-page-break/>', '<text:s/>', '<text:s text:c=', '<text:tab/>',
                 '<text:tracked-changes', '<text:deletion>', '<text:change-start', '<office:annotation',
                 'style:name="P1"', 'text:style-name="T1"'):
        if mark not in content:
            failures.append(f"{path.name}: {mark} missing from content.xml")
    for mark in ("<style:header>", "<style:footer>", "<text:page-number", "<text:page-count>"):
        if mark not in styles:
            failures.append(f"{path.name}: {mark} missing from styles.xml")
    if re.search(r"[^<>]<text:soft-page-break/>[^<>]", content) is None:
        failures.append(f"{path.name}: no soft page break inside a paragraph")


def _check_mht(path: Path, failures: list[str]) -> None:
    data = path.read_bytes()
    msg = email.message_from_bytes(data, policy=policy.compat32)
    if msg.get_content_type() != "multipart/related" or msg.get("From") != "<Saved by Blink>":
        failures.append(f"{path.name}: not a Blink multipart/related archive")
    types_ = [(p.get_content_type(), p.get("Content-Transfer-Encoding"), bool(p.get("Content-Location"))) for p in msg.walk() if not p.is_multipart()]
    for want in (("text/html", "quoted-printable", True), ("text/css", "quoted-printable", True), ("image/png", "base64", True)):
        if want not in types_:
            failures.append(f"{path.name}: part {want} missing")
    for p in msg.walk():
        if p.get_content_type() == "image/png" and not p.get_payload(decode=True).startswith(b"\x89PNG\r\n\x1a\n"):
            failures.append(f"{path.name}: image part is not a PNG")
    if b"=\r\n" not in data or b"=3D" not in data or b"\r\n" not in data or re.search(rb"=E2=80=93", data) is None:
        failures.append(f"{path.name}: no quoted-printable soft breaks, =3D or encoded UTF-8")
    raw = mht_html(path)
    for mark in ('charset=UTF-8', 'id="breadcrumbs"', 'class="toc-macro', 'class="expand-container', 'expand-content expand-hidden',
                 'confluenceTable', 'confluence-information-macro-warning', 'page-metadata', 'class="label-list"',
                 'id="comments-section"', "Powered by", "Page information:", "plugin_pagetree"):
        if mark not in raw:
            failures.append(f"{path.name}: {mark} missing from the HTML part")


def _check_ipynb(path: Path, failures: list[str]) -> None:
    text = path.read_text(encoding="utf-8")
    nb = json.loads(text)
    if nb.get("nbformat") != 4 or nb.get("nbformat_minor") != 5:
        failures.append(f"{path.name}: not nbformat 4.5")
    if text != json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n":
        failures.append(f"{path.name}: not written the way Jupyter writes notebooks")
    kinds = {c["cell_type"] for c in nb["cells"]}
    outs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
    otypes = {o["output_type"] for o in outs}
    if kinds != {"raw", "markdown", "code"} or not {"stream", "execute_result", "error"} <= otypes:
        failures.append(f"{path.name}: cell kinds {kinds} or output types {otypes} incomplete")
    if not any("text/html" in o.get("data", {}) for o in outs) or not any("\x1b[" in "".join(o.get("traceback", [])) for o in outs):
        failures.append(f"{path.name}: no text/html output or no ANSI traceback")
    if not any(c["metadata"].get("tags") for c in nb["cells"]) or not all("id" in c for c in nb["cells"]):
        failures.append(f"{path.name}: no cell tags or cell ids")
    md = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    for mark in ("\n# ", "\n## ", "\n### ", "\n1. ", "\n- [ ] ", "|---|", "$$", '<div class="alert'):
        if mark not in "\n" + md:
            failures.append(f"{path.name}: markdown {mark!r} missing")
    _rerun_notebook(nb, path, failures)


class _HTML:
    def __init__(self, data):
        self.data = data


def _rerun_notebook(nb: dict, path: Path, failures: list[str]) -> None:
    """Execute the code cells in order and compare stream, text/plain, text/html and errors."""
    import ast

    disp = types.ModuleType("IPython.display")
    disp.HTML = _HTML
    pkg = types.ModuleType("IPython")
    pkg.display = disp
    saved = {k: sys.modules.get(k) for k in ("IPython", "IPython.display")}
    sys.modules["IPython"], sys.modules["IPython.display"] = pkg, disp
    ns: dict = {"__name__": "__main__"}
    try:
        for cell in nb["cells"]:
            if cell["cell_type"] != "code" or cell["execution_count"] is None:
                continue
            src = "".join(cell["source"])
            tree = ast.parse(src)
            last = ast.Expression(tree.body.pop().value) if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            buf = io.StringIO()
            got: list[tuple] = []
            try:
                with contextlib.redirect_stdout(buf):
                    exec(compile(tree, "<cell>", "exec"), ns)
                    value = eval(compile(last, "<cell>", "eval"), ns) if last is not None else None
            except Exception as exc:  # noqa: BLE001
                if buf.getvalue():
                    got.append(("stream", buf.getvalue()))
                got.append(("error", type(exc).__name__, str(exc)))
            else:
                if buf.getvalue():
                    got.append(("stream", buf.getvalue()))
                if isinstance(value, _HTML):
                    got.append(("result", value.data, "<IPython.core.display.HTML object>"))
                elif value is not None:
                    got.append(("result", None, repr(value)))
            stored: list[tuple] = []
            for o in cell["outputs"]:
                if o["output_type"] == "stream":
                    stored.append(("stream", "".join(o["text"])))
                elif o["output_type"] == "error":
                    stored.append(("error", o["ename"], o["evalue"]))
                else:
                    d = o["data"]
                    stored.append(("result", "".join(d["text/html"]) if "text/html" in d else None, "".join(d["text/plain"])))
                    if o["execution_count"] != cell["execution_count"]:
                        failures.append(f"{path.name}: In[{cell['execution_count']}] execute_result count differs")
            if got != stored:
                failures.append(f"{path.name}: In[{cell['execution_count']}] stored outputs differ from a re-run: {stored!r} vs {got!r}")
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v

# ---------------------------------------------------------------------------- project guides


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def own_text(p: Path) -> str:
    """This file's extraction for the new layouts, '' for others."""
    suf = p.suffix.lower()
    try:
        if suf == ".odt":
            return "\n".join(t for _, t in odt_units(p)) + "\n" + "\n".join(odt_deleted(p))
        if suf in (".mht", ".mhtml"):
            raw = mht_html(p)
            return "\n".join(html_units(raw)[0]) + "\n" + "\n".join(re.findall(r'(?:alt|title)="([^"]*)"', raw))
        if suf == ".ipynb":
            nb = json.loads(p.read_text(encoding="utf-8"))
            code = "\n".join("".join(c["source"]) for c in nb["cells"])
            return "\n".join(t for _, t in ipynb_units(p)) + "\n" + code
    except Exception as exc:  # noqa: BLE001 - a foreign file we cannot parse: generic text only
        return f"[unparsed: {exc}]"
    return ""


def project_texts() -> tuple[dict[str, str], dict]:
    v18 = _load("verify_fresh18_anchors", ROOT / "evals" / "fresh18" / "verify_fresh18_anchors.py")
    gen18 = _load("make_fresh18_guides", ROOT / "evals" / "fresh18" / "make_fresh18_guides.py")
    mods = {"gen16": _load("make_fresh16_guides", ROOT / "evals" / "fresh16" / "make_fresh16_guides.py"),
            "gen15": _load("make_fresh15_guides", ROOT / "evals" / "fresh15" / "make_fresh15_guides.py"),
            "gen13": _load("make_fresh13_guides", ROOT / "evals" / "fresh13" / "make_fresh13_guides.py")}
    for n in range(8, 18):
        mods[f"v{n}"] = _load(f"verify_fresh{n}_anchors", ROOT / "evals" / f"fresh{n}" / f"verify_fresh{n}_anchors.py")
    mods["v18"] = v18
    v16 = mods["v16"]
    texts: dict[str, str] = {}
    for p in v18.all_guide_files():
        name = str(p.relative_to(ROOT.parent))
        part = p.parent.parent.name
        if part in ("fresh17", "fresh18", "fresh19", "fresh20") or p.suffix.lower() not in v16.GUIDE_SUFFIXES:
            t = v18.fresh18_full_text(p, gen18) if part == "fresh18" else v18.generic_text(p)
        elif part == "fresh16":
            t = v16.fresh16_full_text(p, mods["gen16"])
        elif part == "fresh15":
            t = mods["v15"].fresh15_full_text(p, mods["gen15"])
        elif part == "fresh14":
            t = mods["v14"].fresh14_full_text(p)
        elif part == "fresh13":
            t = mods["v13"].fresh13_full_text(p, mods["gen13"])
        elif part == "fresh12":
            t = mods["v12"].fresh12_full_text(p)
        else:
            t = mods["v11"].guide_text_any(mods["v9"], p)
        if part not in ("fresh17", "fresh18", "fresh19", "fresh20"):
            t += "\n" + v18.generic_text(p)
        texts[name] = t + "\n" + own_text(p)
    return texts, mods


def earlier_checks(mods: dict, failures: list[str]) -> list[tuple[str, str]]:
    checks = mods["v18"].earlier_checks(mods, failures)
    for n in (17, 18):
        mod = mods[f"v{n}"] if n == 17 else mods["v18"]
        checks += [(f"fresh{n} {qid}", pat) for qid, pats in sorted(mod.OUT_PROBES.items()) for pat in pats]
    return checks

# ---------------------------------------------------------------------------- main


def check_generator(failures: list[str]) -> None:
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(GUIDES.iterdir())}
    gen = _load("make_fresh20_guides", HERE / "make_fresh20_guides.py")
    produced = {f"{gen.NHK_STEM}.odt": gen.make_nhk_odt(), f"{gen.SHP_STEM}.mht": gen.make_shp_mht(),
                f"{gen.BIG_STEM}.ipynb": gen.make_big_ipynb()}
    if set(produced) != set(before):
        failures.append(f"guides/ holds {sorted(before)}, the generator makes {sorted(produced)}")
    for name, data in produced.items():
        if before.get(name) != hashlib.sha256(data).hexdigest():
            failures.append(f"{name}: differs from what the generator makes now")


def main() -> int:  # noqa: C901 - one long check, as in the earlier parts
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", help="write the text units of each guide to this folder")
    ap.add_argument("--skip-project", action="store_true", help="skip the out-of-scope check against all project guides")
    args = ap.parse_args()
    failures: list[str] = []
    check_generator(failures)
    units: dict[str, tuple[list[tuple[str, str]], str, str]] = {}
    deleted: list[str] = []
    for path in sorted(GUIDES.iterdir()):
        if path.stem not in PREFIX:
            failures.append(f"{path.name}: unexpected guide")
            continue
        {".odt": _check_odt, ".mht": _check_mht, ".ipynb": _check_ipynb}[path.suffix](path, failures)
        ulist, visible = guide_units(path)
        units[path.stem] = (ulist, visible, path.suffix)
        if path.suffix == ".odt":
            deleted += odt_deleted(path)
        n_words = len([w for w in visible.split() if any(c.isalnum() for c in w)])
        print(f"guide {path.name}: {len(ulist)} units, {n_words} words")
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            failures.append(f"{path.name}: {n_words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        if args.dump:
            out = Path(args.dump)
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{path.stem}.units.txt").write_text("".join(f"[{k}] {t}\n" for k, t in ulist), encoding="utf-8")
    all_ids: set[str] = set()
    out_rows: list[tuple[str, str]] = []
    for qfile in sorted(HERE.glob("*.jsonl")):
        stem = qfile.stem
        if stem not in units:
            failures.append(f"{qfile.name}: no guide with stem {stem}")
            continue
        ulist, _, suf = units[stem]
        texts = [t for _, t in ulist]
        anchor_texts = [t for k, t in ulist if k not in ("comment", "note", "header", "traceback")]
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
            if not q["id"].startswith(PREFIX[stem]):
                failures.append(f"{where}: id prefix is not {PREFIX[stem]}")
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
            if not any(anchor in t for t in anchor_texts):
                failures.append(f"{where}: anchor not inside one body text unit: {anchor!r}")
            elif whole.count(anchor) != 1:
                failures.append(f"{where}: anchor occurs {whole.count(anchor)} times in the guide: {anchor!r}")
            for s in [anchor] + q["key"] + [q["lead"]]:
                if "\n" in s:
                    failures.append(f"{where}: line break inside {s!r}")
                for m in MARKUP[suf]:
                    if m in s:
                        failures.append(f"{where}: markup {m!r} inside {s!r}")
                if any(s in d for d in deleted) and len(s) > 3:
                    failures.append(f"{where}: {s!r} is in deleted tracked-change text")
            for k in q["key"] + [q["lead"]]:
                if not k or not any(k in t for t in texts):
                    failures.append(f"{where}: key/lead not inside one text unit: {k!r}")
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope")
        if n_in != N_IN or n_out != N_OUT:
            failures.append(f"{qfile.name}: question counts ({n_in} in, {n_out} out)")
    for stem in units:
        if not (HERE / f"{stem}.jsonl").exists():
            failures.append(f"guide {stem} has no question file")
    if set(OUT_PROBES) != {qid for _, qid in out_rows}:
        failures.append("OUT_PROBES names ids that are not out-of-scope rows, or misses some")
    if not args.skip_project:
        texts_all, mods = project_texts()
        print(f"out-of-scope probes checked against {len(texts_all)} guide files")
        for where, qid in out_rows:
            for pat in OUT_PROBES.get(qid, []):
                rx = re.compile(pat, re.I)
                hits = [name for name, t in texts_all.items() if rx.search(t) or rx.search(unicodedata.normalize("NFKC", t))]
                if hits:
                    failures.append(f"{where}: probe {pat!r} found in {', '.join(hits)}")
        mine = {name: t for name, t in texts_all.items() if "/evals/fresh20/" in f"/{name}"}
        for stem, (ulist, visible, _) in units.items():
            mine[f"{stem} (units)"] = "\n".join(t for _, t in ulist)
        for name in list(mine):
            mine[f"{name} (NFKC)"] = unicodedata.normalize("NFKC", mine[name])
        checks = earlier_checks(mods, failures)
        notes: dict[str, set[str]] = {}
        for label, pat in checks:
            rx = re.compile(pat, re.I)
            for name, t in mine.items():
                m = rx.search(t)
                if m:
                    notes.setdefault(Path(name.split(" (")[0]).stem, set()).add(f"{label} {pat!r} ({m.group(0)!r})")
        print(f"{len(checks)} earlier out-of-scope probes/terms checked against the fresh20 guides (notes, not failures)")
        for stem, hits in sorted(notes.items()):
            print(f"note: {stem} matches {len(hits)} earlier probes: " + "; ".join(sorted(hits)))
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
