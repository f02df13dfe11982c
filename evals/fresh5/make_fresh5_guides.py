"""Generate the binary guides of the fresh5 held-out part (two PDFs and one DOCX) deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh5/make_fresh5_guides.py

Writes:
    evals/fresh5/guides/flow-reactor-operating-manual.pdf
        reportlab, invariant=1.  Vendor instrument manual for a continuous-flow reactor system:
        a table of contents with dot leaders on page 1 (reportlab TableOfContents, multiBuild),
        numbered chapter and section headings ("4 Troubleshooting", "4.2 Error codes"), bullet
        lists, NOTE and CAUTION boxes drawn as bordered one-cell tables, an error-code table
        "Code | Message | Cause | Remedy" with ruled borders and a repeated header row that runs
        over a page break, a running header with the manual title and document number, and a
        footer "Page n of N" (two-pass canvas).
    evals/fresh5/guides/tms-diazomethane-methylation-eln-sop.pdf
        reportlab, invariant=1.  One-column SOP exported from an ELN/LIMS to PDF: a header block
        of form fields (label and value boxes), headings set in bold at the body text size,
        numbered steps with lettered sub-steps, a troubleshooting section as "Q." / "A."
        paragraphs, a signature block (Prepared / Reviewed / Approved with name, signature and
        date boxes), and an export footer line with "Page n of N".
    evals/fresh5/guides/stille-coupling-tin-removal-tracked.docx
        python-docx plus raw oxml.  A Word document as labs leave it: tracked changes (w:ins runs
        that count as text and w:del runs with w:delText that do not), comments anchored with
        w:commentRangeStart / w:commentRangeEnd and comment references, a two-column layout
        table whose left cell is a shaded "Key points" box, a VML text box, some headings in the
        built-in Heading 1 / Heading 2 styles and others as plain bold paragraphs, and an
        automatic numbered list (List Number style) for the procedure.  Fixed core properties,
        fixed comment and revision dates, fixed zip timestamps.

Re-running produces byte-identical files.  The visible text of the three documents is held in the
module-level data structures below; `visible_strings()` returns it, one string per text unit
(paragraph, list item, sub-step, table cell, box, form field, Q./A. paragraph, header or footer
line, comment), for the anchor checks in verify_fresh5_anchors.py.  In the DOCX, visible text
means inserted text included and deleted text excluded; `deleted_strings()` returns the deleted
runs.  The PDFs use only characters of the standard WinAnsi encoding.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from docx import Document  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "guides"
FIXED_DATE = _dt.datetime(2025, 3, 24, 9, 15, 0)
ZIP_DATE = (2025, 3, 24, 9, 15, 0)

MANUAL_NAME = "flow-reactor-operating-manual.pdf"
SOP_NAME = "tms-diazomethane-methylation-eln-sop.pdf"
DOCX_NAME = "stille-coupling-tin-removal-tracked.docx"


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas that knows the total page count when it writes the footer ("Page n of N")."""

    footer_left = ""
    footer_font = ("Helvetica", 8)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_page_states = []

    def showPage(self):
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self._draw_page_footer(total)
            super().showPage()
        super().save()

    def _draw_page_footer(self, total: int) -> None:
        w, _ = self._pagesize
        self.setFont(*self.footer_font)
        self.setFillColor(colors.black)
        if self.footer_left:
            self.drawString(20 * mm, 12 * mm, self.footer_left)
        self.drawRightString(w - 20 * mm, 12 * mm, f"Page {self._pageNumber} of {total}")


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


# ---------------------------------------------------------------------------
# PDF 1: flow reactor operating manual
# ---------------------------------------------------------------------------
# MANUAL_CONTENT entries:
#   ("h1", text) / ("h2", text)   numbered headings (also in the TOC)
#   ("p", text)                   body paragraph
#   ("b", text)                   bullet
#   ("note", text) / ("caution", text)   bordered one-cell box, text starts "NOTE" / "CAUTION"
#   ("errors", None)              the error-code table
#   ("spec", None)                the specification table
#   ("pagebreak", None)

MANUAL_TITLE = "FlowLab FR-2 Continuous Flow Reactor System"
MANUAL_SUBTITLE = "Operating Manual"
MANUAL_DOCNO = "Doc. No. FL-OM-0214 Rev. C"
MANUAL_HEADER_LEFT = "FlowLab FR-2 Operating Manual"
MANUAL_HEADER_RIGHT = "FL-OM-0214 Rev. C (2024-11)"
MANUAL_FOOTER_LEFT = "Ardent Flow Instruments GmbH - service@ardentflow.example"
MANUAL_TOC_TITLE = "Contents"

MANUAL_SPEC_HEAD = ("Parameter", "Value")
MANUAL_SPEC = [
    ("Pumps", "2 dual-piston pumps, A and B, 0.01-10.00 mL/min each"),
    ("Maximum system pressure", "20 bar (290 psi); pumps stop automatically above the set limit"),
    ("Coil reactor", "PFA tubing, 1/16 in o.d., 1.0 mm i.d., 10 mL internal volume"),
    ("Coil heater", "ambient to 150 °C, stability 0.5 °C"),
    ("Column heater", "for packed columns of 6.6 mm i.d. x 100 mm, ambient to 100 °C"),
    ("Back-pressure regulator", "adjustable, 0-20 bar; fixed cartridges 40, 100 and 250 psi"),
    ("Wetted materials", "PFA, PTFE, PEEK, ETFE, 316 stainless steel, ruby, sapphire"),
]

MANUAL_ERRORS_HEAD = ("Code", "Message", "Cause", "Remedy")
MANUAL_ERRORS = [
    ("E01", "OVERPRESSURE",
     "System pressure above the set limit: blockage in the reactor or outlet, closed valve, "
     "BPR stuck shut",
     "Pumps stop automatically. Open the purge valve to relieve the pressure, then find the "
     "blockage as described in 4.3"),
    ("E02", "PRESSURE LOW",
     "Pressure below 0.5 bar with the pumps running: leak at a fitting, empty reagent bottle, "
     "air in a pump head",
     "Check the fittings for wet spots, refill the bottle and re-prime the pump (3.2)"),
    ("E03", "PUMP STALL A / B",
     "Motor overload: seized piston or crystallised reagent in the pump head",
     "Switch off, flush the pump head with warm water and then isopropanol; call service if "
     "it recurs"),
    ("E04", "FLOW DEVIATION",
     "Measured flow differs by more than 5% from the set flow: sticking check valve, "
     "gas bubble, worn seal",
     "Prime at 5 mL/min for 2 min; if it persists, sonicate the check valves in "
     "isopropanol (5.2)"),
    ("E05", "HEATER OVERTEMP",
     "Coil temperature more than 10 °C above the set point",
     "Heater switched off automatically. Let the unit cool and check that the "
     "thermocouple is fully inserted"),
    ("E06", "HEATER TIMEOUT",
     "Set temperature not reached within 20 min",
     "Check the set point against the 150 °C maximum and close the heater lid"),
    ("E07", "COMMS LOST",
     "No communication between controller and pump module",
     "Check the RS-485 cable, then restart the pump module first and the controller second"),
    ("E08", "LEAK DETECTED",
     "Liquid on the leak sensor in the drip tray",
     "Stop the pumps, find the leak, dry the sensor with a tissue and acknowledge the alarm"),
    ("E09", "BOTTLE EMPTY A / B",
     "Bubble sensor on the inlet line sees air for more than 3 s",
     "Refill the reagent bottle and re-prime; keep the inlet filter below the liquid surface"),
    ("E10", "BPR OUT OF RANGE",
     "Pressure at the BPR differs from the set value by more than 0.5 bar for 60 s",
     "Flush the BPR with solvent at 2 mL/min; replace the cartridge if it is blocked (5.3)"),
    ("E11", "COOLANT FLOW LOW",
     "Chiller module: coolant flow below 0.5 L/min",
     "Check the chiller reservoir level and the coolant hoses for kinks"),
    ("E12", "SEAL SERVICE DUE",
     "Pump seal counter above 1,000 operating hours",
     "Warning only. Order seal kit FL-SK-02 and replace the seals at the next break (5.1)"),
    ("E13", "SHIELD OPEN",
     "Safety shield interlock open while the heater is on",
     "Close the shield; the heater restarts only after the alarm has been acknowledged"),
    ("E14", "SENSOR FAULT T1 / T2",
     "Open circuit in a temperature sensor",
     "Reseat the sensor connector on the rear panel; if it persists, the sensor needs "
     "replacing by service"),
    ("E15", "PRESSURE ZERO DRIFT",
     "Pressure sensor reads more than 0.3 bar with the system open to air",
     "Run Settings > Sensors > Zero pressure with the purge valves open"),
]

MANUAL_CONTENT = [
    ("h1", "1 Safety information"),
    ("p", "Read this manual before operating the FlowLab FR-2. The system pumps liquids at up to "
          "20 bar and heats them above their atmospheric boiling points. A failed fitting can "
          "release a jet of hot solvent."),
    ("b", "Operate the system only inside a fume hood or a ventilated enclosure."),
    ("b", "Wear safety glasses at all times; a face shield is recommended when disconnecting "
          "lines that may still be under pressure."),
    ("b", "Never disconnect a fitting while the pressure display shows more than 0.5 bar."),
    ("b", "Keep the safety shield closed whenever the coil heater is above 60 °C."),
    ("caution", "CAUTION Do not run concentrated nitric acid or concentrated sulfuric acid "
                "through PEEK components. PEEK is attacked by these acids; use the all-PFA "
                "flow path kit FL-KIT-07 instead."),
    ("h1", "2 System overview"),
    ("p", "The FR-2 consists of a pump module with two independent pumps (A and B), a mixing "
          "tee, a heated coil reactor, an optional column heater for packed-bed reactors, a "
          "back-pressure regulator (BPR) and a collection valve. The controller shows the "
          "pressure of each pump, the coil temperature and the BPR pressure."),
    ("spec", None),
    ("p", "PEEK swells in dichloromethane, THF and DMSO, especially when hot. Swollen PEEK "
          "fittings leak or grip the tubing so tightly that they cannot be undone. For long runs "
          "in these solvents above 60 °C, use the ETFE fittings supplied."),
    ("h1", "3 Operation"),
    ("h2", "3.1 Preparing the reagent solutions"),
    ("p", "All reagent solutions must be homogeneous. Filter every solution through a 0.45 µm "
          "PTFE syringe filter before it goes into the reagent bottle, and fit the 10 µm inlet "
          "filter to the end of each inlet line."),
    ("p", "Degas solvents by sonication for 10 min or by sparging with helium or argon for "
          "5 min. Dissolved gas comes out of solution in the pump heads and in the heated coil, "
          "giving pressure fluctuations and flow deviations."),
    ("h2", "3.2 Priming the pumps"),
    ("p", "Open the purge valve of the pump and press PRIME. The pump runs at 5 mL/min for "
          "2 min and pushes the air out of the inlet line and the pump head to waste. Close the "
          "purge valve. Prime each pump with clean solvent first, then with the reagent solution."),
    ("note", "NOTE A pump that has run dry must always be primed again before use, even if "
             "the inlet line looks full. A small bubble trapped at the inlet check valve is "
             "enough to stop delivery."),
    ("h2", "3.3 Setting the back-pressure regulator"),
    ("p", "The BPR keeps the system under pressure so that solvents stay liquid above their "
          "normal boiling points and gases formed in the reaction stay dissolved. Set it "
          "before the heater is switched on."),
    ("p", "With the 100 psi (6.9 bar) cartridge, MeCN, THF and methanol can be heated to about "
          "150 °C without boiling. As a rule, choose a back pressure at least 2 bar above the "
          "vapour pressure of the solvent at the reaction temperature."),
    ("h2", "3.4 Residence time and steady state"),
    ("p", "The residence time is the reactor volume divided by the total flow rate. The 10 mL "
          "coil at 0.5 mL/min from each pump (1.0 mL/min in total) gives a residence time of "
          "10 min."),
    ("p", "Material leaving the reactor is not at steady state at first, because the reagent "
          "front is diluted by the solvent already in the coil. Send the first two reactor "
          "volumes to waste, then switch the collection valve to the product vessel."),
    ("p", "Reactions that release gas (CO2, N2) push liquid out faster than the set flow, so "
          "the real residence time is shorter than calculated. Increase the back pressure or "
          "reduce the flow rate, and confirm the conversion by analysis of the output."),
    ("h2", "3.5 Shutting down and flushing"),
    ("p", "At the end of a run, switch both inlet lines to clean solvent and pump at least three "
          "reactor volumes through the system at the reaction temperature. Then switch off the "
          "heater and keep pumping until the coil is below 40 °C."),
    ("p", "If the reagents included salts or aqueous solutions, flush with water first, then "
          "with isopropanol, so that nothing crystallises in the system when it dries. Never "
          "leave the system standing filled with a reagent solution overnight."),
    ("h1", "4 Troubleshooting"),
    ("h2", "4.1 General symptoms"),
    ("p", "Pressure rises slowly over the run: solid is building up somewhere in the flow "
          "path. Stop before it reaches the limit, as described in 4.3."),
    ("p", "Pressure trace saw-toothed, swinging by more than 10% of the reading: air in a pump "
          "head or a sticking check valve. Degas the solvent and re-prime; if the problem "
          "stays, clean the check valves (5.2)."),
    ("p", "Output yield lower than in the batch reaction at the same temperature: check the "
          "residence time first, including the effect of gas evolution (3.4), then the "
          "mixing. At total flows below 0.2 mL/min the mixing tee mixes poorly; use the static "
          "mixer chip or raise the flow and lengthen the coil."),
    ("p", "Product collected at steady state changes colour or composition over the run: the "
          "reagent solution is not stable in the bottle. Prepare it fresh, keep it under "
          "nitrogen, or split it so that the unstable component is pumped separately."),
    ("p", "Leak at a fitting: tighten PEEK fittings finger-tight plus a quarter turn, never "
          "with a wrench. A fitting that still leaks has a deformed ferrule; cut 1 cm off the "
          "tubing and fit a new ferrule."),
    ("h2", "4.2 Error codes"),
    ("p", "The controller shows an error code and a message. Errors E01 to E11 and E13 to E15 "
          "stop the pumps; E12 is a warning. Acknowledge an error with OK after the cause has "
          "been removed."),
    ("errors", None),
    ("h2", "4.3 Clogging"),
    ("p", "Blockages are the most common cause of failed flow runs. Typical culprits are "
          "ammonium and trialkylammonium salts (for example Et3N.HCl), inorganic bases, metal "
          "salts such as LiCl or Pd black, and products that crystallise as the stream cools "
          "after the heater."),
    ("p", "To locate a blockage, work backwards from the outlet: with the pumps stopped and the "
          "pressure relieved, disconnect the BPR and restart the pump at 0.5 mL/min. If the "
          "pressure is now normal, the BPR is blocked. If not, disconnect the next component "
          "upstream and repeat."),
    ("p", "A blocked coil can often be cleared by immersing it in an ultrasonic bath while "
          "pumping a good solvent for the deposit at 0.2 mL/min. Do not raise the pressure "
          "limit to push a blockage through."),
    ("p", "To prevent clogging, change the base or the solvent so that all by-products stay "
          "dissolved: DIPEA hydrochloride is far more soluble in organic solvents than "
          "Et3N.HCl, and adding 10-20% of DMSO or water often keeps salts in solution. Place "
          "the BPR before any cooling loop, so that the product stream does not cool inside "
          "narrow tubing."),
    ("note", "NOTE Reactions that form a solid product or a solid by-product by design cannot "
             "be run in the 1.0 mm coil. Use a continuous stirred tank cascade or a batch "
             "process instead."),
    ("h1", "5 Maintenance"),
    ("h2", "5.1 Pump seals"),
    ("p", "Replace the piston seals every 1,000 operating hours (warning E12) or earlier if "
          "solvent is visible behind the pump head. Use seal kit FL-SK-02; the procedure is on "
          "the instruction sheet in the kit."),
    ("h2", "5.2 Check valves"),
    ("p", "Sticking check valves are the usual cause of flow deviation. Remove the inlet and "
          "outlet check valves with the 1/4 in spanner, sonicate them for 15 min in "
          "isopropanol (or in warm water first if salts were pumped), and refit them with the "
          "arrow pointing in the direction of flow."),
    ("h2", "5.3 Back-pressure regulator"),
    ("p", "Flush the BPR after every run with clean solvent. Fixed BPR cartridges are consumable "
          "parts; a cartridge that no longer holds its rated pressure within 10% must be "
          "replaced and must not be opened."),
    ("caution", "CAUTION Before any maintenance, switch off the heater, let the coil cool "
                "below 40 °C, and open both purge valves so that the system is at atmospheric "
                "pressure."),
]


def build_manual_pdf(path: Path) -> None:
    base = ParagraphStyle("base", fontName="Helvetica", fontSize=9.5, leading=12.5,
                          spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18,
                        spaceBefore=10, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=11, leading=14,
                        spaceBefore=7, spaceAfter=4)
    bullet = ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=4)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    title = ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=20,
                           leading=24, spaceAfter=4)
    subtitle = ParagraphStyle("subtitle", parent=base, fontSize=13, leading=16, spaceAfter=2)
    toc_title = ParagraphStyle("toct", parent=h1, spaceBefore=16)

    class ManualDoc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if isinstance(flowable, Paragraph):
                name = flowable.style.name
                if name in ("h1", "h2"):
                    self.notify("TOCEntry", (0 if name == "h1" else 1,
                                             flowable.getPlainText(), self.page))

    doc = ManualDoc(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                    topMargin=24 * mm, bottomMargin=22 * mm, title=MANUAL_TITLE,
                    author="Ardent Flow Instruments GmbH", subject=MANUAL_DOCNO,
                    creator="make_fresh5_guides.py", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")

    def chrome(canv, d):
        w, h = A4
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(20 * mm, h - 14 * mm, MANUAL_HEADER_LEFT)
        canv.drawRightString(w - 20 * mm, h - 14 * mm, MANUAL_HEADER_RIGHT)
        canv.setLineWidth(0.5)
        canv.line(20 * mm, h - 16 * mm, w - 20 * mm, h - 16 * mm)
        canv.line(20 * mm, 16 * mm, w - 20 * mm, 16 * mm)
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=chrome)])

    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle("toc1", parent=base, fontName="Helvetica-Bold", leftIndent=0,
                       firstLineIndent=0, spaceBefore=4),
        ParagraphStyle("toc2", parent=base, leftIndent=14, firstLineIndent=0, spaceBefore=0),
    ]

    def box(text: str) -> Table:
        head, rest = text.split(" ", 1)
        t = Table([[Paragraph(f"<b>{head}</b> {escape(rest)}", cell)]], colWidths=[doc.width])
        t.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
            ("BACKGROUND", (0, 0), (-1, -1),
             colors.HexColor("#FFF4CC" if head == "CAUTION" else "#EAF1FB")),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        return t

    story: list = [
        Paragraph(escape(MANUAL_TITLE), title),
        Paragraph(escape(MANUAL_SUBTITLE), subtitle),
        Paragraph(escape(MANUAL_DOCNO), base),
        Spacer(1, 6 * mm),
        Paragraph(MANUAL_TOC_TITLE, toc_title),
        toc,
        PageBreak(),
    ]
    for kind, payload in MANUAL_CONTENT:
        if kind == "h1":
            story.append(Paragraph(escape(payload), h1))
        elif kind == "h2":
            story.append(Paragraph(escape(payload), h2))
        elif kind == "p":
            story.append(Paragraph(escape(payload), base))
        elif kind == "b":
            story.append(Paragraph(escape(payload), bullet, bulletText="\u2013"))
        elif kind in ("note", "caution"):
            story.append(Spacer(1, 2 * mm))
            story.append(box(payload))
            story.append(Spacer(1, 3 * mm))
        elif kind == "spec":
            rows = [[Paragraph(escape(c), cell_b) for c in MANUAL_SPEC_HEAD]]
            rows += [[Paragraph(escape(a), cell), Paragraph(escape(b), cell)]
                     for a, b in MANUAL_SPEC]
            t = Table(rows, colWidths=[45 * mm, doc.width - 45 * mm])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 4 * mm))
        elif kind == "errors":
            rows = [[Paragraph(escape(c), cell_b) for c in MANUAL_ERRORS_HEAD]]
            rows += [[Paragraph(escape(c), cell) for c in row] for row in MANUAL_ERRORS]
            t = Table(rows, colWidths=[12 * mm, 30 * mm, 58 * mm, doc.width - 100 * mm],
                      repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 4 * mm))
        else:  # pragma: no cover
            raise ValueError(kind)

    class ManualCanvas(NumberedCanvas):
        footer_left = MANUAL_FOOTER_LEFT

    doc.multiBuild(story, canvasmaker=ManualCanvas)


# ---------------------------------------------------------------------------
# PDF 2: TMS-diazomethane methylation SOP exported from the ELN
# ---------------------------------------------------------------------------
# ELN_CONTENT entries:
#   ("h", text)                   heading, bold at body size
#   ("p", text)                   paragraph
#   ("step", (number, text, [sub-steps]))   numbered step with lettered sub-steps
#   ("qa", (question, answer))    "Q. ..." and "A. ..." paragraphs
#   ("sign", None)                signature block

ELN_BANNER = "LabArchive ELN - Controlled document export"
ELN_TITLE = "SOP: O-Methylation with trimethylsilyldiazomethane (TMSCHN2)"
ELN_FIELDS = [
    ("Document ID", "SOP-ORG-0388"),
    ("Version", "4.0 (effective)"),
    ("Owner", "Dr. A. Ferreira"),
    ("Department", "Medicinal Chemistry, Building C"),
    ("Effective date", "2025-01-20"),
    ("Next review", "2027-01-20"),
    ("Hazard class", "Acute toxic (inhalation); supervisor sign-off for first use"),
    ("Linked records", "RA-0388 risk assessment; TR-0388 training record"),
]
ELN_FOOTER = ("Exported 2025-03-24 09:15 by user a.ferreira - Uncontrolled when printed - "
              "SOP-ORG-0388 v4.0")

ELN_SIGN_HEAD = ("Role", "Name", "Signature", "Date")
ELN_SIGN = [
    ("Prepared by", "Dr. A. Ferreira", "signed electronically", "2025-01-08"),
    ("Reviewed by", "Dr. K. Osei (Safety)", "signed electronically", "2025-01-14"),
    ("Approved by", "Prof. L. Hartmann", "signed electronically", "2025-01-17"),
]

ELN_CONTENT = [
    ("h", "1. Purpose and scope"),
    ("p", "This SOP describes the methylation of carboxylic acids to methyl esters, and of "
          "phenols and alcohols to methyl ethers, with trimethylsilyldiazomethane (TMSCHN2, "
          "2.0 M in hexanes) on up to 10 mmol. Larger scale, and any use of diazomethane itself, "
          "needs a separate risk assessment and is not covered."),
    ("h", "2. Hazards"),
    ("p", "TMSCHN2 is much less explosive than diazomethane but it is acutely toxic by "
          "inhalation. Deaths have been reported after inhalation exposure in industrial "
          "laboratories. Symptoms, including pulmonary oedema, can be delayed by up to 24 h."),
    ("p", "All transfers are done inside the fume hood with the sash at the marked height. The "
          "reagent is transferred only by syringe with a Luer-lock needle from the septum bottle; "
          "it is never poured."),
    ("p", "Any exposure, or a spill outside the fume hood: leave the room, close the door, call "
          "the emergency number 2222 and report to occupational health even without symptoms."),
    ("p", "Personal protective equipment: lab coat, safety glasses, double nitrile gloves. Change "
          "the outer gloves at once after any contact."),
    ("h", "3. Materials"),
    ("p", "TMSCHN2, 2.0 M in hexanes (Sure/Seal bottle, store at 2-8 °C); dry methanol; toluene "
          "or THF; glacial acetic acid for quenching; N,N-diisopropylethylamine and acetonitrile "
          "for phenols; 48% aqueous HBF4 for alcohols."),
    ("p", "Store the bottle upright at 2-8 °C in its secondary container in fridge F3. A good "
          "solution is bright yellow; a pale or colourless solution has decomposed. Nitrogen "
          "from slow decomposition builds up pressure in old bottles, so pierce the septum of "
          "a bottle that has stood for months inside the hood, pointing away from you."),
    ("p", "Use TMSCHN2 only when a simple alternative will not do. For methyl esters of robust "
          "acids on more than 10 mmol, MeI and K2CO3 in DMF or Fischer esterification in "
          "methanol are covered by their own SOPs."),
    ("h", "4. Procedure A: methyl esters from carboxylic acids"),
    ("step", ("1", "Dissolve the acid (1.0 mmol) in toluene/MeOH 3:2 (5 mL) in a round-bottomed "
                   "flask with a stir bar.",
              ["a. Use THF/MeOH 3:2 if the acid is insoluble in toluene.",
               "b. Methanol must be at least 20% of the solvent volume."])),
    ("step", ("2", "Cool to 0 °C in an ice bath and vent the flask through a needle to the "
                   "hood, because nitrogen is released.", [])),
    ("step", ("3", "Add TMSCHN2 (2.0 M in hexanes) dropwise by syringe until a pale yellow "
                   "colour persists.",
              ["a. Usually 1.1-1.3 equiv (0.55-0.65 mL) are needed.",
               "b. Each drop gives a short burst of gas; wait for it to stop before the next.",
               "c. Record the volume used in the ELN entry."])),
    ("step", ("4", "Stir for 30 min at room temperature; the yellow colour must still be "
                   "visible at the end.", [])),
    ("step", ("5", "Quench by adding glacial acetic acid dropwise until the solution is "
                   "colourless and no more gas is given off.",
              ["a. About 2 drops per 0.1 mL of excess reagent.",
               "b. Never concentrate a solution that is still yellow."])),
    ("step", ("6", "Concentrate on the rotary evaporator in the fume hood; the crude methyl ester "
                   "is usually pure enough for the next step.", [])),
    ("p", "Monitoring: the methyl ester runs well above the acid on TLC. Quench a drop of the "
          "reaction mixture with one drop of acetic acid before spotting it or diluting it for "
          "LC-MS."),
    ("p", "Above 5 mmol, add the reagent in portions of no more than 1 mL and keep the internal "
          "temperature below 10 °C; the gas evolution is the limiting factor, not the heat."),
    ("h", "5. Procedure B: methyl ethers from phenols"),
    ("step", ("1", "Dissolve the phenol (1.0 mmol) in MeCN/MeOH 9:1 (5 mL) and add "
                   "N,N-diisopropylethylamine (1.5 equiv).", [])),
    ("step", ("2", "Add TMSCHN2 (2.0 equiv) at room temperature and stir for 12-16 h in a "
                   "septum-capped flask vented through a needle.",
              ["a. Add a further 1.0 equiv if TLC still shows phenol after 16 h."])),
    ("step", ("3", "Quench with acetic acid as in Procedure A, step 5, and concentrate.", [])),
    ("h", "6. Procedure C: methyl ethers from alcohols"),
    ("step", ("1", "Dissolve the alcohol (1.0 mmol) in dry CH2Cl2 (5 mL) and cool to 0 °C.",
              [])),
    ("step", ("2", "Add 48% aqueous HBF4 (0.1 equiv) and then TMSCHN2 (1.5 equiv) in 3 portions "
                   "at 20 min intervals.",
              ["a. Keep the flask at 0 °C throughout the additions.",
               "b. If gas evolution stops and the colour fades, add the next portion."])),
    ("step", ("3", "After 1 h at 0 °C quench with acetic acid, wash with saturated NaHCO3, dry "
                   "over Na2SO4 and concentrate.", [])),
    ("h", "7. Analysis"),
    ("p", "The methyl ester shows a 3H singlet near 3.67 ppm in the 1H NMR spectrum, the aryl "
          "methyl ether a singlet near 3.8 ppm. A trimethylsilylmethyl ester, formed when "
          "methanol was missing, shows a 2H singlet near 3.8 ppm together with a 9H singlet "
          "near 0.1 ppm."),
    ("h", "8. Waste"),
    ("p", "Quenched reaction mixtures and syringe rinses go into the halogen-free solvent waste. "
          "Rinse syringes and needles with acetic acid in toluene (1:10) inside the hood before "
          "they leave it. Do not put unquenched reagent into a closed waste container: nitrogen "
          "evolution can burst it."),
    ("h", "9. Troubleshooting"),
    ("qa", ("Q. The yellow colour disappears as soon as each drop goes in, even after "
            "2 equiv.",
            "A. Something else in the substrate is consuming the reagent: a second acid, a "
            "phenol, a tetrazole, a sulfonamide NH or water. Dry the substrate, and check by LC-MS "
            "whether these groups are being methylated too; if so, protect them or use a "
            "different methylation.")),
    ("qa", ("Q. The yellow colour never appears and there is no gas.",
            "A. The reagent has decomposed. Test the bottle on benzoic acid (0.5 mmol) before "
            "using it on valuable material, and replace bottles that are more than a year old "
            "or have been stored at room temperature.")),
    ("qa", ("Q. The NMR shows the trimethylsilylmethyl ester as well as, or instead of, the "
            "methyl ester.",
            "A. Not enough methanol. Methanol protonates the reagent and releases the methylating "
            "species; without it the acid is alkylated by TMSCHN2 itself. Repeat with at least "
            "20% methanol in the solvent.")),
    ("qa", ("Q. Vigorous gas evolution and the mixture foamed up the neck.",
            "A. The reagent was added too fast or at room temperature. Add it dropwise at 0 °C "
            "and use a flask at least five times the volume of the solution.")),
    ("qa", ("Q. An NH of an amide or an indole got methylated too.",
            "A. Use no more than 1.1 equiv, keep the reaction at 0 °C and quench as soon as the "
            "yellow colour persists. Acidic NH groups (pKa below about 11) react readily.")),
    ("qa", ("Q. Can I leave the reaction overnight before quenching?",
            "A. No. Quench within 1 h of the end of the addition. Unquenched reagent left "
            "overnight gives side products and must not be concentrated.")),
    ("qa", ("Q. My acid also has a free phenol. Can I make only the methyl ester?",
            "A. Usually yes. Without added base the phenol reacts far more slowly than the acid. "
            "Use 1.1 equiv at 0 °C and quench 15 min after the yellow colour persists.")),
    ("qa", ("Q. After concentration there is an oily residue that is not my product.",
            "A. Silicon-containing by-products from excess reagent that was not quenched "
            "properly. Quench fully with acetic acid next time, and filter the crude product "
            "through a short plug of silica with the column eluent.")),
    ("qa", ("Q. Can I run the ester formation in pure methanol?",
            "A. Yes, but the reagent is consumed faster by methanol alone, and you will need "
            "more of it. Toluene/MeOH 3:2 is the best compromise.")),
    ("qa", ("Q. The methyl ester epimerised at the alpha carbon.",
            "A. This does not come from TMSCHN2 under these conditions. Check the acid before "
            "the reaction; epimerisation usually happened in an earlier basic step.")),
    ("h", "10. Training and approval"),
    ("p", "First use only under direct supervision of a trained colleague, recorded in TR-0388. "
          "This SOP was approved by electronic signature as shown below."),
    ("sign", None),
]


def build_eln_pdf(path: Path) -> None:
    base = ParagraphStyle("base", fontName="Times-Roman", fontSize=10.5, leading=13.5,
                          spaceAfter=5)
    head = ParagraphStyle("head", parent=base, fontName="Times-Bold", spaceBefore=8,
                          spaceAfter=4)
    step = ParagraphStyle("step", parent=base, leftIndent=18, firstLineIndent=-14, spaceAfter=2)
    sub = ParagraphStyle("sub", parent=base, leftIndent=36, firstLineIndent=-12, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=11.5, spaceAfter=0)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="Times-Bold")
    title = ParagraphStyle("title", parent=base, fontName="Times-Bold", fontSize=13,
                           leading=16, spaceAfter=6)
    banner = ParagraphStyle("banner", parent=base, fontName="Helvetica", fontSize=8,
                            leading=10, textColor=colors.HexColor("#555555"))

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=18 * mm, bottomMargin=22 * mm, title=ELN_TITLE,
                          author="Dr. A. Ferreira", subject="SOP-ORG-0388",
                          creator="make_fresh5_guides.py", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])

    story: list = [Paragraph(escape(ELN_BANNER), banner), Spacer(1, 2 * mm),
                   Paragraph(escape(ELN_TITLE), title)]
    rows = []
    for i in range(0, len(ELN_FIELDS), 2):
        row = []
        for label, value in ELN_FIELDS[i:i + 2]:
            row += [Paragraph(escape(label), cell_b), Paragraph(escape(value), cell)]
        rows.append(row)
    t = Table(rows, colWidths=[28 * mm, (doc.width / 2) - 28 * mm] * 2)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [t, Spacer(1, 5 * mm)]
    for kind, payload in ELN_CONTENT:
        if kind == "h":
            story.append(Paragraph(escape(payload), head))
        elif kind == "p":
            story.append(Paragraph(escape(payload), base))
        elif kind == "step":
            number, text, subs = payload
            story.append(Paragraph(f"{number}.&nbsp;&nbsp;{escape(text)}", step))
            for s in subs:
                story.append(Paragraph(escape(s), sub))
        elif kind == "qa":
            q, a = payload
            story.append(KeepTogether([Paragraph(f"<b>{escape(q)}</b>", base),
                                       Paragraph(escape(a), base)]))
        elif kind == "sign":
            rows = [[Paragraph(escape(c), cell_b) for c in ELN_SIGN_HEAD]]
            rows += [[Paragraph(escape(c), cell) for c in row] for row in ELN_SIGN]
            t = Table(rows, colWidths=[30 * mm, 45 * mm, 50 * mm, doc.width - 125 * mm],
                      rowHeights=[None] + [12 * mm] * len(ELN_SIGN))
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(KeepTogether([Spacer(1, 3 * mm), t]))
        else:  # pragma: no cover
            raise ValueError(kind)

    class ElnCanvas(NumberedCanvas):
        footer_left = ELN_FOOTER
        footer_font = ("Helvetica", 7)

    doc.build(story, canvasmaker=ElnCanvas)


def _step_text(number: str, text: str) -> str:
    return f"{number}. {text}"


# ---------------------------------------------------------------------------
# DOCX: Stille coupling and tin removal, with tracked changes and comments
# ---------------------------------------------------------------------------
# A paragraph is a list of segments: plain strings, ("ins", text), ("del", text),
# ("b", text) for a bold plain run, or ("c", text, comment_key) for a plain run that carries
# a comment.  DOCX_CONTENT entries:
#   ("title", segs) / ("h1", segs) / ("h2", segs)   Title / Heading 1 / Heading 2 styles
#   ("bold", segs)        a heading typed as a plain bold paragraph (Normal style)
#   ("p", segs)           body paragraph
#   ("num", segs)         automatic numbered list item (List Number style)
#   ("bullet", segs)      List Bullet
#   ("layout", None)      two-column layout table: Key points box | introduction
#   ("textbox", None)     paragraph holding a VML text box
#   ("table", None)       additive table

AUTHORS = {"PK": "Pawel Kowalski", "SM": "Sofia Marchetti", "JL": "Jun Li"}
REV_DATES = {"PK": "2025-02-11T10:20:00Z", "SM": "2025-03-04T15:05:00Z",
             "JL": "2025-03-18T11:42:00Z"}

DOCX_HEADER = "Lab handbook - Cross-coupling section - DRAFT v3 (tracked changes on)"
DOCX_FOOTER = "S:/Group/Handbook/05_Stille_v3.docx"

DOCX_COMMENTS = {
    "c1": ("SM", "Is 1 h really needed? I have always done 15 min and filtered."),
    "c2": ("PK", "Yes - with 15 min we saw 4000 ppm Sn left by ICP. Changed to 1 h, see the "
                 "March entries."),
    "c3": ("JL", "Do we still have K2CO3-silica made up? The jar in the cupboard is labelled 2022."),
    "c4": ("SM", "Trimethyltin sentence removed - nobody should do that. Please accept."),
}

DOCX_KEYPOINTS_TITLE = "Key points"
DOCX_KEYPOINTS = [
    "Degas everything: homocoupling of the stannane is the sign of oxygen.",
    "Tributyltin, not trimethyltin, unless there is no other way.",
    "Plan the tin removal before you run the reaction.",
    "Tin limit for compounds going to biology: 50 ppm by ICP-MS.",
    "All tin waste in the yellow tin waste container.",
]
DOCX_INTRO = [
    "This section covers the Stille coupling of organostannanes with aryl, vinyl and "
    "heteroaryl halides and triflates, and the removal of tin residues afterwards. The "
    "coupling itself is forgiving; getting the tin out is where most of the time goes.",
    "Stannanes tolerate almost every functional group and are stable to air and moisture, "
    "which is why we still use them for heteroaryl and vinyl couplings that fail as Suzuki "
    "reactions.",
]

DOCX_TEXTBOX = [
    "Tin waste",
    "Organotin residues, the KF filter cake and the Celite pad go into the yellow tin waste "
    "container in hood 4, never into the general solid waste.",
]

DOCX_TABLE_HEAD = ("Additive", "Amount", "When to use it")
DOCX_TABLE = [
    ("CuI", "10-20 mol%", "slow couplings, especially with heteroaryl stannanes; the copper "
                          "effect can speed up transmetalation a hundredfold"),
    ("CsF", "2 equiv", "with CuI in DMF (Baldwin conditions) for hindered partners"),
    ("LiCl", "3 equiv", "aryl and vinyl triflates in THF or dioxane; without it the triflate "
                        "coupling often stalls"),
    ("AsPh3 or P(2-furyl)3", "4 equiv per Pd", "weakly donating ligands for fast "
                                               "transmetalation, with Pd2(dba)3 at 50-80 °C"),
]

DOCX_CONTENT = [
    ("title", ["Stille coupling and removal of tin residues"]),
    ("p", ["Owner: P. Kowalski. Reviewers: S. Marchetti, J. Li. Please use Review > Track "
           "Changes for all edits."]),
    ("layout", None),
    ("h1", ["1. Choosing and making the stannane"]),
    ("p", ["Tributylstannanes are the standard. The butyl groups transfer far more slowly than "
           "aryl, vinyl or alkynyl groups, so only the group you want is transferred."]),
    ("p", ["Trimethylstannanes react faster and the Me3SnX by-product is easier to wash out, "
           "but they are volatile and much more toxic.",
           ("del", " Trimethyltin reagents may be weighed on the open bench if the amount is "
                   "below 100 mg."),
           ("ins", " Trimethyltin reagents are handled only in the fume hood, whatever the "
                   "amount, and need a named risk assessment."),
           ]),
    ("p", ["With trimethylstannanes a methyl group is sometimes transferred instead of the "
           "wanted group when the wanted group is slow to transfer, for example a hindered "
           "aryl. If you see the methylated arene by LC-MS, go back to the tributylstannane."]),
    ("p", ["Aryl and heteroaryl stannanes are made from the aryllithium or Grignard reagent "
           "with Bu3SnCl (1.05 equiv) at -78 °C, warming to room temperature. Vinylstannanes "
           "come from terminal alkynes by hydrostannylation with Bu3SnH: the radical version "
           "(AIBN, toluene, 80 °C) gives E/Z mixtures, the Pd-catalysed version "
           "(PdCl2(PPh3)2, 2 mol%) gives mainly the (E)-beta-stannane with some alpha-isomer."]),
    ("p", ["Check every new stannane by 1H NMR before use. The tin satellites (117Sn and 119Sn) "
           "on the protons next to tin confirm the C-Sn bond; a stannane that has lost them has "
           "been protodestannylated."]),
    ("bold", ["2. Catalysts and conditions"]),
    ("p", ["Standard conditions: Pd(PPh3)4 (5 mol%), stannane (1.1-1.2 equiv) in degassed "
           "toluene at 100-110 °C for 12-24 h."]),
    ("p", ["For sensitive substrates or slow transmetalation: Pd2(dba)3 (2 mol%) with AsPh3 or "
           "tri(2-furyl)phosphine (8 mol%) in DMF or NMP at 50-80 °C."]),
    ("table", None),
    ("h2", ["2.1 Procedure (1 mmol)"]),
    ("num", ["Charge an oven-dried Schlenk tube with the aryl halide (1.0 mmol) and, if used, "
             "CuI and CsF, and cycle three times between vacuum and argon."]),
    ("num", ["Add degassed toluene or DMF (5 mL) and the stannane (1.15 mmol) by syringe."]),
    ("num", ["Degas the solution by sparging with argon for 10 min."]),
    ("num", ["Add Pd(PPh3)4 (58 mg, 0.05 mmol) under a flow of argon, seal and heat to ",
             ("del", "80 °C"), ("ins", "100 °C"), " with stirring."]),
    ("num", ["Follow by LC-MS; most couplings are complete in 4-16 h."]),
    ("num", ["Cool to room temperature and go straight to the KF work-up (section 3)."]),
    ("h1", ["3. Removing tin residues"]),
    ("p", ["Bu3SnX by-products and excess stannane are greasy, run on silica with most "
           "products, and smear over many fractions. Do not rely on the column alone."]),
    ("textbox", None),
    ("bold", ["3.1 Aqueous KF work-up (always)"]),
    ("p", ["Dilute the reaction mixture with Et2O or EtOAc (20 mL per mmol) and ",
           ("c", "stir vigorously with saturated aqueous KF (10 mL per mmol) for ", "c1"),
           ("del", "15 min"), ("ins", "at least 1 h"),
           ". Insoluble Bu3SnF forms as a white solid at the interface."]),
    ("p", ["Filter the whole biphasic mixture through a pad of Celite, rinse the pad with the "
           "organic solvent, then separate the layers and wash the organic layer with water "
           "and brine."]),
    ("p", ["If DMF or NMP was the solvent, wash three times with 5% aqueous LiCl after the KF "
           "treatment, or the tin fluoride stays partly dissolved."]),
    ("bold", ["3.2 K2CO3-silica or KF-silica column"]),
    ("p", [("c", "Stationary phase of 10% w/w anhydrous K2CO3 on silica", "c3"),
           " (mix in a jar and shake; keeps for months). Load the crude product onto a column "
           "of 10 g per mmol of tin and elute as usual. Tin residues stay on the column; in our "
           "hands the product comes off with less than 30 ppm Sn.",
           ("ins", " KF-silica (10% w/w) works as well but must be made up fresh every month."),
           ]),
    ("bold", ["3.3 Other options"]),
    ("bullet", ["Partition between MeCN and hexane: tin residues go into the hexane, polar "
                "products stay in the MeCN. Wash the MeCN layer three times with hexane."]),
    ("bullet", ["If hexabutylditin or Bu3SnH is present (from homocoupling or excess reagent), "
                "add a solution of I2 in Et2O until the colour persists, so that everything is "
                "converted to Bu3SnI before the KF work-up."]),
    ("bullet", ["Crystallisation is very effective when the product is a solid: Bu3Sn residues "
                "stay in the mother liquor."]),
    ("h1", ["4. Troubleshooting"]),
    ("p", [("b", "Dimer of the stannane group (R-R) as the main by-product. "),
           "Homocoupling comes from oxygen or from a Pd(II) precatalyst being reduced by the "
           "stannane. Degas more thoroughly and start from a Pd(0) source."]),
    ("p", [("b", "Reaction turns black within minutes and stops. "),
           "Palladium black: the catalyst has decomposed. Check the quality of Pd(PPh3)4 (it "
           "should be bright yellow, not brown or green), degas better, and add ",
           ("del", "1 equiv"), ("ins", "10 mol%"), " CuI to speed up the transmetalation."]),
    ("p", [("b", "Starting halide untouched after 24 h. "),
           "For aryl chlorides use Pd2(dba)3 with P(t-Bu)3 and CsF in dioxane at 100 °C; "
           "Pd(PPh3)4 does not insert into most aryl chlorides. For triflates add LiCl "
           "(3 equiv)."]),
    ("p", [("b", "Stannane disappears but no product forms. "),
           "Protodestannylation: the stannane is cleaved by acid. Use dry, acid-free solvents, "
           "keep acidic additives out, and store the stannane cold over a little K2CO3."]),
    ("p", [("b", "Tin still in the NMR after the column. "),
           "Bu3Sn signals sit between 0.8 and 1.6 ppm. Repeat the KF treatment on the purified "
           "material, or run it through K2CO3-silica (3.2)."]),
    ("p", [("b", "White solid clogs the Celite pad. "),
           "That is the Bu3SnF doing its job. Use a wider pad, scrape the top layer off, and "
           "rinse with warm EtOAc."]),
    ("p", [("b", "Emulsion during the KF work-up. "),
           "The fine Bu3SnF particles stabilise it. Filter the whole mixture through Celite "
           "first; the layers usually separate cleanly afterwards."]),
    ("p", [("b", "Slow coupling of a 2-pyridyl or other electron-poor heteroaryl stannane. "),
           "These transmetalate slowly. Add CuI (20 mol%) and CsF (2 equiv) in DMF at 45 °C "
           "instead of heating harder."]),
    ("p", [("ins", "Before a compound goes to biology, send 5 mg for Sn analysis by ICP-MS "
                   "with the request form SA-12; the result takes about a week.")]),
    ("p", [("b", "Stannane decomposes on the column during its own purification. "),
           "Add 2% Et3N to the eluent, or purify the stannane on neutral alumina."]),
    ("bold", ["5. Safety"]),
    ("p", ["Organotin compounds are toxic by skin contact and inhalation; tributyltin compounds "
           "are also endocrine disruptors and very toxic to aquatic life. Double gloves, fume "
           "hood, and a dedicated set of syringes.",
           ("c", " Glassware that held tin reagents is rinsed with ethanolic KOH before it goes "
                 "to the washing-up.", "c4"),
           ]),
]


def _seg_text(seg, include_deleted=False) -> str:
    if isinstance(seg, str):
        return seg
    kind = seg[0]
    if kind == "del":
        return seg[1] if include_deleted else ""
    return seg[1]


def _para_text(segs) -> str:
    return "".join(_seg_text(s) for s in segs)


def _rev_attrs(el, rev_id: int, who: str) -> None:
    el.set(qn("w:id"), str(rev_id))
    el.set(qn("w:author"), AUTHORS[who])
    el.set(qn("w:date"), REV_DATES[who])


def _text_run(text: str, deleted: bool = False, bold: bool = False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


class _DocxBuilder:
    def __init__(self, doc):
        self.doc = doc
        self.rev_id = 100
        self.comment_runs: dict[str, object] = {}

    def fill(self, paragraph, segs, who_ins="PK", who_del="PK") -> None:
        for seg in segs:
            if isinstance(seg, str):
                paragraph.add_run(seg)
            elif seg[0] == "b":
                paragraph.add_run(seg[1]).bold = True
            elif seg[0] == "c":
                run = paragraph.add_run(seg[1])
                self.comment_runs[seg[2]] = run
            elif seg[0] in ("ins", "del"):
                el = OxmlElement("w:ins" if seg[0] == "ins" else "w:del")
                self.rev_id += 1
                who = who_ins if seg[0] == "ins" else who_del
                _rev_attrs(el, self.rev_id, who)
                el.append(_text_run(seg[1], deleted=seg[0] == "del"))
                paragraph._p.append(el)
            else:  # pragma: no cover
                raise ValueError(seg)


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _cell_borders(cell, val: str, sz: str = "8") -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), val)
        b.set(qn("w:sz"), sz)
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "auto" if val != "nil" else "auto")
        borders.append(b)
    tcpr.append(borders)


def _textbox_xml(lines: list[str]) -> str:
    paras = []
    for i, line in enumerate(lines):
        bold = "<w:rPr><w:b/></w:rPr>" if i == 0 else ""
        paras.append(f'<w:p><w:r>{bold}<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')
    return (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TinWasteBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:300pt;margin-top:0;width:160pt;height:72pt;'
        'z-index:251659264;mso-position-horizontal-relative:text;'
        'mso-position-vertical-relative:text" fillcolor="#fff2cc" strokeweight="1pt">'
        '<v:textbox><w:txbxContent>' + "".join(paras) + '</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>'
    )


def build_docx(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    section.header.paragraphs[0].text = DOCX_HEADER
    section.footer.paragraphs[0].text = DOCX_FOOTER
    b = _DocxBuilder(doc)

    for kind, payload in DOCX_CONTENT:
        if kind == "title":
            b.fill(doc.add_paragraph(style="Title"), payload)
        elif kind == "h1":
            b.fill(doc.add_paragraph(style="Heading 1"), payload)
        elif kind == "h2":
            b.fill(doc.add_paragraph(style="Heading 2"), payload)
        elif kind == "bold":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            for seg in payload:
                p.add_run(seg).bold = True
        elif kind == "p":
            b.fill(doc.add_paragraph(), payload, who_ins="PK", who_del="SM")
        elif kind == "num":
            b.fill(doc.add_paragraph(style="List Number"), payload, who_ins="JL", who_del="JL")
        elif kind == "bullet":
            b.fill(doc.add_paragraph(style="List Bullet"), payload)
        elif kind == "layout":
            t = doc.add_table(rows=1, cols=2)
            t.autofit = False
            left, right = t.cell(0, 0), t.cell(0, 1)
            left.width = Cm(6.0)
            right.width = Cm(11.0)
            _shade(left, "E2EFDA")
            _cell_borders(left, "single", "12")
            _cell_borders(right, "nil")
            lp = left.paragraphs[0]
            lp.add_run(DOCX_KEYPOINTS_TITLE).bold = True
            for item in DOCX_KEYPOINTS:
                left.add_paragraph(item, style="List Bullet")
            right.paragraphs[0].text = DOCX_INTRO[0]
            for extra in DOCX_INTRO[1:]:
                right.add_paragraph(extra)
            doc.add_paragraph("")
        elif kind == "textbox":
            p = doc.add_paragraph()
            p._p.append(parse_xml(_textbox_xml(DOCX_TEXTBOX)))
        elif kind == "table":
            t = doc.add_table(rows=1 + len(DOCX_TABLE), cols=3)
            t.style = "Table Grid"
            for c, text in enumerate(DOCX_TABLE_HEAD):
                cell = t.cell(0, c)
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
                _shade(cell, "D9E2F3")
            for r, row in enumerate(DOCX_TABLE, start=1):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
            doc.add_paragraph("")
        else:  # pragma: no cover
            raise ValueError(kind)

    fixed = _dt.datetime(2025, 3, 18, 11, 42, 0, tzinfo=_dt.UTC)
    for key, (who, text) in DOCX_COMMENTS.items():
        if key == "c2":
            continue
        comment = doc.add_comment(b.comment_runs[key], text=text, author=AUTHORS[who],
                                  initials=who)
        comment._comment_elm.date = fixed
        if key == "c1":
            who2, text2 = DOCX_COMMENTS["c2"]
            reply = doc.add_comment(b.comment_runs[key], text=text2, author=AUTHORS[who2],
                                    initials=who2)
            reply._comment_elm.date = fixed

    cp = doc.core_properties
    cp.title = "Stille coupling and removal of tin residues"
    cp.author = "Pawel Kowalski"
    cp.last_modified_by = "Jun Li"
    cp.subject = "Lab handbook, cross-coupling section"
    cp.keywords = "Stille; organotin; KF work-up; tin removal"
    cp.comments = "Draft v3 with tracked changes from SM and JL"
    cp.category = "Handbook"
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


def _manual_units() -> list[str]:
    units = [MANUAL_TITLE, MANUAL_SUBTITLE, MANUAL_DOCNO, MANUAL_HEADER_LEFT, MANUAL_HEADER_RIGHT,
             MANUAL_FOOTER_LEFT, MANUAL_TOC_TITLE]
    headings = [payload for kind, payload in MANUAL_CONTENT if kind in ("h1", "h2")]
    units.extend(headings)  # table of contents entries
    units.extend(MANUAL_SPEC_HEAD)
    units.extend(c for row in MANUAL_SPEC for c in row)
    units.extend(MANUAL_ERRORS_HEAD)
    units.extend(c for row in MANUAL_ERRORS for c in row)
    for kind, payload in MANUAL_CONTENT:
        if kind in ("h1", "h2", "p", "b", "note", "caution"):
            units.append(payload)
    return units


def _eln_units() -> list[str]:
    units = [ELN_BANNER, ELN_TITLE, ELN_FOOTER]
    for label, value in ELN_FIELDS:
        units += [label, value]
    units.extend(ELN_SIGN_HEAD)
    units.extend(c for row in ELN_SIGN for c in row)
    for kind, payload in ELN_CONTENT:
        if kind in ("h", "p"):
            units.append(payload)
        elif kind == "step":
            number, text, subs = payload
            units.append(_step_text(number, text))
            units.extend(subs)
        elif kind == "qa":
            units.extend(payload)
    return units


def _docx_units() -> list[str]:
    units = [DOCX_HEADER, DOCX_FOOTER, DOCX_KEYPOINTS_TITLE, *DOCX_KEYPOINTS, *DOCX_INTRO,
             *DOCX_TEXTBOX, *DOCX_TABLE_HEAD]
    units.extend(c for row in DOCX_TABLE for c in row)
    for kind, payload in DOCX_CONTENT:
        if payload is not None:
            units.append(_para_text(payload))
    units.extend(text for _, text in DOCX_COMMENTS.values())
    return units


def deleted_strings() -> dict[str, list[str]]:
    """Text of the tracked deletions per guide stem (not visible text)."""
    out = []
    for _, payload in DOCX_CONTENT:
        if payload is not None:
            out.extend(s[1] for s in payload if isinstance(s, tuple) and s[0] == "del")
    return {Path(DOCX_NAME).stem: out}


def visible_strings() -> dict[str, list[str]]:
    """Visible text units per guide stem, one string per paragraph, item, cell and so on."""
    return {
        Path(MANUAL_NAME).stem: [_plain(u) for u in _manual_units()],
        Path(SOP_NAME).stem: [_plain(u) for u in _eln_units()],
        Path(DOCX_NAME).stem: _docx_units(),
    }


SUFFIXES = {Path(n).stem: Path(n).suffix for n in (MANUAL_NAME, SOP_NAME, DOCX_NAME)}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    paths = [OUT_DIR / MANUAL_NAME, OUT_DIR / SOP_NAME, OUT_DIR / DOCX_NAME]
    build_manual_pdf(paths[0])
    build_eln_pdf(paths[1])
    build_docx(paths[2])
    for p in paths:
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
