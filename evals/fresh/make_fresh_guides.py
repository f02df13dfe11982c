"""Generate the binary fresh held-out guides (DOCX and PDF) deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh/make_fresh_guides.py

Writes:
    evals/fresh/guides/schlenk-line-techniques.docx     (python-docx, fixed core properties)
    evals/fresh/guides/deoxyfluorination-dast.pdf       (reportlab, invariant=1)

Re-running produces byte-identical files.  The visible text of both documents is
held in the module-level data structures below; `visible_strings()` returns it
for anchor checks.
"""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from docx import Document  # noqa: E402
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
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT_DIR = Path(__file__).resolve().parent / "guides"
FIXED_DATE = _dt.datetime(2024, 11, 4, 9, 0, 0)
ZIP_DATE = (2024, 11, 4, 9, 0, 0)

DOCX_NAME = "schlenk-line-techniques.docx"
PDF_NAME = "deoxyfluorination-dast.pdf"

# ---------------------------------------------------------------------------
# DOCX: Schlenk line SOP
# ---------------------------------------------------------------------------
# Entries: ("title", text) ("p", text) ("h1", text) ("h2", text)
#          ("steps", [texts]) (numbered list, restarts at 1)
#          ("bullets", [texts]) ("table", rows)

SCHLENK_PARAMS = [
    ("Parameter", "Set value / limit", "Unit", "Comment"),
    ("Manifold vacuum, all taps closed, trap cold", "below 0.05", "mbar",
     "Above 0.5 mbar means a leak or contaminated pump oil"),
    ("Inert gas regulator outlet pressure", "0.2–0.3", "bar (gauge)",
     "Higher pressures blow oil out of the bubbler and septa off flasks"),
    ("Bubbler rate, static operation", "1–2", "bubbles per second",
     "Increase to a brisk stream while a flask is open (counterflow)"),
    ("Cold trap coolant", "-196 (liquid nitrogen)", "°C",
     "Dry ice/acetone (-78 °C) only when no volatile solvent is pumped off"),
    ("Evacuate-refill cycles per flask", "3", "cycles",
     "5 cycles for flasks containing porous solids"),
    ("Evacuation time per cycle, empty flask", "3–5", "min",
     "At least 10 min for flasks containing solids"),
    ("Freeze-pump-thaw cycles", "3", "cycles",
     "Pump for 5–10 min on the frozen solvent in each cycle"),
    ("Maximum fill of a flask for freeze-pump-thaw", "50", "% of volume",
     "Overfilled flasks crack when the solvent expands"),
    ("Cannula gauge for liquids", "18–20", "gauge",
     "Use 16 gauge for slurries and viscous solutions"),
    ("Rotary pump oil change interval", "3", "months",
     "Change sooner if the oil is cloudy or dark"),
    ("Gas ballast run after pumping off solvents", "30", "min",
     "Pump running, line isolated, ballast valve open"),
    ("Change inert gas cylinder at", "20", "bar",
     "Cylinder contents gauge"),
]

SCHLENK_TROUBLE = [
    ("Symptom", "Probable cause", "Corrective action"),
    ("Gauge reads above 0.5 mbar with all taps closed",
     "Leak at a tap, joint or the trap seal, or a tap left open to air",
     "Isolate sections one at a time and read the gauge; regrease any tap that looks streaky or "
     "has air channels; replace cracked tubing"),
    ("Vacuum is good at the pump but poor on the manifold",
     "Leak between trap and manifold, or a blocked trap",
     "Check the trap O-ring and the trap-to-manifold joint; empty and dry the trap"),
    ("Vacuum poor even at the pump inlet",
     "Solvent dissolved in the pump oil, or a worn pump",
     "Run the pump for 30 min with the gas ballast open; if the vacuum does not recover, change the oil"),
    ("Pump gurgles or oil looks cloudy",
     "Solvent or water condensed in the pump",
     "Gas ballast for 30 min, then change the oil; check that the trap was cold"),
    ("Good vacuum until a flask is connected",
     "Leak in the flask, its tubing or the septum",
     "Replace the septum, regrease the joint and check the tubing for cracks"),
    ("Bubbler oil sucked back into the manifold",
     "Inert gas flow too low when a flask was refilled or cooled",
     "Increase the gas flow before turning a tap from vacuum to gas and turn taps slowly; "
     "fit a bubbler with a non-return valve"),
    ("Oil blown out of the top of the bubbler",
     "Regulator pressure or flow too high",
     "Reduce the regulator to 0.2–0.3 bar and adjust to 1–2 bubbles per second"),
    ("No bubbling at the bubbler at all",
     "Cylinder empty, regulator closed or a large leak on the gas side",
     "Check the cylinder contents gauge and the regulator; change the cylinder below 20 bar"),
    ("Solvent bumps into the manifold on evacuation",
     "Tap opened fully on a flask containing liquid",
     "Open the tap slowly and partially; never evacuate a flask containing liquid solvent "
     "unless it is frozen"),
    ("Tap seized and will not turn",
     "Grease washed out by solvent or dried out",
     "Do not force it; warm the barrel gently with a heat gun and twist; regrease or replace "
     "with a PTFE (Young's) tap"),
    ("Cannula transfer does not start",
     "No pressure difference between the flasks, or a blocked cannula",
     "Check that the receiving flask has a vent needle, increase the gas flow to the source "
     "flask, and clear or replace the cannula"),
    ("Grease peak at 0.07 ppm in the CDCl3 NMR spectrum",
     "Too much silicone grease on joints and taps",
     "Apply a thin band of grease to the upper part of each joint only, or use PTFE sleeves"),
    ("Lithium reaction turns black and sluggish under nitrogen",
     "Lithium metal reacts with N2 to give lithium nitride",
     "Run lithium metal reactions under argon"),
    ("Pale blue liquid in the cold trap",
     "Liquid oxygen condensed from air",
     "Follow the emergency action in section 4.3; do not remove the trap"),
]

SCHLENK_CONTENT = [
    ("title", "Schlenk Line Operation and Troubleshooting"),
    ("p", "Standard Operating Procedure SOP-GEN-011, version 3. Department of Chemistry, "
          "Synthesis Facility. Effective date: 4 November 2024. Review due: November 2026."),
    ("h1", "1. Purpose"),
    ("p", "This SOP describes the safe operation of the double-manifold vacuum/inert gas "
          "(Schlenk) lines in the synthesis laboratories, and gives corrective actions for "
          "the faults most often reported: poor vacuum, bubbler suck-back, failed cannula "
          "transfers and condensation of liquid oxygen in the cold trap."),
    ("h1", "2. Scope"),
    ("p", "The SOP applies to all users of the eight Schlenk lines in rooms 2.10 to 2.14, "
          "each fitted with a two-stage rotary vane pump, a liquid nitrogen cold trap, a "
          "Pirani gauge and an oil bubbler on the nitrogen or argon manifold. Glovebox "
          "operation and solvent purification systems are covered by separate SOPs."),
    ("h1", "3. Responsibilities"),
    ("p", "Users must be trained and signed off by a Schlenk line supervisor before "
          "working alone. The line supervisor checks the pump oil and the vacuum log every "
          "month. Users record the base vacuum reading in the line log at every start-up."),
    ("h1", "4. Hazards and precautions"),
    ("h2", "4.1 Implosion"),
    ("p", "Inspect every flask for star cracks and scratches before putting it under "
          "vacuum. Wear safety glasses at all times and keep the fume hood sash down. Flasks "
          "of 1 L and larger must be taped or netted."),
    ("h2", "4.2 Condensed gases"),
    ("p", "Liquid nitrogen (-196 °C) condenses oxygen (bp -183 °C) and argon (bp -186 °C). "
          "Never cool the trap with liquid nitrogen while the trap is open to air, and never "
          "immerse a flask that is open to the argon manifold in liquid nitrogen: liquid argon "
          "collects in the flask and can burst it on warming. Close the flask tap before "
          "freezing."),
    ("h2", "4.3 Emergency action: liquid oxygen in the trap"),
    ("p", "Liquid oxygen is pale blue and can explode on contact with condensed organic "
          "solvents. If you see a pale blue liquid in the trap: do not remove the Dewar, do not "
          "switch off the pump and do not close the trap off from the pump, because a sealed "
          "trap pressurises as the oxygen evaporates. Close all taps on the manifold so that "
          "no more air enters, pull the fume hood sash fully down, warn people nearby and call "
          "the line supervisor. Leave the liquid nitrogen to boil off so that the oxygen "
          "evaporates slowly through the running pump."),
    ("h2", "4.4 Reactive materials"),
    ("p", "Pyrophoric reagents (tBuLi, Et2Zn, AlMe3) are handled under the separate "
          "pyrophorics SOP. Use argon rather than nitrogen for lithium metal, which forms "
          "lithium nitride, and for open manipulations, because argon is denser than air and "
          "blankets the flask."),
    ("h1", "5. Procedure"),
    ("h2", "5.1 Operating parameters"),
    ("table", SCHLENK_PARAMS),
    ("h2", "5.2 Start-up"),
    ("steps", [
        "Check that all taps on both manifolds are closed, greased and turn freely, and that the "
        "cold trap is clean, dry and correctly seated.",
        "Open the inert gas cylinder, set the regulator to 0.2–0.3 bar and adjust the flow until "
        "the bubbler shows 1–2 bubbles per second.",
        "Switch on the vacuum pump and open the trap to the vacuum manifold.",
        "Wait until the Pirani gauge reads below 0.1 mbar, so that the trap is evacuated before "
        "it is cooled.",
        "Only then raise the liquid nitrogen Dewar around the trap.",
        "After 10 min with all flask taps closed, record the base vacuum in the line log. It "
        "should be below 0.05 mbar.",
    ]),
    ("h2", "5.3 Evacuate-refill cycles"),
    ("steps", [
        "Connect the flask to a manifold port with thick-walled vacuum tubing, with the port "
        "tap closed.",
        "Turn the tap slowly towards vacuum. For flasks containing fine powders, open it only "
        "partially at first so that the solid is not pulled into the line.",
        "Evacuate for 3–5 min (at least 10 min if the flask contains a solid). To dry "
        "glassware, heat it with a heat gun under vacuum and let it cool under vacuum.",
        "Turn the tap slowly from vacuum to inert gas. The bubbler stops while the flask fills; "
        "the refill is complete when bubbling resumes.",
        "Repeat to a total of three cycles and leave the flask under a positive pressure of "
        "inert gas.",
    ]),
    ("h2", "5.4 Cannula transfer"),
    ("steps", [
        "Put both flasks under inert gas and fit them with fresh rubber septa.",
        "Insert one end of the cannula through the septum of the source flask, keeping the tip "
        "above the liquid, and let inert gas flow through the cannula for 30 s to purge it.",
        "Insert the other end through the septum of the receiving flask and add a vent needle "
        "to the receiving flask.",
        "Lower the cannula tip in the source flask into the liquid; the pressure difference "
        "pushes the liquid across.",
        "To stop the transfer, raise the tip above the liquid level.",
        "Remove the cannula from the receiving flask first, then from the source flask, and "
        "rinse it immediately with a dry solvent followed by acetone.",
    ]),
    ("p", "To filter a suspension during the transfer, tie a glass microfibre filter disc "
          "over one end of a wide-bore cannula with PTFE tape. If a filter cannula runs very "
          "slowly, the filter is blocked: replace the disc rather than raising the gas "
          "pressure above 0.3 bar."),
    ("h2", "5.5 Freeze-pump-thaw degassing"),
    ("steps", [
        "Fill the Schlenk flask with the solvent to no more than half of its volume and close "
        "the tap.",
        "Immerse the flask slowly in liquid nitrogen, swirling so that the solvent freezes "
        "from the walls inwards, until it is frozen solid.",
        "Open the tap to vacuum and pump for 5–10 min with the flask still in the liquid "
        "nitrogen.",
        "Close the tap, remove the liquid nitrogen and thaw the solvent in a room-temperature "
        "water bath. Gas bubbles are released as it melts.",
        "Repeat to a total of three cycles. After the last thaw, backfill the flask with inert "
        "gas.",
    ]),
    ("p", "Never thaw the solvent with the tap open to vacuum, which distils the solvent into "
          "the trap. For large volumes of solvent where rigorous degassing is not needed, "
          "sparging with argon through a long needle for 30 min is an acceptable alternative."),
    ("h2", "5.6 Shut-down"),
    ("steps", [
        "Close the taps of all flasks, disconnect them and leave them under inert gas or "
        "stoppered.",
        "Close the vacuum manifold off from the trap.",
        "Switch off the pump and immediately vent the trap with nitrogen through the trap "
        "vent tap, so that pump oil is not sucked back into the line. Do not vent a cold trap "
        "with argon, which condenses at liquid nitrogen temperature.",
        "Lower and remove the liquid nitrogen Dewar and let the trap warm up inside the fume "
        "hood with the vent open, so that the condensed solvents evaporate without building "
        "up pressure.",
        "Empty the condensate into the halogenated or non-halogenated waste as appropriate "
        "and dry the trap.",
        "Turn off the inert gas at the cylinder and record the shut-down in the line log.",
    ]),
    ("h1", "6. Troubleshooting"),
    ("p", "When the vacuum is poor, find the leak by isolation before changing anything. "
          "Close every tap on the vacuum manifold and read the gauge. If the reading is now "
          "good, open the ports one at a time until it rises again: the leak is in that port, "
          "its tubing or its flask. If it is still poor with all ports closed, the fault is in "
          "the manifold, the trap or the pump. Check the trap seal and joints first, then test "
          "the pump on its own by connecting the gauge directly to the pump inlet; a poor "
          "reading there means contaminated oil or a worn pump."),
    ("table", SCHLENK_TROUBLE),
    ("h1", "7. Maintenance"),
    ("bullets", [
        "Change the pump oil every 3 months, or sooner if it is cloudy or dark. Record the "
        "date on the pump label.",
        "Clean and regrease all taps every 6 months, or whenever a tap becomes stiff or shows "
        "streaks. Remove the old grease with hexane, not acetone.",
        "Replace vacuum tubing that is cracked, sticky or has become hard.",
        "Replace septa after about 10 punctures with a wide needle, or sooner if they leak.",
    ]),
    ("h1", "8. Records"),
    ("p", "Line log (base vacuum at each start-up, shut-downs, faults), pump maintenance label "
          "and training sign-off sheet. Keep the records for 3 years."),
]


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


def build_schlenk_docx(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    for kind, payload in SCHLENK_CONTENT:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
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
        elif kind == "table":
            table = doc.add_table(rows=len(payload), cols=len(payload[0]))
            table.style = "Table Grid"
            for r, row in enumerate(payload):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = text
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        else:  # pragma: no cover
            raise ValueError(kind)

    cp = doc.core_properties
    cp.title = "Schlenk Line Operation and Troubleshooting"
    cp.author = "Synthesis Facility"
    cp.last_modified_by = "Synthesis Facility"
    cp.subject = "SOP-GEN-011 version 3"
    cp.keywords = "Schlenk line; vacuum; inert gas; cannula; freeze-pump-thaw; SOP"
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
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
# PDF: deoxyfluorination with DAST, Deoxo-Fluor and XtalFluor-E
# ---------------------------------------------------------------------------
# Only characters available in the standard Helvetica encoding are used
# (ASCII hyphen for minus signs, no arrows or Greek letters).

DAST_HEADER = "Kestrel Fluorochemicals - Technical Note TN-F-14"
DAST_HEADER_RIGHT = "Deoxyfluorination with DAST, Deoxo-Fluor and XtalFluor-E"
DAST_FOOTER = "TN-F-14 rev. 4, September 2024. For research use only."

DAST_REAGENTS = [
    ("Reagent", "Physical form", "Highest reaction temperature", "Storage", "Free HF"),
    ("DAST (diethylaminosulfur trifluoride)", "Pale yellow liquid, fumes in air",
     "50 °C", "2-8 °C under nitrogen, original bottle", "Yes"),
    ("Deoxo-Fluor (bis(2-methoxyethyl)aminosulfur trifluoride)",
     "Liquid, also sold as 50% solution in toluene", "80 °C", "2-8 °C under nitrogen", "Yes"),
    ("XtalFluor-E (diethylaminodifluorosulfinium tetrafluoroborate)",
     "Free-flowing crystalline solid", "80 °C", "2-8 °C, desiccated",
     "No; needs a promoter"),
]

DAST_CONDITIONS = [
    ("Substrate", "Reagent (equiv)", "Solvent, concentration", "Temperature, time", "Notes"),
    ("Primary alcohol", "DAST (1.2)", "DCM, 0.2 M", "-78 °C, then rt; 2-4 h",
     "Clean SN2; little elimination"),
    ("Secondary alcohol", "DAST (1.2-1.5)", "DCM, 0.2 M", "-78 °C, then rt; 4-16 h",
     "Inversion of configuration; elimination competes"),
    ("Elimination-prone secondary alcohol", "XtalFluor-E (1.5) + Et3N·3HF (2.0)", "DCM, 0.2 M",
     "rt, 16-24 h", "Much less alkene than with DAST"),
    ("Tertiary alcohol", "DAST (1.5)", "DCM, 0.1 M", "-78 °C, 30-60 min",
     "SN1; alkene often the major product"),
    ("Aldehyde to CHF2", "DAST (1.5-2.0)", "DCM, 0.5 M", "0 °C, then rt; 4-16 h",
     "Usually clean"),
    ("Ketone to CF2", "Deoxo-Fluor (2.5-3.0) + EtOH (0.2)", "DCM or toluene, 1 M",
     "40 °C (DCM) or 60-80 °C (toluene); 16-48 h", "Vinyl fluoride from enolisable ketones"),
    ("Carboxylic acid to acyl fluoride", "DAST or Deoxo-Fluor (1.1)", "DCM, 0.2 M",
     "0 °C, 30 min", "Use the acyl fluoride directly"),
]

DAST_PROBLEMS = [
    ("Problem 1: The alkene is the main product",
     "Cause: The activated alcohol (an alkoxyaminosulfur difluoride) eliminates instead of "
     "being displaced by fluoride. Elimination increases from primary to secondary to tertiary "
     "alcohols, with warming, and for cyclohexanols in which an anti-periplanar hydrogen is "
     "available.",
     "Solution: Keep the reaction at -78 °C for at least 1 h before warming, and warm only to "
     "0 °C if conversion allows. For elimination-prone substrates change to XtalFluor-E "
     "(1.5 equiv) with Et3N·3HF (2.0 equiv) in DCM at room temperature, which typically gives "
     "much less alkene than DAST."),
    ("Problem 2: Rearranged product or wrong stereochemistry",
     "Cause: Secondary and tertiary substrates react partly through carbocations, which "
     "undergo Wagner-Meerwein shifts and ring contractions and lose stereochemical "
     "information. A neighbouring amine, ether or ester can also attack the activated "
     "alcohol; beta-amino alcohols with N,N-dibenzyl groups react through aziridinium ions "
     "and give rearranged fluorides.",
     "Solution: Run in DCM at -78 °C rather than in more polar solvents, add the reagent "
     "slowly, and avoid warming above 0 °C. Change N,N-dibenzyl or other basic amines to a "
     "carbamate (Boc or Cbz) or a phthalimide before the fluorination."),
    ("Problem 3: Starting alcohol recovered unchanged",
     "Cause: Hydrolysed reagent or wet solvent. DAST that has turned dark orange or brown, "
     "or that has been stored opened at room temperature, has lost much of its activity. "
     "Very hindered alcohols are also slow.",
     "Solution: Use a fresh bottle and dry DCM (below 50 ppm water by Karl Fischer). For "
     "hindered alcohols increase to 2.0 equiv and allow up to 24 h at room temperature. Do "
     "not heat DAST above 50 °C to force the reaction; change to Deoxo-Fluor if heating is "
     "needed."),
    ("Problem 4: Ketone gives a vinyl fluoride and only partial gem-difluorination",
     "Cause: The fluorocarbocation intermediate loses a proton from the alpha position. "
     "Ketones also react much more slowly than aldehydes, so the reaction is often stopped "
     "too early.",
     "Solution: Use Deoxo-Fluor (3.0 equiv) with ethanol (0.2 equiv); the ethanol generates "
     "a small amount of HF, which catalyses the reaction. Allow 16-48 h. The vinyl fluoride "
     "often runs very close to the gem-difluoride on silica, so judge purity by 19F NMR "
     "rather than by TLC."),
    ("Problem 5: Ether or sulfite by-products with XtalFluor-E",
     "Cause: XtalFluor-E releases no free fluoride of its own. Without a promoter, the "
     "activated alcohol is attacked by a second molecule of alcohol instead.",
     "Solution: Always add the promoter. Premix XtalFluor-E (1.5 equiv) and Et3N·3HF "
     "(2.0 equiv) in DCM, then add the alcohol; adding the promoter after the substrate "
     "gives much lower yields. DBU (1.5 equiv) is an alternative promoter but reacts more "
     "slowly."),
    ("Problem 6: Violent gas evolution and spraying during the quench",
     "Cause: Water or bicarbonate added to a mixture that still contains excess DAST "
     "reacts exothermically and releases HF and CO2 all at once.",
     "Solution: Dilute the reaction mixture with an equal volume of DCM, cool it to 0 °C "
     "and add it dropwise to a vigorously stirred, ice-cold saturated NaHCO3 solution "
     "(10 mL per mmol of reagent). Never add water to the reaction flask."),
    ("Problem 7: Cloudy, etched flask and silicon-containing impurities",
     "Cause: HF formed from traces of water attacks borosilicate glass, especially on long "
     "reactions or on heating.",
     "Solution: Use a PFA or PTFE vessel for reactions longer than 24 h or above 40 °C, or "
     "use XtalFluor-E, which does not generate free HF and can be used in standard glassware."),
    ("Problem 8: Product decomposes on silica or during evaporation",
     "Cause: Residual HF makes the silica acidic, and benzylic, allylic and tertiary "
     "fluorides eliminate HF easily. Small alkyl fluorides are also volatile.",
     "Solution: Wash the organic phase twice with saturated NaHCO3 before drying, add 1% "
     "Et3N to the chromatography eluent, and evaporate at 30 °C or below and not below "
     "100 mbar for products with a molecular weight under 200."),
]

DAST_PROCEDURE = [
    "Dry a round-bottomed flask (or a PFA flask) and a stir bar in the oven and cool under "
    "nitrogen.",
    "Dissolve the secondary alcohol (5.0 mmol) in dry DCM (25 mL, 0.2 M) and cool to -78 °C "
    "in a dry ice/acetone bath.",
    "Add DAST (0.79 mL, 6.0 mmol, 1.2 equiv) dropwise over 5 min with a polypropylene "
    "syringe and a stainless steel needle.",
    "Stir for 1 h at -78 °C, then let the bath warm to room temperature over 2-3 h.",
    "Check conversion by TLC or by 19F NMR of a quenched aliquot.",
    "Dilute with DCM (25 mL), cool to 0 °C and add the mixture dropwise to ice-cold "
    "saturated NaHCO3 (60 mL) with vigorous stirring. Wait until CO2 evolution stops.",
    "Separate the layers, extract the aqueous layer with DCM (2 x 20 mL), wash the combined "
    "organic layers with saturated NaHCO3 and brine, and dry over Na2SO4.",
    "Concentrate at 30 °C or below and purify by chromatography on silica with 1% Et3N in "
    "the eluent.",
]

DAST_FAQ = [
    ("Which solvents can I use?",
     "DCM is the standard solvent; chloroform, toluene and THF also work. Do not use DMSO, "
     "DMF, alcohols or amines as solvents: they react with the reagent."),
    ("How do I follow the reaction by 19F NMR?",
     "Primary alkyl fluorides (CH2F) appear at -205 to -230 ppm, secondary alkyl fluorides "
     "at -165 to -190 ppm and tertiary alkyl fluorides at -130 to -150 ppm. Gem-difluorides "
     "(CF2) appear at -90 to -110 ppm and CHF2 groups at -110 to -125 ppm."),
    ("Can DAST be distilled or used on a large scale?",
     "Never distil DAST and never heat it above 50 °C: it can decompose explosively. For "
     "reactions needing more than 10 g of reagent, use Deoxo-Fluor or XtalFluor-E, and run a "
     "DSC of the reaction mixture before scaling up."),
    ("What is the shelf life?",
     "Unopened bottles of DAST and Deoxo-Fluor are stable for 12 months at 2-8 °C. Once "
     "opened, keep them under nitrogen and discard reagent that has turned dark brown. "
     "XtalFluor-E is stable for at least 2 years when kept dry."),
    ("What do I do after skin contact?",
     "Treat any exposure as HF exposure. Rinse with plenty of water for 5 min, then massage "
     "2.5% calcium gluconate gel into the area and seek medical attention immediately. Keep "
     "calcium gluconate gel in the laboratory whenever these reagents are in use."),
    ("Can I use glass syringes?",
     "Use polypropylene syringes with stainless steel needles and discard them after use; "
     "glass syringes seize as HF etches the plunger."),
]

DAST_CONTENT = [
    ("title", "Deoxyfluorination with DAST, Deoxo-Fluor and XtalFluor-E"),
    ("sub", "Technical Note TN-F-14: reagent selection, standard conditions and troubleshooting"),
    ("h", "1. Introduction"),
    ("p", "Dialkylaminosulfur trifluorides convert alcohols into alkyl fluorides, aldehydes "
          "and ketones into gem-difluorides, and carboxylic acids into acyl fluorides. DAST is "
          "the most widely used reagent, Deoxo-Fluor is a more thermally stable liquid "
          "alternative, and XtalFluor-E is a crystalline salt that does not release free HF "
          "but needs an external fluoride source (promoter). All three react with water to "
          "give HF, so every reaction must be run under dry nitrogen in dry solvent."),
    ("p", "Alcohols react by activation of the oxygen followed by displacement by fluoride. "
          "Primary alcohols react by SN2, secondary alcohols mainly with inversion of "
          "configuration, and tertiary alcohols through carbocations. Elimination and "
          "rearrangement are the main side reactions."),
    ("h", "2. Reagent overview"),
    ("table_reagents", None),
    ("h", "3. Recommended conditions"),
    ("table_conditions", None),
    ("p", "Use a dry, inert solvent at the concentrations given. Add the reagent to the "
          "substrate, not the substrate to the reagent, except with XtalFluor-E, where the "
          "reagent and promoter are premixed (see Problem 5)."),
    ("h", "4. General procedure: secondary alcohol with DAST (5 mmol)"),
    ("steps", None),
    ("h", "5. Troubleshooting: Problem / Cause / Solution"),
    ("problems", None),
    ("h", "6. Frequently asked questions"),
    ("faq", None),
    ("h", "7. Contact"),
    ("p", "Kestrel Fluorochemicals Technical Service answers application questions by "
          "telephone and e-mail on working days. Please quote the technical note number "
          "TN-F-14 and the batch number of the reagent."),
]


class _HeaderFooterCanvas(rl_canvas.Canvas):
    """Canvas that draws a running header and a 'Page x of y' footer."""

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
        self.setFont("Helvetica", 8)
        self.setFillColor(colors.HexColor("#1F4E79"))
        self.drawString(20 * mm, height - 12 * mm, DAST_HEADER)
        self.drawRightString(width - 20 * mm, height - 12 * mm, DAST_HEADER_RIGHT)
        self.setStrokeColor(colors.HexColor("#1F4E79"))
        self.setLineWidth(0.6)
        self.line(20 * mm, height - 14 * mm, width - 20 * mm, height - 14 * mm)
        self.setStrokeColor(colors.grey)
        self.setLineWidth(0.5)
        self.line(20 * mm, 15 * mm, width - 20 * mm, 15 * mm)
        self.setFillColor(colors.grey)
        self.drawString(20 * mm, 10 * mm, DAST_FOOTER)
        self.drawRightString(width - 20 * mm, 10 * mm, f"Page {self._pageNumber} of {total}")
        self.restoreState()


def build_dast_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body = ParagraphStyle("Body", parent=styles["Normal"], fontName="Helvetica",
                          fontSize=9.5, leading=13, spaceAfter=5)
    head = ParagraphStyle("Head", parent=styles["Normal"], fontName="Helvetica-Bold",
                          fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                          textColor=colors.HexColor("#1F4E79"))
    title = ParagraphStyle("TitleX", parent=styles["Normal"], fontName="Helvetica-Bold",
                           fontSize=16, leading=20, alignment=TA_CENTER, spaceAfter=4)
    sub = ParagraphStyle("Sub", parent=styles["Normal"], fontName="Helvetica-Oblique",
                         fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=10)
    cell = ParagraphStyle("Cell", parent=styles["Normal"], fontName="Helvetica",
                          fontSize=8.5, leading=10.5)
    cell_head = ParagraphStyle("CellHead", parent=cell, fontName="Helvetica-Bold")
    prob_head = ParagraphStyle("ProbHead", parent=body, fontName="Helvetica-Bold",
                               spaceBefore=4, spaceAfter=2)
    prob_body = ParagraphStyle("ProbBody", parent=body, leftIndent=8 * mm, spaceAfter=3)
    q_style = ParagraphStyle("Q", parent=body, fontName="Helvetica-Bold", spaceAfter=1)
    step_style = ParagraphStyle("Step", parent=body, leftIndent=8 * mm, firstLineIndent=-5 * mm,
                                spaceAfter=3)

    def grid(rows, widths):
        data = []
        for i, row in enumerate(rows):
            st = cell_head if i == 0 else cell
            data.append([Paragraph(c, st) for c in row])
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return t

    story = []
    for kind, text in DAST_CONTENT:
        if kind == "title":
            story.append(Paragraph(text, title))
        elif kind == "sub":
            story.append(Paragraph(text, sub))
        elif kind == "h":
            story.append(Paragraph(text, head))
        elif kind == "p":
            story.append(Paragraph(text, body))
        elif kind == "table_reagents":
            story.append(Paragraph("Table 1. Properties and handling of the reagents", prob_head))
            story.append(grid(DAST_REAGENTS, [45 * mm, 38 * mm, 27 * mm, 34 * mm, 26 * mm]))
            story.append(Spacer(1, 8))
        elif kind == "table_conditions":
            story.append(Paragraph("Table 2. Starting conditions by substrate class", prob_head))
            story.append(grid(DAST_CONDITIONS, [32 * mm, 36 * mm, 28 * mm, 36 * mm, 38 * mm]))
            story.append(Spacer(1, 8))
        elif kind == "steps":
            for i, step in enumerate(DAST_PROCEDURE, start=1):
                story.append(Paragraph(f"{i}.&nbsp;&nbsp;{step}", step_style))
        elif kind == "problems":
            for p_title, cause, solution in DAST_PROBLEMS:
                story.append(KeepTogether([
                    Paragraph(p_title, prob_head),
                    Paragraph(cause, prob_body),
                    Paragraph(solution, prob_body),
                ]))
        elif kind == "faq":
            for q, a in DAST_FAQ:
                story.append(KeepTogether([
                    Paragraph("Q: " + q, q_style),
                    Paragraph("A: " + a, body),
                ]))
        else:  # pragma: no cover
            raise ValueError(kind)

    doc = SimpleDocTemplate(
        str(path), pagesize=A4,
        leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=22 * mm,
        title="Deoxyfluorination with DAST, Deoxo-Fluor and XtalFluor-E",
        author="Kestrel Fluorochemicals", subject="Technical Note TN-F-14 rev. 4",
        creator="make_fresh_guides.py", invariant=1,
    )
    doc.build(story, canvasmaker=_HeaderFooterCanvas)


# ---------------------------------------------------------------------------


def visible_strings() -> dict[str, list[str]]:
    """Visible text units (paragraphs, list items, table cells) per guide stem."""
    docx_units: list[str] = []
    for kind, payload in SCHLENK_CONTENT:
        if kind in ("steps", "bullets"):
            docx_units.extend(payload)
        elif kind == "table":
            docx_units.extend(c for row in payload for c in row)
        else:
            docx_units.append(payload)
    pdf_units: list[str] = [DAST_HEADER, DAST_HEADER_RIGHT, DAST_FOOTER,
                            "Table 1. Properties and handling of the reagents",
                            "Table 2. Starting conditions by substrate class"]
    for kind, text in DAST_CONTENT:
        if text is not None:
            pdf_units.append(text)
    pdf_units.extend(c for row in DAST_REAGENTS for c in row)
    pdf_units.extend(c for row in DAST_CONDITIONS for c in row)
    pdf_units.extend(DAST_PROCEDURE)
    pdf_units.extend(x for blk in DAST_PROBLEMS for x in blk)
    pdf_units.extend(x for qa in DAST_FAQ for x in qa)
    return {
        Path(DOCX_NAME).stem: docx_units,
        Path(PDF_NAME).stem: pdf_units,
    }


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    docx_path = OUT_DIR / DOCX_NAME
    pdf_path = OUT_DIR / PDF_NAME
    build_schlenk_docx(docx_path)
    build_dast_pdf(pdf_path)
    for p in (docx_path, pdf_path):
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
