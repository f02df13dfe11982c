"""Generate the binary held-out test guides (PDF and DOCX) deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/test/make_test_guides.py

Writes:
    evals/test/guides/grignard-additions.pdf     (reportlab, invariant=1)
    evals/test/guides/peptide-coupling-spps.docx (python-docx, fixed core properties)

Re-running produces byte-identical files.
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
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT_DIR = Path(__file__).resolve().parent / "guides"
FIXED_DATE = _dt.datetime(2024, 5, 6, 9, 0, 0)
ZIP_DATE = (2024, 5, 6, 9, 0, 0)

# ---------------------------------------------------------------------------
# PDF: Grignard additions
# ---------------------------------------------------------------------------

GRIGNARD_FOOTER = "Grignard Additions - Troubleshooting Guide GR-07, rev. 2"

# Each entry: ("h", heading) or ("p", paragraph text) or ("table", None)
GRIGNARD_CONTENT = [
    ("title", "Grignard Reagents and Additions: Troubleshooting Guide"),
    ("sub", "Organic Synthesis Laboratories - Document GR-07, revision 2"),
    ("h", "1. Scope and general requirements"),
    ("p", "This guide covers the preparation of Grignard reagents from magnesium turnings, "
          "halogen-magnesium exchange with iPrMgCl\u00b7LiCl, titration, additions to aldehydes, "
          "ketones, esters and Weinreb amides, and the work-up. Oven-dry all glassware at "
          "120 \u00b0C for at least 4 h and assemble it hot under nitrogen. THF and Et2O must "
          "contain less than 50 ppm water by Karl Fischer titration."),
    ("h", "2. Preparing the reagent and getting it to initiate"),
    ("p", "Use 1.2-1.5 equiv of magnesium turnings relative to the halide and aim for a final "
          "concentration of 0.5-1.0 M. Activate the magnesium before any halide goes in: stir the "
          "dry turnings vigorously under nitrogen overnight, add one crystal of iodine, or add "
          "1,2-dibromoethane (5 mol%), which etches the surface and releases ethylene. On "
          "kilogram scale, DIBAL-H (1 mol%) is a reliable activator that also scavenges "
          "residual water."),
    ("p", "Add only 5-10% of the halide solution first and wait for initiation. Signs of "
          "initiation are a gentle exotherm, clouding of the solution, loss of the iodine colour "
          "or spontaneous reflux of the ether. Do not add the rest of the halide until initiation "
          "is confirmed: halide that accumulates in an uninitiated flask can react all at once "
          "and cause a runaway exotherm that overwhelms the condenser."),
    ("p", "If nothing happens within 15 min, warm the flask briefly with a heat gun, place it in "
          "an ultrasonic bath for 5 min, or add a few drops of a previously prepared Grignard "
          "solution. Never add more halide to a mixture that has not initiated."),
    ("h", "3. Wurtz coupling of benzylic and allylic halides"),
    ("p", "Benzylic and allylic halides couple with the Grignard reagent as it forms, giving the "
          "homodimer R-R (Wurtz coupling). Prepare these reagents at 0 \u00b0C in Et2O rather "
          "than THF, add the halide slowly over 1-2 h at high dilution (0.3 M), and use a large "
          "excess of magnesium (3 equiv)."),
    ("h", "4. Titration"),
    ("p", "Titrate every batch before use; commercial solutions lose titre once opened. Our "
          "standard method uses iodine in LiCl/THF. Dissolve iodine (254 mg, 1.00 mmol) in 3 mL "
          "of 0.5 M LiCl in THF, cool to 0 \u00b0C and add the Grignard solution dropwise from a "
          "1 mL syringe until the brown colour disappears and the solution becomes colourless. "
          "The molarity is mmol of iodine divided by mL of reagent added."),
    ("p", "Alternative indicator: salicylaldehyde phenylhydrazone (212 mg, 1.00 mmol) in 5 mL of "
          "dry THF at room temperature. The endpoint is a persistent bright orange colour."),
    ("h", "5. Halogen-magnesium exchange (Turbo Grignard)"),
    ("p", "iPrMgCl\u00b7LiCl (1.3 M in THF, 1.1 equiv) exchanges aryl and heteroaryl iodides at "
          "-20 \u00b0C within 30 min. Aryl bromides need an electron-withdrawing substituent or "
          "longer reaction times at 0-25 \u00b0C. Esters, nitriles and aryl chlorides survive "
          "when the exchange is run below -10 \u00b0C. To follow the exchange, quench a 0.1 mL "
          "aliquot into saturated NH4Cl and analyse by GC: the ArH to ArBr ratio gives the "
          "conversion."),
    ("h", "6. Additions to carbonyl compounds"),
    ("p", "Aldehydes: add 1.1-1.2 equiv of the Grignard reagent at 0 \u00b0C, or at -78 \u00b0C "
          "when the aldehyde carries an epimerisable alpha stereocentre."),
    ("p", "Enolisable ketones: the Grignard reagent acts as a base, and the ketone is recovered "
          "after work-up. Pre-stir the ketone with anhydrous CeCl3 (1.5 equiv) in THF for 2 h, "
          "then add the Grignard reagent at -78 \u00b0C. Dry CeCl3\u00b77H2O at 140 \u00b0C under "
          "vacuum for 2 h before use; poorly dried CeCl3 is worse than none. A soluble "
          "alternative is LaCl3\u00b72LiCl (1.0 equiv, 0.6 M in THF)."),
    ("p", "Reduction instead of addition: Grignard reagents with beta-hydrogens, such as "
          "iPrMgCl and iBuMgBr, reduce hindered ketones to the secondary alcohol through a "
          "six-membered transition state. Switch to the organolithium or add CeCl3."),
    ("p", "Esters give tertiary alcohols by double addition; use at least 2.2 equiv of "
          "Grignard reagent. To stop at the ketone, use the Weinreb amide with 1.2 equiv of "
          "Grignard reagent at 0 \u00b0C: the chelated tetrahedral intermediate is stable and "
          "collapses to the ketone only during the acidic work-up."),
    ("h", "7. Work-up"),
    ("p", "Quench at 0 \u00b0C by slow addition of saturated aqueous NH4Cl. Gelatinous "
          "magnesium salts cause emulsions; dissolve them with 1 M HCl if the product is "
          "acid-stable, or with 10% aqueous citric acid, or filter the mixture through Celite. "
          "Tertiary benzylic and allylic alcohols dehydrate in HCl, so quench those with "
          "NH4Cl only."),
    ("h", "8. Troubleshooting table"),
    ("table", None),
    ("h", "9. Safety notes"),
    ("p", "Never leave an initiating Grignard preparation unattended. Keep an ice bath ready "
          "under the flask during the halide addition, and keep the total volume of ether "
          "below half the flask volume so that a sudden reflux stays in the condenser."),
]

GRIGNARD_TABLE = [
    ("Symptom", "Likely cause", "Remedy"),
    ("Reaction does not initiate after 15 min",
     "Oxide layer on the magnesium or wet solvent",
     "Add 1,2-dibromoethane (5 mol%) or an iodine crystal and warm briefly with a heat gun"),
    ("Sudden violent reflux after a long induction period",
     "Halide accumulated before initiation",
     "Add only 5-10% of the halide until initiation is seen"),
    ("Homodimer R-R as the main product",
     "Wurtz coupling of a benzylic or allylic halide",
     "Use Et2O at 0 \u00b0C, 0.3 M and slow addition over 1-2 h"),
    ("Ketone recovered unchanged",
     "Enolisation by the Grignard reagent",
     "Pre-complex the ketone with CeCl3 (1.5 equiv) and add at -78 \u00b0C"),
    ("Secondary alcohol from a ketone",
     "Beta-hydride reduction by iPrMgCl or iBuMgBr",
     "Use the organolithium or add CeCl3"),
    ("Tertiary alcohol instead of ketone",
     "Double addition to an ester",
     "Use the Weinreb amide and 1.2 equiv of reagent"),
    ("Titration endpoint not sharp",
     "Iodine solution without LiCl",
     "Use 0.5 M LiCl in THF so the magnesium salts stay dissolved"),
    ("Thick emulsion at work-up",
     "Gelatinous magnesium hydroxide salts",
     "Add 1 M HCl or 10% citric acid, or filter through Celite"),
    ("Alkene instead of tertiary alcohol",
     "Acid-catalysed dehydration during work-up",
     "Quench with saturated NH4Cl only"),
]


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas that writes a running footer with 'Page x of y'."""

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
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _ = A4
        self.saveState()
        self.setStrokeColor(colors.grey)
        self.setLineWidth(0.5)
        self.line(20 * mm, 15 * mm, width - 20 * mm, 15 * mm)
        self.setFont("Helvetica", 8)
        self.setFillColor(colors.grey)
        self.drawString(20 * mm, 10 * mm, GRIGNARD_FOOTER)
        self.drawRightString(width - 20 * mm, 10 * mm, f"Page {self._pageNumber} of {total}")
        self.restoreState()


def build_grignard_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body = ParagraphStyle("Body", parent=styles["Normal"], fontName="Helvetica",
                          fontSize=10, leading=13.5, spaceAfter=6)
    head = ParagraphStyle("Head", parent=styles["Normal"], fontName="Helvetica-Bold",
                          fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("TitleX", parent=styles["Normal"], fontName="Helvetica-Bold",
                           fontSize=16, leading=20, alignment=TA_CENTER, spaceAfter=4)
    sub = ParagraphStyle("Sub", parent=styles["Normal"], fontName="Helvetica-Oblique",
                         fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=10)
    cell = ParagraphStyle("Cell", parent=styles["Normal"], fontName="Helvetica",
                          fontSize=9, leading=11.5)
    cell_head = ParagraphStyle("CellHead", parent=cell, fontName="Helvetica-Bold")

    story = []
    for kind, text in GRIGNARD_CONTENT:
        if kind == "title":
            story.append(Paragraph(text, title))
        elif kind == "sub":
            story.append(Paragraph(text, sub))
        elif kind == "h":
            story.append(Paragraph(text, head))
        elif kind == "p":
            story.append(Paragraph(text, body))
        elif kind == "table":
            rows = []
            for i, row in enumerate(GRIGNARD_TABLE):
                st = cell_head if i == 0 else cell
                rows.append([Paragraph(c, st) for c in row])
            table = Table(rows, colWidths=[50 * mm, 50 * mm, 70 * mm], repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(Spacer(1, 4))
            story.append(table)
            story.append(Spacer(1, 8))

    doc = SimpleDocTemplate(
        str(path), pagesize=A4,
        leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=22 * mm,
        title="Grignard Reagents and Additions: Troubleshooting Guide",
        author="Organic Synthesis Laboratories", subject="GR-07 rev. 2",
        creator="make_test_guides.py", invariant=1,
    )
    doc.build(story, canvasmaker=NumberedCanvas)


# ---------------------------------------------------------------------------
# DOCX: Fmoc SPPS coupling troubleshooting
# ---------------------------------------------------------------------------

SPPS_TABLE = [
    ("Symptom", "Cause", "Action"),
    ("Kaiser test still blue after double coupling",
     "On-resin aggregation or a hindered residue (Aib, N-methyl, beta-branched)",
     "Switch to NMP, recouple at 75 \u00b0C (not for Cys or His), then cap with Ac2O"),
    ("Deletion at a proline position although the Kaiser test was negative",
     "The Kaiser test does not detect secondary amines",
     "Use the chloranil test for N-terminal proline; blue or green beads mean free amine"),
    ("Peak at -18 Da in an Asp-containing peptide",
     "Aspartimide formation during piperidine treatment",
     "Add 0.1 M HOBt to the piperidine solution or use Fmoc-Asp(OMpe)-OH"),
    ("Peaks at +67 Da",
     "Piperidides formed by ring-opening of the aspartimide",
     "Suppress aspartimide formation as above; avoid DBU"),
    ("Very low yield and the chain lost after residue 2",
     "Diketopiperazine formation at the dipeptide stage",
     "Use 2-chlorotrityl resin or couple residues 2 and 3 as a dipeptide"),
    ("Peak at +16 Da",
     "Methionine oxidation during cleavage",
     "Use Reagent K and cleave under nitrogen"),
    ("Peak at +252 Da",
     "Incomplete Pbf removal from arginine",
     "Extend the cleavage time to 4 h"),
    ("Peaks at +56 Da",
     "tert-Butyl cation adducts on Trp, Cys or Met",
     "Increase the scavenger content; use Reagent K"),
    ("Doubled peak for a Cys or His peptide",
     "Base-mediated racemisation during activation",
     "Couple with DIC/Oxyma without preactivation, or use collidine instead of DIPEA"),
    ("N-terminus capped, chain stops growing",
     "Guanidinylation by excess HATU or HBTU",
     "Use 0.95 equiv of uronium reagent relative to the amino acid"),
    ("Resin bed shrinks and Fmoc removal slows down",
     "Interchain beta-sheet aggregation",
     "Wash with 0.8 M LiCl in DMF and insert pseudoproline dipeptides"),
    ("Peptide does not precipitate in ether",
     "Too much TFA left or a short hydrophobic peptide",
     "Concentrate the TFA further and keep the ether at -20 \u00b0C overnight"),
]


def _restart_numbering(doc, paragraph) -> int:
    """Make `paragraph` (List Number style) start a new list at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style = doc.styles["List Number"]
    style_numpr = style.element.pPr.numPr
    base_num_id = int(style_numpr.numId.val)
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


def build_spps_docx(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    doc.add_heading("Fmoc Solid-Phase Peptide Synthesis: Coupling Troubleshooting", level=0)
    doc.add_paragraph("Peptide Synthesis Laboratory - Working Instruction WI-PEP-04, issue 5. "
                      "Applies to manual and automated Fmoc/tBu SPPS on 0.05-0.25 mmol scale.")

    doc.add_heading("1. Resin choice and loading", level=1)
    doc.add_paragraph(
        "Use Rink amide resin (0.4-0.7 mmol/g) for C-terminal amides and Wang resin for "
        "C-terminal acids. Use 2-chlorotrityl chloride (2-CTC) resin when the C-terminal "
        "residue is Cys or His, or when Pro or Gly sits in the first two positions. For "
        "peptides longer than 30 residues, choose a low-loading resin (0.2-0.3 mmol/g) to "
        "reduce aggregation.")
    doc.add_paragraph(
        "To load 2-CTC resin, stir Fmoc-AA-OH (1.2 equiv) with DIPEA (4 equiv) in dry DCM "
        "(10 mL/g resin) for 2 h, then cap the remaining chloride sites with DCM/MeOH/DIPEA "
        "17:2:1 for 30 min. Determine the loading by Fmoc UV: cleave the Fmoc group from a "
        "weighed sample with 20% piperidine in DMF and measure the dibenzofulvene-piperidine "
        "adduct at 301 nm (\u03b5 = 7800 M\u207b\u00b9 cm\u207b\u00b9).")

    doc.add_heading("2. Standard Fmoc cycle", level=1)
    cycle = [
        "Swell the resin in DCM for 20 min, then in DMF for 20 min.",
        "Remove Fmoc with 20% piperidine in DMF, first for 3 min and then for 10 min with fresh reagent.",
        "Wash with DMF five times, 1 min each.",
        "Pre-activate Fmoc-AA-OH (4 equiv) with HATU (3.9 equiv) and DIPEA (8 equiv) in DMF for no longer than 2 min.",
        "Add the activated amino acid to the resin and agitate for 45 min at room temperature; do not use a magnetic stir bar, which grinds the beads.",
        "Wash with DMF three times.",
        "Run a Kaiser test on a few beads; if it is positive, recouple with fresh reagents (double coupling).",
        "If the test is still positive after double coupling, cap with Ac2O/DIPEA/DMF 1:1:8 (v/v) for 10 min.",
        "Wash with DMF three times and continue with the next residue.",
    ]
    for step in cycle:
        doc.add_paragraph(step, style="List Number")

    doc.add_heading("2.1 Kaiser test", level=2)
    doc.add_paragraph(
        "Transfer 10-20 beads to a small test tube and add 2 drops each of 5% ninhydrin in "
        "ethanol, 80% phenol in ethanol, and KCN in pyridine (2 mL of 0.001 M aqueous KCN in "
        "98 mL of pyridine). Heat at 110 \u00b0C for 5 min. Blue beads and a blue solution "
        "mean free primary amine, i.e. incomplete coupling; yellow beads mean the coupling is "
        "complete. The Kaiser test is unreliable for N-terminal proline, which gives a weak "
        "red-brown colour; use the chloranil test there.")

    doc.add_heading("3. Coupling reagents and racemisation", level=1)
    doc.add_paragraph(
        "HATU and HBTU with DIPEA are fast and suit most residues. Keep the uronium reagent "
        "slightly below the amino acid (0.95-0.98 equiv relative to the amino acid), because "
        "excess uronium reagent reacts with the free N-terminus and caps the chain as a "
        "tetramethylguanidinium derivative.")
    doc.add_paragraph(
        "Cys and His racemise readily with uronium reagents, DIPEA and preactivation. Couple "
        "them with DIC/Oxyma (4 equiv each) without preactivation, or replace DIPEA with "
        "2,4,6-collidine. In microwave synthesis, keep Cys and His couplings at 50 \u00b0C or "
        "below. Fmoc-Arg(Pbf)-OH forms an inactive delta-lactam on activation, so Arg is "
        "routinely double coupled.")

    doc.add_heading("4. Difficult sequences and aggregation", level=1)
    doc.add_paragraph(
        "Interchain beta-sheet aggregation typically starts between residues 6 and 15 and is "
        "worst in hydrophobic stretches rich in Val, Ile, Ala and Phe. Warning signs are a "
        "shrinking resin bed, a broadened Fmoc deprotection UV trace and slow, incomplete "
        "couplings.")
    doc.add_paragraph(
        "Remedies, roughly in order of effort: switch the solvent to NMP or DMF/DMSO 4:1; "
        "wash with 0.8 M LiCl in DMF before coupling; couple at 75 \u00b0C by microwave; insert "
        "a pseudoproline dipeptide at a Ser or Thr every 5-6 residues; or use Dmb or Hmb "
        "backbone protection on Gly.")

    doc.add_heading("5. Side reactions", level=1)
    doc.add_heading("5.1 Aspartimide formation", level=2)
    doc.add_paragraph(
        "Asp-Gly, Asp-Asn, Asp-Ser and Asp-Thr sequences cyclise to the aspartimide during "
        "every piperidine treatment. LC-MS shows the aspartimide at -18 Da and the ring-opened "
        "piperidides at +67 Da. Add 0.1 M HOBt to the 20% piperidine solution, use "
        "Fmoc-Asp(OMpe)-OH instead of Fmoc-Asp(OtBu)-OH, or for Asp-Gly couple the dipeptide "
        "Fmoc-Asp(OtBu)-(Dmb)Gly-OH. Do not use DBU for Fmoc removal in Asp-containing "
        "peptides.")
    doc.add_heading("5.2 Diketopiperazine formation", level=2)
    doc.add_paragraph(
        "After Fmoc removal from the second residue, the free amine can attack the ester "
        "linkage to the resin and release a cyclic dipeptide, so the chain is lost. This is "
        "worst with Pro or Gly in the first two positions on Wang resin. Use the bulky 2-CTC "
        "resin, shorten the deprotection to 2 x 3 min, couple residue 3 immediately, or couple "
        "residues 2 and 3 as a preformed dipeptide.")
    doc.add_heading("5.3 Deletion sequences", level=2)
    doc.add_paragraph(
        "A peak at the target mass minus one residue means a coupling was incomplete and the "
        "unreacted chain was extended in the next cycle. Double couple difficult residues and "
        "cap with acetic anhydride so that failure sequences are truncated rather than "
        "deleted, which makes them much easier to separate by HPLC.")

    doc.add_heading("6. Cleavage and isolation", level=1)
    doc.add_paragraph(
        "Standard cocktail: TFA/TIS/H2O 95:2.5:2.5. For peptides containing Cys, Met or Trp, "
        "use Reagent K: TFA/phenol/water/thioanisole/EDT 82.5:5:5:5:2.5. Peptides with several "
        "Arg(Pbf) residues need a 4 h cleavage.")
    cleavage = [
        "Wash the resin with DCM three times and dry it under a nitrogen stream for 30 min.",
        "Add 10 mL of cleavage cocktail per gram of resin and agitate for 2-3 h at room temperature.",
        "Filter and wash the resin twice with 1 mL of neat TFA.",
        "Concentrate the combined filtrate under a nitrogen stream to about one third of its volume.",
        "Add it dropwise to 10 volumes of cold diethyl ether (-20 \u00b0C) to precipitate the peptide.",
        "Centrifuge at 3000 rpm for 5 min, decant, and wash the pellet twice more with cold ether.",
        "Dissolve the pellet in water/MeCN 1:1 containing 0.1% TFA and lyophilise.",
    ]
    new_num = None
    for i, step in enumerate(cleavage):
        para = doc.add_paragraph(step, style="List Number")
        if i == 0:
            new_num = _restart_numbering(doc, para)
        _set_num(para, new_num)

    doc.add_heading("7. Troubleshooting table", level=1)
    table = doc.add_table(rows=len(SPPS_TABLE), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(SPPS_TABLE):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True

    doc.add_paragraph(
        "Record every failed synthesis, its LC-MS data and the fix applied in the group "
        "synthesis log so that difficult sequences can be recognised early.")

    cp = doc.core_properties
    cp.title = "Fmoc SPPS Coupling Troubleshooting"
    cp.author = "Peptide Synthesis Laboratory"
    cp.last_modified_by = "Peptide Synthesis Laboratory"
    cp.subject = "WI-PEP-04 issue 5"
    cp.keywords = "SPPS; Fmoc; peptide coupling; troubleshooting"
    cp.comments = ""
    cp.category = ""
    cp.revision = 5
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE

    buf = io.BytesIO()
    doc.save(buf)
    _write_deterministic_zip(buf.getvalue(), path)


def _write_deterministic_zip(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed timestamps and sorted-by-original order."""
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


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    pdf_path = OUT_DIR / "grignard-additions.pdf"
    docx_path = OUT_DIR / "peptide-coupling-spps.docx"
    build_grignard_pdf(pdf_path)
    build_spps_docx(docx_path)
    for p in (pdf_path, docx_path):
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
