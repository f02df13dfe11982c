# ruff: noqa: E501 - long literal text
"""Generate the three guides of the fresh19 held-out part deterministically.

Usage (from the repository root, with the project venv):
    PYTHONDONTWRITEBYTECODE=1 .venv/bin/python evals/fresh19/make_fresh19_guides.py

Writes:
    evals/fresh19/guides/barton-mccombie-lab-meeting-deck.pptx
        a GROUP-MEETING TRAINING DECK SAVED FROM POWERPOINT (python-pptx, default 4:3 template,
        core and app properties of PowerPoint): a title slide with a two-paragraph subtitle,
        slides whose titles are the section headings, bullets on two levels, numbered
        procedure steps (auto-numbering, so the numbers are not in the text), a TWO-COLUMN
        ("Two Content") slide, a GROUPED SHAPE holding the reaction scheme, five real TABLES
        (initiators, tin removal, troubleshooting split over two slides "1/2" and "2/2", a
        backup NMR table), TEXT BOXES OUT OF READING ORDER (a warning box placed top right but
        last in the shape tree, a tip box placed at the bottom but first in the shape tree),
        an empty placeholder, SPEAKER NOTES on every slide holding facts that are on no slide,
        and the footer "Group meeting 2026 – confidential" with a slide-number field on every
        slide.
    evals/fresh19/guides/biginelli-troubleshooting-workbook.xlsx
        a TROUBLESHOOTING WORKBOOK KEPT IN EXCEL (openpyxl): sheets README, Procedure,
        Troubleshooting, Reagents, Catalysts, Run log and a HIDDEN sheet "scratch"; header rows,
        a STAGE CELL MERGED DOWN several rows, long WRAPPED text, CELL COMMENTS (notes) holding
        facts that are in no cell, a HIDDEN COLUMN of old amounts, numbers stored as numbers with
        the unit in the header ("Temp (°C)", "MW (g/mol)"), dates as date cells, EMPTY SPACER
        ROWS, merged long-text cells, frozen panes.
    evals/fresh19/guides/shapiro-reaction-word-rtf.rtf
        a WORKING INSTRUCTION SAVED FROM WORD AS RTF, written by this script (no library):
        \\ansi\\ansicpg1252, font table, colour table, style sheet, info group, list table,
        rsid noise, a {\\header ...} and a {\\footer ...} group with PAGE / NUMPAGES fields,
        bold headings (\\b), bulleted and NUMBERED LISTS (Word's {\\listtext ...} groups, so
        the list number IS part of the paragraph text), two RTF TABLES (\\trowd ... \\cell ...
        \\row), non-ASCII as \\'b0 (degree), \\'d7 (times) and \\uN? escapes (en dash, µ, ≥, ≤,
        α, β), paragraphs split into several runs, and the source hard-wrapped at about
        200 characters as Word does.

Re-running gives byte-identical files.  bmc_model_units(), bgn_model_units() and
shp_model_units() give the text units as the generator meant them; the verifier extracts the
units from the files itself and compares.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent / "guides"
ZIP_DATE = (2026, 1, 14, 9, 30, 0)

BMC_STEM = "barton-mccombie-lab-meeting-deck"
BGN_STEM = "biginelli-troubleshooting-workbook"
SHP_STEM = "shapiro-reaction-word-rtf"


def _rezip(data: bytes, replace: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()) -> bytes:
    """Rewrite an OOXML package with fixed member dates (deterministic output)."""
    replace = replace or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename in drop:
                continue
            blob = replace.get(info.filename, src.read(info.filename))
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# =============================================================================== Barton-McCombie deck (PPTX)

BMC_FOOTER = "Group meeting 2026 – confidential"

# Each slide: layout index of the default template, title, content, notes.
# Content kinds: ("body", [(level, text), ...]) for the body placeholder; ("numbered", [...]);
# ("two", left, right); ("box", [(level, text)], geometry); ("table", rows, geometry, col widths);
# ("group", [texts]); ("warn", text); ("tip", text); ("subtitle", [texts]).
BMC_SLIDES: list[dict] = [
    {"layout": 0, "title": "Barton–McCombie deoxygenation",
     "content": [("subtitle", ["Practical tips and troubleshooting for the xanthate / Bu3SnH route",
                               "Group meeting training session · 14 January 2026 · Hannah Reiter"])],
     "notes": ["This deck replaces the 2019 training slides. The ChemDraw files for all schemes are in the group drive under Training/Radicals.",
               "Please read the safety slide before you order Bu3SnH; it is kept in the organotin cabinet, not on the open shelf."]},
    {"layout": 1, "title": "Outline",
     "content": [("body", [(0, "Principle: the radical chain"), (0, "Which thiocarbonyl derivative?"), (0, "Check first"),
                          (0, "Procedure A – making the xanthate"), (0, "Procedure B – deoxygenation with Bu3SnH / AIBN"),
                          (0, "Initiators and temperatures"), (0, "Getting rid of tin"), (0, "Troubleshooting"),
                          (0, "Safety and waste")])],
     "notes": ["Ten minutes for the chemistry, then we go through the problems people actually had this year."]},
    {"layout": 5, "title": "Principle: radical chain deoxygenation",
     "content": [("box", [(0, "Turns a secondary alcohol R–OH into R–H in two steps"),
                          (1, "Step 1: convert the OH into a thiocarbonyl derivative (xanthate, thionocarbonate or thiocarbonyl imidazolide)"),
                          (1, "Step 2: heat with Bu3SnH and a radical initiator (AIBN) in toluene"),
                          (0, "Bu3Sn• adds to the sulfur of the C=S group; the C–O bond then breaks and releases the alkyl radical R•"),
                          (0, "R• abstracts H from Bu3SnH, which regenerates Bu3Sn• and carries the chain"),
                          (0, "Driving force: the strong Sn–S bond and the C=O bond formed from the C=S bond"),
                          (0, "Works best for secondary alcohols; primary alcohols react sluggishly because the primary radical forms slowly"),
                          (1, "Tertiary xanthates are hard to make and eliminate on heating (Chugaev) – ask before you try one")],
                  (0.4, 1.5, 5.6, 5.0)),
                 ("group", ["R–OH", "↓ NaH, CS2, then MeI", "R–O–C(=S)–SMe", "↓ Bu3SnH, AIBN, toluene, 110 °C",
                            "R–H + Bu3Sn–S–C(=O)–SMe"])],
     "notes": ["The radical at the carbinol carbon is planar, so a stereocentre there is lost; stereocentres on the neighbouring carbons survive.",
               "Watch out for radical clocks: a cyclopropylcarbinyl radical ring-opens at about 10^8 per second, faster than it can take H from the tin hydride at normal concentration."]},
    {"layout": 3, "title": "Which thiocarbonyl derivative?",
     "content": [("two",
                  [(0, "S-Methyl xanthate"), (1, "NaH, CS2, then MeI in THF, 0 °C to rt"),
                   (1, "Cheapest option; works for most unhindered secondary alcohols"),
                   (1, "Strong base: avoid with esters that epimerise or acyl groups that migrate"),
                   (1, "Hindered alcohols: add 5 mol % imidazole to the alkoxide")],
                  [(0, "Imidazolide or O-phenyl thionocarbonate"), (1, "TCDI (1.5 equiv), DMAP (0.1 equiv), DCM, rt to reflux"),
                   (1, "No strong base – the choice for base-sensitive substrates"),
                   (1, "PhOC(S)Cl (1.2 equiv), pyridine (3 equiv), DCM, 0 °C to rt"),
                   (1, "Thionocarbonates fragment faster than xanthates and help with primary alcohols"),
                   (1, "Imidazolides partly hydrolyse on silica: run a short, fast column")])],
     "notes": ["TCDI is moisture-sensitive; weigh it quickly and keep the bottle in the desiccator.",
               "Phenyl chlorothionoformate is a lachrymator and smells strongly; open it only in the fume hood."]},
    {"layout": 1, "title": "Check first – before you blame the chemistry",
     "content": [("body", [(0, "Xanthate pure by 1H NMR: SMe singlet at δ 2.5–2.6 and no alcohol left"),
                          (0, "Bu3SnH clear and colourless; a white solid or cloudiness means it has oxidised"),
                          (0, "Sn–H visible at δ 4.8 in the 1H NMR of the tin hydride (check old bottles)"),
                          (0, "Toluene dry and degassed: argon sparge for 15 min"),
                          (0, "AIBN in date and stored at 2–8 °C"),
                          (0, "Oil bath really at 120 °C so that the toluene refluxes"),
                          (0, "Concentration about 0.1 M in xanthate")])],
     "notes": ["Nine out of ten failed deoxygenations last year were oxygen in the toluene or a dead bottle of tin hydride. Check those two before you change anything else."]},
    {"layout": 1, "title": "Procedure A – S-methyl xanthate (5.0 mmol)",
     "content": [("numbered", ["Flame-dry a 100 mL two-neck flask under argon and add NaH (60 % in mineral oil, 300 mg, 7.5 mmol, 1.5 equiv).",
                              "Add dry THF (15 mL) and cool to 0 °C.",
                              "Add the alcohol (5.0 mmol) in THF (10 mL) dropwise and stir for 30 min at 0 °C (H2 evolution).",
                              "Add CS2 (0.90 mL, 15 mmol, 3.0 equiv) in one portion; the mixture turns yellow to orange. Stir for 30 min at 0 °C.",
                              "Add MeI (0.93 mL, 15 mmol, 3.0 equiv), remove the ice bath and stir for 1–2 h at room temperature.",
                              "Follow by TLC: the xanthate runs well above the alcohol.",
                              "Cool to 0 °C, quench carefully with sat. aq. NH4Cl (10 mL) and extract with Et2O (3 × 20 mL).",
                              "Wash with brine, dry over MgSO4 and evaporate at no more than 30 °C in the fume hood.",
                              "Flash column (hexane/EtOAc); expect 85–95 % of a yellow oil."]),
                 ("warn", "CS2 and MeI: fume hood only, no hot plates nearby")],
     "notes": ["Hindered alcohols: let the alkoxide stir for 1 h at room temperature before the CS2 goes in, and leave the MeI step overnight (16 h).",
               "If the substrate has an ester that epimerises, use KHMDS (1.1 equiv) at -78 °C instead of NaH; the CS2 and MeI amounts stay the same.",
               "No need to wash the oil off the NaH; it comes off in the first column fractions."]},
    {"layout": 1, "title": "Procedure B – deoxygenation (4.0 mmol xanthate)",
     "content": [("numbered", ["Dissolve the xanthate (4.0 mmol) in dry toluene (30 mL) in a 100 mL flask with a reflux condenser and sparge with argon for 15 min.",
                              "Heat to reflux (oil bath 120 °C).",
                              "In a separate dry flask, dissolve Bu3SnH (1.61 mL, 6.0 mmol, 1.5 equiv) and AIBN (131 mg, 0.80 mmol, 0.2 equiv) in degassed toluene (10 mL).",
                              "Add this solution to the refluxing mixture by syringe pump over 1 h.",
                              "Reflux for a further 1 h and check by TLC (KMnO4 stain: the alkane is often UV-silent).",
                              "Cool to room temperature, concentrate to about 5 mL and go straight to the tin work-up."]),
                 ("tip", "Tip: 40 mL toluene in total = 0.1 M. Do not run it more dilute than 0.05 M.")],
     "notes": ["Bu3SnH: density 1.08 g/mL and MW 291.1, so 6.0 mmol is 1.61 mL.",
               "Syringe pump at 10 mL/h. If you have no pump, add the AIBN in four portions of 0.05 equiv every 15 min instead.",
               "For substrates that do not survive 110 °C use the Et3B variant: Et3B (1.0 M in hexane, 0.5 equiv) at room temperature, with a needle through the septum to let in a little air; add another 0.2 equiv after 1 h if TLC still shows xanthate."]},
    {"layout": 5, "title": "Initiators and temperatures",
     "content": [("table", [["Initiator", "10 h half-life temperature", "Use at", "Comment"],
                            ["AIBN", "65 °C", "80–110 °C (toluene)", "Half-life about 1 h at 82 °C but only a few minutes at 110 °C – add it slowly or in portions"],
                            ["ACHN (V-40)", "88 °C", "110–130 °C (toluene, chlorobenzene)", "Lasts much longer at reflux; good for slow primary substrates"],
                            ["Et3B / air", "– (initiated by O2)", "-78 °C to room temperature", "For heat-sensitive substrates; pyrophoric when neat"]],
                  (0.4, 1.6, 9.2, 3.2), (1.6, 1.7, 2.3, 3.6)),
                 ("box", [(0, "Rule of thumb: pick the initiator whose 1 h half-life temperature is close to the reaction temperature.")],
                  (0.4, 5.3, 9.2, 0.9))],
     "notes": ["ACHN is 1,1'-azobis(cyclohexanecarbonitrile); there are 25 g in the fridge in lab 2.17."]},
    {"layout": 5, "title": "Getting rid of tin",
     "content": [("table", [["Method", "How", "When"],
                            ["KF work-up", "Dilute with Et2O (50 mL), stir vigorously with 10 % aq. KF (30 mL) for 1 h and filter the white Bu3SnF through Celite", "Always, as the first step"],
                            ["I2 treatment", "Add 0.1 M I2 in Et2O until the brown colour stays, then do the KF work-up", "Excess Bu3SnH or Bu3SnSnBu3 left (they do not precipitate with KF)"],
                            ["K2CO3–silica column", "Flash column on silica mixed with 10 % w/w powdered K2CO3", "Product goes for biological testing"],
                            ["MeCN/hexane partition", "Dissolve the crude in MeCN and wash three times with hexane; the tin goes into the hexane", "Polar products only"]],
                  (0.4, 1.5, 9.2, 4.6), (1.8, 4.6, 2.8))],
     "notes": ["Bu3SnF is a fine, sticky solid; a 2 cm Celite pad filters it in minutes, a filter paper clogs."]},
    {"layout": 5, "title": "Troubleshooting (1/2)",
     "content": [("table", [["Symptom", "Likely cause", "Fix"],
                            ["Xanthate step stalls: alcohol still there after 2 h", "Alkoxide not formed – wet THF, old NaH or a hindered OH", "Fresh NaH and dry THF; add imidazole (5 mol %) and stir the alkoxide 1 h at rt before adding CS2"],
                            ["Acyl group has moved to the neighbouring OH after xanthate formation", "The alkoxide attacks a nearby ester (base-induced acyl migration)", "Make the thiocarbonyl imidazolide with TCDI/DMAP instead – no strong base"],
                            ["Deoxygenation stops at 50–70 % conversion", "AIBN is used up within minutes at 110 °C and the chain dies", "Add the AIBN together with the Bu3SnH over 1 h, add another 0.1 equiv of AIBN, or switch to ACHN"],
                            ["Nothing happens: only xanthate recovered", "Oxygen in the solvent, or the Bu3SnH has oxidised", "Sparge with argon for 15 min; check the Sn–H signal at δ 4.8 and open a new bottle if it is missing"],
                            ["The starting alcohol comes back instead of the alkane", "Fragmentation of the tin adduct is too slow (primary or hindered positions), so it is reduced and hydrolyses back to the alcohol", "Use the O-phenyl thionocarbonate, run hotter with ACHN in chlorobenzene (130 °C) and keep the Bu3SnH concentration low by slow addition"]],
                  (0.3, 1.3, 9.4, 5.4), (2.6, 3.1, 3.7))],
     "notes": ["Row 5 is the classic problem with primary alcohols; fixing it costs a day, so use the thionocarbonate from the start for a primary OH."]},
    {"layout": 5, "title": "Troubleshooting (2/2)",
     "content": [("table", [["Symptom", "Likely cause", "Fix"],
                            ["Ring-opened or cyclised product instead of the simple alkane", "The radical rearranges or cyclises before it takes H from Bu3SnH", "Raise the Bu3SnH concentration: add it in one portion and run at 0.2–0.5 M"],
                            ["Alkene formed instead of the alkane", "The xanthate eliminated on heating (Chugaev) before the radical step", "Keep the xanthate below 40 °C during work-up and run the reduction at room temperature with Et3B/air"],
                            ["Grey sludge in the KF work-up that will not filter or separate", "Bu3SnF is very finely divided", "Stir in the flask rather than shaking in a funnel, then filter through a 2 cm Celite pad and rinse with Et2O"],
                            ["Product greasy after the column, with broad multiplets at δ 0.8–1.6", "Tributyltin residues co-elute on plain silica", "Repeat the KF work-up, then run a K2CO3–silica column"]],
                  (0.3, 1.3, 9.4, 4.6), (2.6, 3.1, 3.7))],
     "notes": ["The last row of part 1 and the first row of part 2 need opposite fixes – slow versus fast tin hydride addition – so decide from the crude NMR which problem you have."]},
    {"layout": 1, "title": "Safety and waste",
     "content": [("body", [(0, "Organotins are toxic and pass through skin: double nitrile gloves, all transfers in the fume hood"),
                          (0, "All tin-containing waste (aqueous KF, Celite, silica) goes into the labelled organotin waste container"),
                          (0, "CS2: flash point -30 °C and autoignition at about 90 °C – a hot plate surface can ignite the vapour"),
                          (0, "MeI: volatile alkylating agent and suspected carcinogen; rinse syringes into aqueous ammonia in the hood"),
                          (0, "NaH releases H2: quench residues with isopropanol, then water"),
                          (0, "Et3B is pyrophoric – use only the 1.0 M solution in hexane, under argon"),
                          (0, "AIBN gives N2 and toxic tetramethylsuccinonitrile when it decomposes; store it at 2–8 °C")])],
     "notes": ["Spilled Bu3SnH: cover with vermiculite, sweep it into the organotin waste and wipe the surface with ethanol."]},
    {"layout": 1, "title": "Take-home messages",
     "content": [("body", [(0, "Secondary OH: xanthate. Base-sensitive substrate: TCDI. Primary OH: O-phenyl thionocarbonate"),
                          (0, "Degas, check the tin hydride, and feed the AIBN slowly at reflux"),
                          (0, "Slow Bu3SnH addition stops alcohol reversion; fast addition stops rearrangement"),
                          (0, "Always KF work-up first; K2CO3–silica when the compound goes to biology"),
                          (0, "Questions?")])],
     "notes": ["Next session (11 February): radical cyclisations."]},
    {"layout": 5, "title": "Backup: useful 1H NMR signals",
     "content": [("table", [["Species", "Signal", "δ (CDCl3)"],
                            ["S-Methyl xanthate", "SCH3 singlet", "2.5–2.6"],
                            ["S-Methyl xanthate", "CH–O, 1.0–1.5 ppm downfield of the CH–OH of the alcohol", "5.4–5.9"],
                            ["Bu3SnH", "Sn–H with tin satellites", "4.8"],
                            ["Bu3Sn residues", "broad multiplets", "0.8–1.6"],
                            ["Thiocarbonyl imidazolide", "three imidazole CH singlets", "8.3, 7.6, 7.0"]],
                  (0.6, 1.6, 8.8, 3.6), (2.6, 4.4, 1.8)),
                 ("empty", None)],
     "notes": ["Backup only – not presented."]},
]

BMC_TITLE_PROPS = {"title": "Barton–McCombie deoxygenation – training", "author": "Hannah Reiter",
                   "last_modified_by": "Hannah Reiter", "revision": 14}


def _bmc_paragraph_texts(slide: dict) -> list[str]:
    """The text units of one slide as meant (title, content paragraphs / cells, footer, number)."""
    out = [slide["title"]]
    for item in slide["content"]:
        kind = item[0]
        if kind in ("subtitle", "numbered", "group"):
            out += list(item[1])
        elif kind in ("body", "box"):
            out += [t for _, t in item[1]]
        elif kind == "two":
            out += [t for _, t in item[1]] + [t for _, t in item[2]]
        elif kind in ("warn", "tip"):
            out.append(item[1])
        elif kind == "table":
            out += [c for row in item[1] for c in row]
    return out


def bmc_model_units() -> list[str]:
    """All text units of the deck as meant: per slide its paragraphs and cells, the footer, the
    slide number, then the notes paragraphs (order inside a slide is not significant)."""
    units: list[str] = []
    for i, s in enumerate(BMC_SLIDES, 1):
        units += _bmc_paragraph_texts(s) + [BMC_FOOTER, str(i)] + s["notes"]
    return units


def make_bmc_pptx() -> bytes:  # noqa: C901 - one slide builder
    from lxml import etree
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import PP_PLACEHOLDER
    from pptx.oxml.ns import qn
    from pptx.util import Inches, Pt

    prs = Presentation()
    cp = prs.core_properties
    cp.title = BMC_TITLE_PROPS["title"]
    cp.author = BMC_TITLE_PROPS["author"]
    cp.last_modified_by = BMC_TITLE_PROPS["last_modified_by"]
    cp.revision = BMC_TITLE_PROPS["revision"]
    cp.created = dt.datetime(2019, 3, 4, 10, 12, 0)
    cp.modified = dt.datetime(2026, 1, 13, 17, 48, 0)
    cp.comments = ""
    cp.subject = "Group meeting training"
    cp.keywords = "radicals; deoxygenation; tin"

    def bullets(paragraph, char: str | None = "•", autonum: bool = False) -> None:
        pPr = paragraph._p.get_or_add_pPr()
        for tag in ("a:buNone", "a:buChar", "a:buAutoNum"):
            for el in pPr.findall(qn(tag)):
                pPr.remove(el)
        if autonum:
            el = etree.SubElement(pPr, qn("a:buAutoNum"))
            el.set("type", "arabicPeriod")
            pPr.set("marL", "342900")
            pPr.set("indent", "-342900")
        elif char:
            el = etree.SubElement(pPr, qn("a:buChar"))
            el.set("char", char)
            lvl = paragraph.level
            pPr.set("marL", str(285750 + 342900 * lvl))
            pPr.set("indent", "-285750")

    def fill_tf(tf, items: list[tuple[int, str]], size: int, box: bool = False) -> None:
        tf.clear()
        tf.word_wrap = True
        for n, (level, text) in enumerate(items):
            p = tf.paragraphs[0] if n == 0 else tf.add_paragraph()
            p.text = text
            p.level = level
            for r in p.runs:
                r.font.size = Pt(size - 2 * level)
            if box:
                bullets(p)

    def add_footer(slide, number: int) -> None:
        layout = slide.slide_layout
        tree = slide.shapes._spTree
        for ph in layout.placeholders:
            pht = ph.placeholder_format.type
            if pht not in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER):
                continue
            el = copy.deepcopy(ph._element)
            txBody = el.find(qn("p:txBody"))
            for p in txBody.findall(qn("a:p")):
                txBody.remove(p)
            p = etree.SubElement(txBody, qn("a:p"))
            if pht == PP_PLACEHOLDER.FOOTER:
                r = etree.SubElement(p, qn("a:r"))
                rpr = etree.SubElement(r, qn("a:rPr"))
                rpr.set("lang", "en-GB")
                rpr.set("dirty", "0")
                etree.SubElement(r, qn("a:t")).text = BMC_FOOTER
            else:
                f = etree.SubElement(p, qn("a:fld"))
                f.set("id", "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}")
                f.set("type", "slidenum")
                rpr = etree.SubElement(f, qn("a:rPr"))
                rpr.set("lang", "en-GB")
                etree.SubElement(f, qn("a:t")).text = str(number)
            end = etree.SubElement(p, qn("a:endParaRPr"))
            end.set("lang", "en-GB")
            # new shape id
            cNvPr = el.find(qn("p:nvSpPr")).find(qn("p:cNvPr"))
            cNvPr.set("id", str(100 + number * 2 + (pht == PP_PLACEHOLDER.SLIDE_NUMBER)))
            tree.append(el)

    for number, spec in enumerate(BMC_SLIDES, 1):
        slide = prs.slides.add_slide(prs.slide_layouts[spec["layout"]])
        slide.shapes.title.text = spec["title"]
        phs = {ph.placeholder_format.idx: ph for ph in slide.placeholders}
        for item in spec["content"]:
            kind = item[0]
            if kind == "subtitle":
                tf = phs[1].text_frame
                tf.text = item[1][0]
                for extra in item[1][1:]:
                    tf.add_paragraph().text = extra
            elif kind == "body":
                fill_tf(phs[1].text_frame, item[1], 20)
            elif kind == "numbered":
                tf = phs[1].text_frame
                tf.clear()
                for n, text in enumerate(item[1]):
                    p = tf.paragraphs[0] if n == 0 else tf.add_paragraph()
                    p.text = text
                    for r in p.runs:
                        r.font.size = Pt(15)
                    bullets(p, autonum=True)
            elif kind == "two":
                fill_tf(phs[1].text_frame, item[1], 18)
                fill_tf(phs[2].text_frame, item[2], 18)
            elif kind == "box":
                x, y, w, h = item[2]
                tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
                fill_tf(tb.text_frame, item[1], 16, box=len(item[1]) > 1)
            elif kind == "group":
                grp = slide.shapes.add_group_shape()
                for n, text in enumerate(item[1]):
                    tb = grp.shapes.add_textbox(Inches(6.3), Inches(1.6 + n * 0.95), Inches(3.4), Inches(0.8))
                    tb.text_frame.word_wrap = True
                    tb.text_frame.text = text
                    for r in tb.text_frame.paragraphs[0].runs:
                        r.font.size = Pt(14)
                        r.font.bold = not text.startswith("↓")
                grp.name = "Scheme (grouped)"
            elif kind == "table":
                rows, (x, y, w, h), widths = item[1], item[2], item[3]
                gf = slide.shapes.add_table(len(rows), len(rows[0]), Inches(x), Inches(y), Inches(w), Inches(h))
                table = gf.table
                for c, cw in enumerate(widths):
                    table.columns[c].width = Inches(cw)
                for r, row in enumerate(rows):
                    for c, text in enumerate(row):
                        cell = table.cell(r, c)
                        cell.text = text
                        for p in cell.text_frame.paragraphs:
                            for run in p.runs:
                                run.font.size = Pt(11 if r else 12)
            elif kind == "warn":
                tb = slide.shapes.add_textbox(Inches(6.6), Inches(0.2), Inches(3.2), Inches(0.7))
                tb.text_frame.word_wrap = True
                tb.text_frame.text = item[1]
                tb.fill.solid()
                tb.fill.fore_color.rgb = RGBColor(0xFF, 0xE5, 0x99)
                for r in tb.text_frame.paragraphs[0].runs:
                    r.font.size = Pt(12)
                    r.font.bold = True
                tb.name = "Warning callout"
            elif kind == "tip":
                tb = slide.shapes.add_textbox(Inches(5.2), Inches(6.15), Inches(4.4), Inches(0.5))
                tb.text_frame.word_wrap = True
                tb.text_frame.text = item[1]
                for r in tb.text_frame.paragraphs[0].runs:
                    r.font.size = Pt(12)
                    r.font.italic = True
                tb.name = "Tip"
                # saved first in the shape tree although it sits at the bottom of the slide
                tree = slide.shapes._spTree
                tree.remove(tb._element)
                tree.insert(2, tb._element)
            elif kind == "empty":
                tb = slide.shapes.add_textbox(Inches(0.6), Inches(5.6), Inches(4.0), Inches(0.5))
                tb.name = "TextBox (empty)"
        add_footer(slide, number)
        notes = slide.notes_slide.notes_text_frame
        notes.text = spec["notes"][0]
        for extra in spec["notes"][1:]:
            notes.add_paragraph().text = extra
    buf = io.BytesIO()
    prs.save(buf)
    n = len(BMC_SLIDES)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<TotalTime>312</TotalTime><Words>1874</Words><Application>Microsoft Office PowerPoint</Application>'
           '<PresentationFormat>On-screen Show (4:3)</PresentationFormat><Paragraphs>196</Paragraphs>'
           f'<Slides>{n}</Slides><Notes>{n}</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>'
           '<ScaleCrop>false</ScaleCrop><Company>Reiter group</Company><LinksUpToDate>false</LinksUpToDate>'
           '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')
    return _rezip(buf.getvalue(), {"docProps/app.xml": app.encode("utf-8")})


# =============================================================================== Biginelli workbook (XLSX)

BGN_PRINCIPLE = ("The Biginelli reaction is an acid-catalysed three-component condensation of an aldehyde, a β-keto ester "
                 "and urea. The aldehyde and urea first form an N-acyliminium ion; the enol of the keto ester adds to it, "
                 "and the free NH2 of the urea then closes onto the ketone carbonyl, which loses water to give the "
                 "3,4-dihydropyrimidin-2(1H)-one (DHPM). Because the iminium route is the productive one, the urea should "
                 "be in excess and dissolved before the mixture is heated hard; otherwise the aldehyde condenses with the "
                 "keto ester (Knoevenagel) and the yield drops.")
BGN_HOWTO = ("Procedure: the standard 10 mmol run with benzaldehyde. Troubleshooting: symptom, likely cause and fix, "
             "grouped by stage – step numbers refer to the Procedure sheet. Reagents: amounts and hazards for the "
             "standard run. Catalysts: other acids we have used. Run log: results of recent runs – please add yours "
             "(one row per run).")
BGN_CHECK = [
    "Benzaldehyde colourless and free of white crystals (benzoic acid); otherwise wash it with sat. NaHCO3 or distil it",
    "Urea is a dry, free-flowing powder and you weighed 1.5 equiv",
    "Ethyl acetoacetate is clear; a yellow or brown liquid has self-condensed",
    "The acid really went in – conc. HCl, 0.10 mL per 10 mmol",
    "Oil bath at 90 °C so that the ethanol refluxes gently",
    "Ethanol volume 10 mL per 10 mmol: more solvent keeps the product in solution",
]
BGN_SAFETY = [
    "Benzaldehyde and ethyl acetoacetate are irritants and conc. HCl is corrosive – gloves and goggles, dispense in the fume hood.",
    "TMSCl reacts with moisture to give HCl gas; handle it under dry nitrogen in the fume hood.",
    "Solvent-free runs at 100 °C: use a loosely capped vial; never heat a sealed vial containing urea above 100 °C (NH3 and CO2 build up pressure).",
    "Ethanol filtrates and mother liquors go into the non-halogenated organic waste; thiourea residues into the toxic solids bin.",
]
BGN_REVISIONS = [
    ["v3.0", dt.datetime(2024, 10, 2), "Workbook created from the old Word SOP", "MK"],
    ["v3.1", dt.datetime(2025, 3, 18), "Yb(OTf)3 and TMSCl rows added to Catalysts", "JT"],
    ["v3.2", dt.datetime(2026, 1, 9), "Troubleshooting row 5 (thiourea) added; Run log moved in from the old notebook file", "MK"],
]

BGN_PROC_HEADER = ["Step", "Action", "Amount", "Time (min)", "Temp (°C)", "Notes"]
BGN_PROC = [
    [1, "Charge a 50 mL round-bottom flask with a stir bar, benzaldehyde and ethyl acetoacetate",
     "1.02 mL benzaldehyde (1.06 g, 10 mmol); 1.26 mL ethyl acetoacetate (1.30 g, 10 mmol)", None, 20, None],
    [2, "Add the urea, then the ethanol", "0.90 g urea (15 mmol, 1.5 equiv); 10 mL ethanol", None, 20, None],
    [3, "Add conc. HCl (37 %) with a graduated pipette", "0.10 mL (about 1.2 mmol, 12 mol %)", None, 20, None],
    [4, "Fit a reflux condenser and heat to gentle reflux", "oil bath 90 °C", 180, 78,
     "The urea dissolves within about 10 min; the solution turns pale yellow"],
    [5, "Check by TLC (hexane/EtOAc 1:1, UV 254 nm)", None, None, None,
     "DHPM at Rf about 0.3; benzaldehyde runs near the front"],
    [6, "Cool to room temperature, then in an ice bath", None, 30, 0,
     "The product crystallises as a white solid; scratch the flask if nothing appears"],
    [7, "Filter on a Büchner funnel and wash the solid", "2 × 3 mL ice-cold ethanol, then 2 × 10 mL water", None, None,
     "The water wash removes unreacted urea"],
    [8, "Recrystallise from hot ethanol", "about 12 mL per g of crude", None, 78, "Filter hot if the solution is cloudy"],
    [9, "Dry in the vacuum oven", None, 240, 50, None],
    [10, "Characterise: mp and 1H NMR in DMSO-d6", None, None, None,
     "mp 202–204 °C; δ 9.19 (s, NH-1), 7.74 (s, NH-3), 5.14 (d, J = 3.2 Hz, H-4)"],
]
BGN_PROC_HIDDEN = {4: "old 5 mmol (do not use)", 5: "0.51 mL / 0.63 mL", 6: "0.45 g urea; 5 mL EtOH", 7: "3 drops"}
BGN_PROC_NOTES = [
    "The product is only sparingly soluble in cold ethanol, which is why it crystallises from the reaction mixture; do not add more ethanol to help the stirring.",
    "Expected crude 1.9–2.2 g; after recrystallisation 1.6–1.9 g (61–73 %) of colourless needles. Theoretical yield 2.60 g.",
]
BGN_COMMENTS = {
    ("Procedure", "C7"): ("Mariusz Kowalczyk", "Mariusz Kowalczyk:\n0.10 mL is about 4 drops from a Pasteur pipette. Do not just add 'a few drops' – measure it."),
    ("Troubleshooting", "C7"): ("Jin Tanaka", "Jin Tanaka:\nSeen twice, both times in solvent-free Yb(OTf)3 runs that were heated to 120 °C instead of 100 °C."),
    ("Run log", "J3"): ("Jin Tanaka", "Jin Tanaka:\nAfter washing the solid with warm water the mp was 201–203 °C."),
}

BGN_TS_HEADER = ["Stage", "#", "Symptom", "Likely cause", "Fix", "Step"]
BGN_TS = [
    ("Reaction", [
        [1, "No solid after 3 h at reflux and cooling; TLC shows mostly benzaldehyde",
         "No or too little acid, or the benzaldehyde had oxidised to benzoic acid",
         "Check that the HCl went in; use benzaldehyde washed with sat. NaHCO3 or freshly distilled, and reflux for a further 2 h", 3],
        [2, "Yellow oil as the main product; 1H NMR shows a vinyl singlet near δ 7.6 and no NH signals",
         "Knoevenagel product (ethyl 2-benzylideneacetoacetate): the keto ester condensed with the aldehyde before the urea could react",
         "Use 1.5 equiv of urea and let it dissolve before heating hard; keep the HCl at 12 mol % – more acid does not help", 2],
        [3, "Bright yellow by-product that glows blue under the 365 nm lamp",
         "Hantzsch 1,4-dihydropyridine: urea decomposed to ammonia at too high a temperature and reacted with two molecules of keto ester",
         "Keep the reaction at or below 100 °C, use no more than 1.0 equiv of keto ester and never run the solvent-free version in a sealed vial", 4],
        [4, "Aliphatic aldehyde gives a poor yield (below 30 %) and a complex mixture",
         "Enolisable aldehydes undergo self-aldol condensation in hot HCl/ethanol",
         "Use Yb(OTf)3 (10 mol %, neat, 100 °C) or TMSCl (see Catalysts) and add the aldehyde last, over 10 min", 1],
        [5, "Thiourea run is much slower: starting material left after 3 h",
         "Thiourea is less nucleophilic than urea and partly decomposes in hot acid",
         "Reflux for 6–8 h or use Yb(OTf)3 (10 mol %); the 2-thioxo product shows NH signals at δ 10.3 and 9.6 in DMSO-d6", 4],
    ]),
    ("Isolation", [
        [6, "Nothing crystallises on cooling, or the product oils out",
         "Too much ethanol, or impurities (Knoevenagel product) keep the DHPM in solution",
         "Evaporate to half the volume, seed or scratch, and add ice-cold water dropwise until cloudy; leave at 4 °C overnight", 6],
        [7, "Crude solid is sticky and yellow",
         "Mother liquor containing the Knoevenagel product and keto ester is left on the crystals",
         "Wash with ice-cold ethanol (2 × 3 mL), not room-temperature ethanol, then recrystallise from hot ethanol", 7],
        [8, "Low recovery after recrystallisation (less than half of the crude)",
         "Too much hot ethanol was used",
         "Use about 12 mL per g; concentrate the mother liquor to one third and collect a second crop", 8],
    ]),
    ("Purity / analysis", [
        [9, "Melting point low and broad (e.g. 190–198 °C instead of 202–204 °C)",
         "Urea, and biuret formed from overheated urea, left in the solid",
         "Wash the solid with warm water (40 °C, 2 × 10 mL), dry it and measure the mp again", 7],
        [10, "No NH signals in the 1H NMR spectrum and broad lines",
         "Spectrum run in CDCl3, in which the DHPM dissolves poorly and the NH signals broaden",
         "Run the NMR in DMSO-d6: NH at δ 9.19 and 7.74, H-4 doublet at δ 5.14", 10],
    ]),
]

BGN_REAGENT_HEADER = ["Reagent", "CAS", "MW (g/mol)", "Density (g/mL)", "Equiv", "Amount (mmol)", "Mass (g)", "Volume (mL)", "Hazards / storage"]
BGN_REAGENTS = [
    ["Benzaldehyde", "100-52-7", 106.12, 1.044, 1, 10, 1.06, 1.02, "Harmful if swallowed; oxidises in air – store under nitrogen in the fridge"],
    ["Ethyl acetoacetate", "141-97-9", 130.14, 1.029, 1, 10, 1.30, 1.26, "Irritant; combustible liquid"],
    ["Urea", "57-13-6", 60.06, None, 1.5, 15, 0.90, None, "Hygroscopic – keep the bottle closed"],
    ["Hydrochloric acid 37 %", "7647-01-0", 36.46, 1.19, 0.12, 1.2, None, 0.10, "Corrosive; dispense in the fume hood"],
    ["Ethanol (absolute)", "64-17-5", 46.07, 0.789, None, None, None, 10, "Highly flammable"],
    ["Thiourea (for 2-thioxo analogues)", "62-56-6", 76.12, None, 1.5, 15, 1.14, None, "Suspected carcinogen and toxic to reproduction – weigh it in the fume hood"],
]
BGN_PRODUCT_ROW = ["Product: ethyl 6-methyl-2-oxo-4-phenyl-1,2,3,4-tetrahydropyrimidine-5-carboxylate (C14H16N2O3)", "–", 260.29, None, None, 10, 2.60, None, "Theoretical yield"]
BGN_REAGENT_NOTE = "Densities at 20 °C. Volumes rounded to 0.01 mL. Thiourea replaces urea mol for mol."

BGN_CAT_HEADER = ["Catalyst", "Loading (mol %)", "Solvent", "Temp (°C)", "Time (h)", "Isolated yield, our runs (%)", "Comment"]
BGN_CATS = [
    ["HCl (conc.)", 12, "EtOH", 78, 3, "61–73", "Standard; cheap; poor with aliphatic aldehydes"],
    ["p-TsOH·H2O", 10, "EtOH", 78, 4, "65–78", "Easier to dose than HCl"],
    ["Yb(OTf)3", 10, "none (neat)", 100, 0.33, "80–92", "20 min; best for aliphatic aldehydes; the catalyst is recovered from the aqueous wash"],
    ["FeCl3·6H2O", 10, "EtOH", 78, 5, "70–85", "Orange solution; wash the solid well with water"],
    ["TMSCl", 100, "MeCN", 25, 24, "75–88", "Room temperature; for acid-sensitive aldehydes; fumes in moist air"],
]
BGN_CAT_NOTE = "TMSCl is used at 100 mol % (1.0 equiv): it acts as a water scavenger and HCl source, not as a true catalyst."

BGN_LOG_HEADER = ["Run", "Date", "Operator", "Aldehyde", "Catalyst", "Scale (mmol)", "Yield (g)", "Yield (%)", "mp (°C)", "Remarks"]
BGN_LOG = [
    ["BG-101", dt.datetime(2025, 9, 15), "JT", "benzaldehyde", "HCl", 10, 1.78, 68, "202–203", None],
    ["BG-102", dt.datetime(2025, 9, 22), "AL", "benzaldehyde", "HCl", 10, 0.95, 36, "196–200", "HCl forgotten for the first hour"],
    ["BG-107", dt.datetime(2025, 11, 4), "MK", "4-chlorobenzaldehyde", "HCl", 10, 2.30, 78, "213–215", None],
    ["BG-110", dt.datetime(2025, 11, 20), "JT", "butanal", "HCl", 10, 0.52, 23, "–", "complex mixture, see Troubleshooting row 4"],
    ["BG-111", dt.datetime(2025, 11, 27), "JT", "butanal", "Yb(OTf)3", 10, 1.72, 76, "–", "neat, 100 °C, 20 min"],
    ["BG-118", dt.datetime(2026, 1, 8), "MK", "benzaldehyde (thiourea)", "HCl", 10, 1.49, 54, "208–210", "8 h reflux"],
]
BGN_SCRATCH = [["TLC tests Oct 2025", None], ["Rf DHPM, hexane/EtOAc 1:1", 0.31], ["Rf DHPM, hexane/EtOAc 2:1", 0.18],
               ["Rf Knoevenagel product, 1:1", 0.72], ["old HCl amount (drops)", 3], ["ask JT about Yb recovery", None]]


def _bgn_layout() -> dict[str, list[tuple[str, object]]]:
    """sheet -> [(cell, value)] in writing order (merges, styles and comments are added in make_bgn_xlsx)."""
    from openpyxl.utils import get_column_letter as col

    sheets: dict[str, list[tuple[str, object]]] = {}
    r: list[tuple[str, object]] = [("A1", "Biginelli reaction – troubleshooting workbook"),
                                   ("A2", "Dihydropyrimidinones (DHPMs) from an aldehyde, a β-keto ester and urea – teaching lab and medchem group"),
                                   ("A4", "Owner"), ("B4", "M. Kowalczyk (medchem teaching lab)"),
                                   ("A5", "Last updated"), ("B5", dt.datetime(2026, 1, 9)),
                                   ("A6", "Version"), ("B6", "v3.2"),
                                   ("A8", "Principle"), ("A9", BGN_PRINCIPLE),
                                   ("A11", "How to use this workbook"), ("A12", BGN_HOWTO),
                                   ("A14", "Check first (before you change anything)")]
    for i, text in enumerate(BGN_CHECK):
        r += [(f"A{15 + i}", i + 1), (f"B{15 + i}", text)]
    r.append(("A22", "Safety"))
    for i, text in enumerate(BGN_SAFETY):
        r.append((f"A{23 + i}", text))
    r.append(("A28", "Revision history"))
    for c, h in enumerate(["Version", "Date", "Change", "By"]):
        r.append((f"{col(c + 1)}29", h))
    for i, row in enumerate(BGN_REVISIONS):
        for c, v in enumerate(row):
            r.append((f"{col(c + 1)}{30 + i}", v))
    sheets["README"] = r

    r = [("A1", "Standard procedure – ethyl 6-methyl-2-oxo-4-phenyl-1,2,3,4-tetrahydropyrimidine-5-carboxylate"),
         ("A2", "Scale: 10 mmol benzaldehyde. Expected 1.6–1.9 g (61–73 %) after recrystallisation.")]
    for c, h in enumerate(BGN_PROC_HEADER):
        r.append((f"{col(c + 1)}4", h))
    for i, row in enumerate(BGN_PROC):
        for c, v in enumerate(row):
            if v is not None:
                r.append((f"{col(c + 1)}{5 + i}", v))
    for row_no, v in BGN_PROC_HIDDEN.items():
        r.append((f"G{row_no}", v))
    r.append(("A16", "Work-up notes"))
    r += [("A17", BGN_PROC_NOTES[0]), ("A18", BGN_PROC_NOTES[1])]
    sheets["Procedure"] = r

    r = [("A1", "Troubleshooting – Biginelli DHPM synthesis"),
         ("A2", "Find the stage, then the symptom. Step numbers refer to the Procedure sheet.")]
    for c, h in enumerate(BGN_TS_HEADER):
        r.append((f"{col(c + 1)}4", h))
    row_no = 5
    for stage, rows in BGN_TS:
        r.append((f"A{row_no}", stage))
        for row in rows:
            for c, v in enumerate(row):
                r.append((f"{col(c + 2)}{row_no}", v))
            row_no += 1
    r.append((f"A{row_no + 1}", "Not listed? Ask in the group chat and add a row here."))
    sheets["Troubleshooting"] = r

    r = [("A1", "Reagents for the standard 10 mmol run")]
    for c, h in enumerate(BGN_REAGENT_HEADER):
        r.append((f"{col(c + 1)}3", h))
    for i, row in enumerate(BGN_REAGENTS + [None, BGN_PRODUCT_ROW]):
        if row is None:
            continue
        for c, v in enumerate(row):
            if v is not None:
                r.append((f"{col(c + 1)}{4 + i}", v))
    r.append(("A13", BGN_REAGENT_NOTE))
    sheets["Reagents"] = r

    r = [("A1", "Acid catalysts tried in this lab (benzaldehyde, ethyl acetoacetate, urea; 10 mmol)")]
    for c, h in enumerate(BGN_CAT_HEADER):
        r.append((f"{col(c + 1)}3", h))
    for i, row in enumerate(BGN_CATS):
        for c, v in enumerate(row):
            r.append((f"{col(c + 1)}{4 + i}", v))
    r.append(("A10", BGN_CAT_NOTE))
    sheets["Catalysts"] = r

    r = []
    for c, h in enumerate(BGN_LOG_HEADER):
        r.append((f"{col(c + 1)}1", h))
    for i, row in enumerate(BGN_LOG):
        for c, v in enumerate(row):
            if v is not None:
                r.append((f"{col(c + 1)}{2 + i}", v))
    sheets["Run log"] = r

    r = []
    for i, (a, b) in enumerate(BGN_SCRATCH):
        r.append((f"A{1 + i}", a))
        if b is not None:
            r.append((f"B{1 + i}", b))
    sheets["scratch"] = r
    return sheets


BGN_HIDDEN_SHEETS = ("scratch",)
BGN_HIDDEN_COLUMNS = {"Procedure": ("G",)}


def _cell_text(v: object) -> str | None:
    """The text a cell holds as stored in the file (dates are serial numbers and have none)."""
    if isinstance(v, dt.datetime):
        return None
    if isinstance(v, float):
        return repr(v)
    return str(v)


def bgn_model_units(visible_only: bool = True) -> list[str]:
    units: list[str] = []
    for sheet, cells in _bgn_layout().items():
        if visible_only and sheet in BGN_HIDDEN_SHEETS:
            continue
        for ref, v in cells:
            if visible_only and re.sub(r"\d", "", ref) in BGN_HIDDEN_COLUMNS.get(sheet, ()):
                continue
            t = _cell_text(v)
            if t is not None:
                units.append(t)
    units += [text for _, text in BGN_COMMENTS.values()]
    return units


def make_bgn_xlsx() -> bytes:  # noqa: C901 - one workbook builder
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    wb.remove(wb.active)
    layout = _bgn_layout()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    stage_fill = PatternFill("solid", fgColor="FCE4D6")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for name, cells in layout.items():
        ws = wb.create_sheet(name)
        for ref, v in cells:
            ws[ref] = v
            if isinstance(v, dt.datetime):
                ws[ref].number_format = "yyyy-mm-dd"
        if name in BGN_HIDDEN_SHEETS:
            ws.sheet_state = "hidden"
    # README
    ws = wb["README"]
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"].font = Font(italic=True)
    for ref in ("A8", "A11", "A14", "A22", "A28"):
        ws[ref].font = Font(bold=True, size=12)
    ws.merge_cells("A1:F1")
    ws.merge_cells("A2:F2")
    for row, h in ((9, 105), (12, 75)):
        ws.merge_cells(f"A{row}:F{row}")
        ws[f"A{row}"].alignment = wrap
        ws.row_dimensions[row].height = h
    for i in range(len(BGN_CHECK)):
        ws.merge_cells(f"B{15 + i}:F{15 + i}")
        ws[f"B{15 + i}"].alignment = wrap
        ws[f"A{15 + i}"].alignment = Alignment(horizontal="center", vertical="top")
    for i in range(len(BGN_SAFETY)):
        ws.merge_cells(f"A{23 + i}:F{23 + i}")
        ws[f"A{23 + i}"].alignment = wrap
        ws.row_dimensions[23 + i].height = 30
    for c in "ABCD":
        ws[f"{c}29"].font = bold
        ws[f"{c}29"].fill = head_fill
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 36
    for c in "CDEF":
        ws.column_dimensions[c].width = 22
    # Procedure
    ws = wb["Procedure"]
    ws["A1"].font = Font(bold=True, size=14)
    ws["A16"].font = Font(bold=True)
    for c in "ABCDEFG":
        ws[f"{c}4"].font = bold
        ws[f"{c}4"].fill = head_fill
    for row in range(5, 15):
        for c in "ABCDEF":
            ws[f"{c}{row}"].alignment = wrap
            ws[f"{c}{row}"].border = box
        ws.row_dimensions[row].height = 45
    for row in (17, 18):
        ws.merge_cells(f"A{row}:F{row}")
        ws[f"A{row}"].alignment = wrap
        ws.row_dimensions[row].height = 32
    for c, w in zip("ABCDEFG", (6, 44, 36, 11, 11, 44, 22), strict=True):
        ws.column_dimensions[c].width = w
    ws.column_dimensions["G"].hidden = True
    ws.freeze_panes = "A5"
    # Troubleshooting
    ws = wb["Troubleshooting"]
    ws["A1"].font = Font(bold=True, size=14)
    for c in "ABCDEF":
        ws[f"{c}4"].font = bold
        ws[f"{c}4"].fill = head_fill
    row_no = 5
    for _stage, rows in BGN_TS:
        first, last = row_no, row_no + len(rows) - 1
        ws.merge_cells(f"A{first}:A{last}")
        ws[f"A{first}"].alignment = Alignment(vertical="center", horizontal="center", wrap_text=True, text_rotation=90)
        ws[f"A{first}"].font = bold
        ws[f"A{first}"].fill = stage_fill
        for row in range(first, last + 1):
            for c in "BCDEF":
                ws[f"{c}{row}"].alignment = wrap
                ws[f"{c}{row}"].border = box
            ws.row_dimensions[row].height = 62
        row_no = last + 1
    for c, w in zip("ABCDEF", (8, 4, 38, 42, 52, 6), strict=True):
        ws.column_dimensions[c].width = w
    ws.freeze_panes = "C5"
    # Reagents
    ws = wb["Reagents"]
    ws["A1"].font = Font(bold=True, size=14)
    for c in "ABCDEFGHI":
        ws[f"{c}3"].font = bold
        ws[f"{c}3"].fill = head_fill
        ws[f"{c}3"].alignment = wrap
    for row in range(4, 12):
        ws[f"A{row}"].alignment = wrap
        ws[f"I{row}"].alignment = wrap
    for row in range(4, 12):
        ws[f"C{row}"].number_format = "0.00"
        ws[f"D{row}"].number_format = "0.000"
        ws[f"G{row}"].number_format = "0.00"
        ws[f"H{row}"].number_format = "0.00"
    for c, w in zip("ABCDEFGHI", (34, 11, 11, 11, 7, 11, 9, 11, 48), strict=True):
        ws.column_dimensions[c].width = w
    # Catalysts
    ws = wb["Catalysts"]
    ws["A1"].font = Font(bold=True, size=14)
    for c in "ABCDEFG":
        ws[f"{c}3"].font = bold
        ws[f"{c}3"].fill = head_fill
        ws[f"{c}3"].alignment = wrap
    for row in range(4, 9):
        ws[f"G{row}"].alignment = wrap
    for c, w in zip("ABCDEFG", (16, 10, 14, 10, 9, 14, 56), strict=True):
        ws.column_dimensions[c].width = w
    ws.merge_cells("A10:G10")
    # Run log
    ws = wb["Run log"]
    for c in "ABCDEFGHIJ":
        ws[f"{c}1"].font = bold
        ws[f"{c}1"].fill = head_fill
    for c, w in zip("ABCDEFGHIJ", (9, 12, 9, 26, 11, 11, 9, 9, 10, 40), strict=True):
        ws.column_dimensions[c].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:J{1 + len(BGN_LOG)}"
    # comments (Excel "notes")
    for (sheet, ref), (author, text) in BGN_COMMENTS.items():
        cm = Comment(text, author)
        cm.width, cm.height = 260, 110
        wb[sheet][ref].comment = cm
    wb.active = 0
    props = wb.properties
    props.creator = "Mariusz Kowalczyk"
    props.lastModifiedBy = "Mariusz Kowalczyk"
    props.title = "Biginelli troubleshooting"
    props.created = dt.datetime(2024, 10, 2, 8, 41, 0)
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    core = src.read("docProps/core.xml").decode("utf-8")
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2026-01-09T16:22:05Z\g<2>", core)
    return _rezip(buf.getvalue(), {"docProps/core.xml": core.encode("utf-8")})


# =============================================================================== Shapiro working instruction (RTF)

SHP_HEADER = "Organic Synthesis Lab 3 – WI-SYN-07 Shapiro reaction – Rev. 2 – 12 Jan 2026"
SHP_FOOTER = ("Printed copies are uncontrolled. Page ", "1", " of ", "3")

# (kind, payload).  kinds: title, meta, h1, h2, p (str or list of runs), bullet, num, table, sym, cause, fix
SHP_BLOCKS: list[tuple] = [
    ("title", "Shapiro reaction: vinyllithiums from ketone trisylhydrazones"),
    ("meta", "Working instruction WI-SYN-07\tPrepared by: T. Okafor\tChecked by: R. Lindqvist"),
    ("h1", "1. Purpose and scope"),
    ("p", ["This working instruction describes how a ketone is converted into an alkene, or a functionalised alkene, ",
           "through its 2,4,6-triisopropylbenzenesulfonyl hydrazone (trisylhydrazone) and an alkyllithium. It covers the ",
           "hydrazone, the Shapiro step, trapping of the vinyllithium with electrophiles, the usual problems and the hazards."]),
    ("p", "The Bamford–Stevens variant (alkoxide base, heat) is mentioned only for comparison. Aldehyde hydrazones are not covered."),
    ("h1", "2. Principle"),
    ("p", ["Two equivalents of alkyllithium deprotonate the hydrazone, first at the N–H and then at the α-carbon syn to the ",
           "sulfonyl group, which is normally the less substituted α-carbon. On warming, the dianion loses lithium ",
           "2,4,6-triisopropylbenzenesulfinate and then nitrogen, and the vinyllithium is left. Protonation gives the less ",
           "substituted alkene; other electrophiles give substituted alkenes."]),
    ("p", ["The Shapiro reaction is kinetically controlled and gives the less substituted alkene. The Bamford–Stevens ",
           "reaction (NaOMe or NaH in a protic or hot aprotic solvent) goes through a diazo compound and a carbene or ",
           "cation and gives mainly the more substituted alkene."]),
    ("p", ["Trisylhydrazones are preferred to tosylhydrazones. With a tosylhydrazone the alkyllithium also lithiates the ",
           "tolyl ring ortho to the sulfonyl group and adds to the C=N bond, so 3–4 equivalents are needed and yields are ",
           "lower. The isopropyl groups block both side reactions, and the trisyl dianion fragments already between -20 °C and 0 °C."]),
    ("h1", "3. Check first"),
    ("bullet", "n-BuLi titrated within the last week (for example against diphenylacetic acid); calculate the volume from the titre, not from the label."),
    ("bullet", "THF taken fresh from the solvent system (water ≤ 30 ppm by Karl Fischer)."),
    ("bullet", "Trisylhydrazone dried under high vacuum for at least 4 h: residual methanol destroys the alkyllithium."),
    ("bullet", "Trisyl hydrazide (TrisNHNH2) taken from the freezer (-20 °C) and white; a yellow or sticky reagent has decomposed."),
    ("bullet", "Electrophile dry (DMF over 4 Å molecular sieves) and ready in a syringe before you start warming."),
    ("bullet", "Oil bubbler fitted: about 100 mL of nitrogen is released per 4 mmol of hydrazone."),
    ("h1", "4. Reagents for the standard run"),
    ("p", "Table 1. Reagents (part A on 5.0 mmol, part B on 4.0 mmol of hydrazone)"),
    ("table", [["Reagent", "M (g/mol)", "Amount", "mmol", "Equiv"],
               ["4-tert-Butylcyclohexanone", "154.25", "771 mg", "5.00", "1.0"],
               ["Trisyl hydrazide (TrisNHNH2)", "298.45", "1.57 g", "5.25", "1.05"],
               ["Conc. HCl (catalyst)", "–", "1 drop (about 20 µL)", "–", "cat."],
               ["Methanol", "–", "10 mL", "–", "–"],
               ["Trisylhydrazone (from part A)", "434.68", "1.74 g", "4.00", "1.0"],
               ["n-BuLi, 2.5 M in hexanes", "64.06", "3.52 mL", "8.80", "2.2"],
               ["Dry THF", "–", "20 mL", "–", "–"],
               ["DMF (dried over 4 Å sieves)", "73.09", "0.93 mL", "12.0", "3.0"]],
     [3400, 1300, 2100, 1100, 1100]),
    ("h1", "5. Procedure"),
    ("h2", "A. Trisylhydrazone (5.0 mmol)"),
    ("num", "Dissolve 4-tert-butylcyclohexanone (771 mg, 5.00 mmol) in methanol (10 mL) in a 50 mL flask at room temperature."),
    ("num", "Add trisyl hydrazide (1.57 g, 5.25 mmol, 1.05 equiv) and one drop of conc. HCl and stir at room temperature. Do not heat above 40 °C."),
    ("num", "The hydrazone starts to precipitate after 10–30 min; stir for 2 h in total, then cool in an ice bath for 30 min."),
    ("num", "Filter, wash with ice-cold methanol (2 × 3 mL) and dry under high vacuum for at least 4 h. Expect 1.85–2.04 g (85–94 %) of a white solid; store it at -20 °C."),
    ("h2", "B. Shapiro reaction and trapping with DMF (4.0 mmol)"),
    ("num", "Flame-dry a 100 mL Schlenk flask, cool it under argon and add the trisylhydrazone (1.74 g, 4.00 mmol) and dry THF (20 mL)."),
    ("num", ["Cool to -78 °C (dry ice/acetone) and add n-BuLi (2.5 M, 3.52 mL, 8.80 mmol, 2.2 equiv) dropwise over 5 min. ",
             "The solution turns yellow and then orange-red (dianion)."]),
    ("num", "Stir for 15 min at -78 °C, then replace the cooling bath by an ice bath. Nitrogen evolution starts at about -20 °C."),
    ("num", "Stir at 0 °C until the gas evolution stops (usually 10–15 min), then cool back to -78 °C."),
    ("num", "Add DMF (0.93 mL, 12.0 mmol, 3.0 equiv) in one portion, stir for 30 min at -78 °C and let the mixture warm to room temperature over 1 h."),
    ("num", "Quench with sat. aq. NH4Cl (10 mL), extract with Et2O (3 × 20 mL), wash with water and brine, dry over MgSO4 and concentrate at 30 °C."),
    ("num", "Purify by flash chromatography (pentane/Et2O 20:1). Expect 0.47–0.53 g (70–80 %) of 4-tert-butylcyclohex-1-ene-1-carbaldehyde as a colourless oil."),
    ("p", ["The lithium sulfinate goes into the aqueous phase. Pentanal, formed from the excess n-BuLi and DMF, ",
           "elutes first from the column."]),
    ("h1", "6. Electrophiles"),
    ("p", "The vinyllithium can be trapped by many electrophiles. Add them at -78 °C as soon as the nitrogen evolution has stopped."),
    ("p", "Table 2. Electrophiles for the vinyllithium"),
    ("table", [["Electrophile", "Equiv", "Conditions", "Product"],
               ["H2O or MeOH", "excess", "0 °C, directly after the N2 evolution", "Less substituted alkene"],
               ["DMF", "3.0", "-78 °C, then warm to rt", "α,β-Unsaturated aldehyde"],
               ["CO2 (crushed dry ice)", "excess", "Cannula the solution onto the dry ice", "α,β-Unsaturated carboxylic acid"],
               ["I2 in THF", "1.2", "-78 °C, add until the colour stays", "Vinyl iodide"],
               ["B(OiPr)3", "1.5", "-78 °C, then 1 M HCl work-up", "Vinylboronic acid"],
               ["Benzaldehyde", "1.2", "-78 °C, 30 min", "Allylic alcohol"],
               ["Bu3SnCl", "1.2", "-78 °C to rt", "Vinylstannane"]],
     [2300, 1000, 3300, 2400]),
    ("h1", "7. Troubleshooting"),
    ("sym", "7.1 No gas evolution on warming and the hydrazone is recovered"),
    ("cause", "Cause: the n-BuLi was weaker than its label or the THF was wet, so only the monoanion (N–Li) formed and the C–H was never deprotonated."),
    ("fix", "Remedy: titrate the n-BuLi and use 2.2 equiv of the measured titre; take the THF from the solvent system and dry the hydrazone under high vacuum for at least 4 h."),
    ("sym", "7.2 The crude contains the ketone and a tertiary alcohol with an n-butyl group"),
    ("cause", "Cause: ketone was left in the hydrazone (incomplete condensation or hydrolysis on storage); n-BuLi adds to it, and the rest comes back on work-up."),
    ("fix", "Remedy: check the hydrazone by TLC and 1H NMR before use, recrystallise it from methanol, store it at -20 °C and make it with fresh trisyl hydrazide."),
    ("sym", "7.3 Only the protonated alkene is obtained; the electrophile is not incorporated"),
    ("cause", ["Cause: the vinyllithium was protonated before the electrophile arrived. It was left too long at 0 °C or above, ",
               "where it deprotonates THF, or the electrophile was wet."]),
    ("fix", ["Remedy: cool back to -78 °C as soon as the gas evolution stops and add the electrophile at once; ",
             "dry DMF over 4 Å sieves for 24 h. For slow electrophiles run the reaction in hexane/TMEDA (1:1) instead of THF."]),
    ("sym", "7.4 Pentanal or other butyl by-products in the crude"),
    ("cause", "Cause: the excess n-BuLi reacts with the electrophile as well; with DMF it gives pentanal."),
    ("fix", "Remedy: use 2.1–2.2 equiv of titrated n-BuLi, not more, and at least 3 equiv of the electrophile; pentanal is removed on the column."),
    ("sym", "7.5 The more substituted alkene (wrong regioisomer) is formed"),
    ("cause", "Cause: the conditions allowed the Bamford–Stevens pathway (protic solvent, alkoxide base, or the hydrazone heated with base), or the hydrazone isomerised (E/Z) before deprotonation."),
    ("fix", "Remedy: use the alkyllithium in THF at -78 °C and keep alkoxides and methanol out of part B; do not warm the dianion above 0 °C before it has fragmented."),
    ("sym", "7.6 Tosylhydrazone gives low yields and many aromatic by-products"),
    ("cause", "Cause: ortho-lithiation of the tolyl ring and addition of n-BuLi to the C=N bond compete with the α-deprotonation."),
    ("fix", "Remedy: change to the trisylhydrazone (2.2 equiv n-BuLi); if you must use the tosylhydrazone, use 3–4 equiv of n-BuLi in hexane/TMEDA and warm to room temperature for the fragmentation."),
    ("sym", "7.7 Hydrazone formation turns yellow and gummy, with gas evolution"),
    ("cause", "Cause: trisyl hydrazide decomposes slowly at room temperature and quickly when heated, giving the sulfinic acid and diimide."),
    ("fix", "Remedy: use white trisyl hydrazide stored at -20 °C, keep part A at room temperature (never above 40 °C) and add only one drop of conc. HCl."),
    ("sym", "7.8 Foaming and pressure build-up when the flask is warmed to 0 °C"),
    ("cause", "Cause: nitrogen release – one equivalent, about 100 mL at room temperature for 4 mmol."),
    ("fix", "Remedy: warm in an ice bath, not in a water bath at room temperature; vent through an oil bubbler and use a flask of ≥ 5 times the solution volume."),
    ("sym", "7.9 Deep orange-red solution at -78 °C – is something wrong?"),
    ("fix", ["Answer: no. The orange-red colour is the dianion and shows that the second deprotonation has taken place. ",
             "A pale yellow solution that stays pale after 15 min means too little n-BuLi (see 7.1)."]),
    ("h1", "8. Safety"),
    ("bullet", "n-BuLi is pyrophoric: transfer it by syringe or cannula under argon, keep a beaker of dry sand at hand and wear a flame-resistant lab coat."),
    ("bullet", "Dry ice/acetone baths (-78 °C) cause cold burns; wear cryogenic gloves to handle dry ice."),
    ("bullet", "Trisyl hydrazide gives off diimide and nitrogen as it decomposes; never store it at room temperature or in a tightly closed vessel outside the freezer."),
    ("bullet", "Part B releases nitrogen: never close the system, the flask must vent through a bubbler."),
    ("bullet", "DMF is toxic to reproduction; handle it in the fume hood."),
    ("bullet", "Quench n-BuLi residues in syringes and needles by drawing up isopropanol in hexane before water."),
    ("h1", "9. Revision history"),
    ("p", "Rev. 1 (March 2023): first issue. Rev. 2 (January 2026): tosylhydrazone note, Table 2 and troubleshooting entries 7.7–7.9 added."),
]

_SHP_HEX = {"°": "b0", "×": "d7", "Å": "c5", "·": "b7"}
_RSIDS = ("\\insrsid1443541", "\\insrsid2706210", "\\insrsid9335455", "\\insrsid9335455\\charrsid2706210")
_RUN = "{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 %s%s %s}"
_PARD = ("\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto"
         "\\adjustright\\rin0\\lin0\\itap0\\pararsid9335455 \\rtlch\\fcs1 \\af0\\afs22\\alang1025 \\ltrch\\fcs0 "
         "\\f37\\fs22\\lang2057\\langfe2057\\cgrid\\langnp2057\\langfenp2057 ")
_PARD_H1 = ("\\pard\\plain \\ltrpar\\s1\\ql \\li0\\ri0\\sb240\\sa80\\keepn\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto"
            "\\outlinelevel0\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\ab\\af0\\afs28 \\ltrch\\fcs0 \\b\\f37\\fs28\\cf3\\lang2057\\langfe2057 ")
_PARD_H2 = ("\\pard\\plain \\ltrpar\\s2\\ql \\li0\\ri0\\sb160\\sa60\\keepn\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto"
            "\\outlinelevel1\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\ab\\af0\\afs24 \\ltrch\\fcs0 \\b\\f37\\fs24\\cf3\\lang2057\\langfe2057 ")
_PARD_LIST = ("\\pard\\plain \\ltrpar\\s20\\ql \\fi-360\\li720\\ri0\\sa60\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum"
              "\\faauto\\ls%d\\adjustright\\rin0\\lin720\\itap0\\pararsid2706210 \\rtlch\\fcs1 \\af0\\afs22 \\ltrch\\fcs0 \\f37\\fs22\\lang2057\\langfe2057 ")
_PARD_CELL = ("\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0 "
              "\\rtlch\\fcs1 \\af0\\afs20 \\ltrch\\fcs0 \\f37\\fs20\\lang2057\\langfe2057 ")


def rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif o < 128:
            out.append(ch)
        elif ch in _SHP_HEX:
            out.append("\\'" + _SHP_HEX[ch])
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def _runs(payload: str | list[str], bold: bool = False, k: int = 0) -> str:
    parts = [payload] if isinstance(payload, str) else payload
    b = "\\b" if bold else ""
    return "".join(_RUN % (b, _RSIDS[(k + i) % len(_RSIDS)], rtf_escape(p)) for i, p in enumerate(parts))


def _row_defs(widths: list[int], header: bool) -> str:
    d = ("\\trowd \\irow0\\irowband0\\ltrrow\\ts11\\trgaph108\\trleft-108\\trbrdrt\\brdrs\\brdrw10 \\trbrdrl\\brdrs\\brdrw10 "
         "\\trbrdrb\\brdrs\\brdrw10 \\trbrdrr\\brdrs\\brdrw10 \\trbrdrh\\brdrs\\brdrw10 \\trbrdrv\\brdrs\\brdrw10 "
         "\\trftsWidth1\\trftsWidthB3\\trautofit1\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3"
         "\\tblrsid2706210\\tbllkhdrrows\\tbllkhdrcols\\tblind0\\tblindtype3 ")
    if header:
        d += "\\trhdr "
    x = -108
    for w in widths:
        x += w
        d += ("\\clvertalt\\clbrdrt\\brdrs\\brdrw10 \\clbrdrl\\brdrs\\brdrw10 \\clbrdrb\\brdrs\\brdrw10 \\clbrdrr\\brdrs\\brdrw10 "
              + ("\\clcbpat17" if header else "") + f"\\cltxlrtb\\clftsWidth3\\clwWidth{w}\\clshdrawnil \\cellx{x}")
    return d


def _shp_body() -> tuple[list[str], list[str]]:
    """RTF body source pieces and the text units they make, in document order."""
    src: list[str] = []
    units: list[str] = []
    num = 0
    for k, block in enumerate(SHP_BLOCKS):
        kind, payload = block[0], block[1]
        flat = payload if isinstance(payload, str) else "" if kind == "table" else "".join(payload)
        if kind == "title":
            src.append("\\pard\\plain \\ltrpar\\qc \\li0\\ri0\\sa240\\widctlpar\\wrapdefault\\itap0 \\rtlch\\fcs1 \\ab\\af0\\afs36 "
                       "\\ltrch\\fcs0 \\b\\f37\\fs36\\cf3\\lang2057 " + _runs(payload, True, k) + "\\par ")
            units.append(flat)
        elif kind == "meta":
            src.append(_PARD + "\\tx3600\\tx6800 " + _runs(payload, False, k) + "\\par ")
            units.append(" ".join(flat.split()))
        elif kind in ("h1", "h2"):
            if kind == "h2" and payload.startswith("A."):
                num = 0
            src.append((_PARD_H1 if kind == "h1" else _PARD_H2) + _runs(payload, True, k) + "\\par ")
            units.append(flat)
        elif kind in ("p", "cause", "fix"):
            pard = _PARD if kind == "p" else _PARD.replace("\\li0", "\\li360").replace("\\lin0", "\\lin360")
            if kind in ("cause", "fix") and ":" in flat[:8]:
                label, rest = flat.split(":", 1)
                body = _runs(label + ":", True, k) + _runs(rest, False, k + 1)
            else:
                body = _runs(payload, False, k)
            src.append(pard + body + "\\par ")
            units.append(flat)
        elif kind == "sym":
            src.append(_PARD.replace("\\sa160", "\\sb120\\sa40") + "\\keepn " + _runs(payload, True, k) + "\\par ")
            units.append(flat)
        elif kind == "bullet":
            src.append(_PARD_LIST % 1 + "{\\listtext\\pard\\plain\\ltrpar \\s20 \\rtlch\\fcs1 \\af0\\afs22 \\ltrch\\fcs0 "
                       "\\f3\\fs22\\insrsid2706210 \\loch\\af3\\dbch\\af0\\hich\\f3 \\'b7\\tab}" + _runs(payload, False, k) + "\\par ")
            units.append("· " + flat)
        elif kind == "num":
            num += 1
            src.append(_PARD_LIST % 2 + "{\\listtext\\pard\\plain\\ltrpar \\s20 \\rtlch\\fcs1 \\af0\\afs22 \\ltrch\\fcs0 "
                       f"\\f37\\fs22\\insrsid2706210 \\hich\\af37\\dbch\\af0\\loch\\f37 {num}.\\tab}}" + _runs(payload, False, k) + "\\par ")
            units.append(f"{num}. " + flat)
        elif kind == "table":
            rows, widths = payload, block[2]
            for r, row in enumerate(rows):
                defs = _row_defs(widths, r == 0)
                src.append(defs)
                for cell in row:
                    src.append(_PARD_CELL + _runs(cell, r == 0, k) + "\\cell ")
                    units.append(cell)
                src.append("\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto"
                           "\\adjustright\\rin0\\lin0 {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid2706210 " + defs + "\\row }")
            # Word ends a table with an empty paragraph
            src.append(_PARD + "{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid2706210 \\par }")
            units.append("")
        else:
            raise ValueError(kind)
    return src, units


def shp_model_units() -> list[str]:
    """Text units as meant: header paragraph, footer paragraph, then body paragraphs and table
    cells in order (empty paragraphs kept as "")."""
    _, units = _shp_body()
    return [SHP_HEADER, "".join(SHP_FOOTER)] + units


def _wrap_source(s: str, width: int = 200) -> str:
    """Hard-wrap the RTF source as Word does (CRLF after a space; line ends are ignored by RTF)."""
    out: list[str] = []
    for line in s.split("\r\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[: cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\r\n".join(out)


def make_shp_rtf() -> bytes:
    head = [
        "{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff37\\deff0\\stshfdbch0\\stshfloch37\\stshfhich37\\stshfbi0"
        "\\deflang2057\\deflangfe2057\\themelang2057\\themelangfe0\\themelangcs0",
        "{\\fonttbl{\\f0\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
        "{\\f1\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020b0604020202020204}Arial;}"
        "{\\f2\\fbidi \\fmodern\\fcharset0\\fprq1{\\*\\panose 02070309020205020404}Courier New;}"
        "{\\f3\\fbidi \\froman\\fcharset2\\fprq2{\\*\\panose 05050102010706020507}Symbol;}"
        "{\\f37\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020f0502020204030204}Calibri;}}",
        "{\\colortbl;\\red0\\green0\\blue0;\\red0\\green0\\blue255;\\red31\\green56\\blue100;\\red192\\green0\\blue0;"
        "\\red255\\green255\\blue255;\\red128\\green128\\blue128;\\red217\\green226\\blue243;\\red0\\green0\\blue0;"
        "\\red0\\green0\\blue0;\\red0\\green0\\blue0;\\red0\\green0\\blue0;\\red0\\green0\\blue0;\\red0\\green0\\blue0;"
        "\\red0\\green0\\blue0;\\red0\\green0\\blue0;\\red0\\green0\\blue0;\\red222\\green234\\blue246;}",
        "{\\*\\defchp \\fs22\\loch\\af37\\hich\\af37\\dbch\\af0}{\\*\\defpap \\ql \\li0\\ri0\\sa160\\sl259\\slmult1"
        "\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 }",
        "{\\stylesheet{\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright"
        "\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs22\\alang1025 \\ltrch\\fcs0 \\f37\\fs22\\lang2057\\langfe2057\\cgrid"
        "\\langnp2057\\langfenp2057 \\snext0 \\sqformat \\spriority0 Normal;}"
        "{\\s1\\ql \\li0\\ri0\\sb240\\sa80\\keepn\\widctlpar\\wrapdefault\\outlinelevel0\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\ab\\af0\\afs28 "
        "\\ltrch\\fcs0 \\b\\f37\\fs28\\cf3 \\sbasedon0 \\snext0 \\slink15 \\sqformat \\spriority9 heading 1;}"
        "{\\s2\\ql \\li0\\ri0\\sb160\\sa60\\keepn\\widctlpar\\wrapdefault\\outlinelevel1\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\ab\\af0\\afs24 "
        "\\ltrch\\fcs0 \\b\\f37\\fs24\\cf3 \\sbasedon0 \\snext0 \\slink16 \\sqformat \\spriority9 heading 2;}"
        "{\\*\\cs10 \\additive \\ssemihidden \\sunhideused \\spriority1 Default Paragraph Font;}"
        "{\\*\\ts11\\tsrowd\\trftsWidthB3\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\tblind0\\tblindtype3"
        "\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv \\ql \\li0\\ri0\\sa160\\sl259\\slmult1"
        "\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs22\\alang1025 "
        "\\ltrch\\fcs0 \\f37\\fs22\\lang2057\\langfe2057\\cgrid\\langnp2057\\langfenp2057 \\snext11 \\ssemihidden \\sunhideused Normal Table;}"
        "{\\s20\\ql \\li720\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin720"
        "\\itap0\\contextualspace \\rtlch\\fcs1 \\af0\\afs22\\alang1025 \\ltrch\\fcs0 \\f37\\fs22\\lang2057\\langfe2057\\cgrid"
        "\\langnp2057\\langfenp2057 \\sbasedon0 \\sqformat \\spriority34 \\styrsid2706210 List Paragraph;}"
        "{\\s21\\ql \\li0\\ri0\\widctlpar\\tqc\\tx4513\\tqr\\tx9026\\wrapdefault\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs22 "
        "\\ltrch\\fcs0 \\f37\\fs22 \\sbasedon0 \\snext21 \\slink22 \\sunhideused header;}"
        "{\\s23\\ql \\li0\\ri0\\widctlpar\\tqc\\tx4513\\tqr\\tx9026\\wrapdefault\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs22 "
        "\\ltrch\\fcs0 \\f37\\fs22 \\sbasedon0 \\snext23 \\slink24 \\sunhideused footer;}}",
        "{\\*\\listtable{\\list\\listtemplateid1896712344\\listhybrid{\\listlevel\\levelnfc23\\levelnfcn23\\leveljc0\\leveljcn0"
        "\\levelfollow0\\levelstartat1\\levelspace0\\levelindent0{\\leveltext\\leveltemplateid134807553\\'01\\u-3913 ?;}"
        "{\\levelnumbers;}\\f3\\fbias0 \\fi-360\\li720\\lin720 }{\\listname ;}\\listid1000}"
        "{\\list\\listtemplateid463512306\\listhybrid{\\listlevel\\levelnfc0\\levelnfcn0\\leveljc0\\leveljcn0\\levelfollow0"
        "\\levelstartat1\\levelspace0\\levelindent0{\\leveltext\\leveltemplateid134807567\\'02\\'00.;}{\\levelnumbers\\'01;}"
        "\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\fi-360\\li720\\lin720 }{\\listname ;}\\listid2000}}",
        "{\\*\\listoverridetable{\\listoverride\\listid1000\\listoverridecount0\\ls1}{\\listoverride\\listid2000\\listoverridecount0\\ls2}}",
        "{\\*\\rsidtbl \\rsid1443541\\rsid2706210\\rsid9335455}",
        "{\\info{\\title Shapiro reaction \\u8211? working instruction}{\\author Tobenna Okafor}{\\operator Rebecka Lindqvist}"
        "{\\creatim\\yr2023\\mo3\\dy6\\hr9\\min14}{\\revtim\\yr2026\\mo1\\dy12\\hr15\\min2}{\\version7}{\\edmins184}"
        "{\\nofpages3}{\\nofwords1801}{\\nofchars10270}{\\*\\company Department of Chemistry}{\\nofcharsws11990}{\\vern109}}",
        "{\\*\\xmlnstbl {\\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}",
        "\\paperw11906\\paperh16838\\margl1440\\margr1440\\margt1440\\margb1440\\gutter0\\ltrsect ",
        "\\widowctrl\\ftnbj\\aenddoc\\trackmoves0\\trackformatting1\\donotembedsysfont1\\relyonvml0\\donotembedlingdata0"
        "\\grfdocevents0\\validatexml1\\showplaceholdtext0\\ignoremixedcontent0\\saveinvalidxml0\\showxmlerrors1\\noxlattoyen"
        "\\expshrtn\\noultrlspc\\dntblnsbdb\\nospaceforul\\formshade\\horzdoc\\dgmargin\\dghspace180\\dgvspace180\\dghorigin1440"
        "\\dgvorigin1440\\dghshow1\\dgvshow1\\jexpand\\viewkind1\\viewscale100\\pgbrdrhead\\pgbrdrfoot\\splytwnine\\ftnlytwnine"
        "\\htmautsp\\nolnhtadjtbl\\useltbaln\\alntblind\\lytcalctblwd\\lyttblrtgr\\lnbrkrule\\nobrkwrptbl\\snaptogridincell"
        "\\allowfieldendsel\\wrppunct\\asianbrkrule\\rsidroot9335455\\newtblstyruls\\nogrowautofit\\usenormstyforlist"
        "\\noindnmbrhd\\felnbrelev\\nocxsptable\\indrlsweleven\\noafcnsttbl\\afelev\\utinl\\hwelev\\spltpgpar\\notcvasp"
        "\\notbrkcnstfrctbl\\notvatxbx\\krnprsnet\\cachedcolbal \\nouicompat \\fet0",
        "{\\*\\wgrffmtfilter 2450}\\nofeaturethrottle1\\ilfomacatclnup0",
        "\\ltrpar \\sectd \\ltrsect\\linex0\\headery708\\footery708\\colsx708\\endnhere\\sectlinegrid360\\sectdefaultcl\\sftnbj",
        "{\\header \\ltrpar \\pard\\plain \\ltrpar\\s21\\qr \\li0\\ri0\\widctlpar\\tqc\\tx4513\\tqr\\tx9026\\wrapdefault\\rin0\\lin0\\itap0 "
        "\\rtlch\\fcs1 \\af0\\afs16 \\ltrch\\fcs0 \\f37\\fs16\\cf6 " + _runs(SHP_HEADER) + "{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid2706210 \\par }}",
        "{\\footer \\ltrpar \\pard\\plain \\ltrpar\\s23\\qc \\li0\\ri0\\widctlpar\\tqc\\tx4513\\tqr\\tx9026\\wrapdefault\\rin0\\lin0\\itap0 "
        "\\rtlch\\fcs1 \\af0\\afs16 \\ltrch\\fcs0 \\f37\\fs16 " + _runs(SHP_FOOTER[0])
        + "{\\field{\\*\\fldinst {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid2706210  PAGE   \\\\* MERGEFORMAT }}{\\fldrslt {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\noproof\\insrsid2706210 "
        + SHP_FOOTER[1] + "}}}" + _runs(SHP_FOOTER[2])
        + "{\\field{\\*\\fldinst {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid2706210  NUMPAGES   \\\\* MERGEFORMAT }}{\\fldrslt {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\noproof\\insrsid2706210 "
        + SHP_FOOTER[3] + "}}}{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid2706210 \\par }}",
        "{\\*\\pnseclvl1\\pnucrm\\pnstart1\\pnindent720\\pnhang {\\pntxta .}}{\\*\\pnseclvl2\\pnucltr\\pnstart1\\pnindent720\\pnhang {\\pntxta .}}",
    ]
    body, _ = _shp_body()
    tail = ["{\\*\\latentstyles\\lsdstimax376\\lsdlockeddef0\\lsdsemihiddendef0\\lsdunhideuseddef0\\lsdqformatdef0\\lsdprioritydef99"
            "{\\lsdlockedexcept \\lsdqformat1 \\lsdpriority0 \\lsdlocked0 Normal;\\lsdqformat1 \\lsdpriority9 \\lsdlocked0 heading 1;}}",
            "}"]
    text = "\r\n".join(head + body + tail) + "\r\n"
    text = _wrap_source(text)
    return text.encode("ascii")


# =============================================================================== main

def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    files = {
        f"{BMC_STEM}.pptx": make_bmc_pptx(),
        f"{BGN_STEM}.xlsx": make_bgn_xlsx(),
        f"{SHP_STEM}.rtf": make_shp_rtf(),
    }
    for name, data in files.items():
        (OUT_DIR / name).write_bytes(data)
        print(f"wrote {OUT_DIR / name} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
