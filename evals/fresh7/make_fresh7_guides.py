"""Generate the binary guides of the fresh7 held-out part (one PDF and one DOCX) deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh7/make_fresh7_guides.py

Writes:
    evals/fresh7/guides/polarimetry-sop-printed-from-word.pdf
        reportlab, invariant=1, DejaVu Sans embedded (the font that ships with most Linux
        systems; the script stops if it is missing).  Made to look like a Word SOP printed to
        PDF: a ruled running header (department / SOP number and revision / title) and a footer
        "SOP-ANL-014 Rev 4 - Page n of N" on every page, section headings in capitals with typed
        numbers ("7  PROCEDURE"), clauses with typed decimal numbers ("7.3.2") set with a hanging
        indent, a decision-tree figure drawn as boxes and arrows (its text is drawn inside the
        boxes, line by line) with a caption, MIXED PAGE ORIENTATION (a landscape section holding
        the troubleshooting table, whose header row repeats on the second landscape page and
        whose cells wrap over several lines), a revision-history table and a fill-in record form
        with blank lines.
    evals/fresh7/guides/miyaura-borylation-word-form.docx
        python-docx plus raw oxml.  A Word SOP-form: CUSTOM paragraph styles ("SOP Title",
        "SOP Heading 1", "SOP Heading 2", "SOP Body", "SOP Step" with its numbering defined in
        the style, "SOP Note") instead of the built-in headings; LEGACY FORM FIELDS (FORMTEXT
        fields, some empty and showing five en spaces, and FORMCHECKBOX fields in the pre-run
        checklist, built from w:fldChar/w:ffData/w:instrText); checkbox SYMBOLS (w:sym, Wingdings)
        in the PPE list; line breaks (w:br) and tabs (w:tab) inside paragraphs (the reagent
        block); non-breaking hyphens (w:noBreakHyphen) in "1,4-dioxane"; a DrawingML TEXT BOX
        (wps:txbx inside mc:AlternateContent, with the VML v:textbox fallback that Word also
        writes, so the box text is stored twice); a troubleshooting table with a title row
        merged across the three columns (w:gridSpan) and symptom cells merged vertically over
        their causes (w:vMerge); a conditions table; a hyperlink; header and footer with PAGE /
        NUMPAGES fields.  Fixed core properties and fixed zip timestamps.

Re-running produces byte-identical files.  The visible text of both documents is held in the
module-level data structures below; `visible_strings()` returns it, one string per text unit
(paragraph, clause, list item, table cell, figure box, caption, form line, header or footer
line; in the DOCX one string per w:p, with "\\t" for a tab and "\\n" for a line break, so that an
anchor cannot straddle either); `marker_strings()` returns the same units (there are no footnote
markers in this part) and `deleted_strings()` is empty (no tracked changes); both exist for the
verifier.
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
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
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
FIXED_DATE = _dt.datetime(2025, 4, 7, 9, 0, 0)
ZIP_DATE = (2025, 4, 7, 9, 0, 0)

PDF_NAME = "polarimetry-sop-printed-from-word.pdf"
DOCX_NAME = "miyaura-borylation-word-form.docx"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _plain(text: str) -> str:
    """Visible text of a reportlab paragraph string: tags removed, entities decoded."""
    return re.sub(r"<[^>]+>", "", text).replace("&amp;", "&").replace("&lt;", "<").replace(
        "&gt;", ">")


# ---------------------------------------------------------------------------
# PDF: polarimetry SOP printed from Word
# ---------------------------------------------------------------------------
# POL_CONTENT entries:
#   ("h1", (number, text))     section heading in capitals, typed number
#   ("cl", (number, text))     numbered clause with hanging indent ("7.3.2")
#   ("ct", (number, text))     bold clause title ("7.1 Start-up")
#   ("p", text)                unnumbered body paragraph (indented like the clauses)
#   ("bul", text)              bullet inside a clause
#   ("figure", None)           the decision-tree drawing and its caption
#   ("landscape", None) / ("portrait", None)   switch page orientation
#   ("trouble", None)          the troubleshooting table (landscape)
#   ("revisions", None)        revision-history table
#   ("form", None)             measurement record form (annex)
#   ("pagebreak", None)

POL_HEADER_LEFT = "Analytical Services - Standard Operating Procedure"
POL_HEADER_RIGHT = "SOP-ANL-014 Rev 4"
POL_HEADER_TITLE = "Measurement of optical rotation with the automatic polarimeter"
POL_FOOTER_LEFT = "Printed copies are uncontrolled. Check the revision in the QMS before use."
POL_FOOTER_FMT = "SOP-ANL-014 Rev 4 \u2014 Page {n} of {N}"
POL_PAGES = 7

POL_TITLE = "MEASUREMENT OF OPTICAL ROTATION (POLARIMETRY)"
POL_CONTROL = [
    ("Document", "SOP-ANL-014"),
    ("Revision", "4"),
    ("Effective date", "10 February 2025"),
    ("Author", "K. Brandt (Analytical Services)"),
    ("Approved", "Dr. L. Moreau (QA)"),
    ("Instrument", "AP-300 automatic polarimeter, room B1.07, asset no. 20417"),
]

POL_CONTENT = [
    ("h1", ("1", "PURPOSE")),
    ("cl", ("1.1", "This SOP describes how to measure the optical rotation of solutions of "
                   "organic compounds with the AP-300 automatic polarimeter, how to calculate "
                   "and report the specific rotation, and what to do when a measurement does "
                   "not behave.")),
    ("h1", ("2", "SCOPE")),
    ("cl", ("2.1", "The SOP applies to all users of the AP-300 in room B1.07. It covers "
                   "measurements at the sodium D line (589 nm) and at the other filter "
                   "wavelengths of the instrument (365, 405, 436, 546 and 578 nm) between 15 "
                   "and 35 \u00b0C.")),
    ("cl", ("2.2", "Optical rotation is used here to confirm the identity of a known "
                   "enantiomer against a literature or reference value. It is not a method for "
                   "determining enantiomeric excess; use chiral HPLC or GC for that (see clause "
                   "4.5).")),
    ("h1", ("3", "RESPONSIBILITIES")),
    ("cl", ("3.1", "Users must be trained by the instrument owner and listed in the training "
                   "record before measuring on their own.")),
    ("cl", ("3.2", "The instrument owner runs the weekly check with the certified quartz "
                   "control plate and keeps the instrument logbook.")),
    ("h1", ("4", "PRINCIPLE AND DEFINITIONS")),
    ("cl", ("4.1", "A chiral compound rotates the plane of linearly polarised light. The "
                   "instrument reports the observed rotation \u03b1 in degrees; a positive sign "
                   "means clockwise rotation when looking towards the light source "
                   "(dextrorotatory).")),
    ("cl", ("4.2", "The specific rotation is calculated as [\u03b1] = 100 \u00d7 \u03b1 / "
                   "(l \u00d7 c), with the path length l in decimetres and the concentration c "
                   "in g/100 mL. A 100 mm cell has l = 1 dm.")),
    ("cl", ("4.3", "Report the result with the wavelength, temperature, concentration and "
                   "solvent, for example [\u03b1]D20 = +12.3 (c 1.00, CHCl3). The concentration "
                   "in brackets is always in g/100 mL, never in mg/mL or g/mL.")),
    ("cl", ("4.4", "The specific rotation depends on wavelength, temperature, solvent and "
                   "concentration. Compare a value with the literature only when all four are "
                   "the same. A change of solvent can change the sign.")),
    ("cl", ("4.5", "The specific rotation is not always proportional to the enantiomeric "
                   "excess, because of association of the molecules in solution, and small "
                   "amounts of a strongly rotating impurity can dominate the reading. Do not "
                   "calculate an ee from a rotation.")),
    ("h1", ("5", "SAFETY")),
    ("cl", ("5.1", "Prepare solutions in chloroform, dichloromethane and methanol in the fume "
                   "hood, and fill the cell in the hood. Close the cell with its stoppers "
                   "before carrying it to the instrument.")),
    ("cl", ("5.2", "The cells have fused quartz windows held by screw caps. Do not drop them, "
                   "do not heat them above 60 \u00b0C and do not put them in the ultrasonic "
                   "bath, which loosens the windows.")),
    ("h1", ("6", "EQUIPMENT AND MATERIALS")),
    ("bul", "AP-300 automatic polarimeter with Peltier-thermostatted cell compartment, "
            "resolution 0.001\u00b0."),
    ("bul", "100 mm micro cell (volume 1.0 mL) and 50 mm cell (volume 0.5 mL), both with "
            "filling funnels and PTFE stoppers."),
    ("bul", "Certified quartz control plate, nominal +17.44\u00b0 at 589 nm and 20 \u00b0C."),
    ("bul", "Class A volumetric flasks of 1, 2 and 5 mL; analytical balance reading to "
            "0.01 mg; 0.45 \u00b5m PTFE syringe filters."),
    ("bul", "Solvents of HPLC or spectroscopic grade, from one bottle for blank and sample."),
    ("h1", ("7", "PROCEDURE")),
    ("ct", ("7.1", "Start-up")),
    ("cl", ("7.1.1", "Switch the instrument on at least 30 min before the first measurement, "
                     "so that the light source and the Peltier element stabilise.")),
    ("cl", ("7.1.2", "Select the wavelength (589 nm unless the method or the literature value "
                     "requires another) and set the cell temperature to 20.0 \u00b0C.")),
    ("ct", ("7.2", "Weekly check (instrument owner)")),
    ("cl", ("7.2.1", "Place the quartz control plate in the compartment, wait 5 min and take "
                     "five readings. The mean must lie within \u00b10.02\u00b0 of the "
                     "certificate value.")),
    ("cl", ("7.2.2", "If the mean is outside this limit, clean the plate with lens tissue and "
                     "repeat once. If it is still outside, label the instrument OUT OF SERVICE "
                     "and inform the service engineer.")),
    ("ct", ("7.3", "Preparing the solution")),
    ("cl", ("7.3.1", "Weigh about 10 mg of the sample to 0.01 mg into a 1 mL volumetric flask, "
                     "dissolve it and make up to the mark at room temperature. This gives c "
                     "close to 1.0 g/100 mL.")),
    ("cl", ("7.3.2", "Use the concentration and the solvent of the literature value. If there "
                     "is none, use c 1.0 in chloroform or methanol and record which stabiliser "
                     "the chloroform contains.")),
    ("cl", ("7.3.3", "The solution must be clear. Filter a hazy solution through a 0.45 "
                     "\u00b5m PTFE syringe filter into a clean vial before filling the cell.")),
    ("cl", ("7.3.4", "For rotations below 0.050\u00b0 raise the concentration or use the 100 "
                     "mm cell. Never use the 50 mm cell for weakly rotating samples.")),
    ("ct", ("7.4", "Zero with the solvent blank")),
    ("cl", ("7.4.1", "Fill the clean cell with the solvent from the same bottle that was used "
                     "for the solution, insert it and wait 2 min.")),
    ("cl", ("7.4.2", "Press ZERO. The blank reading must then be 0.000 \u00b1 0.002\u00b0. "
                     "Repeat the zero after every change of solvent.")),
    ("ct", ("7.5", "Filling the cell")),
    ("cl", ("7.5.1", "Rinse the cell twice with small portions of the sample solution.")),
    ("cl", ("7.5.2", "Hold the cell at an angle of about 45\u00b0 and fill it slowly through the "
                     "funnel so that no air bubble is trapped. Look through the cell against "
                     "the light: the light path must be completely free of bubbles.")),
    ("cl", ("7.5.3", "A small bubble can usually be moved into the funnel by tilting the cell "
                     "and tapping it gently.")),
    ("ct", ("7.6", "Measuring")),
    ("cl", ("7.6.1", "Insert the cell with the funnel upwards, close the lid and wait until the "
                     "displayed temperature is 20.0 \u00b1 0.1 \u00b0C, usually 3 to 5 min.")),
    ("cl", ("7.6.2", "Take five readings and record their mean and standard deviation. The "
                     "standard deviation should not exceed 0.002\u00b0; if it does, see Figure "
                     "1.")),
    ("cl", ("7.6.3", "Measure samples that change with time (mutarotating sugars, compounds "
                     "that racemise or decompose in solution) at fixed times after dissolution "
                     "and record the time.")),
    ("figure", None),
    ("ct", ("7.7", "Calculation")),
    ("cl", ("7.7.1", "Example: \u03b1 = +0.123\u00b0 measured in the 100 mm cell (l = 1 dm) "
                     "for 10.0 mg in 1.00 mL (c = 1.00 g/100 mL) gives [\u03b1] = 100 \u00d7 "
                     "0.123 / (1 \u00d7 1.00) = +12.3.")),
    ("cl", ("7.7.2", "Give the specific rotation to three significant figures at most; the "
                     "weighing and the volumetric flask limit the accuracy to about 1%.")),
    ("ct", ("7.8", "Cleaning")),
    ("cl", ("7.8.1", "Empty the cell, rinse it three times with the solvent and then with "
                     "acetone, and dry it with a gentle stream of nitrogen. Do not use brushes "
                     "or paper inside the cell.")),
    ("cl", ("7.8.2", "Clean the outer window faces with lens tissue moistened with ethanol. "
                     "Fingerprints on the windows scatter light and shift the zero.")),
    ("landscape", None),
    ("h1", ("8", "TROUBLESHOOTING")),
    ("p", "Work down the table from the top. If the remedy does not solve the problem, stop "
          "and contact the instrument owner; do not adjust the instrument settings."),
    ("trouble", None),
    ("portrait", None),
    ("h1", ("9", "RECORDS")),
    ("cl", ("9.1", "Enter every measurement in the instrument logbook and in the ELN, using "
                   "the record form in Annex A. Attach the instrument printout to the ELN "
                   "entry.")),
    ("h1", ("10", "REFERENCES")),
    ("cl", ("10.1", "European Pharmacopoeia, chapter 2.2.7, Optical rotation.")),
    ("cl", ("10.2", "United States Pharmacopeia, general chapter <781> Optical Rotation.")),
    ("cl", ("10.3", "AP-300 Operating Instructions, version 2.1.")),
    ("h1", ("11", "REVISION HISTORY")),
    ("revisions", None),
    ("pagebreak", None),
    ("form", None),
]

# Decision tree (Figure 1): boxes (key, x, y, w, h, lines, kind) in mm within the drawing
POL_FIGURE_BOXES = [
    ("start", 55, 112, 60, 12, ["Reading unstable:", "SD of 5 readings > 0.002\u00b0"], "q"),
    ("bubble", 55, 90, 60, 12, ["Bubble visible in", "the light path?"], "q"),
    ("refill", 128, 90, 44, 12, ["Tilt and tap, or", "refill the cell (7.5)"], "a"),
    ("temp", 55, 68, 60, 12, ["Cell temperature", "20.0 \u00b1 0.1 \u00b0C?"], "q"),
    ("wait", 128, 68, 44, 12, ["Wait 5 min with the", "lid closed, re-read"], "a"),
    ("light", 55, 46, 60, 12, ["Transmission shown", "below 10%?"], "q"),
    ("dilute", 128, 46, 44, 12, ["Dilute or filter the", "solution (7.3.3)"], "a"),
    ("owner", 55, 24, 60, 12, ["Re-zero with the blank;", "if no better, call the owner"], "a"),
]
POL_FIGURE_ARROWS = [
    ("start", "bubble", ""), ("bubble", "refill", "yes"), ("bubble", "temp", "no"),
    ("temp", "wait", "no"), ("temp", "light", "yes"), ("light", "dilute", "yes"),
    ("light", "owner", "no"),
]
POL_FIGURE_CAPTION = "Figure 1: What to do when the reading is unstable"

POL_TROUBLE_HEAD = ("No.", "Symptom", "Probable cause", "Remedy", "Clause")
POL_TROUBLE = [
    ("1", "Reading drifts in one direction and does not settle",
     "The cell has not reached the set temperature, or the solution was warm from the "
     "hood or from the hands",
     "Wait until the display shows 20.0 \u00b1 0.1 \u00b0C and read again after a further "
     "5 min. Handle the cell by its ends only.", "7.6.1"),
    ("2", "Readings jump by several hundredths of a degree; message LOW LIGHT flickers",
     "Air bubble in the light path, or particles moving through the beam",
     "Tilt and tap the cell to move the bubble into the funnel, or empty and refill it at "
     "45\u00b0. Filter the solution if particles are visible.", "7.5.2"),
    ("3", "Message LOW LIGHT or TRANSMISSION < 1% and no reading",
     "Coloured or turbid solution absorbs or scatters at the measuring wavelength",
     "Filter through 0.45 \u00b5m PTFE. Dilute the solution, or use the 50 mm cell for "
     "strongly coloured samples. If the literature value is at 589 nm, do not simply "
     "change the wavelength: values at different wavelengths cannot be compared.",
     "7.3.3"),
    ("4", "Blank does not return to zero; zero changes from one filling to the next",
     "Fingerprints or dried residue on the windows, or a different solvent bottle used for "
     "blank and sample",
     "Clean the windows (7.8.2). Zero again with solvent from the bottle used for the "
     "sample.", "7.4"),
    ("5", "Blank in the filled cell differs from the empty compartment by more than 0.01\u00b0",
     "Window caps screwed too tight: the stressed quartz windows become birefringent",
     "Loosen the screw caps by a quarter turn until the cell is just leak-tight, then zero "
     "again.", "7.4.2"),
    ("6", "Weekly check with the quartz plate outside \u00b10.02\u00b0",
     "Dirty plate, plate not at 20 \u00b0C, or instrument drift",
     "Clean the plate, wait 10 min and repeat. Still outside: OUT OF SERVICE label, inform "
     "the service engineer.", "7.2.2"),
    ("7", "Specific rotation about 100 times too large or too small",
     "Concentration entered in g/mL or mg/mL instead of g/100 mL",
     "Recalculate with c in g/100 mL: 10 mg in 1 mL is c = 1.0.", "4.2"),
    ("8", "Value much smaller than the literature value, correct sign",
     "Residual solvent or impurities in the sample, partial racemisation, or a different "
     "concentration or solvent from the literature",
     "Check purity by NMR and measure under exactly the literature conditions. Determine "
     "the ee by chiral HPLC before drawing conclusions.", "4.4"),
    ("9", "Sign opposite to the literature value",
     "The other enantiomer, or a different solvent or concentration; near-zero rotations "
     "are easily reversed by impurities",
     "Repeat in the literature solvent at the literature concentration. Confirm the "
     "configuration by chiral HPLC against an authentic sample.", "4.4"),
    ("10", "Reading changes steadily over 30 min or more at constant temperature",
     "Mutarotation, racemisation or decomposition in solution, or evaporation of a volatile "
     "solvent through the funnel",
     "Stopper the funnel. Record readings with the time after dissolution and report the "
     "time with the result.", "7.6.3"),
    ("11", "Two analysts get results differing by more than 2%",
     "Weighing too small a sample, evaporation of dichloromethane while filling, or "
     "different solvent lots or stabilisers",
     "Weigh at least 10 mg into a volumetric flask, fill the cell quickly and stoppered, "
     "and use one solvent bottle for blank and sample.", "7.3.1"),
    ("12", "Fog or droplets on the windows when measuring below room temperature",
     "Condensation of air moisture on the cold cell windows",
     "Purge the cell compartment with dry nitrogen at 1 L/min during the measurement.",
     "2.1"),
]

POL_REVISIONS_HEAD = ("Rev.", "Date", "Change", "Author")
POL_REVISIONS = [
    ("1", "2016-05-02", "First issue", "K. Brandt"),
    ("2", "2018-11-19", "Weekly quartz plate check added", "K. Brandt"),
    ("3", "2021-03-08", "AP-300 replaces the old manual polarimeter", "S. Ito"),
    ("4", "2025-02-10", "Decision tree and troubleshooting table added; mutarotation clause",
     "K. Brandt"),
]

POL_FORM_TITLE = "ANNEX A - MEASUREMENT RECORD"
POL_FORM_LINES = [
    "Sample ID / ELN reference: ______________________________",
    "Compound: ______________________________________________",
    "Mass weighed (mg): ____________ Volume of flask (mL): ____________",
    "Solvent and stabiliser: ________________________ Bottle / lot: ____________",
    "Cell: 100 mm / 50 mm (circle one) Wavelength (nm): ________ Temperature (\u00b0C): ______",
    "Blank after zero (\u00b0): ________ Readings (\u00b0): ______ ______ ______ ______ ______",
    "Mean \u03b1 (\u00b0): ________ SD (\u00b0): ________ Time after dissolution (min): ______",
    "Specific rotation: ________ (c ______ , solvent ______________ )",
    "Operator: ____________________ Date: ______________ Signature: ______________",
]


class _PolCanvas(rl_canvas.Canvas):
    """Canvas that draws the running header and the "Page n of N" footer once N is known."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_page_states = []

    def showPage(self):
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_page_states)
        if total != POL_PAGES:
            raise RuntimeError(f"polarimetry SOP has {total} pages, POL_PAGES says {POL_PAGES}")
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self._header_footer(total)
            super().showPage()
        super().save()

    def _header_footer(self, total: int) -> None:
        w, h = self._pagesize
        left, right = 20 * mm, w - 20 * mm
        self.saveState()
        self.setFont("DejaVu", 8.5)
        self.drawString(left, h - 14 * mm, POL_HEADER_LEFT)
        self.drawRightString(right, h - 14 * mm, POL_HEADER_RIGHT)
        self.setFont("DejaVu-Bold", 9)
        self.drawString(left, h - 19 * mm, POL_HEADER_TITLE)
        self.setLineWidth(0.6)
        self.line(left, h - 21 * mm, right, h - 21 * mm)
        self.line(left, 17 * mm, right, 17 * mm)
        self.setFont("DejaVu", 7.5)
        self.drawString(left, 12 * mm, POL_FOOTER_LEFT)
        self.setFont("DejaVu", 8.5)
        self.drawRightString(right, 12 * mm, POL_FOOTER_FMT.format(n=self._pageNumber, N=total))
        self.restoreState()


def _register_fonts() -> None:
    for name, file in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                       ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf")):
        path = FONT_DIR / file
        if not path.exists():
            raise SystemExit(f"font {path} not found; install fonts-dejavu-core")
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique",
                       boldItalic="DejaVu-Bold")


def _figure_drawing() -> Drawing:
    d = Drawing(180 * mm, 130 * mm)
    boxes = {b[0]: b for b in POL_FIGURE_BOXES}
    for key, x, y, w, h, lines, kind in POL_FIGURE_BOXES:
        fill = colors.Color(0.88, 0.93, 0.98) if kind == "q" else colors.Color(0.93, 0.97, 0.90)
        d.add(Rect(x * mm, y * mm, w * mm, h * mm, rx=2 * mm if kind == "a" else 0,
                   ry=2 * mm if kind == "a" else 0, fillColor=fill, strokeColor=colors.black,
                   strokeWidth=0.6))
        for i, line in enumerate(lines):
            d.add(String((x + w / 2) * mm, (y + h - 4.6 - 4.2 * i) * mm, line,
                         fontName="DejaVu", fontSize=7.5, textAnchor="middle"))
    for a, b, label in POL_FIGURE_ARROWS:
        _, ax, ay, aw, ah, _, _ = boxes[a]
        _, bx, by, bw, bh, _, _ = boxes[b]
        if abs(ay - by) < 1:  # horizontal arrow, left to right
            x1, y1, x2, y2 = (ax + aw) * mm, (ay + ah / 2) * mm, bx * mm, (by + bh / 2) * mm
            d.add(Line(x1, y1, x2 - 2 * mm, y2, strokeWidth=0.6))
            d.add(Polygon([x2, y2, x2 - 2 * mm, y2 + 1 * mm, x2 - 2 * mm, y2 - 1 * mm],
                          fillColor=colors.black, strokeWidth=0))
            lx, ly = (x1 + x2) / 2, y1 + 1.5 * mm
        else:  # vertical arrow, downwards
            x1, y1, x2, y2 = (ax + aw / 2) * mm, ay * mm, (bx + bw / 2) * mm, (by + bh) * mm
            d.add(Line(x1, y1, x2, y2 + 2 * mm, strokeWidth=0.6))
            d.add(Polygon([x2, y2, x2 - 1 * mm, y2 + 2 * mm, x2 + 1 * mm, y2 + 2 * mm],
                          fillColor=colors.black, strokeWidth=0))
            lx, ly = x1 + 4 * mm, (y1 + y2) / 2
        if label:
            d.add(String(lx, ly, label, fontName="DejaVu-Oblique", fontSize=7,
                         textAnchor="middle"))
    return d


def build_polarimetry_pdf(path: Path) -> None:
    _register_fonts()
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12.5, spaceAfter=3)
    title = ParagraphStyle("title", parent=body, fontName="DejaVu-Bold", fontSize=14,
                           leading=18, alignment=TA_CENTER, spaceBefore=4, spaceAfter=8)
    h1 = ParagraphStyle("h1", parent=body, fontName="DejaVu-Bold", fontSize=10.5, leading=14,
                        spaceBefore=9, spaceAfter=3, leftIndent=12 * mm, firstLineIndent=-12 * mm,
                        keepWithNext=1)
    clause = ParagraphStyle("clause", parent=body, leftIndent=12 * mm, firstLineIndent=-12 * mm)
    sub = ParagraphStyle("sub", parent=body, leftIndent=24 * mm, firstLineIndent=-12 * mm)
    para = ParagraphStyle("para", parent=body, leftIndent=12 * mm)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=17 * mm, bulletIndent=12 * mm)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DejaVu-Bold")
    caption = ParagraphStyle("caption", parent=body, fontName="DejaVu-Oblique", fontSize=8.5,
                             alignment=TA_CENTER, spaceBefore=2, spaceAfter=6)
    form = ParagraphStyle("form", parent=body, fontSize=9.5, leading=22)

    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(str(path), pagesize=A4, title=POL_TITLE.title(),
                          author="K. Brandt", subject="SOP-ANL-014 Rev 4",
                          creator="Microsoft\u00ae Word for Microsoft 365",
                          producer="Microsoft\u00ae Word for Microsoft 365", invariant=1)
    portrait_frame = Frame(20 * mm, 22 * mm, pw - 40 * mm, ph - 48 * mm, id="pf",
                           leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    landscape_frame = Frame(20 * mm, 22 * mm, lw - 40 * mm, lh - 48 * mm, id="lf",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="portrait", frames=[portrait_frame], pagesize=A4),
        PageTemplate(id="landscape", frames=[landscape_frame], pagesize=landscape(A4)),
    ])

    ctrl = Table([[Paragraph(f"<b>{escape(k)}</b>", cell), Paragraph(escape(v), cell)]
                  for k, v in POL_CONTROL], colWidths=[35 * mm, pw - 40 * mm - 35 * mm])
    ctrl.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.90, 0.90, 0.90)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story: list = [Paragraph(escape(POL_TITLE), title), ctrl, Spacer(1, 4 * mm)]

    for kind, payload in POL_CONTENT:
        if kind == "h1":
            num, text = payload
            story.append(Paragraph(f"{num}\u00a0\u00a0\u00a0\u00a0{escape(text)}", h1))
        elif kind == "cl":
            num, text = payload
            style = sub if num.count(".") >= 2 else clause
            story.append(Paragraph(f"{num}\u00a0\u00a0\u00a0{escape(text)}", style))
        elif kind == "ct":
            num, text = payload
            story.append(Paragraph(f"<b>{num}\u00a0\u00a0\u00a0{escape(text)}</b>", clause))
        elif kind == "p":
            story.append(Paragraph(escape(payload), para))
        elif kind == "bul":
            story.append(Paragraph(escape(payload), bullet, bulletText="\u2022"))
        elif kind == "figure":
            story.append(KeepTogether([Spacer(1, 2 * mm), _figure_drawing(),
                                       Paragraph(escape(POL_FIGURE_CAPTION), caption)]))
        elif kind == "landscape":
            story.append(NextPageTemplate("landscape"))
            story.append(PageBreak())
        elif kind == "portrait":
            story.append(NextPageTemplate("portrait"))
            story.append(PageBreak())
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "trouble":
            widths = [12 * mm, 52 * mm, 62 * mm, 105 * mm, 18 * mm]
            data = [[Paragraph(escape(h), cellb) for h in POL_TROUBLE_HEAD]]
            data += [[Paragraph(escape(c), cell) for c in row] for row in POL_TROUBLE]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.89, 0.95)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(t)
        elif kind == "revisions":
            data = [[Paragraph(escape(h), cellb) for h in POL_REVISIONS_HEAD]]
            data += [[Paragraph(escape(c), cell) for c in row] for row in POL_REVISIONS]
            t = Table(data, colWidths=[12 * mm, 24 * mm, 100 * mm, 34 * mm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.90, 0.90, 0.90)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
        elif kind == "form":
            story.append(Paragraph(escape(POL_FORM_TITLE), h1))
            story.append(Spacer(1, 3 * mm))
            for line in POL_FORM_LINES:
                story.append(Paragraph(escape(line), form))
        else:  # pragma: no cover
            raise ValueError(kind)
    doc.build(story, canvasmaker=_PolCanvas)


def _pol_units() -> list[str]:
    units = [POL_HEADER_LEFT, POL_HEADER_RIGHT, POL_HEADER_TITLE, POL_FOOTER_LEFT]
    units += [POL_FOOTER_FMT.format(n=n, N=POL_PAGES) for n in range(1, POL_PAGES + 1)]
    units.append(POL_TITLE)
    for k, v in POL_CONTROL:
        units += [k, v]
    for kind, payload in POL_CONTENT:
        if kind in ("h1", "cl", "ct"):
            units.append(f"{payload[0]} {payload[1]}")
        elif kind in ("p", "bul"):
            units.append(payload)
        elif kind == "figure":
            units += [" ".join(b[5]) for b in POL_FIGURE_BOXES]
            units += sorted({a[2] for a in POL_FIGURE_ARROWS if a[2]})
            units.append(POL_FIGURE_CAPTION)
        elif kind == "trouble":
            units += list(POL_TROUBLE_HEAD)
            units += [c for row in POL_TROUBLE for c in row]
        elif kind == "revisions":
            units += list(POL_REVISIONS_HEAD)
            units += [c for row in POL_REVISIONS for c in row]
        elif kind == "form":
            units.append(POL_FORM_TITLE)
            units += POL_FORM_LINES
    return units


# ---------------------------------------------------------------------------
# DOCX: Miyaura borylation SOP-form
# ---------------------------------------------------------------------------
# Paragraph payloads are lists of segments:
#   "text"                        plain run
#   ("b", text) / ("i", text)      bold / italic run
#   ("br",)                       line break inside the paragraph (w:br)
#   ("tab",)                      tab (w:tab)
#   ("nbh",)                      non-breaking hyphen (w:noBreakHyphen), shown as "-"
#   ("formtext", name, value)     legacy text form field; value "" shows five en spaces
#   ("check", name, checked)      legacy check-box form field (no text)
#   ("sym", checked)              Wingdings check-box symbol (w:sym, no text)
#   ("link", text, url)           external hyperlink
# DOCX_CONTENT entries:
#   ("title", segs) / ("h1", segs) / ("h2", segs)   SOP Title / SOP Heading 1 / SOP Heading 2
#   ("p", segs)                   SOP Body
#   ("step", segs) / ("step2", segs)   SOP Step (numbering from the style; step2 restarts at 1)
#   ("note", segs)                SOP Note (shaded, bordered paragraph)
#   ("textbox", key)              SOP Body paragraph anchoring the floating text box
#   ("conditions", None) / ("trouble", None)   the two tables

DOCX_HEADER = [("b", "Process Chemistry Group"), ("tab",), "SOP-PC-022 \u00b7 Version 5.0"]
DOCX_FOOTER_LEFT = "Uncontrolled when printed"
DOCX_NPAGES_CACHED = "5"
EN5 = "\u2002" * 5

DOCX_TEXTBOXES = {
    "base": [
        [("b", "Base rule: KOAc only")],
        ["Never replace KOAc by K2CO3, K3PO4 or Cs2CO3 in the borylation step. A stronger "
         "base activates the boronate as it forms, and it couples with the remaining aryl "
         "bromide to give the symmetrical biaryl."],
    ],
}

DOCX_CONDITIONS_HEAD = ("Substrate", "Catalyst", "Base", "Solvent, temperature")
DOCX_CONDITIONS = [
    ("Aryl iodide or bromide, neutral or electron-poor", "Pd(dppf)Cl2\u00b7CH2Cl2, 3 mol%",
     "KOAc, 3 equiv", "1,4-dioxane or DMSO, 80\u201390 \u00b0C"),
    ("Aryl bromide, electron-rich or ortho-substituted", "XPhos Pd G2, 2 mol%",
     "KOAc, 3 equiv", "1,4-dioxane, 100 \u00b0C"),
    ("Aryl chloride", "Pd(OAc)2 2 mol% + XPhos 4 mol%, or XPhos Pd G2 2 mol%",
     "KOAc, 3 equiv", "1,4-dioxane, 110 \u00b0C"),
    ("Aryl or vinyl triflate", "Pd(dppf)Cl2\u00b7CH2Cl2 3 mol% + dppf 3 mol%", "KOAc, 3 equiv",
     "1,4-dioxane, 80 \u00b0C"),
    ("Heteroaryl bromide", "Pd(dppf)Cl2\u00b7CH2Cl2, 5 mol%", "KOAc, 3 equiv",
     "1,4-dioxane, 90 \u00b0C; use the crude boronate at once"),
]

DOCX_TROUBLE_TITLE = "TROUBLESHOOTING \u2014 MIYAURA AND C\u2013H BORYLATION"
DOCX_TROUBLE_HEAD = ("Symptom", "Probable cause", "Corrective action")
# (symptom, [(cause, action), ...]); the symptom cell is merged vertically over its causes
DOCX_TROUBLE = [
    ("Symmetrical biaryl Ar\u2013Ar as the main by-product", [
        ("Base stronger than KOAc, or KOAc contaminated with carbonate",
         "Use fresh KOAc only; see the base rule in section 2."),
        ("Wet KOAc or wet solvent: water activates the boronate for Suzuki coupling",
         "Dry the KOAc at 120 \u00b0C under vacuum overnight and use dry, degassed dioxane."),
        ("Heating continued long after the bromide was consumed, or too hot",
         "Stop the reaction at full conversion and run it at 80 \u00b0C."),
    ]),
    ("Reduced arene Ar\u2013H instead of the boronate", [
        ("Protic impurities: water, alcohol in the solvent, or wet reagents",
         "Dry all reagents and take dioxane from the SPS."),
        ("HBpin (Masuda) conditions used with an aryl iodide",
         "Use B2pin2 for aryl iodides."),
    ]),
    ("No conversion; Pd black within the first 30 min", [
        ("Oxygen in the flask", "Repeat the three evacuate/argon cycles, sparge the dioxane "
                                "for 10 min and replace pierced septa."),
        ("Catalyst decomposed (brown or black powder instead of orange-red)",
         "Open a new bottle of Pd(dppf)Cl2\u00b7CH2Cl2 and store it under argon."),
    ]),
    ("Stalls at 50\u201370% conversion", [
        ("Catalyst not active enough for an aryl chloride or an electron-rich bromide",
         "Change to XPhos Pd G2 (2 mol%) at 100\u2013110 \u00b0C."),
        ("KOAc clumped and not stirred", "Grind the KOAc before use and stir at 600 rpm or "
                                        "faster."),
    ]),
    ("Product streaks on silica; boronic acid in the later fractions", [
        ("Partial hydrolysis of the boronate on silica",
         "Use boric acid-impregnated silica and a short, fast column, or crystallise the "
         "product instead."),
    ]),
    ("B2pin2 co-elutes with the product", [
        ("Too much B2pin2", "Use 1.1 equiv next time; convert the crude product into the "
                            "trifluoroborate with KHF2 and crystallise it."),
    ]),
    ("Heteroaryl boronate gone after work-up", [
        ("Protodeboronation, fast for 2-heteroaryl boronates",
         "Do not isolate it: use the crude solution in the one-pot Suzuki coupling."),
    ]),
    ("Ir borylation: no conversion, solution stays yellow", [
        ("Catalyst not activated, or killed by air or water",
         "Premix [Ir(COD)OMe]2, dtbpy and a little B2pin2 in hexane in the glovebox until "
         "the solution turns dark red-brown, then add the arene."),
    ]),
    ("Ir borylation: mono- and bis-borylated products", [
        ("Too much boron reagent for the number of accessible C\u2013H bonds",
         "Use the arene in excess (3 equiv) or cut B2pin2 to 0.5 equiv per arene."),
    ]),
]

DOCX_CONTENT = [
    ("title", ["Miyaura borylation of aryl halides and Ir-catalysed C\u2013H borylation"]),
    ("p", [("b", "SOP number: "), "SOP-PC-022", ("tab",), ("b", "Version: "), "5.0", ("tab",),
           ("b", "Effective: "), "03 March 2025"]),
    ("p", [("b", "ELN reference: "), ("formtext", "ELNref", ""), ("tab",), ("b", "Operator: "),
           ("formtext", "Operator", "")]),
    ("p", [("b", "Scale of this run: "), ("formtext", "Scale", "10 mmol"), ("tab",),
           ("b", "Substrate: "), ("formtext", "Substrate", "")]),
    ("h1", ["1. Purpose and scope"]),
    ("p", ["This SOP covers the palladium-catalysed borylation of aryl and heteroaryl "
           "bromides, iodides, chlorides and triflates with bis(pinacolato)diboron (B2pin2) to "
           "give aryl pinacol boronates (ArBpin), the one-pot borylation/Suzuki sequence, and "
           "the iridium-catalysed borylation of arene C\u2013H bonds. The Suzuki coupling of "
           "isolated boronates is described in ",
           ("link", "SOP-PC-019", "https://qms.example.org/sop/SOP-PC-019"), "."]),
    ("h1", ["2. Background"]),
    ("textbox", "base"),
    ("p", ["Pd(0) adds to the aryl halide, acetate replaces the halide on palladium, and the "
           "(acetato)palladium complex transmetalates with B2pin2; reductive elimination gives "
           "ArBpin. KOAc is basic enough for this step but too weak to activate the product "
           "boronate, so the reaction stops at the boronate instead of going on to the "
           "Suzuki coupling."]),
    ("p", ["Pinacol boronates are stable to air, can be weighed in the open and survive most "
           "chromatography. They are the usual way to turn an aryl halide into a Suzuki "
           "nucleophile when the boronic acid is not for sale."]),
    ("h1", ["3. Before you start"]),
    ("p", ["Tick every box before heating. A run with an unticked box is not covered by this "
           "SOP."]),
    ("p", [("check", "Check1", True), " KOAc dried at 120 \u00b0C under vacuum overnight and "
           "stored in the desiccator (it is hygroscopic)"]),
    ("p", [("check", "Check2", False), " 1,4", ("nbh",), "dioxane taken from the "
           "SPS or a new Sure/Seal bottle and tested negative for peroxides"]),
    ("p", [("check", "Check3", False), " B2pin2 is white and free-flowing; a sticky or "
           "yellowish solid has partly hydrolysed"]),
    ("p", [("check", "Check4", False), " Pd(dppf)Cl2\u00b7CH2Cl2 is an orange-red powder"]),
    ("p", [("check", "Check5", False), " Heating block checked with a thermometer at the set "
           "temperature"]),
    ("p", [("b", "PPE: "), ("sym", True), " lab coat ", ("sym", True), " safety glasses ",
           ("sym", True), " nitrile gloves ", ("sym", False), " face shield (only for runs "
           "above 50 mmol)"]),
    ("h1", ["4. Conditions by substrate"]),
    ("conditions", None),
    ("p", ["Pinacolborane (HBpin, 1.5 equiv) with Et3N (3 equiv) and PdCl2(dppf) in dioxane "
           "at 80 \u00b0C (Masuda conditions) is cheaper per boron atom, but it reduces part of "
           "an aryl iodide to the arene and is not used for iodides in this group."]),
    ("h1", ["5. Procedure A: aryl bromide with B2pin2 (10 mmol)"]),
    ("p", [("b", "Reagents"), ("br",),
           "Aryl bromide", ("tab",), "10.0 mmol, 1.0 equiv", ("br",),
           "B2pin2", ("tab",), "3.05 g, 12.0 mmol, 1.2 equiv", ("br",),
           "KOAc, dried", ("tab",), "2.94 g, 30.0 mmol, 3.0 equiv", ("br",),
           "Pd(dppf)Cl2\u00b7CH2Cl2", ("tab",), "245 mg, 0.30 mmol, 3 mol%", ("br",),
           "1,4", ("nbh",), "Dioxane, dry and degassed", ("tab",),
           "40 mL (0.25 M)"]),
    ("step", ["Charge an oven-dried 100 mL Schlenk flask containing a stir bar with the aryl "
              "bromide, B2pin2 and KOAc."]),
    ("step", ["Add the catalyst last, then evacuate the flask and backfill it with argon three "
              "times."]),
    ("step", ["Add the dioxane by syringe and sparge the suspension with argon for 10 min."]),
    ("step", ["Heat in the block at 90 \u00b0C with vigorous stirring. The mixture turns dark "
              "red-brown within 30 min, which is normal."]),
    ("step", ["Follow the reaction by GC-MS or LC-MS after 2 h and then every 2 h; most "
              "bromides are complete within 4\u201318 h."]),
    ("step", ["Cool to room temperature, dilute with EtOAc (50 mL) and filter through a pad of "
              "Celite to remove palladium and salts; rinse the pad with EtOAc."]),
    ("step", ["Concentrate and purify by a short, fast column or by crystallisation from "
              "heptane."]),
    ("note", [("b", "LC-MS: "), "on reverse-phase LC-MS the pinacol boronate is often "
              "hydrolysed on the column and appears partly or completely as the boronic acid "
              "mass. Count both as product. On TLC, a curcumin dip stains boronates orange-red."]),
    ("h2", ["5.1 One-pot borylation and Suzuki coupling"]),
    ("p", ["When the boronate is unstable or not needed as such, do not isolate it. After full "
           "conversion of the bromide, cool the mixture to room temperature and add the second "
           "aryl halide (0.9 equiv), 2 M aqueous K2CO3 (3 equiv) and fresh "
           "Pd(dppf)Cl2\u00b7CH2Cl2 (2 mol%), then heat at 90 \u00b0C until the boronate is "
           "consumed. The second halide is the limiting reagent, so the excess boronate does "
           "not end up as a biaryl impurity of the first aryl group."]),
    ("h1", ["6. Procedure B: Ir-catalysed C\u2013H borylation (1 mmol)"]),
    ("p", ["Iridium borylation is controlled by sterics, not by electronics. Boron goes to the "
           "least hindered C\u2013H bond and never next to a substituent: 1,3-disubstituted "
           "benzenes are borylated at C5 as a single isomer, while monosubstituted benzenes "
           "give meta/para mixtures. Five-membered heteroarenes react next to the heteroatom. "
           "Pyridines react poorly at the position next to the nitrogen."]),
    ("step2", ["In the glovebox, weigh [Ir(COD)OMe]2 (10 mg, 0.015 mmol, 1.5 mol%) and dtbpy "
               "(8 mg, 0.030 mmol, 3 mol%) into a vial and add hexane (2 mL) and about 25 mg of "
               "the B2pin2."]),
    ("step2", ["Stir until the solution turns dark red-brown (activated catalyst), about 5 min."]),
    ("step2", ["Add the arene (1.0 mmol) and the rest of the B2pin2 (152 mg in total, "
               "0.60 mmol)."]),
    ("step2", ["Seal the vial, take it out of the glovebox and heat at 80 \u00b0C for 16 h."]),
    ("step2", ["Cool, filter through a small silica plug with Et2O and concentrate."]),
    ("p", ["Each B2pin2 can deliver both of its boron atoms: the HBpin formed after the first "
           "borylation reacts as well. That is why 0.6 equiv of B2pin2 is enough for one "
           "C\u2013H borylation."]),
    ("h1", ["7. Purification and storage of boronates"]),
    ("p", [("b", "Boric acid-impregnated silica. "), "Stir silica gel (100 g) with a solution "
           "of boric acid (5 g) in ethanol (200 mL) for 1 h, filter, wash with ethanol and dry "
           "at 100 \u00b0C under vacuum overnight. It suppresses the adsorption and hydrolysis "
           "of pinacol boronates on the column."]),
    ("p", [("b", "Trifluoroborate salts. "), "Stir the crude boronate in methanol with "
           "saturated aqueous KHF2 (4.5 equiv) at room temperature for 1 h, evaporate and "
           "extract the salt into hot acetone. The ArBF3K salt crystallises from "
           "acetone/Et2O and is stable on the bench indefinitely."]),
    ("p", [("b", "Storage. "), "Keep ArBpin compounds in closed vials at room temperature. "
           "2-Heteroaryl boronates are the exception; store them at \u221220 \u00b0C under "
           "argon and use them within a week."]),
    ("h1", ["8. Analysis"]),
    ("p", ["In the 1H NMR (CDCl3) the 12 methyl protons of an aryl pinacol boronate give a "
           "singlet near 1.34 ppm; unreacted B2pin2 gives a singlet at 1.25 ppm (24 H). The "
           "11B NMR shift of ArBpin and of B2pin2 is about 30 ppm for both, so 11B NMR does not "
           "tell them apart; a trifluoroborate appears near 3 ppm."]),
    ("h1", ["9. Troubleshooting"]),
    ("trouble", None),
    ("h1", ["10. Safety and waste"]),
    ("p", ["1,4", ("nbh",), "Dioxane is a suspected carcinogen and forms "
           "peroxides; handle it in the fume hood. KHF2 releases HF with acids and is "
           "corrosive: wear nitrile gloves and never use glassware that will be reused for "
           "trace analysis."]),
    ("p", ["Palladium and iridium residues, Celite pads and silica go into the heavy-metal "
           "solid waste. Aqueous KHF2 waste is collected separately in the fluoride waste "
           "container."]),
]


def _seg_text(seg) -> str:
    if isinstance(seg, str):
        return seg
    kind = seg[0]
    if kind in ("b", "i"):
        return seg[1]
    if kind == "br":
        return "\n"
    if kind == "tab":
        return "\t"
    if kind == "nbh":
        return "-"
    if kind == "formtext":
        return seg[2] or EN5
    if kind in ("check", "sym"):
        return ""
    if kind == "link":
        return seg[1]
    raise ValueError(seg)


def _para_text(segs) -> str:
    return "".join(_seg_text(s) for s in segs)


_W_DECL = nsdecls("w")
_FF_BOOKMARK = [200]


def _run(text: str, bold: bool = False, italic: bool = False) -> str:
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    return f'<w:r {_W_DECL}>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _seg_xml(seg) -> list[str]:
    """Raw run-level XML elements (each a complete element) for one segment."""
    if isinstance(seg, str):
        return [_run(seg)]
    kind = seg[0]
    if kind == "b":
        return [_run(seg[1], bold=True)]
    if kind == "i":
        return [_run(seg[1], italic=True)]
    if kind == "br":
        return [f"<w:r {_W_DECL}><w:br/></w:r>"]
    if kind == "tab":
        return [f"<w:r {_W_DECL}><w:tab/></w:r>"]
    if kind == "nbh":
        return [f"<w:r {_W_DECL}><w:noBreakHyphen/></w:r>"]
    if kind == "sym":
        char = "F0FE" if seg[1] else "F0A8"
        return [f'<w:r {_W_DECL}><w:sym w:font="Wingdings" w:char="{char}"/></w:r>']
    if kind in ("formtext", "check"):
        _FF_BOOKMARK[0] += 1
        name = seg[1]
        bid = _FF_BOOKMARK[0]
        if kind == "formtext":
            ff = (f"<w:ffData><w:name w:val=\"{name}\"/><w:enabled/><w:calcOnExit w:val=\"0\"/>"
                  "<w:textInput/></w:ffData>")
            instr = " FORMTEXT "
        else:
            ff = (f"<w:ffData><w:name w:val=\"{name}\"/><w:enabled/><w:calcOnExit w:val=\"0\"/>"
                  f"<w:checkBox><w:sizeAuto/><w:default w:val=\"{1 if seg[2] else 0}\"/></w:checkBox></w:ffData>")
            instr = " FORMCHECKBOX "
        out = [f'<w:bookmarkStart {_W_DECL} w:id="{bid}" w:name="{name}"/>',
               f'<w:r {_W_DECL}><w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r>',
               f'<w:r {_W_DECL}><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>']
        if kind == "formtext":
            out.append(f'<w:r {_W_DECL}><w:fldChar w:fldCharType="separate"/></w:r>')
            out.append(f'<w:r {_W_DECL}><w:rPr><w:noProof/></w:rPr>'
                       f'<w:t xml:space="preserve">{escape(seg[2] or EN5)}</w:t></w:r>')
        out.append(f'<w:r {_W_DECL}><w:fldChar w:fldCharType="end"/></w:r>')
        out.append(f'<w:bookmarkEnd {_W_DECL} w:id="{bid}"/>')
        return out
    raise ValueError(seg)


def _fill(paragraph, segs, doc=None) -> None:
    for seg in segs:
        if not isinstance(seg, str) and seg[0] == "link":
            r_id = doc.part.relate_to(seg[2], RT.HYPERLINK, is_external=True)
            paragraph._p.append(parse_xml(
                f'<w:hyperlink {nsdecls("w", "r")} r:id="{r_id}" w:history="1">'
                f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/>'
                f'<w:u w:val="single"/></w:rPr><w:t xml:space="preserve">{escape(seg[1])}'
                '</w:t></w:r></w:hyperlink>'))
            continue
        for xml in _seg_xml(seg):
            paragraph._p.append(parse_xml(xml))


def _txbx_paragraphs_xml(paras) -> str:
    out = []
    for segs in paras:
        runs = "".join(x for s in segs for x in _seg_xml(s))
        out.append(f'<w:p {_W_DECL}><w:pPr><w:spacing w:after="60"/></w:pPr>{runs}</w:p>')
    return "".join(out)


_TXBX_DECL = " ".join([
    nsdecls("w", "wp", "a"),
    'xmlns:v="urn:schemas-microsoft-com:vml"',
    'xmlns:o="urn:schemas-microsoft-com:office:office"',
    'xmlns:w10="urn:schemas-microsoft-com:office:word"',
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
])


def _textbox_run_xml(key: str) -> str:
    body = _txbx_paragraphs_xml(DOCX_TEXTBOXES[key])
    cx, cy = 2286000, 1280160
    return (
        f'<w:r {_TXBX_DECL}>'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="101" name="Text Box 2"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        f'<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill>'
        '<a:srgbClr val="FFF2CC"/></a:solidFill><a:ln w="12700"><a:solidFill>'
        '<a:srgbClr val="BF9000"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" '
        'o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:180pt;height:100.8pt;'
        'z-index:251659264;visibility:visible;mso-wrap-style:square;'
        'mso-position-horizontal:right;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text" fillcolor="#fff2cc" strokecolor="#bf9000" '
        f'strokeweight="1pt"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent>'
        '</w:r>')


def _field_runs(instr: str, cached: str) -> list[str]:
    return [f'<w:r {_W_DECL}><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r {_W_DECL}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
            f'<w:r {_W_DECL}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {_W_DECL}><w:rPr><w:noProof/></w:rPr><w:t>{cached}</w:t></w:r>',
            f'<w:r {_W_DECL}><w:fldChar w:fldCharType="end"/></w:r>']


def _right_tab(paragraph, pos_twips: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:tabs {_W_DECL}><w:tab w:val="right" w:pos="{pos_twips}"/>'
                         '</w:tabs>'))


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _add_styles(doc) -> None:
    styles = doc.styles
    base = styles["Normal"]
    base.font.name = "Arial"
    base.font.size = Pt(10)

    def add(name, size, bold=False, color=None, before=0, after=4, italic=False):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = base
        st.font.size = Pt(size)
        st.font.bold = bold
        st.font.italic = italic
        if color:
            st.font.color.rgb = RGBColor.from_string(color)
        st.paragraph_format.space_before = Pt(before)
        st.paragraph_format.space_after = Pt(after)
        return st

    add("SOP Title", 15, bold=True, color="1F3864", after=8)
    h1 = add("SOP Heading 1", 12, bold=True, color="1F3864", before=10, after=4)
    h1.paragraph_format.keep_with_next = True
    h2 = add("SOP Heading 2", 10.5, bold=True, before=6, after=3)
    h2.paragraph_format.keep_with_next = True
    add("SOP Body", 10, after=4)
    step = add("SOP Step", 10, after=3)
    step._element.get_or_add_pPr().insert(0, parse_xml(
        f'<w:numPr {_W_DECL}><w:numId w:val="71"/></w:numPr>'))
    note = add("SOP Note", 9.5, after=6)
    ppr = note._element.get_or_add_pPr()
    spacing = ppr.find(qn("w:spacing"))
    spacing.addprevious(parse_xml(
        f'<w:pBdr {_W_DECL}><w:top w:val="single" w:sz="4" w:space="1" w:color="2E74B5"/>'
        '<w:left w:val="single" w:sz="4" w:space="4" w:color="2E74B5"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="2E74B5"/>'
        '<w:right w:val="single" w:sz="4" w:space="4" w:color="2E74B5"/></w:pBdr>'))
    spacing.addprevious(parse_xml(f'<w:shd {_W_DECL} w:val="clear" w:color="auto" '
                                  'w:fill="DEEAF6"/>'))


def _add_numbering(doc) -> None:
    numbering = doc.part.numbering_part.element
    ab = parse_xml(
        f'<w:abstractNum {_W_DECL} w:abstractNumId="71"><w:nsid w:val="3C5A7E12"/>'
        '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="4A1B2C3D"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="SOPStep"/><w:lvlText w:val="Step %1:"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1080" w:hanging="1080"/></w:pPr></w:lvl></w:abstractNum>')
    numbering.find(qn("w:num")).addprevious(ab)
    numbering.append(parse_xml(
        f'<w:num {_W_DECL} w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {_W_DECL} w:numId="72"><w:abstractNumId w:val="71"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))


def _conditions_table(doc) -> None:
    t = doc.add_table(rows=1 + len(DOCX_CONDITIONS), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, text in enumerate(DOCX_CONDITIONS_HEAD):
        cell = t.cell(0, c)
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "D9E2F3")
    for r, row in enumerate(DOCX_CONDITIONS, start=1):
        for c, text in enumerate(row):
            t.cell(r, c).paragraphs[0].add_run(text)
    doc.add_paragraph("", style="SOP Body")


def _trouble_table(doc) -> None:
    n_rows = 2 + sum(len(causes) for _, causes in DOCX_TROUBLE)
    t = doc.add_table(rows=n_rows, cols=3)
    t.style = "Table Grid"
    title = t.cell(0, 0).merge(t.cell(0, 2))
    title.paragraphs[0].add_run(DOCX_TROUBLE_TITLE).bold = True
    _shade(title, "1F3864")
    title.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
    for c, text in enumerate(DOCX_TROUBLE_HEAD):
        cell = t.cell(1, c)
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "D9E2F3")
    r = 2
    for symptom, causes in DOCX_TROUBLE:
        top = t.cell(r, 0)
        top.paragraphs[0].add_run(symptom).bold = True
        for k, (cause, action) in enumerate(causes):
            t.cell(r + k, 1).paragraphs[0].add_run(cause)
            t.cell(r + k, 2).paragraphs[0].add_run(action)
        if len(causes) > 1:
            top.merge(t.cell(r + len(causes) - 1, 0))
        r += len(causes)
    doc.add_paragraph("", style="SOP Body")


def build_docx(path: Path) -> None:
    _FF_BOOKMARK[0] = 200
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    _add_styles(doc)
    _add_numbering(doc)

    hp = section.header.paragraphs[0]
    _fill(hp, DOCX_HEADER)
    _right_tab(hp, 9468)
    fp = section.footer.paragraphs[0]
    _fill(fp, [DOCX_FOOTER_LEFT, ("tab",), "Page "])
    for x in _field_runs("PAGE", "1"):
        fp._p.append(parse_xml(x))
    _fill(fp, [" of "])
    for x in _field_runs("NUMPAGES", DOCX_NPAGES_CACHED):
        fp._p.append(parse_xml(x))
    _right_tab(fp, 9468)

    for kind, payload in DOCX_CONTENT:
        if kind == "title":
            _fill(doc.add_paragraph(style="SOP Title"), payload)
        elif kind == "h1":
            _fill(doc.add_paragraph(style="SOP Heading 1"), payload)
        elif kind == "h2":
            _fill(doc.add_paragraph(style="SOP Heading 2"), payload)
        elif kind == "p":
            p = doc.add_paragraph(style="SOP Body")
            _fill(p, payload, doc)
            if any(isinstance(s, tuple) and s[0] == "tab" for s in payload):
                ppr = p._p.get_or_add_pPr()
                ppr.append(parse_xml(f'<w:tabs {_W_DECL}><w:tab w:val="left" w:pos="4536"/>'
                                     '<w:tab w:val="left" w:pos="7371"/></w:tabs>'))
        elif kind in ("step", "step2"):
            p = doc.add_paragraph(style="SOP Step")
            _fill(p, payload)
            if kind == "step2":
                ppr = p._p.get_or_add_pPr()
                ppr.insert(1, parse_xml(f'<w:numPr {_W_DECL}><w:ilvl w:val="0"/>'
                                        '<w:numId w:val="72"/></w:numPr>'))
        elif kind == "note":
            _fill(doc.add_paragraph(style="SOP Note"), payload)
        elif kind == "textbox":
            p = doc.add_paragraph(style="SOP Body")
            p._p.append(parse_xml(_textbox_run_xml(payload)))
        elif kind == "conditions":
            _conditions_table(doc)
        elif kind == "trouble":
            _trouble_table(doc)
        else:  # pragma: no cover
            raise ValueError(kind)

    cp = doc.core_properties
    cp.title = "Miyaura borylation and Ir-catalysed C-H borylation"
    cp.author = "P. Oyelaran"
    cp.last_modified_by = "P. Oyelaran"
    cp.subject = "SOP-PC-022 Version 5.0"
    cp.keywords = "borylation; B2pin2; KOAc; Pd(dppf)Cl2; iridium; dtbpy"
    cp.comments = "Form fields are protected; fill in ELN reference, operator and substrate."
    cp.category = "SOP form"
    cp.revision = 5
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


def _docx_units() -> list[str]:
    units = [_para_text(DOCX_HEADER),
             f"{DOCX_FOOTER_LEFT}\tPage 1 of {DOCX_NPAGES_CACHED}"]
    for kind, payload in DOCX_CONTENT:
        if kind in ("title", "h1", "h2", "p", "step", "step2", "note"):
            units.append(_para_text(payload))
        elif kind == "textbox":
            units += [_para_text(segs) for segs in DOCX_TEXTBOXES[payload]]
        elif kind == "conditions":
            units += list(DOCX_CONDITIONS_HEAD)
            units += [c for row in DOCX_CONDITIONS for c in row]
        elif kind == "trouble":
            units.append(DOCX_TROUBLE_TITLE)
            units += list(DOCX_TROUBLE_HEAD)
            for symptom, causes in DOCX_TROUBLE:
                units.append(symptom)
                for cause, action in causes:
                    units += [cause, action]
    return units


# ---------------------------------------------------------------------------


def deleted_strings() -> dict[str, list[str]]:
    """No tracked changes in this part."""
    return {}


def visible_strings() -> dict[str, list[str]]:
    """Visible text units per guide stem."""
    return {
        Path(PDF_NAME).stem: _pol_units(),
        Path(DOCX_NAME).stem: _docx_units(),
    }


def marker_strings() -> dict[str, list[str]]:
    """No footnote markers in this part: the same units as visible_strings()."""
    return visible_strings()


SUFFIXES = {Path(n).stem: Path(n).suffix for n in (PDF_NAME, DOCX_NAME)}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    paths = [OUT_DIR / PDF_NAME, OUT_DIR / DOCX_NAME]
    build_polarimetry_pdf(paths[0])
    build_docx(paths[1])
    for p in paths:
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
