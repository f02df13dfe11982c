"""Generate the binary guides of the fresh2 held-out part (DOCX and PDF) deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh2/make_fresh2_guides.py

Writes:
    evals/fresh2/guides/grignard-reagents-sop.docx       (python-docx; headings are bold Normal
                                                         paragraphs, troubleshooting table with
                                                         merged header and section cells,
                                                         numbered steps; fixed core properties
                                                         and zip timestamps)
    evals/fresh2/guides/gc-ms-troubleshooting-bulletin.pdf (reportlab, invariant=1; running
                                                         header and footer with page numbers on
                                                         every page, a table that continues over
                                                         a page break, one two-column page)

Re-running produces byte-identical files.  The visible text of both documents is held in the
module-level data structures below; `visible_strings()` returns it (one string per paragraph,
list item or table cell) for the anchor checks in verify_fresh2_anchors.py.
"""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT_DIR = Path(__file__).resolve().parent / "guides"
FIXED_DATE = _dt.datetime(2024, 10, 14, 8, 30, 0)
ZIP_DATE = (2024, 10, 14, 8, 30, 0)

DOCX_NAME = "grignard-reagents-sop.docx"
PDF_NAME = "gc-ms-troubleshooting-bulletin.pdf"

# ---------------------------------------------------------------------------
# DOCX: Grignard reagents SOP
# ---------------------------------------------------------------------------
# Entries: ("title", text)  bold, larger, centred Normal paragraph
#          ("head", text)   section heading: a bold Normal paragraph (no heading style)
#          ("p", text)      body paragraph
#          ("steps", [...]) Word-numbered list (List Number), restarting at 1
#          ("bullets", [...])
#          ("control", rows)  document-control table (2 columns)
#          ("table", rows)    plain grid table, first row bold
#          ("trouble", None)  the troubleshooting table (GRIGNARD_TROUBLE)

GRIGNARD_HEADER = \
    "Northfield University, School of Chemistry - SOP-ORG-027 - Uncontrolled when printed"
GRIGNARD_FOOTER = "SOP-ORG-027 version 2.1 - effective 14 October 2024"

GRIGNARD_CONTROL = [
    ("Document number", "SOP-ORG-027"),
    ("Title", "Preparation, titration and use of Grignard reagents"),
    ("Version", "2.1"),
    ("Effective date", "14 October 2024"),
    ("Author", "Dr R. Okafor, Synthesis Laboratory Manager"),
    ("Approved by", "School Safety Committee"),
]

GRIGNARD_ACTIVATION = [
    ("Activation method", "Amount", "Sign that it worked", "Comment"),
    ("Iodine", "One small crystal (2–10 mg)",
     "Brown colour of the iodine fades and the mixture turns cloudy grey",
     "Cheapest; first choice for aryl and alkyl bromides and iodides"),
    ("1,2-Dibromoethane", "0.05–0.10 equiv relative to the halide",
     "Steady bubbling (ethylene) at the magnesium surface",
     "Add to the magnesium in a little THF before the halide; the MgBr2 formed is harmless"),
    ("DIBAL-H (1.0 M in hexanes)", "1 mol% relative to the halide",
     "Initiation at or below 20 °C",
     "Removes the oxide layer and scavenges water; preferred on scale because the start "
     "is controlled"),
    ("Dry stirring", "Magnesium stirred without solvent under nitrogen for 1–12 h",
     "Turnings become shiny and dark grey fines appear",
     "No additive; useful when iodine would interfere"),
    ("Mechanical crushing", "Press a few turnings against the flask wall with a dry glass rod",
     "Local cloudiness around the crushed metal",
     "Only under a good nitrogen flow; do not use a metal spatula in the flask"),
]

GRIGNARD_TROUBLE = [
    ("A. Formation of the Grignard reagent", None, None),
    ("No initiation after 10% of the halide and 15 min: iodine colour remains, no "
     "cloudiness, no temperature rise",
     "Oxide layer on the magnesium, water in the solvent or glassware, or an unreactive "
     "halide (aryl chloride)",
     "Do not add more halide. Add 1,2-dibromoethane (0.05 equiv) or a second iodine crystal "
     "and warm to 40 °C; crush a few turnings under nitrogen. If there is still no reaction "
     "after a further 30 min, check the THF by Karl Fischer (must be below 50 ppm water) and "
     "start again with fresh magnesium."),
    ("Reflux stops while halide is still being added",
     "The reaction has stalled and unreacted halide is accumulating",
     "Stop the addition at once. Warm gently until reflux restarts on its own, then resume "
     "the addition more slowly. Never resume while the mixture is quiet."),
    ("Sudden violent reflux some minutes after a slow start",
     "Halide that accumulated before initiation reacts all at once",
     "Stop the addition, raise the ice-water bath and make sure the condenser water is "
     "running. Prevent it by never adding more than 10% of the halide before initiation is "
     "confirmed."),
    ("Much homocoupled dimer (R–R) by GC-MS or NMR, and a low titre",
     "Wurtz coupling of the Grignard reagent with unreacted halide, typical of benzylic, "
     "allylic and reactive primary halides",
     "Dilute the halide solution to 0.5 M or below, add it over 1–2 h, keep benzylic and "
     "allylic halides at 0–10 °C, use 2–3 equiv of magnesium, and use Et2O or 2-MeTHF "
     "instead of THF for benzyl halides."),
    ("Solution turns black and the titre falls on standing",
     "Prolonged heating, traces of iron or copper in the magnesium, or air",
     "Reflux for no more than 1 h after the addition, use Grignard-grade turnings (99.8% "
     "Mg), keep the solution under nitrogen and re-titrate before use."),
    ("White solid separates on cooling or standing",
     "Schlenk equilibrium (MgX2 or R2Mg crystallising) or Mg(OH)X from moisture",
     "Warm to room temperature and swirl: if the solid redissolves, the reagent is intact. "
     "If it does not, titrate the clear supernatant and use that value."),
    ("Halide carries an ester, nitrile or ketone",
     "A Grignard reagent made by direct insertion attacks its own functional group",
     "Use halogen–magnesium exchange with iPrMgCl·LiCl (1.1 equiv) in THF at -20 °C for "
     "aryl iodides, or at 0 °C to rt for electron-poor aryl bromides."),
    ("B. Addition to the electrophile and workup", None, None),
    ("Ketone recovered after workup although the Grignard reagent was consumed",
     "Enolisation: the Grignard reagent acts as a base on a hindered or enolisable ketone",
     "Stir the ketone with anhydrous CeCl3 (1.5 equiv) in THF for 1 h, cool to -78 °C and "
     "then add the Grignard reagent; or add LaCl3·2LiCl (1.0 equiv, 0.6 M in THF)."),
    ("Secondary alcohol (reduced ketone) instead of the tertiary alcohol",
     "β-Hydride transfer from Grignard reagents with β-hydrogens (iPrMgBr, iBuMgBr) to "
     "hindered ketones",
     "Use CeCl3 as above and add at -78 °C, or use the organolithium reagent instead."),
    ("Ester gives a mixture of ketone and tertiary alcohol",
     "The ketone formed first is more reactive than the ester",
     "For the tertiary alcohol use 2.5 equiv of Grignard reagent and warm to rt. For the "
     "ketone use the Weinreb amide with 1.1 equiv at 0 °C."),
    ("Tertiary alcohol turns into an alkene during workup",
     "Acid-catalysed dehydration during an HCl quench or on evaporation",
     "Quench with saturated NH4Cl at 0 °C, never with HCl, and keep the rotavap bath below "
     "40 °C."),
    ("Thick white gel of magnesium salts, no phase boundary",
     "Basic magnesium salts precipitate at neutral pH",
     "Add 10% aqueous citric acid until the solids dissolve, or 1 M HCl if the product is "
     "acid-stable; otherwise filter the whole mixture through Celite before separating."),
]

GRIGNARD_PARAMS = [
    ("Parameter", "Value", "Comment"),
    ("Magnesium turnings", "1.2–1.5 equiv", "2–3 equiv for benzylic and allylic halides"),
    ("Water content of THF or Et2O", "below 50 ppm", "Karl Fischer; 50 mL of THF at 200 ppm "
     "destroys about 0.5 mmol of reagent"),
    ("Concentration of the reagent", "0.5–1.0 M", "More concentrated solutions crystallise "
     "on cooling and are harder to titrate accurately"),
    ("Halide added before initiation", "5–10%", "Never more than 10%"),
    ("Maximum wait for initiation", "15 min", "Then follow the troubleshooting table"),
    ("Halide addition time (50 mmol)", "30–45 min", "At a rate that keeps a gentle reflux"),
    ("Reflux after the addition", "1 h", "Longer heating lowers the titre"),
    ("Acceptable titre", "at least 80% of theoretical", "Below 70%: see troubleshooting"),
    ("Storage", "Under nitrogen, septum bottle, rt", "Re-titrate if older than 24 h; "
     "discard after 1 week"),
    ("Equivalents for aldehyde or ketone", "1.1–1.5 equiv", "Titrated value, not theoretical"),
    ("Equivalents for ester to tertiary alcohol", "2.2–3.0 equiv", "Warm to rt or reflux"),
    ("Quench", "Saturated NH4Cl, 1 mL per mmol of reagent", "At 0 °C, dropwise at first"),
    ("Maximum scale without a risk assessment", "0.5 mol halide", "Calorimetry required "
     "above this"),
]

GRIGNARD_CONTENT = [
    ("title", "STANDARD OPERATING PROCEDURE"),
    ("title", "Preparation, Titration and Use of Grignard Reagents"),
    ("control", GRIGNARD_CONTROL),
    ("head", "1. PURPOSE"),
    ("p", "This SOP describes how to prepare Grignard reagents (RMgX) from organic halides and "
          "magnesium turnings in THF or diethyl ether, how to determine their concentration, "
          "and how to add them to aldehydes, ketones and esters. It lists the faults most often "
          "reported to the laboratory manager and the corrective actions."),
    ("head", "2. SCOPE"),
    ("p", "Applies to all Grignard preparations up to 0.5 mol of halide in the synthesis "
          "laboratories. Commercial Grignard solutions are handled as described in section 8 and "
          "must also be titrated before use. Organolithium reagents are covered by SOP-ORG-012."),
    ("head", "3. HAZARDS AND PRECAUTIONS"),
    ("p", "The formation of a Grignard reagent is strongly exothermic and often starts only "
          "after an induction period. The main hazard is accumulation of unreacted halide "
          "before initiation, followed by a runaway reaction that boils the solvent out of the "
          "condenser. Ether and THF are extremely flammable; test THF for peroxides before use "
          "and do not use it if the test shows more than 25 mg/L."),
    ("bullets", [
        "Work in a fume hood with the sash lowered, with an ice-water bath large enough to "
        "immerse the flask ready before you start.",
        "Never leave a Grignard preparation unattended during initiation or halide addition.",
        "Magnesium fires: use a Class D extinguisher or dry sand. Never use water or CO2.",
        "Quenching releases flammable hydrocarbons (alkanes or arenes) and heat; add the quench "
        "solution slowly at 0 °C.",
    ]),
    ("head", "4. MATERIALS AND EQUIPMENT"),
    ("p", "Magnesium turnings, Grignard grade (99.8%); dry THF or Et2O from the solvent system "
          "(below 50 ppm water); iodine; 1,2-dibromoethane; 250 mL three-necked flask; reflux "
          "condenser; pressure-equalising dropping funnel; internal thermometer; nitrogen line "
          "with bubbler; oil bath and ice-water bath."),
    ("head", "5. PROCEDURE A: PREPARATION OF THE GRIGNARD REAGENT (50 mmol scale)"),
    ("p", "Example: 4-methoxyphenylmagnesium bromide, about 1.0 M in THF."),
    ("steps", [
        "Oven-dry the flask, condenser, dropping funnel and stir bar at 120 °C for at least "
        "4 h, assemble hot and let the apparatus cool under a flow of nitrogen.",
        "Charge magnesium turnings (1.46 g, 60 mmol, 1.2 equiv) and stir them dry under "
        "nitrogen for 15 min, then add one small crystal of iodine.",
        "Add dry THF (10 mL), just enough to cover the magnesium.",
        "Charge the dropping funnel with 4-bromoanisole (9.35 g, 6.26 mL, 50 mmol) dissolved "
        "in dry THF (40 mL).",
        "Run about 5 mL (10%) of the halide solution onto the magnesium and warm the flask "
        "gently in a 40 °C water bath.",
        "Wait for initiation: the iodine colour disappears, the mixture turns cloudy grey and "
        "the internal temperature rises by at least 5 °C without external heating.",
        "Once initiation is confirmed, remove the water bath and add the rest of the halide "
        "solution dropwise over 30–45 min, at a rate that keeps a gentle reflux.",
        "When the addition is complete, heat at reflux (oil bath 70 °C) for 1 h, then cool to "
        "room temperature.",
        "Let the excess magnesium settle and transfer the solution by cannula into a dry "
        "septum bottle under nitrogen.",
        "Titrate the solution (Procedure B) before using it, and write the titre and the date "
        "on the bottle.",
    ]),
    ("head", "6. ACTIVATION OF MAGNESIUM"),
    ("p", "Magnesium turnings are covered by a layer of oxide and hydroxide that stops the "
          "reaction from starting. The methods below are listed from the mildest to the most "
          "forcing. Fresh, shiny turnings from a newly opened container usually need only iodine."),
    ("table", GRIGNARD_ACTIVATION),
    ("head", "7. PROCEDURE B: TITRATION WITH IODINE AND LiCl"),
    ("p", "The nominal concentration of a Grignard reagent, home-made or commercial, is not "
          "reliable. Always titrate before use."),
    ("steps", [
        "Weigh iodine (254 mg, 1.00 mmol) accurately into a dry 10 mL flask with a stir bar "
        "and fit a septum.",
        "Flush with nitrogen, add 0.5 M LiCl in THF (3 mL) and stir until the iodine has "
        "dissolved to a dark brown solution.",
        "Cool the flask to 0 °C in an ice bath.",
        "Add the Grignard solution dropwise from a 1.00 mL syringe graduated in 0.01 mL until "
        "the brown colour disappears and the solution turns colourless.",
        "Calculate the molarity as 1.00 mmol divided by the volume added in mL. Repeat once; "
        "the two results should agree within 5%.",
    ]),
    ("p", "Alternative for dark solutions in which the iodine end point is hard to see: "
          "titrate a solution of (-)-menthol (156 mg, 1.00 mmol) and 1,10-phenanthroline "
          "(about 2 mg) in dry THF (2 mL) with the Grignard reagent until a violet colour "
          "persists for more than 1 min."),
    ("head", "8. PROCEDURE C: ADDITION TO A KETONE AND WORKUP (40 mmol scale)"),
    ("steps", [
        "Dissolve the ketone (40 mmol) in dry THF (80 mL, 0.5 M) under nitrogen and cool to "
        "0 °C.",
        "Add the titrated Grignard solution (48 mmol, 1.2 equiv) by syringe or cannula over "
        "20 min, keeping the internal temperature below 10 °C.",
        "Stir for 30 min at 0 °C, then at room temperature for 1–2 h. Follow by TLC after "
        "quenching a 0.1 mL sample into saturated NH4Cl and extracting with EtOAc.",
        "Cool to 0 °C and add saturated aqueous NH4Cl (48 mL) dropwise at first, then faster "
        "once the fizzing has stopped.",
        "Add EtOAc (100 mL). If the magnesium salts form a gel, follow the last row of the "
        "troubleshooting table.",
        "Separate the layers, extract the aqueous layer with EtOAc (2 × 50 mL), wash the "
        "combined organic layers with brine, dry over MgSO4 and concentrate.",
    ]),
    ("p", "Commercial Grignard solutions (for example MeMgBr 3.0 M in Et2O or "
          "PhMgBr 1.0 M in THF) are used in the same way. Pierce the septum only with a "
          "nitrogen-flushed needle, and store the bottle in a desiccator or under nitrogen. "
          "Solids around the cap are magnesium salts from hydrolysis; the solution below is "
          "usually still good but must be titrated."),
    ("head", "9. THF OR DIETHYL ETHER?"),
    ("p", "THF solvates magnesium more strongly than diethyl ether, so aryl and vinyl "
          "halides and aryl chlorides form Grignard reagents much more readily in THF, and "
          "reactions can be run at its higher reflux temperature (66 °C compared with 35 °C). "
          "Diethyl ether gives less Wurtz coupling with benzylic and allylic halides and lets "
          "magnesium salts precipitate, which can simplify workup. 2-MeTHF behaves like THF, "
          "separates cleanly from water during workup and suppresses Wurtz coupling of benzyl "
          "halides; it is the preferred solvent on scale."),
    ("head", "10. TROUBLESHOOTING"),
    ("p", "Check first: whether the solvent is dry and the magnesium is fresh. Most failed "
          "initiations in this laboratory were traced to THF that had been left open on the "
          "bench or to turnings from an old, dull container."),
    ("trouble", None),
    ("head", "11. TYPICAL PARAMETERS"),
    ("table", GRIGNARD_PARAMS),
    ("head", "12. WASTE AND CLEAN-UP"),
    ("p", "Quench excess magnesium turnings in the reaction flask by slowly adding isopropanol, "
          "then water, then 1 M HCl until no metal remains. Aqueous layers go to aqueous waste "
          "after neutralisation; organic layers to non-halogenated solvent waste."),
    ("head", "13. REVISION HISTORY"),
    ("p", "Version 2.1 (October 2024): iodine/LiCl titration made mandatory; DIBAL-H activation "
          "and the troubleshooting table added. Version 2.0 (March 2022): scale limit of "
          "0.5 mol introduced."),
]

TROUBLE_HEADER = "TROUBLESHOOTING GUIDE: GRIGNARD REAGENTS"
TROUBLE_COLUMNS = ("Observation", "Probable cause", "Corrective action")


def _restart_numbering(doc) -> int:
    """Create a new w:num that restarts the List Number abstract numbering at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style = doc.styles["List Number"]
    base_num_id = int(style.element.pPr.numPr.numId.val)
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
            break
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(existing) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    abs_el = OxmlElement("w:abstractNumId")
    abs_el.set(qn("w:val"), str(abstract_id))
    num.append(abs_el)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    return new_id


def _set_num(paragraph, num_id: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _bold_para(doc, text: str, size: float = 11, center: bool = False, space_before: float = 10):
    para = doc.add_paragraph()  # Normal style: no heading style on purpose
    run = para.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    para.paragraph_format.space_before = Pt(space_before)
    para.paragraph_format.space_after = Pt(4)
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def _grid(doc, rows, bold_first: bool = True):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            if r == 0 and bold_first:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return table


def _trouble_table(doc):
    n_rows = 2 + len(GRIGNARD_TROUBLE)
    table = doc.add_table(rows=n_rows, cols=3)
    table.style = "Table Grid"
    top = table.cell(0, 0).merge(table.cell(0, 2))
    top.text = TROUBLE_HEADER
    top.paragraphs[0].runs[0].bold = True
    top.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _shade(top, "D9E2F3")
    for c, text in enumerate(TROUBLE_COLUMNS):
        cell = table.cell(1, c)
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell, "F2F2F2")
    for i, (obs, cause, action) in enumerate(GRIGNARD_TROUBLE, start=2):
        if cause is None:  # section row: merged across the table
            sec = table.cell(i, 0).merge(table.cell(i, 2))
            sec.text = obs
            sec.paragraphs[0].runs[0].bold = True
            sec.paragraphs[0].runs[0].italic = True
            continue
        table.cell(i, 0).text = obs
        table.cell(i, 1).text = cause
        table.cell(i, 2).text = action
    return table


def build_grignard_docx(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)

    section = doc.sections[0]
    section.header.paragraphs[0].text = GRIGNARD_HEADER
    section.footer.paragraphs[0].text = GRIGNARD_FOOTER

    for kind, payload in GRIGNARD_CONTENT:
        if kind == "title":
            _bold_para(doc, payload, size=14, center=True, space_before=0)
        elif kind == "head":
            _bold_para(doc, payload)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullets":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "steps":
            num_id = None
            for i, step in enumerate(payload):
                para = doc.add_paragraph(step, style="List Number")
                if i == 0:
                    num_id = _restart_numbering(doc)
                _set_num(para, num_id)
        elif kind == "control":
            _grid(doc, payload, bold_first=False)
            doc.add_paragraph("")
        elif kind == "table":
            _grid(doc, payload)
            doc.add_paragraph("")
        elif kind == "trouble":
            _trouble_table(doc)
            doc.add_paragraph("")
        else:  # pragma: no cover
            raise ValueError(kind)

    cp = doc.core_properties
    cp.title = "Preparation, Titration and Use of Grignard Reagents"
    cp.author = "R. Okafor"
    cp.last_modified_by = "R. Okafor"
    cp.subject = "SOP-ORG-027 version 2.1"
    cp.keywords = "Grignard; magnesium; initiation; titration; SOP"
    cp.comments = ""
    cp.category = "SOP"
    cp.revision = 7
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE

    buf = io.BytesIO()
    doc.save(buf)
    _write_deterministic_zip(buf.getvalue(), path)


def _write_deterministic_zip(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed timestamps, keeping the original member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# PDF: GC and GC-MS troubleshooting bulletin
# ---------------------------------------------------------------------------
# Only characters of the standard Helvetica (WinAnsi) encoding are used: ASCII hyphen for
# minus signs, no arrows, no Greek letters, no superscripts.

GC_HEADER_LEFT = "Corvane Analytical Instruments | Technical Bulletin TB-GC-27"
GC_HEADER_RIGHT = "GC and GC-MS troubleshooting for reaction monitoring"
GC_FOOTER = "TB-GC-27 rev. 3, March 2024. Corvane Applications Support. Not for diagnostic use."

GC_PARAMS = [
    ("Parameter", "Starting value", "Comment"),
    ("Inlet temperature", "250 °C", "200–220 °C for thermally labile compounds"),
    ("Injection volume", "1 µL", "0.5 µL for solutions in water or methanol"),
    ("Split ratio", "50:1 for samples at about 1 mg/mL",
     "Use splitless only below about 10 µg/mL"),
    ("Splitless purge time", "0.75 min", "Range 0.5–1.0 min"),
    ("Inlet liner", "4 mm ID, single taper, deactivated glass wool",
     "Ultra-inert grade for amines and acids"),
    ("Carrier gas", "Helium, constant flow 1.2 mL/min",
     "Hydrogen: 1.5–2.0 mL/min; see the carrier gas section"),
    ("Oven programme", "50 °C (1 min), 20 °C/min to 300 °C, hold 5 min",
     "Run time 18.5 min"),
    ("Column temperature limit", "325 °C isothermal, 350 °C programmed",
     "For a 5%-phenyl methylpolysiloxane column; check the column box"),
    ("Septum purge flow", "3 mL/min", "Keep on in all modes"),
    ("MS transfer line", "280 °C", "A cold spot here makes late peaks tail"),
    ("Ion source (EI, 70 eV)", "230 °C", "250 °C for dirty samples"),
    ("Quadrupole", "150 °C", ""),
    ("Scan range", "m/z 40–550", "Start at m/z 50 if the air background is high"),
    ("Solvent delay", "3.0 min", "Must end after the solvent peak has eluted"),
    ("FID", "300 °C; H2 30 mL/min, air 400 mL/min, N2 make-up 25 mL/min", ""),
]

GC_TROUBLE = [
    ("Symptom", "Probable cause", "Corrective action"),
    ("Only polar compounds tail (alcohols, amines, phenols, acids); alkanes are sharp",
     "Active sites (silanols, sample residue) in the liner or at the column inlet",
     "Replace the liner with a new deactivated liner and trim 20–30 cm from the inlet end of "
     "the column. For amines use a base-deactivated liner."),
    ("All peaks tail, including the solvent and the alkanes",
     "Poor column cut or wrong installation depth, giving dead volume",
     "Recut the column square with a ceramic scoring wafer, inspect the cut with a 10× "
     "magnifier, and reinstall at the depth specified for the inlet (typically 4–6 mm above "
     "the ferrule)."),
    ("Fronting, shark-fin shaped peaks",
     "Column overload",
     "Dilute the sample 10-fold or raise the split ratio to 100:1. A 0.25 µm film holds "
     "about 50–100 ng per component."),
    ("Split or doubled peaks in splitless mode",
     "Initial oven temperature too high for solvent focusing, or a solvent that does not wet "
     "the stationary phase (methanol on a non-polar column)",
     "Set the initial oven temperature 10–20 °C below the boiling point of the injection "
     "solvent, and inject non-polar columns from EtOAc, hexane or DCM rather than methanol."),
    ("Regularly spaced ghost peaks in a blank, mainly at high oven temperature",
     "Septum bleed: siloxane fragments with ions m/z 73, 207 and 281",
     "Fit a low-bleed (BTO) septum, keep the septum purge on at 3 mL/min and do not "
     "overtighten the septum nut."),
    ("Peaks from the previous sample appear in the next run (carryover)",
     "Residue in the syringe or the liner, or a cold spot in the inlet",
     "Set 5 pre- and 5 post-injection syringe washes in two solvents, add a 3 min hold at "
     "300 °C at the end of the method, and change the liner."),
    ("Retention times drift later during a sequence",
     "Leak at the septum or column nut, or falling carrier gas supply pressure",
     "Leak-check the septum nut and column fittings with an electronic leak detector and "
     "check the cylinder; replace a helium cylinder below 35 bar."),
    ("All retention times shifted earlier after maintenance",
     "Column trimmed but the new length not entered in the software, so the actual flow is "
     "higher than the set flow",
     "Enter the measured column length in the method and re-run the check standard."),
    ("Baseline rises steeply above 250 °C; m/z 207 and 281 in the background spectrum",
     "Column bleed from damaged stationary phase: oxygen in the carrier gas or the column "
     "temperature limit exceeded",
     "Replace the oxygen trap, leak-check the gas lines and condition the column for 2 h at "
     "20 °C above the method maximum (never above the column limit). If bleed stays high, "
     "trim 0.5 m or replace the column."),
    ("No peaks at all, not even the solvent",
     "Nothing reaches the column or the detector is off: empty vial, blocked syringe, broken "
     "column, FID flame out",
     "Watch an injection. Check the vial level and the syringe plunger, look for a broken "
     "column end in the inlet, and check the FID flame by holding a cold spanner over the "
     "exhaust: condensation means it is lit."),
    ("All peaks smaller than usual (response down by more than 30%)",
     "Leaking septum, changed split ratio or a dirty liner",
     "Replace the septum and the liner and measure the split vent flow with a flowmeter."),
    ("High-boiling compounds small or missing, early peaks normal",
     "Inlet too cold, discrimination in the liner, or the run ends too early",
     "Raise the inlet to 280 °C, use a liner with glass wool and extend the final hold."),
    ("Extra peaks or a broad hump from a compound known to be pure",
     "Thermal decomposition in the hot inlet (Boc carbamates, sulfoxides, N-oxides, "
     "peroxides, beta-hydroxy ketones)",
     "Lower the inlet to 200 °C and use a deactivated liner without wool; if the pattern "
     "persists, analyse the sample by LC-MS instead."),
    ("Carboxylic acids and small amines give broad peaks or none",
     "Strong adsorption on the column; not an instrument fault",
     "Derivatise: methylate acids with TMS-diazomethane, or silylate with BSTFA + 1% TMCS "
     "(60 °C, 30 min). Otherwise use LC-MS."),
    ("Peak area RSD above 5% on replicate injections",
     "Worn syringe, air bubble in the syringe, or evaporation from a pierced vial",
     "Replace the syringe, fill vials to two thirds, and use a new cap after each injection "
     "for DCM and other volatile solvents."),
    ("MS: high m/z 28 and 32 in the air/water check",
     "Air leak at the transfer line nut, the column nut or the vent valve",
     "An m/z 28 signal above 10% of m/z 69 with a 28:32 ratio of about 4:1 means an air leak. "
     "Direct a gentle stream of argon at each fitting while monitoring m/z 40; the fitting "
     "where m/z 40 jumps is the leak."),
    ("MS: high m/z 18 but m/z 28 and 32 low",
     "Residual water after venting the instrument",
     "Pump down for at least 4 h, preferably overnight, before tuning; the water signal "
     "falls steadily if there is no leak."),
    ("MS: autotune fails or the EM voltage keeps rising",
     "Dirty ion source",
     "Clean the source when the EM voltage is above 2,000 V or has risen by 400 V since the "
     "last cleaning: polish the repeller and lenses with aluminium oxide powder, then "
     "sonicate in water, methanol and acetone."),
    ("MS: poor library matches and distorted isotope ratios",
     "Detector saturation from an overloaded peak, or a dirty source",
     "Dilute the sample until the apex abundance is below about 1,000,000 counts, retune, "
     "and clean the source if the problem persists."),
    ("FID flame goes out when the solvent elutes",
     "Too much solvent vapour for the flame, or wrong gas flows",
     "Reduce the injection volume or raise the split ratio, and check H2 at 30 mL/min and "
     "air at 400 mL/min."),
]

GC_VAPOUR = [
    ("Solvent", "Vapour from 1 µL (mL)"),
    ("Water", "1.41"),
    ("Methanol", "0.63"),
    ("Acetonitrile", "0.49"),
    ("Dichloromethane", "0.40"),
    ("Ethyl acetate", "0.26"),
    ("Toluene", "0.24"),
    ("Hexane", "0.20"),
]

GC_MAINT_STEPS = [
    "Cool the inlet to 40 °C and the oven to 35 °C and wait until both read below 50 °C.",
    "Turn the inlet flow off (or set the inlet pressure to zero); on a GC-MS the MS can stay "
    "under vacuum for this short job.",
    "Unscrew the septum nut and remove the old septum with tweezers.",
    "Remove the liner with the liner tool, together with its O-ring.",
    "Fit a new deactivated liner with a new O-ring, handling it only with clean tweezers "
    "or gloves, never with bare fingers.",
    "Fit a new septum and tighten the septum nut finger-tight, then a further quarter turn; "
    "overtightening cores the septum.",
    "Turn the carrier gas back on and purge for 10 min at room temperature before heating, so "
    "that no oxygen reaches the hot column.",
    "Check the septum nut with an electronic leak detector. Never use liquid leak detector "
    "on capillary fittings.",
    "Heat to the method temperatures, inject a solvent blank and then the check standard, "
    "and record the change in the maintenance log.",
]

GC_TWO_COL = [
    ("h", "Preparing reaction samples for GC"),
    ("p", "Crude reaction mixtures are the main reason liners and columns age quickly in a "
          "synthesis laboratory. A 2 min mini-workup protects the instrument and gives more "
          "reproducible results."),
    ("steps2", [
        "Take 10–20 µL of the reaction mixture with a glass capillary or syringe.",
        "Quench it in a vial containing 0.5 mL of saturated NaHCO3 and 0.5 mL of EtOAc, cap "
        "and shake.",
        "Pass the upper layer through a Pasteur pipette plugged with cotton and filled with "
        "1 cm of Na2SO4 over 1 cm of silica. This removes water, salts and most palladium.",
        "Dilute with EtOAc to about 1 mg/mL and inject with a 50:1 split.",
    ]),
    ("p", "Do not inject non-volatile salts, inorganic bases, boronic acids, TFA or other "
          "strong acids, or undiluted DMF and DMSO. Quench organometallic samples (organolithium "
          "or Grignard aliquots) into methanol before the mini-workup."),
    ("h", "Backflash and solvent vapour volume"),
    ("p", "When the vapour from the injected liquid is larger than the liner volume, the "
          "excess escapes into the septum purge and gas lines, and returns later as ghost peaks "
          "and poor area reproducibility. A 4 mm ID liner holds about 0.9 mL of gas, a 2 mm ID "
          "liner about 0.2 mL. Values below are for 250 °C and 10 psi head pressure."),
    ("vapour", None),
    ("p", "So 1 µL of water or methanol overfills a 4 mm liner: inject 0.5 µL, or use a "
          "pressure-pulsed injection (25 psi for 0.5 min)."),
    ("h", "Choosing consumables"),
    ("p", "Liners. For split injections a straight liner with deactivated glass wool gives the "
          "best mixing and reproducibility. For splitless injections use a single taper liner "
          "with wool; the taper keeps the sample away from the metal inlet seal. Use a liner "
          "without wool for thermally labile compounds, because hot wool catalyses "
          "decomposition."),
    ("p", "Septa. General-purpose septa are fine up to an inlet temperature of 300 °C. "
          "Bleed-and-temperature-optimised (BTO) septa bleed less and last longer at high "
          "inlet temperatures; use them for GC-MS. Replace the septum after 100 injections "
          "or at least weekly."),
    ("p", "Ferrules. Graphite ferrules seal at low torque and suit the inlet and the FID, but "
          "they are slightly permeable to air. Use Vespel/graphite (85:15) ferrules at the MS "
          "transfer line, and retighten them after the first heating cycle, because they "
          "shrink slightly."),
    ("h", "Helium, hydrogen or nitrogen?"),
    ("p", "Helium is the default for GC-MS: inert, safe, and what the libraries and tune "
          "files assume. Hydrogen gives the fastest separations and keeps its efficiency over a "
          "wide range of flows, so run times can be cut by about 30–40%, but it is flammable, "
          "needs a hydrogen generator and a leak sensor, and in the MS it needs a dedicated "
          "source and can hydrogenate some analytes (nitro groups, alkenes) in the hot inlet. "
          "Nitrogen is cheap but gives good efficiency only at low flow, so analyses are slow; "
          "use it only for simple FID methods."),
]

GC_FAQ = [
    ("How often should the liner and septum be changed?",
     "Change the septum after 100 injections or weekly. Change the liner and its O-ring after "
     "about 200 injections of clean, diluted samples, but after about 50 injections of crude "
     "reaction mixtures. Change both at once: it takes 10 min and is the cheapest fix in GC."),
    ("How do I condition a new column?",
     "Install the column in the inlet only, leaving the detector end free (for GC-MS, do not "
     "connect it to the MS yet). Purge with carrier gas for 15 min at 40 °C to remove oxygen, "
     "then heat at 10 °C/min to 20 °C above the highest temperature of your method, without "
     "exceeding the isothermal limit of the column, and hold for 1–2 h. Then connect it to the "
     "detector."),
    ("Why do my GC area percentages not match the NMR ratio?",
     "FID response is roughly proportional to the number of carbon atoms and falls for carbons "
     "bound to oxygen, nitrogen or halogens, so area% is not mol%. For yields, add an internal "
     "standard such as n-dodecane or biphenyl (0.2–0.5 equiv) to the reaction or to the sample "
     "and determine response factors with authentic material."),
    ("What should the daily MS check include?",
     "Run the air/water check every morning (m/z 18, 28, 32 and 69) and an autotune once a "
     "week or after any maintenance. Keep the tune reports: a gradual rise in EM voltage is "
     "the best early warning that the source needs cleaning."),
    ("How much column can I trim before retention times matter?",
     "Trimming 20–30 cm at a time is routine and shifts retention times only slightly once "
     "the new length is entered. When more than about 10% of the original length has been "
     "removed, or resolution of your critical pair is lost, replace the column."),
]

GC_INTRO = [
    ("title", "Troubleshooting GC and GC-MS Methods for Reaction Monitoring"),
    ("sub", "Technical Bulletin TB-GC-27, revision 3, March 2024. Applies to split/splitless "
            "inlets, FID, and single-quadrupole MS detectors with electron ionisation."),
    ("h", "1. Introduction"),
    ("p", "Synthesis laboratories use GC and GC-MS to follow reactions and to check the purity "
          "of volatile intermediates. In our service records more than 70% of reported faults "
          "originate in the inlet: the septum, the liner, the O-ring and the first metre of the "
          "column. This bulletin lists the symptoms we see most often with their causes and "
          "corrective actions, gives starting parameters for a general method, and describes "
          "routine inlet maintenance."),
    ("h", "2. Check first"),
    ("p", "Before changing the method or ordering a new column, inject a solvent blank. Peaks "
          "that appear in the blank are carryover or contamination, not a property of your "
          "sample."),
    ("p", "Next, inject the check standard (n-alkanes C10–C20 with 1-octanol and "
          "2,6-dimethylaniline as polar probes). If only the alcohol and amine probes tail, "
          "the inlet or column is active; if every peak tails, the column is badly cut or "
          "installed."),
    ("p", "Finally, read the maintenance log. A septum with more than 100 injections or a liner "
          "that has seen crude reaction mixtures is the most likely culprit, and replacing both "
          "takes less time than any other diagnosis."),
    ("h", "3. Starting parameters"),
    ("p", "The values in Table 1 are for a 30 m × 0.25 mm × 0.25 µm 5%-phenyl "
          "methylpolysiloxane column, which separates most reaction mixtures of compounds up to "
          "about 450 g/mol."),
    ("table1", None),
    ("h", "4. Symptoms, causes and corrective actions"),
    ("p", "Table 2 is ordered roughly by how often we meet each symptom. Work down the "
          "corrective actions in the order given; each is cheaper and quicker than the next."),
    ("table2", None),
    ("h", "5. Routine inlet maintenance: replacing the septum, liner and O-ring"),
    ("steps", None),
]

GC_OUTRO = [
    ("h", "7. Frequently asked questions"),
    ("faq", None),
    ("h", "8. Contact"),
    ("p", "Corvane Applications Support can review chromatograms and tune reports. Send the data "
          "file, the method and the last tune report, and quote bulletin TB-GC-27."),
]


class _HeaderFooterCanvas(rl_canvas.Canvas):
    """Canvas drawing a running header and a 'Page x of y' footer on every page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_page_states = []

    def showPage(self):  # noqa: N802 (reportlab API)
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self._draw_running(total)
            super().showPage()
        super().save()

    def _draw_running(self, total: int) -> None:
        width, height = A4
        self.saveState()
        self.setFont("Helvetica-Bold", 8)
        self.setFillColor(colors.HexColor("#8A1C1C"))
        self.drawString(18 * mm, height - 12 * mm, GC_HEADER_LEFT)
        self.setFont("Helvetica", 8)
        self.drawRightString(width - 18 * mm, height - 12 * mm, GC_HEADER_RIGHT)
        self.setStrokeColor(colors.HexColor("#8A1C1C"))
        self.setLineWidth(0.8)
        self.line(18 * mm, height - 14 * mm, width - 18 * mm, height - 14 * mm)
        self.setStrokeColor(colors.grey)
        self.setLineWidth(0.5)
        self.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
        self.setFillColor(colors.grey)
        self.drawString(18 * mm, 9 * mm, GC_FOOTER)
        self.drawRightString(width - 18 * mm, 9 * mm, f"Page {self._pageNumber} of {total}")
        self.restoreState()


def build_gc_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body = ParagraphStyle("Body", parent=styles["Normal"], fontName="Helvetica",
                          fontSize=9.5, leading=12.5, spaceAfter=5)
    body_col = ParagraphStyle("BodyCol", parent=body, fontSize=9, leading=11.5, spaceAfter=4)
    head = ParagraphStyle("Head", parent=styles["Normal"], fontName="Helvetica-Bold",
                          fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                          textColor=colors.HexColor("#8A1C1C"))
    head_col = ParagraphStyle("HeadCol", parent=head, fontSize=10.5, leading=13, spaceBefore=6)
    title = ParagraphStyle("TitleX", parent=styles["Normal"], fontName="Helvetica-Bold",
                           fontSize=16, leading=20, alignment=TA_CENTER, spaceAfter=4)
    sub = ParagraphStyle("Sub", parent=styles["Normal"], fontName="Helvetica-Oblique",
                         fontSize=9.5, leading=12.5, alignment=TA_CENTER, spaceAfter=10)
    cell = ParagraphStyle("Cell", parent=styles["Normal"], fontName="Helvetica",
                          fontSize=8.5, leading=10.5)
    cell_head = ParagraphStyle("CellHead", parent=cell, fontName="Helvetica-Bold")
    caption = ParagraphStyle("Caption", parent=body, fontName="Helvetica-Bold", fontSize=9,
                             spaceBefore=4, spaceAfter=3)
    step_style = ParagraphStyle("Step", parent=body, leftIndent=8 * mm, firstLineIndent=-5 * mm,
                                spaceAfter=3)
    step_col = ParagraphStyle("StepCol", parent=body_col, leftIndent=6 * mm,
                              firstLineIndent=-4 * mm, spaceAfter=2)
    q_style = ParagraphStyle("Q", parent=body, fontName="Helvetica-Bold", spaceAfter=1)

    def para(text, style):
        return Paragraph(escape(text), style)

    def grid(rows, widths, shade="#F4E3E3"):
        data = []
        for i, row in enumerate(rows):
            st = cell_head if i == 0 else cell
            data.append([para(c, st) for c in row])
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return t

    story = []
    for kind, text in GC_INTRO:
        if kind == "title":
            story.append(para(text, title))
        elif kind == "sub":
            story.append(para(text, sub))
        elif kind == "h":
            story.append(para(text, head))
        elif kind == "p":
            story.append(para(text, body))
        elif kind == "table1":
            story.append(para(GC_TABLE1_CAPTION, caption))
            story.append(grid(GC_PARAMS, [45 * mm, 62 * mm, 67 * mm]))
            story.append(Spacer(1, 6))
        elif kind == "table2":
            story.append(para(GC_TABLE2_CAPTION, caption))
            story.append(grid(GC_TROUBLE, [50 * mm, 52 * mm, 72 * mm]))
            story.append(Spacer(1, 6))
        elif kind == "steps":
            for i, step in enumerate(GC_MAINT_STEPS, start=1):
                story.append(Paragraph(f"{i}.&nbsp;&nbsp;{escape(step)}", step_style))
        else:  # pragma: no cover
            raise ValueError(kind)

    # One page set in two columns.
    story.append(NextPageTemplate("TwoCol"))
    story.append(PageBreak())
    story.append(para(GC_TWO_COL_TITLE, head))
    for kind, text in GC_TWO_COL:
        if kind == "h":
            story.append(para(text, head_col))
        elif kind == "p":
            story.append(para(text, body_col))
        elif kind == "steps2":
            for i, step in enumerate(text, start=1):
                story.append(Paragraph(f"{i}.&nbsp;{escape(step)}", step_col))
        elif kind == "vapour":
            story.append(para(GC_TABLE3_CAPTION, caption))
            story.append(grid(GC_VAPOUR, [38 * mm, 38 * mm]))
            story.append(Spacer(1, 4))
        else:  # pragma: no cover
            raise ValueError(kind)
    story.append(NextPageTemplate("OneCol"))
    story.append(PageBreak())

    for kind, text in GC_OUTRO:
        if kind == "h":
            story.append(para(text, head))
        elif kind == "p":
            story.append(para(text, body))
        elif kind == "faq":
            for q, a in GC_FAQ:
                story.append(KeepTogether([para(q, q_style), para(a, body)]))
        else:  # pragma: no cover
            raise ValueError(kind)

    width, height = A4
    left, right, top, bottom = 18 * mm, 18 * mm, 20 * mm, 20 * mm
    frame_w = width - left - right
    frame_h = height - top - bottom
    gap = 7 * mm
    col_w = (frame_w - gap) / 2
    one = Frame(left, bottom, frame_w, frame_h, id="one", leftPadding=0, rightPadding=0,
                topPadding=0, bottomPadding=0)
    col1 = Frame(left, bottom, col_w, frame_h, id="c1", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    col2 = Frame(left + col_w + gap, bottom, col_w, frame_h, id="c2", leftPadding=0,
                 rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        str(path), pagesize=A4,
        leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title="Troubleshooting GC and GC-MS Methods for Reaction Monitoring",
        author="Corvane Analytical Instruments", subject="Technical Bulletin TB-GC-27 rev. 3",
        creator="make_fresh2_guides.py", invariant=1,
    )
    doc.addPageTemplates([
        PageTemplate(id="OneCol", frames=[one]),
        PageTemplate(id="TwoCol", frames=[col1, col2]),
    ])
    doc.build(story, canvasmaker=_HeaderFooterCanvas)


GC_TABLE1_CAPTION = "Table 1. Starting parameters for a general GC and GC-MS method"
GC_TABLE2_CAPTION = "Table 2. Troubleshooting: symptom, probable cause, corrective action"
GC_TABLE3_CAPTION = "Table 3. Vapour volume of 1 µL of solvent at 250 °C and 10 psi"
GC_TWO_COL_TITLE = "6. Sample preparation, consumables and carrier gas"


# ---------------------------------------------------------------------------


def visible_strings() -> dict[str, list[str]]:
    """Visible text units (paragraphs, list items, table cells) per guide stem."""
    docx_units: list[str] = [GRIGNARD_HEADER, GRIGNARD_FOOTER, TROUBLE_HEADER, *TROUBLE_COLUMNS]
    for kind, payload in GRIGNARD_CONTENT:
        if kind in ("steps", "bullets"):
            docx_units.extend(payload)
        elif kind in ("table", "control"):
            docx_units.extend(c for row in payload for c in row)
        elif kind == "trouble":
            docx_units.extend(c for row in GRIGNARD_TROUBLE for c in row if c is not None)
        else:
            docx_units.append(payload)
    pdf_units: list[str] = [GC_HEADER_LEFT, GC_HEADER_RIGHT, GC_FOOTER, GC_TABLE1_CAPTION,
                            GC_TABLE2_CAPTION, GC_TABLE3_CAPTION, GC_TWO_COL_TITLE]
    for kind, text in GC_INTRO + GC_TWO_COL + GC_OUTRO:
        if kind == "steps2":
            pdf_units.extend(text)
        elif text is not None:
            pdf_units.append(text)
    pdf_units.extend(c for row in GC_PARAMS for c in row if c)
    pdf_units.extend(c for row in GC_TROUBLE for c in row)
    pdf_units.extend(c for row in GC_VAPOUR for c in row)
    pdf_units.extend(GC_MAINT_STEPS)
    pdf_units.extend(x for qa in GC_FAQ for x in qa)
    return {
        Path(DOCX_NAME).stem: docx_units,
        Path(PDF_NAME).stem: pdf_units,
    }


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    docx_path = OUT_DIR / DOCX_NAME
    pdf_path = OUT_DIR / PDF_NAME
    build_grignard_docx(docx_path)
    build_gc_pdf(pdf_path)
    for p in (docx_path, pdf_path):
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
