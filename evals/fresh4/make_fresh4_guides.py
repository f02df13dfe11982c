"""Generate the binary guides of the fresh4 held-out part (two PDFs and one DOCX) deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh4/make_fresh4_guides.py

Writes:
    evals/fresh4/guides/sharpless-ad-ae-two-column-review.pdf
        reportlab, invariant=1.  Journal-style practical review set in two text columns per
        page (reportlab BalancedColumns): title block, abstract and first-level section headings
        span both columns; second-level headings and run-in bold paragraph heads sit inside the
        columns; Table 1 spans both columns; a running header (journal line and short title)
        and a page number on every page; a numbered reference list set in two columns.
    evals/fresh4/guides/photoredox-slide-handout.pdf
        reportlab, invariant=1.  Landscape 16:9 slide handout, one slide per page: big slide
        title, bullets with indented sub-bullets, one slide holding a three-column comparison
        table, a footer line and "n / N" slide number on every page.
    evals/fresh4/guides/vacuum-distillation-qa-sop.docx
        python-docx.  QA-system SOP: document-control table at the top, headings and clauses
        numbered by typed text ("1.", "1.1", "7.2.3") instead of Word numbering, a
        Responsibilities section, a three-column troubleshooting table "Problem | Possible
        cause | Corrective action" in which the Problem cell of a problem with several causes
        is merged vertically over those rows, a revision-history table at the end, and text in
        the page header and footer (with PAGE / NUMPAGES fields).  Fixed core properties and
        zip timestamps.

Re-running produces byte-identical files.  The visible text of the three documents is held in the
module-level data structures below; `visible_strings()` returns it, one string per text unit
(paragraph, bullet, sub-bullet, table cell, caption, reference, header or footer line), for the
anchor checks in verify_fresh4_anchors.py.  The PDFs use only characters of the standard
WinAnsi encoding (Greek letters spelled out, ASCII hyphens for minus signs).
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
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
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
from reportlab.platypus.flowables import BalancedColumns  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "guides"
FIXED_DATE = _dt.datetime(2025, 3, 17, 8, 30, 0)
ZIP_DATE = (2025, 3, 17, 8, 30, 0)

REVIEW_NAME = "sharpless-ad-ae-two-column-review.pdf"
SLIDES_NAME = "photoredox-slide-handout.pdf"
SOP_NAME = "vacuum-distillation-qa-sop.docx"

# ---------------------------------------------------------------------------
# PDF 1: Sharpless AD / AE practical review, two columns
# ---------------------------------------------------------------------------
# REVIEW_CONTENT entries:
#   ("span_h", text)          first-level heading across both columns
#   ("cols", [items])         a block set in two balanced columns; items are
#                             ("h2", text), ("p", text) or ("run", (bold head, text))
#   ("table", None)           Table 1 across both columns, caption above

REVIEW_HEADER_LEFT = "Practical Synthesis Reviews 2024, 7, 113-115"
REVIEW_HEADER_RIGHT = "Sharpless AD and AE at the bench"
REVIEW_FOOTER = "Practical Synthesis Reviews is published by the Lowmoor Chemical Society."
REVIEW_FIRST_PAGE = 113
REVIEW_TITLE = ("Sharpless Asymmetric Dihydroxylation and Epoxidation at the Bench: "
                "Conditions, Pitfalls and Fixes")
REVIEW_AUTHORS = "Helena M. Castell and Rui Tanaka"
REVIEW_AFFIL = ("School of Chemistry, University of Lowmoor, Lowmoor LM4 7QT, UK. "
                "Received 4 June 2024; accepted 2 August 2024.")
REVIEW_ABSTRACT = (
    "Abstract: The Sharpless asymmetric dihydroxylation (AD) of alkenes and the Sharpless-Katsuki "
    "asymmetric epoxidation (AE) of allylic alcohols are routine methods, yet both fail in a small "
    "number of recurring ways: low enantiomeric excess, stalled conversion, over-oxidation, and "
    "loss of polar products in the work-up. This review gives starting conditions for the common "
    "substrate classes, the mechanistic facts that explain the failures, and for each failure the "
    "first change we would make. It is written for chemists who run these reactions occasionally "
    "rather than every week.")
REVIEW_KEYWORDS = ("Keywords: asymmetric dihydroxylation; AD-mix; osmium; asymmetric "
                   "epoxidation; titanium tartrate; troubleshooting")

REVIEW_TABLE_CAPTION = ("Table 1. Starting conditions by substrate class (per mmol of alkene or "
                        "allylic alcohol)")
REVIEW_TABLE = [
    ("Substrate class", "Reagents", "Additive", "Conditions", "Typical result"),
    ("Terminal aryl alkene (styrene type)", "AD-mix 1.4 g", "none",
     "t-BuOH/H2O 1:1, 0 °C, 6-12 h", "90-97% ee"),
    ("Terminal aliphatic alkene", "K2OsO2(OH)4 0.2 mol%, (DHQD)2AQN 1 mol%, K3Fe(CN)6 and K2CO3",
     "none", "t-BuOH/H2O 1:1, 0 °C, 12-24 h", "75-90% ee"),
    ("trans-1,2-Disubstituted alkene", "AD-mix 1.4 g", "MeSO2NH2 1 equiv",
     "0 °C, 12-24 h", "above 95% ee"),
    ("Trisubstituted alkene", "AD-mix 1.4 g", "MeSO2NH2 1 equiv", "0 °C to rt, 24 h",
     "90-98% ee"),
    ("cis-1,2-Disubstituted alkene", "K2OsO2(OH)4 0.5 mol%, (DHQD)-IND 5 mol%, K3Fe(CN)6 and K2CO3",
     "MeSO2NH2 1 equiv", "0 °C, 24-48 h", "usually below 80% ee"),
    ("alpha,beta-Unsaturated ester", "AD-mix plus K2OsO2(OH)4 to 1 mol% and ligand to 5 mol%",
     "MeSO2NH2 1 equiv, NaHCO3 3 equiv", "0 °C to rt, 24-48 h", "90-99% ee"),
    ("Primary allylic alcohol (AE)", "Ti(OiPr)4 5 mol%, DET 6 mol%, TBHP 2 equiv",
     "4 Å sieves", "CH2Cl2, -20 °C, 2-6 h", "90-95% ee"),
    ("Secondary allylic alcohol, kinetic resolution (AE)",
     "Ti(OiPr)4 10 mol%, DIPT 12 mol%, TBHP 0.6 equiv", "4 Å sieves",
     "CH2Cl2, -20 °C, to 55-60% conversion", "recovered alcohol above 95% ee"),
]

REVIEW_CONTENT = [
    ("span_h", "1. Introduction"),
    ("cols", [
        ("p", "The Sharpless asymmetric dihydroxylation (AD) and the Sharpless-Katsuki asymmetric "
              "epoxidation (AE) are among the most used catalytic asymmetric oxidations in "
              "synthesis [1,2]. Both are easy to set up, and both fail in ways that are easy to "
              "recognise once one knows where to look. We collect here the conditions we use as "
              "starting points, the few mechanistic facts that matter for troubleshooting, and "
              "the failure modes reported most often by our students and collaborators, each "
              "with the first change to make."),
        ("p", "The AD turns almost any alkene into a vicinal diol. The AE is restricted to "
              "allylic alcohols, because the hydroxy group binds to titanium and directs the "
              "oxidant. Where a substrate fits both, the choice is usually decided by the "
              "product wanted: a diol from the AD, an epoxy alcohol from the AE."),
        ("p", "Table 1 summarises the starting conditions for both reactions. Sections 2 and 3 "
              "deal with the AD, section 4 with the AE, and section 5 with the measurement of "
              "the enantiomeric excess, which is where many apparent failures start."),
    ]),
    ("span_h", "2. Asymmetric dihydroxylation"),
    ("cols", [
        ("h2", "2.1 Reagents and the AD-mixes"),
        ("p", "The commercial AD-mixes contain, in 1.4 g (the amount for 1 mmol of alkene), "
              "K2OsO2(OH)4 (0.2 mol%), the ligand (1 mol%), K3Fe(CN)6 (3 equiv) as the "
              "stoichiometric oxidant and K2CO3 (3 equiv). AD-mix-alpha contains (DHQ)2PHAL and "
              "AD-mix-beta contains (DHQD)2PHAL; the two give opposite enantiomers of the "
              "diol [3]. A good mix is a free-flowing pale orange powder."),
        ("p", "The reaction is run in t-BuOH/water 1:1 (10 mL per mmol of alkene) at 0 °C or "
              "room temperature. At 0 °C the mixture is two liquid phases with undissolved salts "
              "at the bottom. This is normal, and the reaction only works if it is stirred hard "
              "enough to mix the phases."),
        ("p", "Methanesulfonamide (MeSO2NH2, 1 equiv) speeds up the hydrolysis of the osmate(VI) "
              "ester and thereby the turnover. Add it for 1,2-disubstituted, trisubstituted and "
              "tetrasubstituted alkenes; terminal alkenes do not need it. With methanesulfonamide "
              "most non-terminal alkenes react well at 0 °C."),
        ("p", "For cis-1,2-disubstituted alkenes the PHAL ligands give low ee, and the indoline "
              "ligand (DHQD)-IND is better [4]. Terminal aliphatic alkenes, which give only "
              "moderate ee with PHAL, often do better with the anthraquinone ligand (DHQD)2AQN [7]."),
        ("h2", "2.2 Predicting the face"),
        ("p", "Draw the alkene in the plane of the paper with its largest substituent in the "
              "lower left (south-west) quadrant and a hydrogen in the lower right. AD-mix-beta "
              "then adds both oxygens from the top face and AD-mix-alpha from the bottom face. "
              "The mnemonic is reliable for aryl and large alkyl substituents, less so for "
              "alkenes without a clearly largest group; confirm the configuration of a new "
              "product independently."),
        ("h2", "2.3 Standard procedure"),
        ("p", "A 25 mL round-bottomed flask is charged with t-BuOH (5 mL), water (5 mL) and "
              "AD-mix (1.4 g), and the mixture is stirred at room temperature until two clear "
              "phases form, the lower one bright yellow. Methanesulfonamide (95 mg, 1.0 mmol) is "
              "added if required. The mixture is cooled to 0 °C, when some salts precipitate, "
              "and the alkene (1.0 mmol) is added in one portion. Vigorous stirring is continued "
              "at 0 °C and the reaction is followed by TLC; typical times are 6-24 h."),
        ("p", "For slow substrates, warm the mixture to room temperature after the first few "
              "hours rather than starting at room temperature. The ee at room temperature is "
              "usually 1-5% lower than at 0 °C."),
        ("h2", "2.4 Work-up and isolation"),
        ("p", "Solid sodium sulfite (1.5 g per mmol of alkene) is added at 0 °C, and the mixture "
              "is allowed to warm to room temperature and stirred for 30-60 min, during which it "
              "turns from yellow-orange to pale. EtOAc is added, the layers are separated and "
              "the aqueous layer is extracted three times with EtOAc."),
        ("p", "If methanesulfonamide was used, wash the combined organic layers with 2 M KOH to "
              "remove it, unless the diol is base-sensitive or very polar. The alkaloid ligand is "
              "extracted together with the product; most of it stays on the silica in the "
              "column that follows."),
        ("p", "Small diols are very soluble in water and are easily lost. Saturate the aqueous "
              "layer with NaCl and extract five times with EtOAc, or run a continuous "
              "liquid-liquid extraction overnight."),
    ]),
    ("table", None),
    ("span_h", "3. Troubleshooting the dihydroxylation"),
    ("cols", [
        ("run", ("Low ee in an otherwise clean reaction.",
                 "The usual cause is the second catalytic cycle: an osmium(VI) glycolate that is "
                 "reoxidised before it is hydrolysed adds a second alkene without the ligand and "
                 "gives nearly racemic diol [5]. Stir harder, keep the reaction at 0 °C, add "
                 "methanesulfonamide for non-terminal alkenes, and for stubborn cases double the "
                 "ligand to 2 mol%. Do not replace K3Fe(CN)6 by NMO as the oxidant: the "
                 "homogeneous NMO system favours the second cycle.")),
        ("run", ("Low ee, but everything looks right.",
                 "Check the racemic reference before the reaction. A racemate made by the Upjohn "
                 "method (section 5) must give two peaks of equal area under your HPLC "
                 "conditions; if it does not, the separation, not the reaction, is at fault.")),
        ("run", ("Very slow or no reaction.",
                 "Osmium tetroxide is an electrophile, so electron-poor alkenes (enoates, enones, "
                 "vinyl sulfones) react slowly. Add methanesulfonamide, raise the osmium to "
                 "1 mol% and the ligand to 5 mol%, and allow 48 h. A mix that has clumped has "
                 "taken up water; test it with styrene before blaming the substrate.")),
        ("run", ("Solid substrate floating on top.",
                 "Substrates that do not dissolve in t-BuOH/water react only at their surface. "
                 "Double the solvent volume to 20 mL per mmol and stir at the highest speed that "
                 "does not throw the mixture up the walls.")),
        ("run", ("Conversion stops at 50-70%.",
                 "First check that all of the alkene is in the stirred mixture and not stuck to "
                 "the glass above the liquid or to the stir bar. If it is, add a further 0.2 mol% "
                 "K2OsO2(OH)4 and 1 mol% ligand.")),
        ("run", ("Hydroxy ketone or cleavage products.",
                 "Ferricyanide slowly oxidises secondary diols to alpha-hydroxy ketones at room "
                 "temperature. Stop the reaction as soon as the alkene is consumed and quench with "
                 "sodium sulfite at once.")),
        ("run", ("Ester or lactone hydrolysed.",
                 "The K2CO3 in the mix keeps the pH near 12. For esters that hydrolyse, add "
                 "NaHCO3 (3 equiv) as a buffer and keep the reaction at 0 °C.")),
        ("run", ("Product lost in the work-up.",
                 "The diol is in the aqueous layer; see section 2.4. Before discarding any "
                 "aqueous layer, evaporate a 1 mL sample and check the residue by TLC or NMR.")),
    ]),
    ("span_h", "4. Asymmetric epoxidation"),
    ("cols", [
        ("h2", "4.1 Catalyst and reagents"),
        ("p", "The catalyst forms from Ti(OiPr)4 and a dialkyl tartrate, DET or DIPT, in "
              "dichloromethane. The tartrate must be in a small excess over titanium, 1.2:1 "
              "(for example 6 mol% DET with 5 mol% Ti(OiPr)4), because free Ti(OiPr)4 is itself "
              "an epoxidation catalyst and gives racemic product. Powdered, activated 4 Å "
              "molecular sieves make the catalytic version possible by removing water; without "
              "them the reaction needs stoichiometric titanium tartrate [6]."),
        ("p", "The oxidant is anhydrous tert-butyl hydroperoxide (TBHP), 5-6 M in decane or "
              "toluene. The 70% aqueous TBHP sold for other purposes cannot be used, because it "
              "brings in far too much water."),
        ("p", "Draw the allylic alcohol in the plane with the CH2OH group at the lower right. "
              "L-(+)-DET then delivers the oxygen from the bottom face and D-(-)-DET from the "
              "top face. The rule holds for nearly all primary allylic alcohols."),
        ("h2", "4.2 Procedure"),
        ("p", "Powdered 4 Å molecular sieves (activated under vacuum at 200 °C or higher) are "
              "suspended in dry CH2Cl2 and cooled to -20 °C. The tartrate (0.06 equiv) and "
              "Ti(OiPr)4 (0.05 equiv) are added, followed by TBHP (2.0 equiv), and the mixture "
              "is stirred for 30 min at -20 °C to age the catalyst before the allylic alcohol "
              "(1.0 equiv, 0.2-0.5 M final) is added dropwise. The reaction is kept at -20 °C in "
              "a cryostat or freezer-cooled bath and followed by TLC."),
        ("p", "For epoxy alcohols that tolerate base, add water at -20 °C, warm to room "
              "temperature, add 30% NaOH in brine and stir for 1 h to hydrolyse the tartrate "
              "before separating the layers. For water-soluble or base-sensitive epoxy alcohols, "
              "pour the mixture instead into a cold aqueous solution of FeSO4 and tartaric acid, "
              "which reduces the excess TBHP, stir for 30 min and extract."),
        ("h2", "4.3 Troubleshooting the epoxidation"),
        ("run", ("Slow or stalled epoxidation.",
                 "Water is the usual cause. Check that the sieves were activated and that the TBHP "
                 "is the anhydrous solution; titrate it if in doubt. Also check that the catalyst "
                 "was aged with TBHP for 30 min before the substrate went in.")),
        ("run", ("Low ee.",
                 "The tartrate to titanium ratio has fallen below 1.2:1, the temperature rose "
                 "above -20 °C, or the reagents were wet. Dispense DET by weight or as a "
                 "density-corrected volume (1.20 g/mL); a small error in that volume changes "
                 "the ratio.")),
        ("run", ("Epoxy alcohol lost, or a ring-opened diol ether found.",
                 "Small, water-soluble epoxy alcohols are opened by the isopropoxide of the "
                 "catalyst. Use Ti(OtBu)4 instead of Ti(OiPr)4, keep the mixture cold, use the "
                 "FeSO4/tartaric acid work-up, or derivatise the product in situ (for example as "
                 "the p-nitrobenzoate) before isolation.")),
        ("run", ("Z-allylic alcohols and homoallylic alcohols.",
                 "Z-disubstituted allylic alcohols react more slowly and with lower, more variable "
                 "ee; use 10 mol% titanium and allow longer at -20 °C. Homoallylic alcohols give "
                 "low ee and are not good substrates for this reaction.")),
        ("run", ("Kinetic resolution gives recovered alcohol of low ee.",
                 "The ee of the slow-reacting enantiomer rises with conversion. Run to 55-60% "
                 "conversion with 0.6 equiv TBHP, and use DIPT, which is more selective than DET "
                 "in kinetic resolutions.")),
    ]),
    ("span_h", "5. Measuring the enantiomeric excess"),
    ("cols", [
        ("p", "Make a racemic reference every time. For diols, the Upjohn dihydroxylation "
              "(K2OsO2(OH)4 1 mol%, NMO 1.5 equiv, acetone/water 10:1, room temperature) gives "
              "the racemate in a few hours. For epoxy alcohols, run the AE with a 1:1 mixture of "
              "(+)- and (-)-DET."),
        ("p", "Measure the ee by chiral HPLC of the diol or epoxy alcohol when it has a "
              "chromophore, typically on an amylose or cellulose carbamate column with "
              "hexane/isopropanol. Otherwise derivatise it as the benzoate, or as the Mosher "
              "ester and integrate the 19F NMR signals of the two diastereomers."),
    ]),
    ("span_h", "6. Safety"),
    ("cols", [
        ("p", "K2OsO2(OH)4 is not volatile, but in contact with acid it can release OsO4, which "
              "is volatile and very toxic and damages the cornea. Never acidify an AD mixture "
              "before the sodium sulfite quench is complete, and collect osmium waste "
              "separately."),
        ("p", "Keep anhydrous TBHP solutions cold and away from metal salts, never concentrate "
              "them, and test the crude AE product for peroxides with starch-iodide paper "
              "before it is concentrated or distilled."),
    ]),
    ("span_h", "References"),
    ("refs", [
        "[1] Kolb, H. C.; VanNieuwenhze, M. S.; Sharpless, K. B. Chem. Rev. 1994, 94, 2483.",
        "[2] Katsuki, T.; Sharpless, K. B. J. Am. Chem. Soc. 1980, 102, 5974.",
        "[3] Sharpless, K. B. et al. J. Org. Chem. 1992, 57, 2768.",
        "[4] Wang, L.; Sharpless, K. B. J. Am. Chem. Soc. 1992, 114, 7568.",
        "[5] Wai, J. S. M.; Marko, I.; Svendsen, J. S.; Finn, M. G.; Jacobsen, E. N.; "
        "Sharpless, K. B. J. Am. Chem. Soc. 1989, 111, 1123.",
        "[6] Gao, Y.; Hanson, R. M.; Klunder, J. M.; Ko, S. Y.; Masamune, H.; Sharpless, K. B. "
        "J. Am. Chem. Soc. 1987, 109, 5765.",
        "[7] Becker, H.; Sharpless, K. B. Angew. Chem. Int. Ed. Engl. 1996, 35, 448.",
    ]),
]


def build_review_pdf(path: Path) -> None:
    body = ParagraphStyle("RBody", fontName="Times-Roman", fontSize=9.4, leading=11.6,
                          alignment=TA_JUSTIFY, spaceAfter=4)
    h2 = ParagraphStyle("RH2", fontName="Helvetica-Bold", fontSize=8.8, leading=11,
                        spaceBefore=4, spaceAfter=2, keepWithNext=1)
    span_h = ParagraphStyle("RSpanH", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                            spaceBefore=8, spaceAfter=5, keepWithNext=1,
                            textColor=colors.HexColor("#7A1F2B"))
    title = ParagraphStyle("RTitle", fontName="Helvetica-Bold", fontSize=16, leading=20,
                           spaceAfter=6)
    authors = ParagraphStyle("RAuth", fontName="Helvetica", fontSize=10.5, leading=13,
                             spaceAfter=2)
    affil = ParagraphStyle("RAffil", fontName="Times-Italic", fontSize=8.5, leading=10.5,
                           spaceAfter=8)
    abstract = ParagraphStyle("RAbs", fontName="Times-Roman", fontSize=9.6, leading=12,
                              alignment=TA_JUSTIFY, leftIndent=6 * mm, rightIndent=6 * mm,
                              spaceAfter=3)
    keywords = ParagraphStyle("RKey", parent=abstract, fontName="Times-Italic", spaceAfter=6)
    cell = ParagraphStyle("RCell", fontName="Times-Roman", fontSize=8.4, leading=10)
    cell_head = ParagraphStyle("RCellH", parent=cell, fontName="Helvetica-Bold", fontSize=8)
    caption = ParagraphStyle("RCap", fontName="Helvetica-Bold", fontSize=8.6, leading=11,
                             spaceBefore=6, spaceAfter=3)
    ref_style = ParagraphStyle("RRef", fontName="Times-Roman", fontSize=8.2, leading=10,
                               leftIndent=4 * mm, firstLineIndent=-4 * mm, spaceAfter=2)

    width, height = A4
    margin = 16 * mm
    top, bottom = 20 * mm, 18 * mm

    def running(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica-Oblique", 7.8)
        canv.setFillColor(colors.HexColor("#333333"))
        canv.drawString(margin, height - 11 * mm, REVIEW_HEADER_LEFT)
        canv.drawRightString(width - margin, height - 11 * mm, REVIEW_HEADER_RIGHT)
        canv.setStrokeColor(colors.HexColor("#7A1F2B"))
        canv.setLineWidth(0.6)
        canv.line(margin, height - 12.8 * mm, width - margin, height - 12.8 * mm)
        canv.setFont("Helvetica", 7.5)
        canv.drawString(margin, 9 * mm, REVIEW_FOOTER)
        canv.setFont("Helvetica-Bold", 9)
        canv.drawRightString(width - margin, 9 * mm, str(REVIEW_FIRST_PAGE + doc.page - 1))
        canv.restoreState()

    def para(text, style):
        return Paragraph(escape(text), style)

    story = [
        para(REVIEW_TITLE, title),
        para(REVIEW_AUTHORS, authors),
        para(REVIEW_AFFIL, affil),
        Paragraph(f"<b>Abstract:</b>{escape(REVIEW_ABSTRACT[len('Abstract:'):])}", abstract),
        Paragraph(f"<b>Keywords:</b>{escape(REVIEW_KEYWORDS[len('Keywords:'):])}", keywords),
    ]
    for kind, payload in REVIEW_CONTENT:
        if kind == "span_h":
            story.append(para(payload, span_h))
        elif kind in ("cols", "refs"):
            flows = []
            if kind == "refs":
                flows = [para(r, ref_style) for r in payload]
            else:
                for k, item in payload:
                    if k == "h2":
                        flows.append(para(item, h2))
                    elif k == "p":
                        flows.append(para(item, body))
                    elif k == "run":
                        head, text = item
                        flows.append(Paragraph(f"<b>{escape(head)}</b> {escape(text)}", body))
                    else:  # pragma: no cover
                        raise ValueError(k)
            story.append(BalancedColumns(flows, nCols=2, innerPadding=7 * mm, spaceAfter=2))
        elif kind == "table":
            data = []
            for i, row in enumerate(REVIEW_TABLE):
                st = cell_head if i == 0 else cell
                data.append([Paragraph(escape(c), st) for c in row])
            t = Table(data, colWidths=[36 * mm, 50 * mm, 30 * mm, 36 * mm, 26 * mm],
                      repeatRows=1)
            t.setStyle(TableStyle([
                ("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]))
            story.append(KeepTogether([para(REVIEW_TABLE_CAPTION, caption), t]))
            story.append(Spacer(1, 4))
        else:  # pragma: no cover
            raise ValueError(kind)

    frame = Frame(margin, bottom, width - 2 * margin, height - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        str(path), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=top,
        bottomMargin=bottom, title=REVIEW_TITLE, author=REVIEW_AUTHORS,
        subject="Practical Synthesis Reviews 2024, 7, 113", creator="make_fresh4_guides.py",
        invariant=1,
    )
    doc.addPageTemplates([PageTemplate(id="Body", frames=[frame], onPage=running)])
    doc.build(story)


# ---------------------------------------------------------------------------
# PDF 2: photoredox training slides, landscape handout (one slide per page)
# ---------------------------------------------------------------------------
# SLIDES entries: (title, items).  items: ("b", text) bullet; ("s", text) sub-bullet;
# ("table", rows) three-column table; ("p", text) plain line.  The first slide is the title
# slide: (title, [("sub", text), ("p", text), ...]).

SLIDES_FOOTER = "Photoredox at the bench | Methods subgroup training 4 | internal use only"

PR_TABLE = [
    ("Catalyst", "Potentials (V vs SCE)", "When we use it"),
    ("Ru(bpy)3Cl2", "E(*RuII/RuI) +0.77; E(RuIII/*RuII) -0.81",
     "Cheap, absorbs at 452 nm; reductive quenching by amines; first try for simple reactions"),
    ("Ir[dF(CF3)ppy]2(dtbbpy)PF6", "E(*IrIII/IrII) +1.21; E(IrIII/IrII) -1.37",
     "Strong excited-state oxidant; decarboxylation of carboxylates; dual Ni catalysis"),
    ("fac-Ir(ppy)3", "E(IrIV/*IrIII) -1.73",
     "Strong excited-state reductant; reduces alkyl iodides and activated aryl halides"),
    ("4CzIPN", "E(*PC/PC-) +1.35; E(PC/PC-) -1.21",
     "Metal-free stand-in for the Ir oxidant; cheap to make; bleaches faster"),
    ("Mes-Acr-Me+ BF4-", "E(*PC/PC-) about +2.0",
     "Very strong oxidant for alkenes and electron-rich arenes; use 440-456 nm"),
]

SLIDES = [
    ("Photoredox Reactions at the Bench", [
        ("sub", "Set-up, degassing, catalysts and troubleshooting"),
        ("p", "Methods subgroup training session 4"),
        ("p", "A. Moreau, 12 February 2025, seminar room 2.14"),
    ]),
    ("What this session covers", [
        ("b", "Light: sources, wavelength, distance and heat"),
        ("b", "Vessels and scale: why a bigger flask usually fails"),
        ("b", "Oxygen: degassing methods and when each one is enough"),
        ("b", "Catalysts: choosing by redox potential and absorption"),
        ("b", "Controls that every new reaction needs"),
        ("b", "Troubleshooting: the failures we see most often in the group"),
        ("b", "A standard test reaction to check your set-up on the day"),
    ]),
    ("Why photoredox reactions fail differently", [
        ("b", "The reagent people forget is the photon: light has a dose and a geometry"),
        ("b", "Only the first few millimetres of a coloured solution receive light"),
        ("s", "At 1-2 mol% catalyst most of the light is absorbed within 1-2 mm of the wall"),
        ("s", "The rest of the solution reacts only when stirring brings it to the wall"),
        ("b", "Results depend on things that are rarely written down"),
        ("s", "Lamp distance, power setting, fan, vial type, stirring rate, temperature"),
        ("b", "So a procedure copied from a paper is a starting point, not a recipe"),
    ]),
    ("Light sources we have", [
        ("b", "Kessil PR160L lamps at 390, 427, 440 and 456 nm (two of each, cupboard B4)"),
        ("b", "Blue LED strip, about 450 nm, wound inside a crystallising dish"),
        ("b", "Green LED strip, 525 nm, for eosin Y and rose bengal"),
        ("b", "Eight-position photoreactor, 450 nm, fan-cooled, fixed geometry"),
        ("s", "Use the photoreactor for screening: every position gets the same light"),
        ("s", "Book it on the group calendar; runs longer than 24 h need the PI's OK"),
    ]),
    ("Match the wavelength to the catalyst", [
        ("b", "The lamp must emit where the catalyst absorbs: check the absorption spectrum"),
        ("s", "The colour of the solution is not enough to judge this"),
        ("b", "Ru(bpy)3Cl2 absorbs at 452 nm: any blue source works"),
        ("b", "Ir[dF(CF3)ppy]2(dtbbpy)PF6 and 4CzIPN absorb mainly below 450 nm"),
        ("s", "For these two catalysts 427 or 440 nm is faster than 456 nm"),
        ("b", "Eosin Y absorbs near 530 nm: use the green strip, not blue"),
        ("b", "390 nm and below excites many substrates and products directly"),
        ("s", "Expect side reactions and decomposition if you go to UV without a reason"),
    ]),
    ("Distance, intensity and heat", [
        ("b", "Fix the distance and write it down: intensity falls steeply with distance"),
        ("b", "Standard position for a Kessil lamp: 5 cm from the vial wall"),
        ("s", "Use the ruler taped to the lamp stand, not your eye"),
        ("b", "Lamps heat the vials: 45-50 °C at 5 cm and full power without a fan"),
        ("s", "Always run a fan across the vials"),
        ("s", "Put a thermometer in a dummy vial next to the reaction"),
        ("s", "Report the measured temperature, not just rt"),
        ("b", "Full power is not always best: bleaching and side reactions grow with intensity"),
    ]),
    ("Vessels and stirring", [
        ("b", "Borosilicate vials (4, 8 and 20 mL) with PTFE-lined septum caps"),
        ("s", "Borosilicate transmits well above 350 nm; no quartz needed for visible light"),
        ("b", "Use the same vial type for every run of a series"),
        ("s", "Wall thickness and diameter change the light dose"),
        ("b", "Stir fast, at least 800 rpm"),
        ("s", "Insoluble bases such as K2HPO4 or Cs2CO3 must stay suspended"),
        ("s", "Stirring brings fresh solution to the irradiated wall"),
        ("b", "Keep the vials upright, at the height of the centre of the lamp"),
    ]),
    ("Oxygen: why degassing matters", [
        ("b", "O2 quenches the triplet excited state of most photocatalysts"),
        ("b", "O2 traps carbon radicals faster than almost any productive step"),
        ("b", "O2 reoxidises the reduced catalyst, and Ni(0) in dual catalysis"),
        ("b", "A reaction that works in the glovebox but fails on the bench is an oxygen "
              "problem until proven otherwise"),
    ]),
    ("Degassing: which method when", [
        ("b", "Sparging: argon through a long needle, vent needle in the septum"),
        ("s", "10-15 min for up to 5 mL of solvent"),
        ("s", "Solvent is lost: add volatile reagents after sparging"),
        ("b", "Freeze-pump-thaw, three cycles in a Schlenk tube"),
        ("s", "Our standard for dual Ni catalysis and for kinetic measurements"),
        ("b", "Set up in the glovebox with degassed solvent for Ni(0) and air-sensitive reagents"),
        ("b", "Evacuating and refilling only the headspace does not remove dissolved O2"),
        ("b", "Tape or Parafilm the septum cap for runs longer than 12 h"),
    ]),
    ("Choosing a catalyst: the ones we stock", [
        ("table", PR_TABLE),
        ("p", "Values from the literature, rounded; measured in MeCN. Check the direction of "
              "the electron transfer you need before choosing."),
    ]),
    ("Catalyst handling", [
        ("b", "Ir and Ru catalysts are stable solids: store dark, in the desiccator"),
        ("b", "Make catalyst stock solutions fresh and wrap the vial in foil"),
        ("b", "Typical loading 1-2 mol%; 0.5 mol% is often enough for the Ir catalysts"),
        ("b", "Check a new batch against the old one in the test reaction (slide 22)"),
        ("b", "Weigh small amounts as a stock solution, not as 1 mg of solid"),
    ]),
    ("Controls for every new reaction", [
        ("b", "No light: vial wrapped in foil, same temperature"),
        ("b", "No photocatalyst"),
        ("b", "No base or no additive, one at a time"),
        ("b", "Light on/off cycles show that light is needed throughout"),
        ("s", "They do not prove or exclude a radical chain"),
        ("s", "Only a quantum yield (ferrioxalate actinometry) tells you that"),
        ("b", "TEMPO trapping or a radical clock if the mechanism matters"),
    ]),
    ("Troubleshooting 1: no conversion at all", [
        ("b", "Check that light reaches the solution"),
        ("s", "Lamp on, right wavelength, no label or foil in the way"),
        ("b", "Degas properly: sparge or freeze-pump-thaw, not headspace flushing"),
        ("b", "Run the group test reaction in parallel to prove lamp and catalyst"),
        ("b", "Check the solvent: BHT-stabilised THF and other inhibitors can intercept radicals"),
        ("b", "Then question the substrate: potentials out of range for the catalyst?"),
    ]),
    ("Troubleshooting 2: works on 0.2 mmol, fails on 5 mmol", [
        ("b", "Cause: light penetration"),
        ("s", "Volume grows with the cube of the vessel size, the lit surface with the square"),
        ("b", "Do not simply use a bigger round-bottomed flask"),
        ("b", "Options that work:"),
        ("s", "Several small vials in parallel, combined for work-up"),
        ("s", "A narrow vessel: 1-2 cm test tube or flat flask"),
        ("s", "Flow: FEP tubing, 0.8 mm i.d., coiled around the lamp"),
        ("b", "In wide vessels a lower catalyst loading can help: light penetrates deeper"),
    ]),
    ("Troubleshooting 3: results differ between runs or people", [
        ("b", "Distance, lamp power and fan are the usual culprits: put them in the notebook"),
        ("b", "A run without the fan can be 20 °C hotter"),
        ("b", "Stirring rate matters with insoluble bases"),
        ("b", "Water in hygroscopic bases (Cs2CO3, K3PO4): dry them and store in the desiccator"),
        ("b", "In the photoreactor, run the reference reaction in a middle position"),
    ]),
    ("Troubleshooting 4: colour fades, reaction stops", [
        ("b", "Photobleaching: the catalyst is being destroyed"),
        ("s", "Radicals attack the ligands of Ir catalysts"),
        ("s", "Organic dyes such as 4CzIPN and eosin Y bleach faster than Ir or Ru"),
        ("b", "Add a second portion of catalyst (half the first) when the colour fades"),
        ("b", "Lower the light intensity or move the lamp back to 8-10 cm"),
        ("b", "If it keeps happening, switch to a more robust catalyst"),
    ]),
    ("Troubleshooting 5: dual Ni/photoredox couplings", [
        ("b", "Black precipitate and stalled conversion: nickel black"),
        ("s", "Ni(0) aggregates faster than it enters the catalytic cycle"),
        ("s", "Lower the light intensity and raise the dtbbpy:Ni ratio to 1.5:1"),
        ("s", "Premix NiCl2.glyme and dtbbpy in the solvent until dissolved before adding the rest"),
        ("b", "Ar-H instead of product: protodehalogenation"),
        ("s", "Dry the base and solvent; avoid THF, which is a good H-atom donor"),
        ("b", "Aryl chlorides are too slow under most conditions: use the bromide"),
    ]),
    ("Troubleshooting 6: over-irradiation", [
        ("b", "The product can absorb the light too (aryl ketones, extended conjugation)"),
        ("b", "Follow the reaction and stop at full conversion; no weekend runs"),
        ("b", "Use a longer wavelength or a cut-off filter to remove the UV tail of the lamp"),
        ("b", "E/Z isomerisation of alkenes by energy transfer is a common by-product pathway"),
    ]),
    ("Troubleshooting 7: pressure and solvent loss", [
        ("b", "Decarboxylative reactions release 1 equiv CO2"),
        ("s", "1 mmol of acid gives about 24 mL of gas: too much for a sealed 4 mL vial"),
        ("s", "Use a larger vial, or vent through a needle to an argon balloon"),
        ("b", "Warm vials of DCM or MeCN lose solvent through pierced septa"),
        ("b", "Use a new septum cap for every run"),
    ]),
    ("Safety", [
        ("b", "Blue and violet light damages the retina: never look into a lamp"),
        ("s", "Wear the orange blue-light glasses from the hook by the photoreactor"),
        ("b", "Enclose the set-up in the black box or with foil so that others are not exposed"),
        ("b", "390 nm and below: UV-blocking glasses and full enclosure"),
        ("b", "Lamps and fans on the timer socket for overnight runs"),
    ]),
    ("Before you call it a failed reaction", [
        ("b", "Right wavelength for the catalyst?"),
        ("b", "Same distance and fan as in the last good run or the paper?"),
        ("b", "Degassed by sparging or freeze-pump-thaw?"),
        ("b", "Group test reaction run on the same day?"),
        ("b", "Temperature measured?"),
        ("b", "Catalyst colour still there at the end?"),
    ]),
    ("The group test reaction", [
        ("b", "Phenacyl bromide (0.5 mmol), Hantzsch ester (1.1 equiv), i-Pr2NEt (2 equiv)"),
        ("b", "Ru(bpy)3Cl2 1 mol%, DMF 2.5 mL, sparged with argon for 10 min"),
        ("b", "456 nm Kessil at 5 cm, fan on, 1 h"),
        ("b", "Expected: full conversion to acetophenone by GC"),
        ("b", "Below 90% conversion after 1 h: the problem is the set-up, not your substrate"),
    ]),
    ("Further reading", [
        ("b", "Prier, Rankic, MacMillan, Chem. Rev. 2013, 113, 5322"),
        ("b", "Romero, Nicewicz, Chem. Rev. 2016, 116, 10075"),
        ("b", "Cambie, Bottecchia, Straathof, Hessel, Noel, Chem. Rev. 2016, 116, 10276"),
        ("b", "Questions: Methods subgroup channel, or A. Moreau, lab 2.07"),
    ]),
]


def build_slides_pdf(path: Path) -> None:
    page_w, page_h = 960, 540  # 13.33 x 7.5 in, 16:9
    side, top, bottom = 54, 40, 56
    title = ParagraphStyle("STitle", fontName="Helvetica-Bold", fontSize=27, leading=32,
                           textColor=colors.HexColor("#12355B"), spaceAfter=16)
    big_title = ParagraphStyle("SBig", parent=title, fontSize=38, leading=44,
                               alignment=TA_CENTER, spaceAfter=18)
    subtitle = ParagraphStyle("SSub", fontName="Helvetica", fontSize=22, leading=27,
                              alignment=TA_CENTER, textColor=colors.HexColor("#D1495B"),
                              spaceAfter=28)
    plain_c = ParagraphStyle("SPC", fontName="Helvetica", fontSize=16, leading=21,
                             alignment=TA_CENTER, spaceAfter=6)
    bullet = ParagraphStyle("SBul", fontName="Helvetica", fontSize=17, leading=21,
                            leftIndent=22, bulletIndent=4, spaceAfter=6)
    sub = ParagraphStyle("SSubB", fontName="Helvetica", fontSize=14.5, leading=18,
                         leftIndent=52, bulletIndent=34, spaceAfter=4,
                         textColor=colors.HexColor("#333333"))
    plain = ParagraphStyle("SPlain", fontName="Helvetica-Oblique", fontSize=12, leading=15,
                           spaceBefore=10, textColor=colors.HexColor("#444444"))
    cell = ParagraphStyle("SCell", fontName="Helvetica", fontSize=12.5, leading=15)
    cell_head = ParagraphStyle("SCellH", parent=cell, fontName="Helvetica-Bold",
                               textColor=colors.white)
    n_slides = len(SLIDES)

    def chrome(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#12355B"))
        canv.rect(0, page_h - 12, page_w, 12, stroke=0, fill=1)
        canv.setStrokeColor(colors.HexColor("#9AA5B1"))
        canv.setLineWidth(0.6)
        canv.line(side, 38, page_w - side, 38)
        canv.setFont("Helvetica", 10)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(side, 24, SLIDES_FOOTER)
        canv.setFont("Helvetica-Bold", 11)
        canv.drawRightString(page_w - side, 24, f"{doc.page} / {n_slides}")
        canv.restoreState()

    story = []
    for i, (slide_title, items) in enumerate(SLIDES):
        if i == 0:
            story.append(Spacer(1, 95))
            story.append(Paragraph(escape(slide_title), big_title))
        else:
            story.append(Paragraph(escape(slide_title), title))
        for kind, payload in items:
            if kind == "sub":
                story.append(Paragraph(escape(payload), subtitle))
            elif kind == "p":
                story.append(Paragraph(escape(payload), plain_c if i == 0 else plain))
            elif kind == "b":
                story.append(Paragraph(escape(payload), bullet, bulletText="\u2022"))
            elif kind == "s":
                story.append(Paragraph(escape(payload), sub, bulletText="\u2013"))
            elif kind == "table":
                data = []
                for r, row in enumerate(payload):
                    st = cell_head if r == 0 else cell
                    data.append([Paragraph(escape(c), st) for c in row])
                t = Table(data, colWidths=[230, 250, 370])
                t.setStyle(TableStyle([
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#12355B")),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1),
                     [colors.white, colors.HexColor("#EEF2F6")]),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5B1")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]))
                story.append(t)
            else:  # pragma: no cover
                raise ValueError(kind)
        if i < n_slides - 1:
            story.append(PageBreak())

    frame = Frame(side, bottom, page_w - 2 * side, page_h - top - bottom, id="slide",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        str(path), pagesize=(page_w, page_h), leftMargin=side, rightMargin=side,
        topMargin=top, bottomMargin=bottom, title="Photoredox Reactions at the Bench",
        author="A. Moreau, Methods subgroup", subject="Training session 4 handout",
        creator="make_fresh4_guides.py", invariant=1,
    )
    doc.addPageTemplates([PageTemplate(id="Slide", frames=[frame], onPage=chrome)])
    doc.build(story)


# ---------------------------------------------------------------------------
# DOCX: vacuum distillation SOP from a QA document system
# ---------------------------------------------------------------------------
# SOP_CONTENT entries: ("title", text); ("h1", text) Heading 1 with typed number;
# ("h2", text) Heading 2 with typed number; ("p", text) Normal paragraph (clauses carry their
# typed number in the text); ("defs", [(term, text)]) definition paragraphs "term: text";
# ("trouble", None) the troubleshooting table; ("revisions", None) the revision-history table.

SOP_HEADER = [
    "Northfield Chemical Development Ltd - Quality Management System",
    "SOP-LAB-0142 | Revision 03 | CONTROLLED DOCUMENT",
]
SOP_FOOTER = ("Printed copies are uncontrolled. Check the current revision in QDocs "
              "before use.")
SOP_FOOTER_PAGE = ("Page ", " of ")  # PAGE and NUMPAGES fields follow each part

SOP_CONTROL = [
    ("Document number", "SOP-LAB-0142"),
    ("Title", "Vacuum distillation, short-path distillation and Kugelrohr distillation"),
    ("Revision", "03"),
    ("Effective date", "17 March 2025"),
    ("Supersedes", "Revision 02, effective 9 May 2022"),
    ("Author", "R. Haldane, Senior Scientist, Chemical Development"),
    ("Reviewed by", "L. Petrov, Laboratory Manager"),
    ("Approved by (QA)", "S. Mbeki, Quality Assurance Manager"),
    ("Next review due", "March 2028 (three-year review period)"),
]

SOP_TROUBLE_HEAD = ("Problem", "Possible cause", "Corrective action")
# (problem, [(cause, action), ...]); a problem with several causes is merged vertically
SOP_TROUBLE = [
    ("Pressure does not fall below the expected value", [
        ("Leaking joint, tap or tubing",
         "Close the taps section by section to find the leak; re-grease the joints and replace "
         "cracked or perished tubing."),
        ("Cold trap not cold enough, or full",
         "Top up the dry ice; empty, warm and dry the trap before the next run."),
        ("Pump oil contaminated with solvent",
         "Run the oil pump with the gas ballast open for 30 min; change the oil if the "
         "ultimate pressure does not recover."),
        ("Residual solvent outgassing from the sample",
         "Hold the sample under vacuum at room temperature with stirring until the pressure is "
         "stable before heating."),
    ]),
    ("Violent bumping or splashing into the head", [
        ("Boiling chips used, or stirring too slow",
         "Remove the boiling chips; stir vigorously or use a fine nitrogen capillary bleed."),
        ("Heating started before the system was degassed, or pot more than half full",
         "Cool, re-evacuate at room temperature, and reduce the charge to one-third to one-half "
         "of the flask volume."),
    ]),
    ("Nothing distils although the bath is well above the expected boiling point", [
        ("Pressure at the pot higher than at the gauge",
         "Fit the gauge close to the apparatus and use short, wide vacuum tubing (at least 8 mm "
         "internal diameter)."),
        ("Vapour condensing in the column before it reaches the head",
         "Insulate the column and the head with glass wool and aluminium foil."),
        ("Pirani gauge misreading in organic vapour",
         "Compare with the capacitance gauge; a Pirani gauge is calibrated for air and reads "
         "wrongly in solvent vapour."),
    ]),
    ("Distillate solidifies in the condenser or side arm", [
        ("Melting point of the product above the coolant temperature",
         "Turn off the condenser water or run warm water through it, and warm the side arm "
         "gently with a heat gun; for solids prefer the Kugelrohr."),
    ]),
    ("Head temperature fluctuates during the main fraction", [
        ("Unstable pressure",
         "Fit a vacuum controller or a needle-valve bleed, and check the pump for pulsing."),
    ]),
    ("Pot contents darken and the pressure rises during the run", [
        ("Thermal decomposition releasing gas",
         "Stop heating at once. Repeat at a lower pressure so that the pot can be cooler, or use "
         "the Kugelrohr for a shorter heating time; add 0.1% BHT to the pot for acrylates, "
         "styrenes and other monomers."),
    ]),
    ("Fractions are mixtures of the components", [
        ("Distilling too fast, or no fractionating column",
         "Use a Vigreux column and collect no faster than one drop per second."),
    ]),
    ("Oil in the cold trap or tubing after shutdown", [
        ("Pump switched off before the apparatus was vented",
         "Always vent first and stop the pump afterwards (7.4.3); clean the trap and tubing and "
         "check the pump oil level."),
    ]),
    ("Kugelrohr: product passes the receiver and collects in the cold trap", [
        ("Receiver bulb not cooled, or pressure too low for a volatile product",
         "Cool the receiver bulb with dry ice; raise the pressure or lower the oven temperature."),
    ]),
    ("Distillate cloudy", [
        ("Water co-distilling, or fore-run not separated",
         "Dry the crude material (MgSO4, filter) before distillation and take a larger "
         "fore-run."),
    ]),
]

SOP_REVISIONS_HEAD = ("Revision", "Date", "Description of change", "Author")
SOP_REVISIONS = [
    ("01", "14 January 2016", "First issue.", "R. Haldane"),
    ("02", "9 May 2022", "Kugelrohr procedure (7.5) added; liquid nitrogen traps restricted "
     "(5.5).", "R. Haldane"),
    ("03", "17 March 2025", "Troubleshooting table (section 8) rewritten; DSC requirement added "
     "to the scope (2.2); peroxide limit lowered to 20 mg/L (5.4).", "R. Haldane"),
]

SOP_CONTENT = [
    ("title", "STANDARD OPERATING PROCEDURE"),
    ("subtitle", "Vacuum distillation, short-path distillation and Kugelrohr distillation"),
    ("control", None),
    ("h1", "1. PURPOSE"),
    ("p", "1.1 This procedure describes how liquids and low-melting solids are purified by "
          "distillation under reduced pressure in the Chemical Development Laboratories, using "
          "short-path or Vigreux apparatus or a Kugelrohr oven."),
    ("p", "1.2 It sets out the checks that prevent the three most serious hazards of vacuum "
          "distillation: implosion of glassware, thermal decomposition of the pot residue, and "
          "condensation of liquid oxygen in cold traps."),
    ("h1", "2. SCOPE"),
    ("p", "2.1 This SOP applies to distillations at 0.01-100 mbar of up to 500 g of material in "
          "glass apparatus in Building 2."),
    ("p", "2.2 Distillations of more than 500 g, and any distillation of a compound whose DSC "
          "exotherm begins within 100 °C of the planned pot temperature, need a specific risk "
          "assessment (form HS-017) before work starts."),
    ("p", "2.3 Rotary evaporation is covered by SOP-LAB-0107 and is not part of this procedure."),
    ("h1", "3. RESPONSIBILITIES"),
    ("p", "3.1 Operator: reads this SOP and the risk assessment, inspects the glassware, keeps "
          "the distillation record (section 9) and never leaves a heated distillation "
          "unattended."),
    ("p", "3.2 Laboratory supervisor: approves every distillation of more than 100 g or with a "
          "pot temperature above 180 °C, and makes sure that operators are trained on this SOP "
          "before they work alone."),
    ("p", "3.3 EHS department: runs the DSC screening service and reviews HS-017 assessments."),
    ("p", "3.4 Quality Assurance: controls this document, its distribution and its revisions."),
    ("h1", "4. DEFINITIONS"),
    ("defs", [
        ("Short-path distillation", "distillation through a head with an integral condenser "
         "and a vapour path of only a few centimetres, for material with one main volatile "
         "component."),
        ("Vigreux column", "a glass column with inward-pointing indentations that gives a few "
         "theoretical plates of separation."),
        ("Kugelrohr", "bulb-to-bulb distillation in which the pot and the receivers are "
         "rotating glass bulbs and only the pot bulb is heated in an oven; it gives about one "
         "theoretical plate."),
        ("Fore-run", "the first fraction, containing residual solvent and low-boiling "
         "impurities."),
        ("Pot residue", "the material left in the distillation flask at the end."),
        ("Nomograph", "a pressure-temperature chart used to estimate the boiling point at "
         "reduced pressure from the boiling point at atmospheric pressure."),
    ]),
    ("h1", "5. SAFETY"),
    ("p", "5.1 Inspect every flask and adapter for star cracks, scratches and chips before it "
          "is put under vacuum. Use only round-bottomed or pear-shaped flasks; never evacuate "
          "flat-bottomed flasks or conical flasks."),
    ("p", "5.2 Work in a fume hood with the sash lowered, and behind a blast shield for any "
          "apparatus larger than 1 L."),
    ("p", "5.3 Never distil to dryness. Stop with at least 10% of the charge left in the pot, "
          "because peroxides, nitro compounds and other unstable residues concentrate there."),
    ("p", "5.4 Test ethers and other peroxide-forming liquids with peroxide test strips before "
          "distillation. Do not distil material that tests above 20 mg/L; remove the peroxides "
          "first."),
    ("p", "5.5 Cold traps are cooled with dry ice/acetone or dry ice/isopropanol (-78 °C). A "
          "liquid nitrogen trap may be used only when the system is already evacuated, and it "
          "must never be open to air or vented while cold: oxygen condenses in it as a pale "
          "blue liquid that can explode with organic material."),
    ("p", "5.6 Let the apparatus cool before it is vented, and vent with nitrogen rather than "
          "air."),
    ("h1", "6. EQUIPMENT"),
    ("p", "6.1 Vacuum sources: a diaphragm pump (ultimate pressure 2-10 mbar) for distillations "
          "above 5 mbar; a rotary vane oil pump (ultimate pressure about 0.005 mbar) for lower "
          "pressures, always protected by a cold trap."),
    ("p", "6.2 Gauges: a Pirani gauge between the trap and the apparatus for 0.001-10 mbar, and "
          "a capacitance gauge for 1-1000 mbar."),
    ("p", "6.3 Boiling control: magnetic stirring (preferred) or a fine capillary bleed of "
          "nitrogen. Boiling chips do not work under vacuum and must not be used."),
    ("p", "6.4 Heating: an oil bath or heating mantle on a temperature controller, with a "
          "second, independent thermometer in the bath."),
    ("h1", "7. PROCEDURE"),
    ("h2", "7.1 Estimating the boiling point and choosing the method"),
    ("p", "7.1.1 Estimate the boiling point at the working pressure from the nomograph. As a "
          "rule of thumb, a liquid that boils at 250-300 °C at atmospheric pressure boils about "
          "120-130 °C lower at 10 mbar."),
    ("p", "7.1.2 Choose the pressure so that the head temperature will lie between 60 and "
          "150 °C; the pot temperature should not exceed 180 °C without supervisor approval "
          "(3.2)."),
    ("p", "7.1.3 Boiling points more than 70 °C apart, or impurities that are not volatile: "
          "short-path head."),
    ("p", "7.1.4 Boiling points 25-70 °C apart: Vigreux column of 15-30 cm, insulated."),
    ("p", "7.1.5 Boiling points less than 25 °C apart: not separable with this equipment; use "
          "a spinning-band column or chromatography."),
    ("p", "7.1.6 Less than 10 g, high-boiling oils, or separation from non-volatile material "
          "only: Kugelrohr (7.5)."),
    ("h2", "7.2 Assembling a short-path or Vigreux apparatus"),
    ("p", "7.2.1 Fill the pot between one-third and one-half full, and add a stir bar."),
    ("p", "7.2.2 Grease each ground joint with a thin band of vacuum grease on the upper third "
          "of the inner joint, and secure every joint with a joint clip."),
    ("p", "7.2.3 Place the thermometer bulb just below the level of the side arm of the head."),
    ("p", "7.2.4 Use a rotating multi-flask receiver (cow receiver) so that fractions can be "
          "changed without breaking the vacuum."),
    ("p", "7.2.5 Connect the cold trap and the gauge with vacuum tubing of at least 8 mm "
          "internal diameter, kept as short as possible."),
    ("h2", "7.3 Running the distillation"),
    ("p", "7.3.1 Start the stirrer and the condenser coolant, then evacuate slowly at room "
          "temperature. Dissolved gas and residual solvent come off first; wait until the "
          "pressure is stable."),
    ("p", "7.3.2 Only then start heating. Set the bath 20-30 °C above the expected head "
          "temperature and raise it in steps of 10 °C."),
    ("p", "7.3.3 Collect a fore-run until the head temperature is stable, then turn the "
          "receiver to a clean flask for the main fraction."),
    ("p", "7.3.4 Collect the main fraction at no more than one drop per second when a Vigreux "
          "column is used."),
    ("p", "7.3.5 Record the head temperature, bath temperature and pressure for every fraction."),
    ("p", "7.3.6 Stop when the head temperature changes by more than 3 °C from the plateau, or "
          "when about 10% of the charge is left in the pot (5.3)."),
    ("h2", "7.4 Shutting down"),
    ("p", "7.4.1 Remove the heat source and let the pot cool below 50 °C under vacuum."),
    ("p", "7.4.2 Vent the apparatus slowly with nitrogen through the three-way tap."),
    ("p", "7.4.3 Switch off the pump only after venting. A pump switched off under vacuum can "
          "suck oil back into the trap and the apparatus."),
    ("p", "7.4.4 Empty and clean the cold trap, and note the condition of the pump oil in the "
          "pump log."),
    ("h2", "7.5 Kugelrohr distillation"),
    ("p", "7.5.1 Charge the sample into the end bulb (no more than one-third full) and connect "
          "two receiver bulbs."),
    ("p", "7.5.2 Only the end bulb sits in the oven. Cool the first receiver bulb outside the "
          "oven with dry ice wrapped in a cloth, or with ice water for high-boiling products."),
    ("p", "7.5.3 Start the rotation and evacuate, then raise the oven temperature in steps of "
          "10 °C, holding each step for 5 min."),
    ("p", "7.5.4 There is no head thermometer. Report the boiling range as the oven temperature "
          "and the pressure, for example Kugelrohr 120-130 °C / 0.5 mbar."),
    ("h1", "8. TROUBLESHOOTING"),
    ("p", "8.1 Work through the causes for a problem in the order given. If none applies, stop "
          "the distillation and consult the laboratory supervisor."),
    ("trouble", None),
    ("h1", "9. RECORDS"),
    ("p", "9.1 Record every distillation in the laboratory notebook: date, sample ID, charge "
          "mass, apparatus, pressure, bath and head temperatures for each fraction, fraction "
          "masses and the mass of the pot residue."),
    ("p", "9.2 Keep the HS-017 assessment, where one was needed, with the notebook page."),
    ("h1", "10. REFERENCES"),
    ("p", "10.1 SOP-LAB-0107 Rotary evaporation."),
    ("p", "10.2 Form HS-017 Specific risk assessment for hazardous operations."),
    ("p", "10.3 Armarego, W. L. F. Purification of Laboratory Chemicals, 8th ed.; "
          "Butterworth-Heinemann, 2017."),
    ("h1", "11. REVISION HISTORY"),
    ("revisions", None),
]


def _add_field(paragraph, instr: str, placeholder: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    run.append(t)
    fld.append(run)
    paragraph._p.append(fld)


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


def _bold_cell(cell, text: str, fill: str | None = None) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if fill:
        _shade(cell, fill)


def build_sop_docx(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for name in ("Heading 1", "Heading 2"):
        st = doc.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(12 if name == "Heading 1" else 10.5)

    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    header = section.header
    header.paragraphs[0].text = SOP_HEADER[0]
    header.add_paragraph(SOP_HEADER[1]).runs[0].bold = True
    footer = section.footer
    footer.paragraphs[0].text = SOP_FOOTER
    page_p = footer.add_paragraph()
    page_p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_p.add_run(SOP_FOOTER_PAGE[0])
    _add_field(page_p, "PAGE", "1")
    page_p.add_run(SOP_FOOTER_PAGE[1])
    _add_field(page_p, "NUMPAGES", "5")

    for kind, payload in SOP_CONTENT:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(payload)
            r.bold = True
            r.font.size = Pt(15)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(payload)
            r.bold = True
            r.font.size = Pt(12)
        elif kind == "control":
            t = doc.add_table(rows=len(SOP_CONTROL), cols=2)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, (label, value) in enumerate(SOP_CONTROL):
                _bold_cell(t.cell(r, 0), label, "E7E6E6")
                t.cell(r, 1).text = value
            doc.add_paragraph("")
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "defs":
            for term, text in payload:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.6)
                p.add_run(term).bold = True
                p.add_run(": " + text)
        elif kind == "trouble":
            n_rows = 1 + sum(len(causes) for _, causes in SOP_TROUBLE)
            t = doc.add_table(rows=n_rows, cols=3)
            t.style = "Table Grid"
            for c, text in enumerate(SOP_TROUBLE_HEAD):
                _bold_cell(t.cell(0, c), text, "D9E2F3")
            _repeat_header(t.rows[0])
            r = 1
            for problem, causes in SOP_TROUBLE:
                first = r
                for cause, action in causes:
                    t.cell(r, 1).text = cause
                    t.cell(r, 2).text = action
                    r += 1
                merged = t.cell(first, 0)
                if len(causes) > 1:
                    merged = merged.merge(t.cell(r - 1, 0))
                merged.text = problem
            doc.add_paragraph("")
        elif kind == "revisions":
            t = doc.add_table(rows=1 + len(SOP_REVISIONS), cols=4)
            t.style = "Table Grid"
            for c, text in enumerate(SOP_REVISIONS_HEAD):
                _bold_cell(t.cell(0, c), text, "E7E6E6")
            for r, row in enumerate(SOP_REVISIONS, start=1):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
        else:  # pragma: no cover
            raise ValueError(kind)

    cp = doc.core_properties
    cp.title = "SOP-LAB-0142 Vacuum distillation, short-path distillation and Kugelrohr distillation"
    cp.author = "R. Haldane"
    cp.last_modified_by = "QDocs publishing service"
    cp.subject = "Standard operating procedure, revision 03"
    cp.keywords = "SOP; vacuum distillation; short-path; Vigreux; Kugelrohr; cold trap"
    cp.comments = "Approved by S. Mbeki (QA) on 10 March 2025."
    cp.category = "SOP"
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


def visible_strings() -> dict[str, list[str]]:
    """Visible text units per guide stem, one string per paragraph, bullet, cell and so on."""
    review: list[str] = [REVIEW_HEADER_LEFT, REVIEW_HEADER_RIGHT, REVIEW_FOOTER, REVIEW_TITLE,
                         REVIEW_AUTHORS, REVIEW_AFFIL, REVIEW_ABSTRACT, REVIEW_KEYWORDS,
                         REVIEW_TABLE_CAPTION]
    review.extend(c for row in REVIEW_TABLE for c in row)
    for kind, payload in REVIEW_CONTENT:
        if kind == "span_h":
            review.append(payload)
        elif kind == "refs":
            review.extend(payload)
        elif kind == "cols":
            for k, item in payload:
                review.append(f"{item[0]} {item[1]}" if k == "run" else item)
    slides: list[str] = [SLIDES_FOOTER]
    for slide_title, items in SLIDES:
        slides.append(slide_title)
        for kind, payload in items:
            if kind == "table":
                slides.extend(c for row in payload for c in row)
            else:
                slides.append(payload)
    sop: list[str] = [*SOP_HEADER, SOP_FOOTER]
    sop.extend(c for row in SOP_CONTROL for c in row)
    sop.extend(SOP_TROUBLE_HEAD)
    for problem, causes in SOP_TROUBLE:
        sop.append(problem)
        sop.extend(c for pair in causes for c in pair)
    sop.extend(SOP_REVISIONS_HEAD)
    sop.extend(c for row in SOP_REVISIONS for c in row)
    for kind, payload in SOP_CONTENT:
        if kind in ("title", "subtitle", "h1", "h2", "p"):
            sop.append(payload)
        elif kind == "defs":
            sop.extend(f"{term}: {text}" for term, text in payload)
    return {
        Path(REVIEW_NAME).stem: review,
        Path(SLIDES_NAME).stem: slides,
        Path(SOP_NAME).stem: sop,
    }


SUFFIXES = {Path(n).stem: Path(n).suffix for n in (REVIEW_NAME, SLIDES_NAME, SOP_NAME)}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    review_path = OUT_DIR / REVIEW_NAME
    slides_path = OUT_DIR / SLIDES_NAME
    sop_path = OUT_DIR / SOP_NAME
    build_review_pdf(review_path)
    build_slides_pdf(slides_path)
    build_sop_docx(sop_path)
    for p in (review_path, slides_path, sop_path):
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
