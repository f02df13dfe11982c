"""Generate the binary guides of the fresh3 held-out part (PDF and DOCX) deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh3/make_fresh3_guides.py

Writes:
    evals/fresh3/guides/heck-reaction-application-note.pdf
        reportlab, invariant=1.  Application note with a two-level numbered heading scheme
        (1., 1.1), footnote markers in the text and the footnotes at the bottom of the page on
        which the marker falls, a table whose caption sits above it, and a shaded "Tip" box
        drawn in a sidebar beside the text of page 1.
    evals/fresh3/guides/dmp-tempo-oxidations-handbook.docx
        python-docx.  Heading 1 / Heading 2 styles, Word-numbered procedures (List Number with
        a w:num that restarts at 1), and a two-column troubleshooting table "Observation | What
        to do" in which single cells hold several paragraphs and bullet lists.  Fixed core
        properties and zip timestamps.

Re-running produces byte-identical files.  The visible text of both documents is held in the
module-level data structures below; `visible_strings()` returns it (one string per paragraph,
list item, table-cell paragraph, footnote or sidebar paragraph) for the anchor checks in
verify_fresh3_anchors.py.  In the PDF a footnote marker is a superscript digit directly after a
word; the visible string carries that digit in the same place ("conditions1"), as a text
extractor would give it.
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
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT_DIR = Path(__file__).resolve().parent / "guides"
FIXED_DATE = _dt.datetime(2025, 2, 3, 9, 15, 0)
ZIP_DATE = (2025, 2, 3, 9, 15, 0)

PDF_NAME = "heck-reaction-application-note.pdf"
DOCX_NAME = "dmp-tempo-oxidations-handbook.docx"

# ---------------------------------------------------------------------------
# PDF: Mizoroki-Heck application note
# ---------------------------------------------------------------------------
# Only characters of the standard Helvetica (WinAnsi) encoding: ASCII hyphen for minus signs,
# "beta"/"alpha" spelled out, no arrows, no subscripts.  "{n}" in a text marks footnote n.
# Entries: ("h1", text) numbered first-level heading; ("h2", text) second-level heading;
#          ("p", text) paragraph; ("sym", (lead, text)) paragraph opening with a bold lead;
#          ("steps", [...]) numbered protocol; ("bullets", [...]); ("table", None) Table 1.

HECK_HEADER = "Kestrel Fine Catalysts | Application Note AN-H07"
HECK_FOOTER = "AN-H07 revision C, May 2024. Kestrel Fine Catalysts Applications Laboratory."
HECK_TITLE = "Mizoroki-Heck Reactions in Practice"
HECK_SUBTITLE = ("Starting conditions, a worked protocol and the failure modes we see most often "
                 "in customer samples")

HECK_SIDEBAR_TITLE = "Tip: watch the first 15 minutes"
HECK_SIDEBAR = [
    "A clear yellow to orange solution that darkens slowly over several hours is normal for a "
    "Heck reaction in DMF.",
    "A black precipitate or a metallic mirror on the glass within the first 15 min at "
    "temperature means the catalyst died before the aryl halide reacted.",
    "Do not rescue that flask by adding more catalyst. Stop, degas the solvent properly and "
    "repeat with more ligand (section 4.2).",
]

HECK_FOOTNOTES = {
    1: "Jeffery, T. J. Chem. Soc., Chem. Commun. 1984, 1287. Tetraalkylammonium salts stabilise "
       "ligand-free Pd(0) and let aryl iodides couple at or near room temperature.",
    2: "Littke, A. F.; Fu, G. C. J. Am. Chem. Soc. 2001, 123, 6989.",
    3: "Cabri, W.; Candiani, I. Acc. Chem. Res. 1995, 28, 2. Silver and thallium salts remove the "
       "halide from palladium; thallium salts are not used in our laboratory because of their "
       "toxicity.",
    4: "Commercial acrylates contain 10-100 ppm MEHQ (4-methoxyphenol) as polymerisation "
       "inhibitor. Do not remove it before a Heck reaction; it does not poison the catalyst.",
    5: "Free P(t-Bu)3 is pyrophoric. The phosphonium salt [HP(t-Bu)3]BF4 is an air-stable solid "
       "that can be weighed in air; the amine base releases the phosphine in the flask.",
    6: "Pd(OAc)2 should be an orange-brown powder. Dark brown or black material has partly "
       "decomposed to Pd(0) and gives irreproducible results.",
}

HECK_TABLE_CAPTION = ("Table 1. Starting conditions by electrophile "
                      "(0.5 M in the electrophile, 1.5 equiv alkene)")
HECK_TABLE = [
    ("Electrophile", "Catalyst and ligand", "Base", "Solvent, temperature", "Typical time"),
    ("Aryl iodide", "Pd(OAc)2 1 mol%, no phosphine", "Et3N 1.5 equiv or NaOAc 2.0 equiv",
     "DMF or MeCN, 80 °C", "2-6 h"),
    ("Aryl iodide, heat-sensitive (Jeffery)", "Pd(OAc)2 2 mol% with n-Bu4NCl 1.0 equiv",
     "K2CO3 2.5 equiv", "DMF, 25-50 °C", "12-24 h"),
    ("Aryl bromide, electron-poor", "Pd(OAc)2 1 mol%, P(o-tol)3 2 mol%", "Et3N 1.5 equiv",
     "DMF, 100 °C", "8-16 h"),
    ("Aryl bromide, electron-rich or ortho-substituted",
     "Herrmann-Beller palladacycle 0.5 mol% (as Pd)", "NaOAc 1.5 equiv", "DMA, 130-140 °C",
     "16-24 h"),
    ("Aryl chloride", "Pd2(dba)3 1.5 mol%, [HP(t-Bu)3]BF4 6 mol%", "Cy2NMe 1.2 equiv",
     "1,4-dioxane, 100-120 °C", "12-24 h"),
    ("Aryl or vinyl triflate", "Pd(OAc)2 3 mol%, dppp 6 mol%", "Et3N 2.0 equiv", "DMF, 80 °C",
     "4-16 h"),
]

HECK_CONTENT = [
    ("h1", "1. Introduction"),
    ("h2", "1.1 Scope"),
    ("p", "This note is written for chemists who run Mizoroki-Heck couplings of aryl and vinyl "
          "halides or triflates with alkenes on a 0.5-50 mmol scale. It gives starting "
          "conditions for each class of electrophile, one worked protocol, and the failure "
          "modes that our applications laboratory sees most often in samples sent in by "
          "customers, each with the change we make first."),
    ("h2", "1.2 What has to happen in the flask"),
    ("p", "Pd(0) inserts into the carbon-halogen bond (oxidative addition), the alkene inserts "
          "into the new Pd-C bond (migratory insertion), and beta-hydride elimination releases "
          "the substituted alkene together with H-Pd-X. The base removes HX so that Pd(0) is "
          "regenerated. Every step has a failure mode of its own: aryl chlorides and "
          "electron-rich aryl bromides fail at oxidative addition; ligand-free Pd(0) that "
          "waits too long for its substrate aggregates into palladium black; and a slow or "
          "reversible beta-hydride elimination moves the double bond. Reading a symptom in "
          "terms of these three steps usually points straight to the fix."),
    ("p", "The reaction tolerates water, air during weighing, and most functional groups "
          "(esters, nitriles, ketones, aldehydes, free phenols and unprotected NH heterocycles). "
          "It does not tolerate dissolved oxygen at temperature, which oxidises the phosphine "
          "and leaves Pd(0) without a ligand."),
    ("h1", "2. Choosing conditions"),
    ("h2", "2.1 Electrophile and catalyst"),
    ("p", "The electrophile decides the catalyst. Reactivity falls in the order ArI > ArOTf, "
          "ArBr >> ArCl. Aryl iodides react without added phosphine, aryl bromides need a "
          "phosphine, and aryl chlorides need a bulky, electron-rich trialkylphosphine such "
          "as P(t-Bu)3{2}{5}. Start from the row of Table 1 that matches your electrophile and "
          "run a 0.5 mmol test before scaling up."),
    ("table", None),
    ("p", "Use the alkene in excess (1.2-1.5 equiv) unless it is the valuable partner. "
          "Acrylates, acrylonitrile and styrenes are the best partners and give the E isomer "
          "with at least 95:5 selectivity. 1,2-Disubstituted alkenes react slowly and usually "
          "need 120 °C; trisubstituted alkenes are rarely worth trying in an intermolecular "
          "reaction."),
    ("h2", "2.2 Base and solvent"),
    ("p", "Et3N (1.5-2.0 equiv) is the default base for aryl iodides and bromides in DMF or "
          "MeCN. Inorganic bases (K2CO3 or NaOAc, 2.0-2.5 equiv) are preferred over Et3N above "
          "120 °C, because at that temperature the amine becomes a hydride donor and reduces "
          "the aryl halide to the arene Ar-H. Cy2NMe (N,N-dicyclohexylmethylamine) is the base "
          "of choice with P(t-Bu)3."),
    ("p", "Use DMF, DMA or NMP for reactions above 100 °C and MeCN at reflux (82 °C) for aryl "
          "iodides. Avoid alcohols as solvents: they are hydride donors too. Up to about 1% "
          "water in DMF is tolerated; a bottle of DMF that smells of amine contains "
          "dimethylamine and formic acid and should be replaced."),
    ("h2", "2.3 Jeffery conditions"),
    ("p", "Adding a tetraalkylammonium salt (n-Bu4NCl or n-Bu4NBr, 1.0 equiv) to ligand-free "
          "Pd(OAc)2 with K2CO3 or NaHCO3 as the base lets aryl iodides couple at 25-50 °C{1}. "
          "Jeffery conditions are preferred over phosphine conditions when the substrate or "
          "the product is heat-sensitive, when the product alkene isomerises at 100 °C, and "
          "for intramolecular reactions that form quaternary centres. They are not a fix for "
          "aryl chlorides. The ammonium salt also stabilises colloidal Pd(0), which is why "
          "1 equiv of TBAB is the first additive to try when a phosphine-free reaction turns "
          "black."),
    ("h2", "2.4 Regioselectivity with electron-rich alkenes"),
    ("p", "With acrylates and styrenes the aryl group goes to the terminal (beta) carbon. With "
          "electron-rich alkenes such as butyl vinyl ether, enamides and allyl ethers, the "
          "neutral pathway (aryl halide with a monodentate phosphine) gives mixtures of the "
          "branched (alpha) and linear (beta) products. The cationic pathway gives the "
          "branched product selectively: use an aryl triflate with Pd(OAc)2 (3 mol%) and dppp "
          "(6 mol%) in DMF at 80 °C, or, starting from an aryl bromide or iodide, add a halide "
          "scavenger such as AgOTf or Ag3PO4 (1.1 equiv){3}. Hydrolysis of the branched enol "
          "ether with 1 M HCl in THF (rt, 30 min) then gives the aryl methyl ketone."),
    ("p", "Allylic alcohols do not give the arylated allylic alcohol. Beta-hydride elimination "
          "towards the carbinol carbon gives an enol, which tautomerises to the 3-arylpropanal "
          "or the corresponding ketone. This is a useful route to 3-arylpropanals; if the "
          "allylic alcohol itself is wanted, protect it as a TBS or benzyl ether first."),
    ("h1", "3. Worked protocol"),
    ("h2", "3.1 Protocol A: n-butyl (E)-4-methoxycinnamate from 4-bromoanisole (10 mmol)"),
    ("steps", [
        "Dry a 50 mL Schlenk flask and stir bar at 120 °C, let them cool under argon, and "
        "charge Pd(OAc)2 (22.4 mg, 0.10 mmol, 1 mol%) and P(o-tol)3 (60.9 mg, 0.20 mmol, "
        "2 mol%).",
        "Add DMF (20 mL) that has been sparged with argon for 15 min, and stir at room "
        "temperature for 10 min until the solution is clear yellow.",
        "Add 4-bromoanisole (1.87 g, 1.25 mL, 10.0 mmol), n-butyl acrylate (2.15 mL, "
        "15.0 mmol, 1.5 equiv) and Et3N (2.09 mL, 15.0 mmol, 1.5 equiv) by syringe.",
        "Seal the flask, lower it into an oil bath preheated to 100 °C and stir at 600 rpm.",
        "After 1 h take a 20 µL sample, dilute it with 1 mL of MeCN and check it by HPLC or "
        "by TLC (hexane/EtOAc 9:1: the product runs at Rf 0.4, 4-bromoanisole at Rf 0.7).",
        "Keep heating until less than 2% of the 4-bromoanisole remains by HPLC, usually "
        "12-16 h.",
        "Cool to room temperature, dilute with EtOAc (60 mL) and filter through a 1 cm pad of "
        "Celite to remove palladium black; rinse the pad with EtOAc (20 mL).",
        "Wash the filtrate with water (2 × 40 mL) and 5% aqueous LiCl (40 mL) to remove DMF "
        "and triethylammonium bromide, then with brine (40 mL).",
        "Dry over MgSO4, concentrate, and purify by chromatography (hexane/EtOAc 95:5 to "
        "90:10). Expected yield 85-92% of a colourless oil, E:Z above 98:2.",
    ]),
    ("h2", "3.2 Scaling up"),
    ("p", "Above 20 mmol, add the Et3N last and bring the mixture to temperature over 30 min: "
          "Heck reactions in DMF are exothermic once they start. Keep acrylate reactions below "
          "120 °C and leave the inhibitor in the acrylate{4}. Residual palladium in the product "
          "is typically 200-800 ppm after chromatography and needs a scavenging step if the "
          "material goes into biological testing."),
    ("h1", "4. Troubleshooting"),
    ("h2", "4.1 Nothing happens: starting material recovered"),
    ("sym", ("No conversion of an aryl chloride.",
             "P(o-tol)3 and PPh3 do not activate ordinary aryl chlorides at any practical temperature. "
             "Switch to Pd2(dba)3 (1.5 mol%) with [HP(t-Bu)3]BF4 (6 mol%) and Cy2NMe "
             "(1.2 equiv) in dioxane at 100-120 °C, or convert the chloride into the bromide "
             "or triflate.")),
    ("sym", ("No conversion of an aryl bromide, solution still yellow.",
             "Oxidative addition is too slow because the bromide is electron-rich or "
             "ortho-substituted. Raise the temperature to 130-140 °C in DMA with NaOAc as "
             "the base, or change to the palladacycle or to P(t-Bu)3. Check the internal "
             "temperature as well: in a loosely fitting heating block it can be 15-20 °C "
             "below the set value.")),
    ("sym", ("No conversion with a dark Pd(OAc)2.",
             "Decomposed palladium acetate{6} gives a low and variable amount of active "
             "catalyst. Open a fresh bottle, or one that has been stored closed in a "
             "desiccator; a good batch starts the reaction within 30 min.")),
    ("sym", ("Aryl triflate turned back into the phenol.",
             "Triflates are cleaved by hydroxide and by carbonate bases with water at high "
             "temperature. Use Et3N or i-Pr2NEt in dry DMF and stay at 80 °C.")),
    ("h2", "4.2 Palladium black and stalled reactions"),
    ("sym", ("Black precipitate within 15 min, conversion stops below 20%.",
             "Pd(0) aggregated before it could react: oxygen destroyed the phosphine, there "
             "is too little ligand, or the temperature is too high for a ligand-free system. "
             "Degas the solvent (argon sparge for 15 min, or three freeze-pump-thaw cycles), "
             "raise the P:Pd ratio from 2:1 to 4:1, and under phosphine-free conditions add "
             "n-Bu4NBr (1.0 equiv). Adding more catalyst to the black mixture rarely helps.")),
    ("sym", ("Reaction stops at 50-70% and the mixture darkens slowly.",
             "Either the catalyst has reached the end of its life or the alkene has gone: "
             "acrylates polymerise, and volatile alkenes such as methyl acrylate (bp 80 °C) "
             "escape through a needle vent. Check for remaining alkene by TLC or GC first. If "
             "alkene remains, add a second portion of catalyst (0.5 mol% Pd(OAc)2 with "
             "1 mol% ligand in 1 mL of degassed DMF); if it has gone, add 0.5 equiv more "
             "alkene.")),
    ("sym", ("Gummy, insoluble material and no acrylate left.",
             "The acrylate polymerised. Keep the commercial inhibitor in, add BHT (1 mol%), "
             "stay at or below 120 °C, and on scale add the acrylate in two portions.")),
    ("h2", "4.3 Wrong isomer"),
    ("sym", ("Branched and linear products from a vinyl ether or enamide.",
             "The neutral and cationic pathways compete. For the branched (alpha) product use "
             "the cationic conditions of section 2.4. The linear product is hard to obtain "
             "cleanly from electron-rich alkenes; consider a different disconnection.")),
    ("sym", ("Double bond moved into the ring or along the chain.",
             "H-Pd-X adds back to the product before it leaves the metal, typically with "
             "cyclic alkenes and 1,2-disubstituted alkenes. Add Ag2CO3 (1.0 equiv) or switch "
             "to Jeffery conditions at 40-60 °C, and stop the reaction as soon as the halide "
             "is consumed: prolonged heating isomerises the product further.")),
    ("sym", ("E:Z ratio lower than expected.",
             "Acrylates and styrenes give at least 95:5 E. Poorer ratios usually come from "
             "1,1-disubstituted or trisubstituted alkenes; methyl methacrylate also gives the "
             "deconjugated exo-methylene isomer. Cinnamates also isomerise in daylight during "
             "workup and chromatography, so wrap flasks and columns in foil.")),
    ("sym", ("Aldehyde or ketone instead of the expected allylic alcohol.",
             "This is the normal outcome with allylic alcohols (section 2.4). Protect the "
             "alcohol if the alkene must be kept.")),
    ("h2", "4.4 Side products"),
    ("sym", ("Arene Ar-H (the halogen replaced by hydrogen).",
             "A hydride from Et3N, formate or an alcohol solvent reduces the aryl-palladium "
             "intermediate. Replace Et3N by K2CO3 or NaOAc, avoid alcohol solvents, and lower "
             "the temperature by 20 °C.")),
    ("sym", ("Biaryl Ar-Ar.",
             "Homocoupling under ligand-free conditions when the alkene is slow or scarce. "
             "Raise the alkene to 2.0 equiv, charge it before the catalyst, and add the "
             "phosphine.")),
    ("sym", ("Saturated product: aryl group added but no double bond.",
             "This is the reductive Heck product: a hydride source intercepted the "
             "alkyl-palladium intermediate. It is common in intramolecular reactions in which "
             "beta-hydride elimination is impossible. Remove formate salts, use an inorganic "
             "base and a fresh bottle of DMF.")),
    ("h2", "4.5 Intramolecular reactions"),
    ("p", "5-exo and 6-exo cyclisations are fast; 7-exo and endo closures need higher "
          "temperatures. Run cyclisations at 0.02-0.05 M to suppress intermolecular coupling. "
          "For quaternary centres use Pd(OAc)2 (10 mol%) and PPh3 (20 mol%) with Ag3PO4 or "
          "Ag2CO3 (2 equiv) in MeCN or DMA at 80 °C. Asymmetric versions use Pd2(dba)3 with "
          "(R)-BINAP and 1,2,2,6,6-pentamethylpiperidine (PMP, 4 equiv) in DMA."),
    ("h1", "5. Check first"),
    ("p", "Before changing the catalyst or the ligand, check these four points; between them "
          "they explain most of the failed runs that customers send us."),
    ("bullets", [
        "Was the solvent degassed, and was the flask under argon before it was heated?",
        "Is the electrophile matched to the catalyst? No aryl chlorides with P(o-tol)3.",
        "Is the Pd(OAc)2 orange-brown, and is the acrylate free of polymer?",
        "Is the internal temperature really what the heating block says?",
    ]),
    ("p", "If all four are in order, send us 50 mg of the aryl halide and the HPLC trace of "
          "your best run, and quote application note AN-H07."),
]


def _fn_markup(text: str) -> str:
    return re.sub(r"\{(\d)\}", r"<super>\1</super>", escape(text))


class _FootMark(Flowable):
    """Zero-size flowable that records a footnote for the page it lands on."""

    def __init__(self, number: int, sink: list):
        super().__init__()
        self.number = number
        self.sink = sink
        self.width = self.height = 0

    def wrap(self, avail_w, avail_h):  # noqa: D401 (reportlab API)
        return 0, 0

    def draw(self):
        self.sink.append(self.number)


def build_heck_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body = ParagraphStyle("Body", parent=styles["Normal"], fontName="Helvetica",
                          fontSize=9.5, leading=12.8, spaceAfter=5)
    h1 = ParagraphStyle("H1", parent=styles["Normal"], fontName="Helvetica-Bold",
                        fontSize=12.5, leading=15, spaceBefore=10, spaceAfter=4,
                        textColor=colors.HexColor("#1F4E5F"), keepWithNext=1)
    h2 = ParagraphStyle("H2", parent=styles["Normal"], fontName="Helvetica-Bold",
                        fontSize=10, leading=13, spaceBefore=6, spaceAfter=3,
                        textColor=colors.HexColor("#1F4E5F"), keepWithNext=1)
    title = ParagraphStyle("TitleX", parent=styles["Normal"], fontName="Helvetica-Bold",
                           fontSize=17, leading=21, spaceAfter=4)
    sub = ParagraphStyle("Sub", parent=styles["Normal"], fontName="Helvetica-Oblique",
                         fontSize=10, leading=13, spaceAfter=10,
                         textColor=colors.HexColor("#444444"))
    cell = ParagraphStyle("Cell", parent=styles["Normal"], fontName="Helvetica",
                          fontSize=8.3, leading=10.2)
    cell_head = ParagraphStyle("CellHead", parent=cell, fontName="Helvetica-Bold")
    caption = ParagraphStyle("Caption", parent=body, fontName="Helvetica-Bold", fontSize=9,
                             spaceBefore=4, spaceAfter=3)
    step_style = ParagraphStyle("Step", parent=body, leftIndent=7 * mm,
                                firstLineIndent=-5 * mm, spaceAfter=3)
    bullet_style = ParagraphStyle("Bullet", parent=body, leftIndent=7 * mm, bulletIndent=2 * mm,
                                  spaceAfter=2)
    foot_style = ParagraphStyle("Foot", parent=styles["Normal"], fontName="Helvetica",
                                fontSize=7.4, leading=9, leftIndent=4 * mm,
                                firstLineIndent=-4 * mm)
    side_title = ParagraphStyle("SideT", parent=styles["Normal"], fontName="Helvetica-Bold",
                                fontSize=9, leading=11.5, spaceAfter=3,
                                textColor=colors.HexColor("#7A4A00"))
    side_body = ParagraphStyle("SideB", parent=styles["Normal"], fontName="Helvetica",
                               fontSize=8.4, leading=10.8, spaceAfter=4)

    width, height = A4
    left, right, top = 18 * mm, 18 * mm, 22 * mm
    bottom = 44 * mm  # room for the footnotes above the page footer
    frame_w = width - left - right
    frame_h = height - top - bottom
    side_gap = 6 * mm
    main_w_first = 118 * mm
    side_x = left + main_w_first + side_gap
    side_w = frame_w - main_w_first - side_gap

    notes_on_page: list[int] = []

    def draw_running(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica-Bold", 8)
        canv.setFillColor(colors.HexColor("#1F4E5F"))
        canv.drawString(left, height - 12 * mm, HECK_HEADER)
        canv.setFont("Helvetica", 8)
        canv.drawRightString(width - right, height - 12 * mm, "Mizoroki-Heck reactions")
        canv.setStrokeColor(colors.HexColor("#1F4E5F"))
        canv.setLineWidth(0.7)
        canv.line(left, height - 14 * mm, width - right, height - 14 * mm)
        canv.setStrokeColor(colors.grey)
        canv.setLineWidth(0.4)
        canv.line(left, 13 * mm, width - right, 13 * mm)
        canv.setFillColor(colors.grey)
        canv.drawString(left, 9 * mm, HECK_FOOTER)
        canv.drawRightString(width - right, 9 * mm, f"Page {doc.page}")
        canv.restoreState()

    def draw_sidebar(canv, doc):
        draw_running(canv, doc)
        flow = [Paragraph(escape(HECK_SIDEBAR_TITLE), side_title)]
        flow += [Paragraph(escape(t), side_body) for t in HECK_SIDEBAR]
        pad = 3 * mm
        inner_w = side_w - 2 * pad
        heights = [f.wrap(inner_w, 500)[1] for f in flow]
        spacing = [side_title.spaceAfter] + [side_body.spaceAfter] * (len(flow) - 1)
        box_h = sum(heights) + sum(spacing[:-1]) + 2 * pad
        box_top = height - top - 38 * mm
        canv.saveState()
        canv.setFillColor(colors.HexColor("#FFF4DC"))
        canv.setStrokeColor(colors.HexColor("#C98A1B"))
        canv.setLineWidth(0.8)
        canv.rect(side_x, box_top - box_h, side_w, box_h, stroke=1, fill=1)
        canv.restoreState()
        y = box_top - pad
        for f, h, s in zip(flow, heights, spacing):
            f.drawOn(canv, side_x + pad, y - h)
            y -= h + s

    def draw_footnotes(canv, doc):
        if not notes_on_page:
            return
        canv.saveState()
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.4)
        y = bottom - 5 * mm
        canv.line(left, y, left + 45 * mm, y)
        y -= 2 * mm
        for n in notes_on_page:
            p = Paragraph(f"{n}&nbsp;&nbsp;{escape(HECK_FOOTNOTES[n])}", foot_style)
            _, h = p.wrap(frame_w, 100)
            p.drawOn(canv, left, y - h)
            y -= h + 1.2 * mm
        canv.restoreState()
        notes_on_page.clear()

    def para(text, style):
        return Paragraph(_fn_markup(text), style)

    def marks(text):
        return [_FootMark(int(n), notes_on_page) for n in re.findall(r"\{(\d)\}", text)]

    story = [
        NextPageTemplate("Main"),
        Paragraph(escape(HECK_TITLE), title),
        Paragraph(escape(HECK_SUBTITLE), sub),
    ]
    for kind, payload in HECK_CONTENT:
        if kind == "h1":
            story.append(para(payload, h1))
        elif kind == "h2":
            story.append(para(payload, h2))
        elif kind == "p":
            story.append(para(payload, body))
            story.extend(marks(payload))
        elif kind == "sym":
            lead, text = payload
            story.append(Paragraph(f"<b>{escape(lead)}</b> {_fn_markup(text)}", body))
            story.extend(marks(text))
        elif kind == "steps":
            for i, step in enumerate(payload, start=1):
                story.append(Paragraph(f"{i}.&nbsp;&nbsp;{_fn_markup(step)}", step_style))
        elif kind == "bullets":
            for item in payload:
                story.append(Paragraph(_fn_markup(item), bullet_style, bulletText="-"))
        elif kind == "table":
            data = []
            for i, row in enumerate(HECK_TABLE):
                st = cell_head if i == 0 else cell
                data.append([Paragraph(escape(c), st) for c in row])
            t = Table(data, colWidths=[32 * mm, 44 * mm, 33 * mm, 35 * mm, 22 * mm],
                      repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE9EE")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(KeepTogether([Paragraph(escape(HECK_TABLE_CAPTION), caption), t]))
            story.append(Spacer(1, 6))
        else:  # pragma: no cover
            raise ValueError(kind)

    first = Frame(left, bottom, main_w_first, frame_h, id="first", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    main = Frame(left, bottom, frame_w, frame_h, id="main", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        str(path), pagesize=A4,
        leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title=HECK_TITLE, author="Kestrel Fine Catalysts Applications Laboratory",
        subject="Application Note AN-H07 revision C", creator="make_fresh3_guides.py",
        invariant=1,
    )
    doc.addPageTemplates([
        PageTemplate(id="First", frames=[first], onPage=draw_sidebar, onPageEnd=draw_footnotes),
        PageTemplate(id="Main", frames=[main], onPage=draw_running, onPageEnd=draw_footnotes),
    ])
    doc.build(story)


# ---------------------------------------------------------------------------
# DOCX: Dess-Martin and TEMPO oxidations (group handbook chapter)
# ---------------------------------------------------------------------------
# Entries: ("title", text) Title style; ("sub", text) italic Normal paragraph;
#          ("h1", text) Heading 1; ("h2", text) Heading 2; ("p", text) Normal paragraph;
#          ("bullets", [...]) List Bullet; ("steps", [...]) Word-numbered List Number, restarting;
#          ("trouble", None) the Observation | What to do table; ("table", rows) grid table.
# A troubleshooting cell is a list of ("p", text) paragraphs and ("b", text) bullets.

DMP_HEADER = "Synthesis Group Handbook - Chapter 9 - Alcohol oxidations"
DMP_FOOTER = "Maintained by the methods subgroup. Revised 3 February 2025. Print copies expire."

DMP_TROUBLE_HEAD = ("Observation", "What to do")
DMP_TROUBLE = [
    ([("p", "DMP reaction stops at 60-80% conversion, and more time does not help.")],
     [("p", "Add a further 0.3-0.5 equiv of DMP as a solid and stir for another 30 min."),
      ("p", "The usual cause is a partly hydrolysed bottle: there is less iodine(V) in it than "
            "the weight suggests. Test the bottle as described in section 2 before the next "
            "run."),
      ("p", "For the next run, add water (1.1 equiv relative to the alcohol) slowly as "
            "water-saturated CH2Cl2 after the DMP. One equivalent of water accelerates the "
            "oxidation; more than that destroys the reagent.")]),
    ([("p", "Acid-sensitive group lost during a DMP oxidation: acetal, trityl or primary TBS "
            "ether cleaved.")],
     [("p", "Each oxidation releases two equivalents of acetic acid. Buffer the reaction:"),
      ("b", "add solid NaHCO3 (5 equiv) or pyridine (10 equiv) before the DMP;"),
      ("b", "keep the reaction between 0 °C and room temperature;"),
      ("b", "work up as soon as TLC shows that the alcohol has gone.")]),
    ([("p", "Aldehyde with an alpha-stereocentre is partly epimerised (two sets of CHO "
            "signals between 9.5 and 9.8 ppm).")],
     [("b", "Buffer the DMP reaction with NaHCO3 (5 equiv)."),
      ("b", "Keep the NaHCO3/thiosulfate wash short (15 min) and cold."),
      ("b", "Do not chromatograph the aldehyde on silica: use the crude material in the next "
            "step the same day."),
      ("p", "Swern conditions are worse for these substrates: the Et3N step at warm-up "
            "epimerises alpha-amino and alpha-alkoxy aldehydes.")]),
    ([("p", "Thick white solid or emulsion during the DMP workup; solids block the separating "
            "funnel.")],
     [("p", "The iodine(III) by-products have not yet been reduced to water-soluble "
            "2-iodobenzoate."),
      ("b", "Keep stirring with the 1:1 NaHCO3/Na2S2O3 mixture, up to 1 h, until both layers "
            "are clear."),
      ("b", "On more than 10 mmol, first dilute the reaction with Et2O or hexane, filter off "
            "the precipitated iodine by-products through Celite, and only then wash.")]),
    ([("p", "Aromatic signals at 7.5-8.2 ppm in the product after a DMP oxidation.")],
     [("p", "This is 2-iodobenzoic acid or its acetate. Wash the organic layer twice more with "
            "saturated NaHCO3, or filter a solution of the product through a short plug of "
            "basic alumina.")]),
    ([("p", "Anelli oxidation slow or incomplete although all the bleach has been added.")],
     [("p", "Check the pH of the aqueous layer first: it must be 8.5-9.5."),
      ("b", "pH above 10 (unbuffered bleach is pH 12-13): the oxidation is very slow. Add "
            "solid NaHCO3 until the pH is 9."),
      ("b", "Weak bleach: titrate the bottle and add more buffered bleach, 0.2 equiv at a "
            "time."),
      ("b", "Stirring too slow: the reaction is biphasic and needs at least 800 rpm."),
      ("b", "KBr forgotten: add 10 mol%; without bromide the reaction is several times "
            "slower.")]),
    ([("p", "Carboxylic acid instead of the aldehyde in a TEMPO/bleach oxidation.")],
     [("b", "Use no more than 1.1 equiv of NaOCl and add it at 0 °C."),
      ("b", "Quench with thiosulfate as soon as TLC shows the alcohol has gone."),
      ("b", "Leave out phase-transfer catalysts such as Aliquat 336 when the aldehyde is "
            "wanted: they promote over-oxidation to the acid."),
      ("p", "Unbranched aliphatic aldehydes and electron-poor benzaldehydes are the most prone, "
            "because their hydrates form readily in water and are oxidised further.")]),
    ([("p", "Electron-rich arene or alkene chlorinated (M+34 in the mass spectrum) after an "
            "Anelli oxidation.")],
     [("p", "Chlorination comes from hypochlorous acid and chlorine, which form when the pH "
            "drops below 8. Keep the pH at 8.5-9.5 and avoid excess bleach."),
      ("p", "If the substrate is an anisole, indole, phenol or an electron-rich alkene, switch "
            "to TEMPO/BAIB, which contains no chlorine.")]),
    ([("p", "TEMPO/BAIB oxidation slow, or over-oxidised to the acid.")],
     [("b", "Normal rates: primary alcohols 1-4 h, secondary alcohols 6-24 h."),
      ("b", "Check that the BAIB is a white powder; yellow, iodine-smelling material has "
            "decomposed."),
      ("b", "Add another 0.1 equiv of TEMPO if the reaction has stopped."),
      ("p", "Keep the reaction dry (CH2Cl2) when the aldehyde is wanted. In MeCN/water 1:1 "
            "with 2.2 equiv BAIB the same system gives the carboxylic acid.")]),
    ([("p", "Secondary alcohol oxidised as well when only the primary one should react.")],
     [("p", "DMP and the Anelli conditions are not selective. Use TEMPO/BAIB in CH2Cl2 at room "
            "temperature, or Cu/TEMPO with air; both strongly prefer primary alcohols."),
      ("p", "Stop at full conversion of the primary alcohol and do not add extra oxidant.")]),
    ([("p", "Cu/TEMPO (Stahl) reaction stays red-brown for hours.")],
     [("p", "The colour changes from red-brown to green when the alcohol has been consumed; a "
            "red-brown solution still contains alcohol."),
      ("b", "Make sure air reaches the solution: open flask, vigorous stirring, or a balloon "
            "of O2 for unreactive aliphatic alcohols."),
      ("b", "Benzylic and allylic alcohols need 1-3 h; unactivated aliphatic alcohols 20-24 h."),
      ("b", "Thiols and unprotected 1,2-amino alcohols bind the copper and stop the reaction; "
            "protect them or use DMP.")]),
    ([("p", "Low mass recovery of a small, volatile aldehyde.")],
     [("p", "Extract with pentane or Et2O instead of CH2Cl2 and evaporate at 30 °C and no "
            "lower than 400 mbar, or use the solution of the aldehyde directly in the next "
            "step after drying it over MgSO4.")]),
]

DMP_TABLE = [
    ("Method", "Oxidant", "Catalyst or additive", "Solvent, concentration",
     "Temperature, time"),
    ("DMP", "DMP 1.2-1.5 equiv", "NaHCO3 5 equiv if acid-sensitive", "CH2Cl2, 0.1 M",
     "rt, 0.5-2 h"),
    ("IBX", "IBX 3 equiv", "none", "EtOAc, 0.2 M", "80 °C, 3-6 h"),
    ("Anelli", "NaOCl 1.1 equiv, buffered to pH 9", "TEMPO 1 mol%, KBr 10 mol%",
     "CH2Cl2/water", "0 °C, 15-30 min"),
    ("TEMPO/BAIB", "PhI(OAc)2 1.1 equiv", "TEMPO 10 mol%", "CH2Cl2, 0.2 M", "rt, 1-4 h"),
    ("Stahl Cu/TEMPO", "Air (open flask)",
     "[Cu(MeCN)4]OTf 5 mol%, bpy 5 mol%, TEMPO 5 mol%, NMI 10 mol%", "MeCN, 0.2 M",
     "rt, 1-24 h"),
    ("Zhao (to the acid)", "NaClO2 2.0 equiv", "TEMPO 7 mol%, NaOCl 2 mol%",
     "MeCN/phosphate buffer pH 6.7", "35 °C, 4-12 h"),
]

DMP_CONTENT = [
    ("title", "Oxidation of Alcohols with Dess-Martin Periodinane and TEMPO"),
    ("sub", "Chapter 9 of the synthesis group handbook. Covers primary and secondary alcohols "
            "to aldehydes and ketones, and primary alcohols to carboxylic acids, on 0.05-50 mmol "
            "scale."),
    ("h1", "1. Which oxidant?"),
    ("p", "Both reagent families oxidise alcohols at or below room temperature, without "
          "chromium and without the cryogenic set-up and dimethyl sulfide smell of a Swern "
          "oxidation. Standard amounts are collected in section 5. In short:"),
    ("bullets", [
        "Dess-Martin periodinane (DMP) is the first choice on 0.05-5 mmol scale for valuable, "
        "sensitive or epimerisable substrates. It is fast (0.5-2 h), can be buffered to "
        "neutral, and tolerates sulfides, carbamate-protected amines, alkenes and most other "
        "groups.",
        "TEMPO/bleach (the Anelli oxidation) is preferred over DMP above about 10 mmol: the "
        "reagents are cheap, the by-products are NaCl and water, and the reaction is over in "
        "15-30 min at 0 °C.",
        "TEMPO/BAIB (bis(acetoxy)iodobenzene, PhI(OAc)2) is the choice when a primary alcohol "
        "must be oxidised next to a secondary one, or when the substrate cannot meet aqueous "
        "hypochlorite.",
        "Cu/TEMPO with air (the Stahl oxidation) oxidises benzylic, allylic and aliphatic "
        "primary alcohols selectively, with air as the terminal oxidant.",
        "TEMPO with NaClO2 and a catalytic amount of NaOCl (the Zhao modification) goes "
        "directly to the carboxylic acid without chlorinating the substrate.",
    ]),
    ("h2", "1.1 DMP compared with Swern and IBX"),
    ("p", "DMP is preferred over the Swern oxidation for alpha-amino and alpha-alkoxy "
          "aldehydes. N-Boc and N-Cbz amino alcohols give the aldehyde with less than 2% "
          "epimerisation when the DMP reaction is buffered with NaHCO3 and the aldehyde is used "
          "at once."),
    ("p", "IBX (2-iodoxybenzoic acid) is preferred over DMP when you want to avoid "
          "chromatography. IBX is insoluble in EtOAc, so the alcohol is heated with IBX "
          "(3 equiv) in EtOAc at 80 °C for 3-6 h and the mixture is filtered: the reduced "
          "iodine compound stays on the filter and the filtrate holds the aldehyde. IBX "
          "dissolves only in DMSO and is impact-sensitive; buy the stabilised form (SIBX) for "
          "anything above 5 g."),
    ("h1", "2. Reagent quality and storage"),
    ("p", "DMP hydrolyses in moist air to a less reactive acetoxy-iodinane and acetic acid. A "
          "good batch is a free-flowing white powder with a faint smell of acetic acid; "
          "yellowish, sticky or strongly vinegar-smelling material has partly hydrolysed. "
          "Store DMP at 2-8 °C under argon with the cap sealed with Parafilm, and let the "
          "bottle reach room temperature before opening it, so that no water condenses on the "
          "solid."),
    ("p", "Test an old bottle on 0.5 mmol of 4-nitrobenzyl alcohol (1.2 equiv DMP, CH2Cl2, "
          "0.1 M): complete conversion within 30 min by TLC means that the reagent is fine. "
          "Partly hydrolysed DMP is not useless; it simply contains less oxidant per gram, so "
          "use 1.5-2.0 equiv of it."),
    ("p", "Sodium hypochlorite solutions lose strength on storage, faster when warm or in "
          "light. The figure on the label is a maximum. Titrate the bottle once a month: "
          "dilute 1.00 mL of bleach to 50 mL with water, add KI (1 g) and acetic acid (5 mL), "
          "and titrate the iodine formed with 0.1 M Na2S2O3 to a starch end point. The "
          "molarity of NaOCl is 0.05 × the titre in mL. Keep bleach at 4 °C in the dark and "
          "replace it when it has lost a third of its label strength."),
    ("p", "TEMPO is a red-orange solid that sublimes slowly; keep it in a closed bottle in the "
          "fridge. BAIB should be white. Copper(I) salts for the Stahl oxidation should be "
          "white or off-white; green or blue [Cu(MeCN)4]OTf has oxidised."),
    ("h1", "3. Procedures"),
    ("h2", "3.1 Dess-Martin oxidation of a primary alcohol (5 mmol)"),
    ("steps", [
        "Dissolve the alcohol (5.0 mmol) in CH2Cl2 (50 mL, 0.1 M) in a round-bottomed flask "
        "fitted with a drying tube; an inert atmosphere is not needed.",
        "If the substrate or product is acid-sensitive, add solid NaHCO3 (2.10 g, 25 mmol, "
        "5 equiv).",
        "Add DMP (2.54 g, 6.0 mmol, 1.2 equiv) in one portion at room temperature. Above "
        "10 mmol, cool to 0 °C and add it in three portions over 10 min.",
        "Stir at room temperature and follow by TLC; most alcohols are consumed within "
        "30-90 min. The mixture turns cloudy as the reduced iodinane precipitates, which is "
        "normal.",
        "Dilute with Et2O (50 mL) and pour into a 1:1 mixture of saturated aqueous NaHCO3 and "
        "10% aqueous Na2S2O3 (50 mL).",
        "Stir vigorously for 15-30 min until both layers are clear.",
        "Separate the layers, extract the aqueous layer with Et2O (2 × 30 mL), wash the "
        "combined organic layers with saturated NaHCO3 and brine, dry over Na2SO4 and "
        "concentrate with the bath at no more than 30 °C.",
        "Use sensitive aldehydes within a few hours, or store them at -20 °C under argon.",
    ]),
    ("h2", "3.2 Anelli oxidation with TEMPO and bleach (20 mmol)"),
    ("steps", [
        "Dissolve the alcohol (20 mmol) in CH2Cl2 (60 mL). Add TEMPO (31 mg, 0.20 mmol, "
        "1 mol%) and a solution of KBr (238 mg, 2.0 mmol, 10 mol%) in water (5 mL).",
        "Cool to 0 °C in an ice bath and stir vigorously, at least 800 rpm.",
        "Measure out titrated bleach containing 22 mmol NaOCl (1.1 equiv) and bring it to "
        "pH 9-9.5 by adding saturated aqueous NaHCO3; check with pH paper.",
        "Add the buffered bleach dropwise over 10-15 min, keeping the internal temperature "
        "below 10 °C. A yellow-orange colour that persists means oxidant is in excess.",
        "Stir for 15 min after the end of the addition and check by TLC.",
        "Quench the excess oxidant with 10% aqueous Na2S2O3 (10 mL) until starch-iodide paper "
        "no longer turns blue.",
        "Separate the layers and extract the aqueous layer with CH2Cl2 (2 × 30 mL). Wash the "
        "combined organic layers with 10% aqueous HCl containing KI (0.5 g per 25 mL), then "
        "10% Na2S2O3 and water; the acidic KI wash removes most of the TEMPO.",
        "Dry over MgSO4 and concentrate.",
    ]),
    ("h1", "4. Troubleshooting"),
    ("p", "Check first: the age of the oxidant. Most failed DMP oxidations in the group "
          "logbook used a bottle opened more than six months earlier, and most failed Anelli "
          "oxidations used bleach that had not been titrated."),
    ("trouble", None),
    ("h1", "5. Reference amounts"),
    ("table", DMP_TABLE),
    ("h1", "6. Safety"),
    ("bullets", [
        "DMP and especially IBX are impact- and heat-sensitive. Never grind them, never heat the "
        "solids, and ask for a DSC measurement before running DMP on more than 50 g.",
        "Never mix bleach with acid (chlorine) or with ammonia or amines (chloramines).",
        "The thiosulfate quench of excess bleach is exothermic: add it at 0 °C.",
        "Treat TEMPO and copper-containing aqueous waste as heavy-metal waste in the labelled "
        "container, not down the sink.",
    ]),
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


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _fill_cell(cell, items) -> None:
    """Write a list of ("p", text) / ("b", text) items into a cell, one paragraph each."""
    for i, (kind, text) in enumerate(items):
        style = "List Bullet" if kind == "b" else None
        if i == 0:
            para = cell.paragraphs[0]
            para.add_run(text)
            if style:
                para.style = cell.part.document.styles[style]
        else:
            para = cell.add_paragraph(text, style=style)
        para.paragraph_format.space_after = Pt(3)


def build_dmp_docx(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    section = doc.sections[0]
    section.header.paragraphs[0].text = DMP_HEADER
    section.footer.paragraphs[0].text = DMP_FOOTER

    for kind, payload in DMP_CONTENT:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "sub":
            para = doc.add_paragraph()
            run = para.add_run(payload)
            run.italic = True
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
        elif kind == "trouble":
            table = doc.add_table(rows=1 + len(DMP_TROUBLE), cols=2)
            table.style = "Table Grid"
            for c, text in enumerate(DMP_TROUBLE_HEAD):
                cell = table.cell(0, c)
                cell.text = text
                cell.paragraphs[0].runs[0].bold = True
                _shade(cell, "DDEBF7")
            _repeat_header(table.rows[0])
            for r, (obs, todo) in enumerate(DMP_TROUBLE, start=1):
                _fill_cell(table.cell(r, 0), obs)
                _fill_cell(table.cell(r, 1), todo)
            doc.add_paragraph("")
        elif kind == "table":
            table = doc.add_table(rows=len(payload), cols=len(payload[0]))
            table.style = "Table Grid"
            for r, row in enumerate(payload):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = text
                    if r == 0:
                        cell.paragraphs[0].runs[0].bold = True
            doc.add_paragraph("")
        else:  # pragma: no cover
            raise ValueError(kind)

    cp = doc.core_properties
    cp.title = "Oxidation of Alcohols with Dess-Martin Periodinane and TEMPO"
    cp.author = "Methods subgroup"
    cp.last_modified_by = "A. Brennan"
    cp.subject = "Synthesis group handbook, chapter 9"
    cp.keywords = "DMP; Dess-Martin; TEMPO; Anelli; oxidation; troubleshooting"
    cp.comments = ""
    cp.category = "Handbook"
    cp.revision = 4
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


def visible_strings(markers: bool = True) -> dict[str, list[str]]:
    """Visible text units per guide stem (paragraphs, list items, cell paragraphs, footnotes).

    With markers=True a footnote marker appears as its digit directly after the word it
    follows, as a text extractor gives it; with markers=False the markers are left out.
    """

    def _fn_visible(text: str) -> str:
        return re.sub(r"\{(\d)\}", r"\1" if markers else "", text)

    pdf_units: list[str] = [HECK_HEADER, HECK_FOOTER, HECK_TITLE, HECK_SUBTITLE,
                            "Mizoroki-Heck reactions", HECK_SIDEBAR_TITLE, *HECK_SIDEBAR,
                            HECK_TABLE_CAPTION]
    pdf_units.extend(f"{n} {t}" for n, t in sorted(HECK_FOOTNOTES.items()))
    pdf_units.extend(c for row in HECK_TABLE for c in row)
    for kind, payload in HECK_CONTENT:
        if kind in ("h1", "h2", "p"):
            pdf_units.append(_fn_visible(payload))
        elif kind == "sym":
            pdf_units.append(f"{payload[0]} {_fn_visible(payload[1])}")
        elif kind in ("steps", "bullets"):
            pdf_units.extend(_fn_visible(s) for s in payload)
    docx_units: list[str] = [DMP_HEADER, DMP_FOOTER, *DMP_TROUBLE_HEAD]
    for kind, payload in DMP_CONTENT:
        if kind in ("steps", "bullets"):
            docx_units.extend(payload)
        elif kind == "table":
            docx_units.extend(c for row in payload for c in row)
        elif kind == "trouble":
            for obs, todo in DMP_TROUBLE:
                docx_units.extend(t for _, t in obs + todo)
        else:
            docx_units.append(payload)
    return {
        Path(PDF_NAME).stem: pdf_units,
        Path(DOCX_NAME).stem: docx_units,
    }


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    pdf_path = OUT_DIR / PDF_NAME
    docx_path = OUT_DIR / DOCX_NAME
    build_heck_pdf(pdf_path)
    build_dmp_docx(docx_path)
    for p in (pdf_path, docx_path):
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
