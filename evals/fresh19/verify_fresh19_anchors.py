# ruff: noqa: E501 - long literal text and regular expressions
"""Check the fresh19 question files against the fresh19 guides (no assistant involved).

Usage (from the repository root):
    PYTHONDONTWRITEBYTECODE=1 .venv/bin/python evals/fresh19/verify_fresh19_anchors.py

Adapted from evals/fresh18/verify_fresh18_anchors.py (whose project-guide extraction and list of
earlier out-of-scope probes it imports).  The text units of the three guides are extracted here
from the files themselves, with zipfile/lxml and a small RTF tokenizer of this script (not with
the project's readers):

  .pptx  one paragraph (<a:p>) of a shape, group member or placeholder; one table cell (<a:tc>,
         its paragraphs joined by a line break); one paragraph of the speaker notes.  Footer and
         slide-number fields are units too (they repeat on every slide and hold no anchor);
  .xlsx  one cell (its stored text: the shared or inline string, or the number exactly as stored,
         e.g. "1.02" or "78"; date cells have no unit); one cell comment (note), whole.  Cells of
         the hidden sheet and of the hidden column are units but "hidden": no anchor, key or
         lead may be in them;
  .rtf   one paragraph (text up to \\par, with the {\\listtext} number or bullet of a list
         paragraph) or one table cell (up to \\cell); \\tab counts as a space, whitespace is
         normalised.  Header and footer paragraphs are units (no anchor there).

The extracted units must equal the units the generator meant (bmc_model_units(),
bgn_model_units(), shp_model_units()), and the text that python-pptx, openpyxl and striprtf
give must contain every unit, so what a reader can get is what the questions assume.  The
layout features (footer and slide number on every slide, grouped shape, tables, notes on every
slide, text boxes out of reading order, Two Content layout; hidden sheet and column, merged
stage cells, wrapped text, comments, units in headers, spacer rows; cp1252 code page, \\'b0,
\\uN? escapes, header/footer groups, list text, RTF tables, font and colour tables) are checked.

For every row: the fields are exactly those of the evals/dev format, ids are unique, split is
"fresh19", ask is one of the known kinds.  For every in-scope row: exactly one gold entry naming
the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no tab and no
line break, occurs inside one visible text unit and exactly once in the whole guide; every key
and the lead occur inside one visible text unit.  Each file needs 30 in-scope rows followed by 6
out-of-scope rows; each guide 1,200-2,500 words (visible units: slides, tables, notes and
footers; visible cells and comments; body, header and footer paragraphs).

Out-of-scope rows must have empty gold, key and lead and an entry in OUT_PROBES: regular
expressions (case-insensitive) none of which may match the text of ANY guide of the project
(corpus/, tests/fixtures/gallery/, evals/*/guides/ - fresh20 included as far as it exists, read
generically - and ../shared/real-guides/).  The other way round, the fresh19 guides are checked
against the out-of-scope probes of the earlier parts (fresh8-fresh18 and the lists fresh18's
verifier checks); matches are printed as notes.  Exits non-zero on any failure.
"""

from __future__ import annotations

import collections
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
SPLIT = "fresh19"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why", "misspelled"}
N_IN, N_OUT = 30, 6
MIN_WORDS, MAX_WORDS = 1200, 2500

NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
      "x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}

OUT_PROBES: dict[str, list[str]] = {
    # Barton-McCombie deck
    'bmc-031': ['photoredox.{0,80}deoxygenat', 'deoxygenat\\w*.{0,80}(photoredox|visible light|iridium|blue LED)', '(visible light|blue LED).{0,80}deoxygenat', 'alkyl oxalate', 'cesium oxalate', 'caesium oxalate'],
    'bmc-032': ['Bu3SnD', 'tin deuteride', 'stannane-?d\\b', 'deuterium.{0,60}(stannane|tin)'],
    'bmc-033': ['Corey.?Winter', 'cyclic thionocarbonate', 'diol.{0,60}(thionocarbonate|olefin)', 'thionocarbonate.{0,60}(phosphite|olefin)'],
    'bmc-034': ['TTMSS', 'tris\\(trimethylsilyl\\)silane', '\\(TMS\\)3SiH', '\\(Me3Si\\)3SiH', 'silane.{0,60}deoxygenat'],
    'bmc-035': ['\\bPMHS\\b', 'polymethylhydrosiloxane', 'catalytic (tin|Bu3Sn|stannane)', '(tin|Bu3SnH|stannane).{0,40}catalytic amount'],
    'bmc-036': ['Ph3SnH', 'triphenyltin', 'triphenylstannane'],
    # Biginelli workbook
    'bgn-031': ['chiral phosphoric', 'asymmetric Biginelli', 'enantioselective Biginelli', 'Biginelli.{0,80}(enantio|asymmetric|chiral)', 'DHPM.{0,60}(enantio|\\bee\\b)'],
    'bgn-032': ['Atwal', 'O-methylisourea', 'S-methylisothiourea', 'methylisourea'],
    'bgn-033': ['DHPM.{0,60}(oxidi[sz]|aromati[sz]|dehydrogenat)', '(oxidi[sz]|aromati[sz]|dehydrogenat)\\w*.{0,60}(DHPM|dihydropyrimidin)', 'dihydropyrimidin\\w*.{0,60}(DDQ|ceric|\\bCAN\\b|HNO3)'],
    'bgn-034': ['N1-?alkyl', 'N-1 alkyl', 'alkylat\\w*.{0,60}(DHPM|dihydropyrimidin)', '(DHPM|dihydropyrimidin)\\w*.{0,60}alkylat'],
    'bgn-035': ['guanidine.{0,80}(Biginelli|aldehyde|keto ester|DHPM|2-amino)', '2-amino-?dihydropyrimidine', 'Biginelli.{0,80}guanidine'],
    'bgn-036': ['(DHPM|dihydropyrimidin\\w*|tetrahydropyrimidine).{0,80}(ester hydrolysis|saponif|carboxylic acid)', '(saponif|hydrolys)\\w*.{0,60}(DHPM|C-?5 ester)', 'tetrahydropyrimidine-5-carboxylic acid'],
    # Shapiro working instruction
    'shp-031': ['Barluenga', '(tosyl|sulfonyl) ?hydrazone.{0,80}(palladium|Pd|cross-coupling|aryl bromide)'],
    'shp-032': ['Eschenmoser.?Tanabe', 'epoxy ?ketone', 'alkynone', 'fragmentation.{0,40}epox'],
    'shp-033': ['Caglioti', 'NaBH3CN.{0,80}hydrazone', 'cyanoborohydride.{0,80}hydrazone', 'hydrazone.{0,80}(NaBH3CN|cyanoborohydride|catecholborane)'],
    'shp-034': ['Wolff.?Kishner', 'Huang.?Minlon', 'diethylene glycol'],
    'shp-035': ['trisyl chloride', 'triisopropylbenzenesulfonyl chloride', 'sulfonyl chloride.{0,60}hydrazine', 'prepar\\w*.{0,40}(trisyl|sulfonyl) hydrazide'],
    'shp-036': ['Shapiro.{0,80}\\bflow\\b', '\\bflow\\b.{0,80}Shapiro', 'vinyllithium.{0,80}(flow|microreactor)', '(flow|microreactor).{0,80}vinyllithium'],
}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _norm(s: str) -> str:
    return " ".join(s.split())


Unit = collections.namedtuple("Unit", "text where hidden")


# ------------------------------------------------------------------------------------------- PPTX

def _rels(z: zipfile.ZipFile, part: str) -> dict[str, str]:
    from lxml import etree

    folder, name = part.rsplit("/", 1)
    rels_name = f"{folder}/_rels/{name}.rels"
    if rels_name not in z.namelist():
        return {}
    out = {}
    for rel in etree.fromstring(z.read(rels_name)).findall("rel:Relationship", NS):
        target = rel.get("Target")
        if not target.startswith("/"):
            parts = (folder + "/" + target).split("/")
            stack: list[str] = []
            for p in parts:
                if p == "..":
                    stack.pop()
                elif p not in ("", "."):
                    stack.append(p)
            target = "/".join(stack)
        out[rel.get("Id")] = target.lstrip("/")
    return out


def _a_para_text(p) -> str:
    out = []
    for el in p.iter(f"{{{NS['a']}}}t", f"{{{NS['a']}}}br"):
        out.append("\n" if el.tag.endswith("}br") else (el.text or ""))
    return "".join(out)


def pptx_units(path: Path, failures: list[str] | None = None) -> list[Unit]:
    """Text units of a deck, slide by slide (shape paragraphs, table cells, notes paragraphs)."""
    from lxml import etree

    failures = failures if failures is not None else []
    z = zipfile.ZipFile(path)
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    prels = _rels(z, "ppt/presentation.xml")
    units: list[Unit] = []
    a_tbl, a_p = f"{{{NS['a']}}}tbl", f"{{{NS['a']}}}p"
    for n, sld in enumerate(pres.find("p:sldIdLst", NS).findall("p:sldId", NS), 1):
        part = prels[sld.get(f"{{{NS['r']}}}id")]
        root = etree.fromstring(z.read(part))
        for el in root.iter(a_tbl, a_p):
            if el.tag == a_tbl:
                for tc in el.iter(f"{{{NS['a']}}}tc"):
                    units.append(Unit("\n".join(_a_para_text(p) for p in tc.iter(a_p)), f"slide {n} cell", False))
            elif not any(anc.tag == a_tbl for anc in el.iterancestors()):
                units.append(Unit(_a_para_text(el), f"slide {n}", False))
        notes = [t for t in _rels(z, part).values() if "notesSlide" in t]
        if len(notes) != 1:
            failures.append(f"{path.name}: slide {n} has {len(notes)} notes parts")
            continue
        nroot = etree.fromstring(z.read(notes[0]))
        for sp in nroot.iter(f"{{{NS['p']}}}sp"):
            ph = sp.find(".//p:nvPr/p:ph", NS)
            if ph is not None and ph.get("type") == "body":
                for p in sp.iter(a_p):
                    units.append(Unit(_a_para_text(p), f"slide {n} notes", False))
    return units


def _check_pptx(path: Path, gen, units: list[Unit], failures: list[str]) -> None:
    from lxml import etree
    from pptx import Presentation

    z = zipfile.ZipFile(path)
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Microsoft Office PowerPoint</Application>" not in app:
        failures.append(f"{path.name}: app.xml is not PowerPoint's")
    prels = _rels(z, "ppt/presentation.xml")
    slides = [t for t in prels.values() if re.fullmatch(r"ppt/slides/slide\d+\.xml", t)]
    layouts_used, grouped, tables, reorder = set(), 0, 0, False
    for part in slides:
        root = etree.fromstring(z.read(part))
        xml = z.read(part).decode("utf-8")
        if gen.BMC_FOOTER not in xml or 'type="slidenum"' not in xml:
            failures.append(f"{path.name}: {part} lacks footer or slide number")
        layouts_used |= {t for t in _rels(z, part).values() if "slideLayout" in t}
        grouped += len(root.findall(".//p:grpSp", NS))
        tables += len(root.findall(".//a:tbl", NS))
        tree = root.find("p:cSld/p:spTree", NS)
        tops = []
        for sp in tree:
            off = sp.find(".//a:off", NS)
            if sp.tag.endswith("}sp") and off is not None and sp.find(".//p:ph", NS) is None:
                tops.append(int(off.get("y")))
        if len(tops) >= 1 and tree.find("p:sp", NS) is not None and tree.find("p:sp", NS).find(".//p:ph", NS) is None:
            first_y = int(tree.find("p:sp", NS).find(".//a:off", NS).get("y"))
            if first_y > 5000000:
                reorder = True
    if "ppt/slideLayouts/slideLayout4.xml" not in layouts_used:
        failures.append(f"{path.name}: no Two Content slide")
    if not grouped or tables < 4 or not reorder:
        failures.append(f"{path.name}: grouped shapes {grouped}, tables {tables}, out-of-order text box {reorder}")
    # own extraction == what the generator meant
    got = collections.Counter(u.text for u in units if u.text)
    want = collections.Counter(t for t in gen.bmc_model_units() if t)
    if got != want:
        failures.append(f"{path.name}: extracted units differ from the model: extra {list((got - want).items())[:5]}, missing {list((want - got).items())[:5]}")
    # python-pptx gives every unit
    prs = Presentation(str(path))
    lib: list[str] = []
    for slide in prs.slides:
        def walk(shapes):
            for sh in shapes:
                if sh.shape_type == 6:
                    walk(sh.shapes)
                if sh.has_text_frame:
                    lib.extend(p.text for p in sh.text_frame.paragraphs)
                if getattr(sh, "has_table", False) and sh.has_table:
                    lib.extend(c.text for row in sh.table.rows for c in row.cells)
        walk(slide.shapes)
        lib.extend(p.text for p in slide.notes_slide.notes_text_frame.paragraphs)
    libset = set(lib)
    missing = [u.text for u in units if u.text and u.text not in libset]
    if missing:
        failures.append(f"{path.name}: python-pptx does not give {missing[:3]}")


# ------------------------------------------------------------------------------------------- XLSX

def xlsx_units(path: Path) -> list[Unit]:
    """Text units of a workbook: cells (stored text) and comments; hidden sheet/column flagged."""
    from lxml import etree

    z = zipfile.ZipFile(path)
    x = NS["x"]
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in etree.fromstring(z.read("xl/sharedStrings.xml")).findall("x:si", NS):
            shared.append("".join(t.text or "" for t in si.iter(f"{{{x}}}t")))
    styles = etree.fromstring(z.read("xl/styles.xml"))
    custom = {nf.get("numFmtId"): nf.get("formatCode") for nf in styles.iter(f"{{{x}}}numFmt")}
    xfs = styles.find("x:cellXfs", NS).findall("x:xf", NS)
    date_styles = set()
    for i, xf in enumerate(xfs):
        fid = xf.get("numFmtId", "0")
        if fid in {"14", "15", "16", "17", "22"} or "yy" in custom.get(fid, ""):
            date_styles.add(str(i))
    wb = etree.fromstring(z.read("xl/workbook.xml"))
    wrels = _rels(z, "xl/workbook.xml")
    units: list[Unit] = []
    for sh in wb.find("x:sheets", NS).findall("x:sheet", NS):
        name, state = sh.get("name"), sh.get("state", "visible")
        part = wrels[sh.get(f"{{{NS['r']}}}id")]
        root = etree.fromstring(z.read(part))
        hidden_cols = set()
        for col in root.iter(f"{{{x}}}col"):
            if col.get("hidden") in ("1", "true"):
                hidden_cols |= set(range(int(col.get("min")), int(col.get("max")) + 1))
        for c in root.iter(f"{{{x}}}c"):
            ref, t = c.get("r"), c.get("t", "n")
            letters = re.match(r"[A-Z]+", ref).group(0)
            col_no = 0
            for ch in letters:
                col_no = col_no * 26 + ord(ch) - 64
            v = c.find("x:v", NS)
            if t == "s":
                text = shared[int(v.text)]
            elif t == "inlineStr":
                text = "".join(tt.text or "" for tt in c.iter(f"{{{x}}}t"))
            elif v is None:
                continue
            elif t == "n" and c.get("s") in date_styles:
                continue
            else:
                text = v.text
            units.append(Unit(text, f"{name}!{ref}", state != "visible" or col_no in hidden_cols))
        for target in _rels(z, part).values():
            if "comments" in target:
                for cm in etree.fromstring(z.read(target)).iter(f"{{{x}}}comment"):
                    text = "".join(tt.text or "" for tt in cm.iter(f"{{{x}}}t"))
                    units.append(Unit(text, f"{name}!{cm.get('ref')} comment", state != "visible"))
    return units


def _check_xlsx(path: Path, gen, units: list[Unit], failures: list[str]) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(str(path))
    names = wb.sheetnames
    for need in ("README", "Procedure", "Troubleshooting", "Reagents"):
        if need not in names:
            failures.append(f"{path.name}: sheet {need} missing")
    if not any(ws.sheet_state == "hidden" for ws in wb.worksheets):
        failures.append(f"{path.name}: no hidden sheet")
    if not any(d.hidden for ws in wb.worksheets for d in ws.column_dimensions.values()):
        failures.append(f"{path.name}: no hidden column")
    tall = [r for ws in wb.worksheets for r in ws.merged_cells.ranges if r.min_col == r.max_col and r.max_row - r.min_row >= 2]
    if not tall:
        failures.append(f"{path.name}: no cell merged down several rows")
    if not any(c.alignment.wrap_text for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value):
        failures.append(f"{path.name}: no wrapped text")
    if not any(c.comment for ws in wb.worksheets for row in ws.iter_rows() for c in row):
        failures.append(f"{path.name}: no comment")
    ws = wb["Procedure"]
    head = [c.value for c in ws[4]]
    if "Temp (°C)" not in head or not any(isinstance(ws.cell(r, head.index("Temp (°C)") + 1).value, int | float) for r in range(5, 15)):
        failures.append(f"{path.name}: no numeric column with a unit in its header")
    rd = wb["README"]
    if not any(all(c.value is None for c in rd[r]) for r in range(3, rd.max_row)):
        failures.append(f"{path.name}: no empty spacer row")
    got = collections.Counter(u.text for u in units if not u.hidden)
    want = collections.Counter(gen.bgn_model_units())
    if got != want:
        failures.append(f"{path.name}: extracted units differ from the model: extra {list((got - want).items())[:5]}, missing {list((want - got).items())[:5]}")
    for u in units:
        sheet, ref = u.where.split("!")
        if ref.endswith(" comment"):
            cm = wb[sheet][ref.split()[0]].comment
            ok = cm is not None and cm.text == u.text
        else:
            v = wb[sheet][ref].value
            ok = (str(v) == u.text) if isinstance(v, str) else (v is not None and float(v) == float(u.text))
        if not ok:
            failures.append(f"{path.name}: openpyxl disagrees at {u.where}: {u.text!r}")


# -------------------------------------------------------------------------------------------- RTF

_RTF_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|(\r\n|\r|\n)|([^\\{}\r\n]+)")
_RTF_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable", "rsidtbl", "generator",
             "pict", "pntext", "latentstyles", "xmlnstbl", "themedata", "defchp", "defpap", "fldinst", "panose",
             "pnseclvl", "wgrffmtfilter", "object", "datastore", "colorschememapping"}


def rtf_units(raw: str) -> list[Unit]:
    """Paragraph and cell units of an RTF document (header/footer units marked in `where`)."""
    units: list[Unit] = []
    stack: list[tuple] = []
    skip, dest, uc, pending = False, "body", 1, 0
    fresh = False  # just after "{"
    bufs: dict[str, list[str]] = collections.defaultdict(list)
    encoding = "cp1252"

    def flush(kind: str) -> None:
        units.append(Unit(_norm("".join(bufs[dest]).replace("\t", " ")), f"{dest} {kind}", False))
        bufs[dest].clear()

    for m in _RTF_TOKEN.finditer(raw):
        word, arg, hexa, sym, brace, nl, text = m.groups()
        if brace == "{":
            stack.append((skip, dest, uc))
            fresh = True
            continue
        if brace == "}":
            skip, dest, uc = stack.pop() if stack else (True, dest, uc)
            pending = 0
            fresh = False
            continue
        if nl:
            continue
        was_fresh, fresh = fresh, False
        if sym == "*" and was_fresh:
            skip = True
            continue
        if word is not None:
            if was_fresh and word in _RTF_SKIP:
                skip = True
            elif was_fresh and word in ("header", "footer", "headerl", "headerr", "footerl", "footerr"):
                dest = word
            if skip:
                continue
            if word == "ansicpg":
                encoding = f"cp{arg}"
            elif word == "uc":
                uc = int(arg)
            elif word == "u":
                n = int(arg)
                bufs[dest].append(chr(n + 65536 if n < 0 else n))
                pending = uc
            elif word == "par":
                flush("paragraph")
            elif word == "cell":
                flush("cell")
            elif word == "tab":
                bufs[dest].append("\t")
            elif word == "line":
                bufs[dest].append("\n")
            continue
        if skip:
            continue
        if hexa:
            if pending:
                pending -= 1
            else:
                bufs[dest].append(bytes([int(hexa, 16)]).decode(encoding))
            continue
        if sym:
            if pending:
                pending -= 1
            elif sym in "\\{}":
                bufs[dest].append(sym)
            elif sym == "~":
                bufs[dest].append("\u00a0")
            elif sym == "_":
                bufs[dest].append("\u2011")
            continue
        if text:
            if pending:
                cut = min(pending, len(text))
                text, pending = text[cut:], pending - cut
            bufs[dest].append(text)
    if any(bufs.values()):
        units.append(Unit(_norm("".join(bufs["body"])), "body tail", False))
    return units


def _check_rtf(path: Path, gen, raw: str, units: list[Unit], failures: list[str]) -> None:
    from striprtf.striprtf import rtf_to_text

    for mark in ("\\ansicpg1252", "\\'b0", "\\u8211?", "\\u181?", "\\u8805?", "{\\header", "{\\footer", "\\trowd",
                 "\\cell", "\\row", "{\\listtext", "{\\fonttbl", "{\\colortbl", "\\b\\f37", "\\fldinst"):
        if mark not in raw:
            failures.append(f"{path.name}: {mark} missing")
    hf = [u.text for u in units if not u.where.startswith("body")]
    body = [u.text for u in units if u.where.startswith("body")]
    if hf + body != gen.shp_model_units():
        diff = [(a, b) for a, b in zip(hf + body, gen.shp_model_units(), strict=False) if a != b][:3]
        failures.append(f"{path.name}: extracted units differ from the model ({len(hf + body)} vs {len(gen.shp_model_units())}): {diff}")
    stripped = _norm(rtf_to_text(raw).replace("|", " "))
    for t in body:
        if t and _norm(t) not in stripped:
            failures.append(f"{path.name}: striprtf text lacks {t[:60]!r}")


# ----------------------------------------------------------------------------------- all guides

def guide_units(gen, failures: list[str]) -> dict[str, tuple[list[Unit], str]]:
    out: dict[str, tuple[list[Unit], str]] = {}
    for path in sorted(GUIDES.iterdir()):
        stem, suf = path.stem, path.suffix
        if suf == ".pptx" and stem == gen.BMC_STEM:
            units = pptx_units(path, failures)
            _check_pptx(path, gen, units, failures)
            out[stem] = (units, "pptx-deck")
        elif suf == ".xlsx" and stem == gen.BGN_STEM:
            units = xlsx_units(path)
            _check_xlsx(path, gen, units, failures)
            out[stem] = (units, "xlsx-workbook")
        elif suf == ".rtf" and stem == gen.SHP_STEM:
            raw = path.read_bytes().decode("ascii")
            units = rtf_units(raw)
            _check_rtf(path, gen, raw, units, failures)
            out[stem] = (units, "word-rtf")
        else:
            failures.append(f"{path.name}: unexpected guide")
    return out


def other_text(path: Path, v18) -> str:
    """Generic text of a guide file this script has no extraction for (e.g. the parallel part)."""
    text = v18.generic_text(path)
    if path.suffix.lower() == ".rtf":
        from striprtf.striprtf import rtf_to_text

        try:
            text += "\n" + rtf_to_text(path.read_bytes().decode("cp1252", "replace"))
        except Exception:  # noqa: BLE001 - best effort for unknown files
            pass
    if path.suffix.lower() == ".xlsx":
        text += "\n" + "\n".join(u.text for u in xlsx_units_safe(path))
    return text


def xlsx_units_safe(path: Path) -> list[Unit]:
    try:
        return xlsx_units(path)
    except Exception:  # noqa: BLE001
        return []


def project_texts(v18, mods: dict, gen18, mine: dict[str, list[Unit]]) -> dict[str, str]:
    """Text of every guide file of the project: fresh18's extraction for the parts it knows,
    this script's units (plus a generic dump) for fresh19, a generic one for anything newer."""
    orig = v18.all_guide_files
    files = orig()
    known = [p for p in files if p.parent.parent.name not in ("fresh19", "fresh20")]
    v18.all_guide_files = lambda: known
    try:
        texts = v18.project_texts(gen18, mods)
    finally:
        v18.all_guide_files = orig
    for p in files:
        part = p.parent.parent.name
        name = str(p.relative_to(ROOT.parent))
        if part == "fresh19":
            units = mine.get(p.stem, [])
            texts[name] = "\n".join(u.text for u in units) + "\n" + v18.generic_text(p)
        elif part not in [q.parent.parent.name for q in known]:
            texts[name] = other_text(p, v18)
    return texts


def main() -> int:  # noqa: C901 - one long check, as in the earlier parts
    gen = _load("make_fresh19_guides", HERE / "make_fresh19_guides.py")
    v18 = _load("verify_fresh18_anchors", ROOT / "evals" / "fresh18" / "verify_fresh18_anchors.py")
    v17 = _load("verify_fresh17_anchors", ROOT / "evals" / "fresh17" / "verify_fresh17_anchors.py")
    gen18 = _load("make_fresh18_guides", ROOT / "evals" / "fresh18" / "make_fresh18_guides.py")
    mods = {"gen16": _load("make_fresh16_guides", ROOT / "evals" / "fresh16" / "make_fresh16_guides.py"),
            "gen15": _load("make_fresh15_guides", ROOT / "evals" / "fresh15" / "make_fresh15_guides.py"),
            "gen13": _load("make_fresh13_guides", ROOT / "evals" / "fresh13" / "make_fresh13_guides.py")}
    for n in range(8, 17):
        mods[f"v{n}"] = _load(f"verify_fresh{n}_anchors", ROOT / "evals" / f"fresh{n}" / f"verify_fresh{n}_anchors.py")
    failures: list[str] = []
    units = guide_units(gen, failures)
    for stem, (ulist, kind) in sorted(units.items()):
        visible = [u.text for u in ulist if not u.hidden]
        n_words = len([w for t in visible for w in t.split() if any(c.isalnum() for c in w)])
        print(f"guide {stem} ({kind}): {n_words} words, {len(visible)} visible units, {len(ulist) - len(visible)} hidden")
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
        ulist = units[stem][0]
        visible = [u.text for u in ulist if not u.hidden]
        hidden = [u.text for u in ulist if u.hidden]
        whole = "\n".join(u.text for u in ulist)
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
            if not any(anchor in u for u in visible):
                failures.append(f"{where}: anchor not inside one visible text unit: {anchor!r}")
            elif whole.count(anchor) != 1:
                failures.append(f"{where}: anchor occurs {whole.count(anchor)} times in the guide: {anchor!r}")
            for s in [anchor] + q["key"] + [q["lead"]]:
                if "\t" in s or "\n" in s:
                    failures.append(f"{where}: tab or line break inside {s!r}")
                if any(s and s in h for h in hidden):
                    failures.append(f"{where}: {s!r} occurs in hidden content")
            for k in q["key"] + [q["lead"]]:
                if not k or not any(k in u for u in visible):
                    failures.append(f"{where}: key/lead not inside one visible text unit: {k!r}")
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope")
        if n_in != N_IN or n_out != N_OUT:
            failures.append(f"{qfile.name}: question counts ({n_in} in, {n_out} out)")
    if set(OUT_PROBES) != {qid for _, qid in out_rows}:
        failures.append("OUT_PROBES names ids that are not out-of-scope rows")
    texts = project_texts(v18, mods, gen18, {s: u for s, (u, _) in units.items()})
    print(f"out-of-scope probes checked against {len(texts)} guide files")
    for where, qid in out_rows:
        for pat in OUT_PROBES.get(qid, []):
            rx = re.compile(pat, re.I)
            hits = [name for name, t in texts.items() if rx.search(t) or rx.search(unicodedata.normalize("NFKC", t))]
            if hits:
                failures.append(f"{where}: probe {pat!r} found in {', '.join(hits)}")
    # reverse: earlier out-of-scope probes against the fresh19 guides (notes only)
    mine = {}
    for stem, (ulist, _) in units.items():
        t = "\n".join(u.text for u in ulist)
        mine[stem] = t
        mine[f"{stem} (NFKC)"] = unicodedata.normalize("NFKC", t)
    checks = v18.earlier_checks(mods, failures)
    checks += [(f"fresh17 {qid}", pat) for qid, pats in sorted(v17.OUT_PROBES.items()) for pat in pats]
    checks += [(f"fresh18 {qid}", pat) for qid, pats in sorted(v18.OUT_PROBES.items()) for pat in pats]
    notes: dict[str, set[str]] = {}
    for label, pat in checks:
        rx = re.compile(pat, re.I)
        for name, t in mine.items():
            m = rx.search(t)
            if m:
                notes.setdefault(name.split(" (")[0], set()).add(f"{label} {pat!r} ({m.group(0)!r})")
    print(f"{len(checks)} earlier out-of-scope probes/terms checked against the fresh19 guides (notes, not failures)")
    for stem, hits in sorted(notes.items()):
        print(f"note: {stem} matches {len(hits)} earlier probes: " + "; ".join(sorted(hits)))
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
