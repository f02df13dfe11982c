# ruff: noqa: E501 - long literal text
"""Generate the three guides of the fresh21 held-out part deterministically.

Usage (from the repository root, with the project venv):
    PYTHONDONTWRITEBYTECODE=1 .venv/bin/python evals/fresh21/make_fresh21_guides.py

Writes:
    evals/fresh21/guides/haloform-bleach-indesign-sidebar.pdf
        a TEACHING-LAB TROUBLESHOOTING MODULE EXPORTED FROM INDESIGN (reportlab, A4, creator
        "Adobe InDesign 19.2 (Windows)", producer "Adobe PDF Library 17.0"): a SIDEBAR CALLOUT
        COLUMN beside the main column (one callout per page, drawn in the margin, with facts
        that are in no other place), a RUNNING HEADER from page 2 and a running FOOTER with the
        page number on every page, FOOTNOTES at the foot of the page where their marker is
        (superscript numbers in the text), a multi-page troubleshooting TABLE WHOSE HEADER ROW
        REPEATS on the next page, and two further ruled tables.
    evals/fresh21/guides/favorskii-group-sop-vmerge-comments.docx
        a GROUP SOP IN WORD, written as a zip of WordprocessingML by this script: a COVER PAGE
        (title, document table, page break; different first page), a REVISION TABLE, headings
        numbered 1 / 1.1 / 1.1.1 by a MULTILEVEL LIST in numbering.xml linked to the Heading
        styles (the numbers are not in the text), procedure steps auto-numbered "Step 1." to
        "Step 11." across two sub-sections, a troubleshooting table Problem | Possible cause |
        Action where a problem cell is VERTICALLY MERGED over several cause rows (w:vMerge), a
        repeating table header row, three REVIEW COMMENTS (comments.xml) holding facts found in
        no paragraph, SHADED "Note:" paragraphs, paragraphs split into several runs with rsid
        noise, a header and a footer with PAGE / NUMPAGES fields.
    evals/fresh21/guides/micropipettes-gitbook-page.html
        a GITBOOK PAGE SAVED FROM THE BROWSER: top bar with search ("Ctrl K"), left navigation
        tree, breadcrumbs, page description, "hint" callouts (info, warning, danger), a TABS
        block whose second panel is hidden until clicked, a DEFINITION LIST (glossary), tables,
        EXPANDABLE blocks (<details>/<summary>) for the troubleshooting entries and the FAQ,
        "On this page" outline, "Last updated", previous/next links, "Was this helpful?",
        "Powered by GitBook" footer and a __NEXT_DATA__ script.

Re-running gives byte-identical files (reportlab invariant mode; fixed zip dates and document
properties; no time stamps in the HTML).
"""

from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent / "guides"
ZIP_DATE = (2026, 2, 18, 9, 12, 0)

HLF_STEM = "haloform-bleach-indesign-sidebar"
FVK_STEM = "favorskii-group-sop-vmerge-comments"
MPT_STEM = "micropipettes-gitbook-page"


# ============================================================================ Haloform reaction (PDF)

HLF_HEADER_L = "Organic Methods Series | Module OX-07"
HLF_HEADER_R = "Haloform reaction with bleach"
HLF_FOOTER_L = "Chemistry Teaching Laboratories – Technical Services | Edition 3, March 2026"

# (kind, text[, footnote numbers]); kinds: kicker, h1, sub, h2, p, b (bullet), n (numbered step), caption, tableN
HLF_BODY: list[tuple] = [
    ("kicker", "ORGANIC METHODS SERIES · MODULE OX-07"),
    ("h1", "Haloform Reaction: Methyl Ketones to Carboxylic Acids with Bleach"),
    ("sub", "Troubleshooting guide for the teaching and research laboratories"),
    ("h2", "1  What the reaction does"),
    ("p", "The haloform reaction cleaves a methyl ketone, RCOCH3, into the carboxylic acid RCO2H and a haloform, CHX3. In this module the oxidant is sodium hypochlorite from commercial bleach, so the by-product is chloroform. Hydroxide forms the enolate, which is chlorinated by hypochlorite. Each chlorine makes the remaining hydrogens on that carbon more acidic, so the methyl group is chlorinated three times before any other position reacts."),
    ("p", "Hydroxide then adds to the carbonyl of the trichloromethyl ketone, and the CCl3 anion, stabilised by its three chlorines, leaves. Proton transfer gives the carboxylate and chloroform. Overall: RCOCH3 + 3 NaOCl gives RCO2Na + CHCl3 + 2 NaOH, so the reaction makes base; the added sodium hydroxide only keeps the pH high at the start.<super>1</super>", [1]),
    ("p", "The carboxylic acid stays in the water as its sodium salt until the end. Neutral material (unreacted ketone, chloroform, chlorinated intermediates) can therefore be washed out with an organic solvent before the acid is precipitated with hydrochloric acid. For acetophenone a good run gives 75–85 % of benzoic acid."),
    ("h2", "2  Check first"),
    ("p", "Before changing the chemistry, go through this list. Most failed runs in the teaching lab trace back to one of these points."),
    ("b", "Bleach: titrated this week (section 4). Bleach loses strength with age and warmth, and the label value is the strength when it was filled."),
    ("b", "Plain bleach, not a thickened or scented product: the surfactants foam and some additives consume hypochlorite."),
    ("b", "Substrate: a CH3CO group, or a CH3CH(OH) group that hypochlorite first oxidises to the methyl ketone."),
    ("b", "Other oxidisable groups: secondary alcohols, aldehydes, amines and electron-rich rings all react with hypochlorite."),
    ("b", "On the bench before you start: starch–iodide paper, pH paper and solid sodium sulfite for the quench."),
    ("b", "Stirring: a large oval stirrer bar; the ketone is an oil that floats on the bleach."),
    ("h2", "3  Procedure: benzoic acid from acetophenone (20 mmol)"),
    ("caption", "Table 1. Reagents for the 20 mmol run"),
    ("table1", None),
    ("n", "1. Titrate the bleach (section 4) and calculate the volume that holds 70 mmol (3.5 equiv) of NaOCl: 100 mL of 0.70 M bleach."),
    ("n", "2. Put the bleach (100 mL, 70 mmol) and 10 % aqueous sodium hydroxide (10 mL, 25 mmol) into a 250 mL round-bottomed flask with a large stirrer bar."),
    ("n", "3. Add acetophenone (2.40 g, 2.34 mL, 20.0 mmol) at room temperature in one portion and stir at 800 rpm."),
    ("n", "4. Warm in a water bath to 65 °C (internal) over 15 min and keep at 60–70 °C for 45 min. The oil droplets disappear and the mixture becomes clear or slightly cloudy."),
    ("n", "5. Cool to 25 °C. A drop of the mixture should turn starch–iodide paper blue-black (excess oxidant). Add solid sodium sulfite (about 1.0 g) in portions until a fresh drop leaves the paper white."),
    ("n", "6. Wash the basic solution with MTBE (2 × 20 mL) to remove chloroform and unreacted ketone; the organic layers go into the halogenated waste."),
    ("n", "7. Cool the aqueous layer in ice and add concentrated HCl dropwise (about 8 mL) in the fume cupboard until pH 1–2. Benzoic acid precipitates as white needles."),
    ("n", "8. Keep at 0–5 °C for 20 min, filter and wash the solid with ice-cold water (2 × 5 mL)."),
    ("n", "9. Recrystallise from boiling water (about 15 mL per gram) and dry. Expected: 1.8–2.1 g (75–85 %) of benzoic acid, mp 121–123 °C."),
    ("p", "Monitor by TLC on silica (hexane/ethyl acetate 4:1 with 1 % acetic acid): acetophenone Rf 0.60, the chlorinated ketones Rf 0.65–0.70, benzoic acid Rf 0.25. Take the TLC sample from the organic layer of a mini work-up (a drop of mixture, 2 M HCl and ethyl acetate)."),
    ("h2", "4  Titrate the bleach first"),
    ("p", "Pipette 1.00 mL of bleach into a flask with water (20 mL), potassium iodide (1 g) and glacial acetic acid (5 mL). Titrate the brown iodine with 0.100 M sodium thiosulfate until pale yellow, add starch solution (1 mL) and continue until the blue colour disappears.<super>2</super>", [2]),
    ("p", "NaOCl (mol/L) = V(thiosulfate, mL) × 0.100 / 2. Fresh household bleach uses about 14 mL, i.e. 0.70 M."),
    ("caption", "Table 2. Bleach strength and the volume that holds 70 mmol of NaOCl"),
    ("table2", None),
    ("h2", "5  Troubleshooting"),
    ("p", "Find the observation in the first column. Where two causes are possible, the more common one is given first.<super>3</super>", [3]),
    ("table4", None),
    ("h2", "6  Other substrates"),
    ("caption", "Table 3. Typical results with bleach (3.5 equiv of NaOCl)"),
    ("table3", None),
    ("h2", "7  Safety"),
    ("b", "Acid releases chlorine from hypochlorite. Quench with sodium sulfite before any acid is added, and acidify only in the fume cupboard."),
    ("b", "Never mix bleach or bleach waste with ammonia or amines: chloramines are toxic and can explode."),
    ("b", "Chloroform is formed (about 1.6 mL from 20 mmol of ketone). It is a suspected carcinogen; keep the reaction and the MTBE washes in the fume cupboard."),
    ("b", "Bleach and 10 % sodium hydroxide cause serious eye damage: goggles, not just safety glasses, while pouring."),
    ("b", "The chlorination is exothermic. Warm the mixture gradually and keep an ice bath ready on larger scales."),
]

HLF_TABLE1 = [
    ["Reagent", "MW (g/mol)", "Amount", "mmol", "Equiv"],
    ["Acetophenone (d 1.028)", "120.15", "2.40 g (2.34 mL)", "20.0", "1.0"],
    ["Bleach, 0.70 M NaOCl", "74.44", "100 mL", "70", "3.5"],
    ["Sodium hydroxide, 10 % aq.", "40.00", "10 mL", "25", "1.25"],
    ["Sodium sulfite (quench)", "126.04", "about 1.0 g", "about 8", "–"],
    ["Hydrochloric acid, conc.", "36.46", "about 8 mL", "–", "to pH 1–2"],
]

HLF_TABLE2 = [
    ["Bleach", "NaOCl (% w/v)", "NaOCl (M)", "mL for 70 mmol"],
    ["Household bleach, fresh", "5.25", "0.70", "100"],
    ["Household bleach, 6 months open", "about 4.2", "0.56", "125"],
    ["Concentrated bleach", "8.25", "1.11", "63"],
    ["Industrial hypochlorite", "12.5", "1.68", "42"],
]

HLF_TABLE3 = [
    ["Methyl ketone", "Acid", "Yield", "Comment"],
    ["Acetophenone", "benzoic acid", "75–85 %", "standard run"],
    ["2-Acetylnaphthalene", "2-naphthoic acid", "80–88 %", "add 1,4-dioxane (10 mL) to dissolve it"],
    ["4'-Methoxyacetophenone", "4-methoxybenzoic acid", "65–75 %", "keep below 40 °C; ring chlorination"],
    ["Pinacolone", "pivalic acid", "50–60 %", "acid is water-soluble: extract it"],
    ["4'-Aminoacetophenone", "not suitable", "–", "the amine is chlorinated first"],
]

HLF_TABLE4 = [
    ["No.", "Observation", "Likely cause", "What to do"],
    ["5.1", "Ketone oil still floats on the bleach after 45 min; TLC shows mostly ketone.",
     "The ketone and the bleach are not mixed; the reaction only runs at the interface.",
     "Stir at 800 rpm or more. For solid ketones add 1,4-dioxane (10 mL) as co-solvent."],
    ["5.2", "Starch–iodide paper stays white at step 5 and ketone is left.",
     "The bleach was weaker than its label; all the hypochlorite is used up.",
     "Titrate the bleach and add fresh bleach in 10 mL portions at 60 °C until the paper turns blue-black."],
    ["5.3", "Yellow-green gas and a sharp smell when the HCl goes in.",
     "Hypochlorite was not quenched and gives chlorine with acid.",
     "Stop, make the mixture basic with NaOH, add sodium sulfite until the paper stays white, then acidify in the fume cupboard."],
    ["5.4", "No precipitate at pH 1–2, only a faint cloudiness.",
     "The acid is too soluble in water (small or aliphatic acids), or the volume is too large.",
     "Saturate the solution with NaCl and extract with ethyl acetate (3 × 20 mL); dry and evaporate."],
    ["5.5", "A neutral, chlorine-containing by-product between ketone and acid on TLC.",
     "The reaction stopped at the chlorinated ketones because the pH fell below about 10.",
     "Add 10 % NaOH (5 mL) and heat for another 15 min at 65 °C; keep the pH above 12."],
    ["5.6", "Electron-rich substrate gives an acid that contains chlorine.",
     "Ring chlorination by HOCl or chlorine at lower pH or higher temperature.",
     "Keep the pH above 12 and the temperature below 40 °C, and use only 3.0 equiv of NaOCl."],
    ["5.7", "Violent foaming and a sudden temperature rise on warming.",
     "Thickened bleach with surfactant, or the bath was heated too quickly.",
     "Use plain bleach, add the ketone at room temperature and warm over 15 min."],
    ["5.8", "Product off-white or yellow, mp 115–119 °C.",
     "Ketone, chloroform or chlorinated by-products trapped in the crystals.",
     "Do the MTBE wash of step 6 before acidifying; recrystallise from boiling water with 50 mg of charcoal."],
    ["5.9", "Full conversion but a low yield of solid acid.",
     "Product left in the mother liquor: filtered warm, or washed with too much water.",
     "Cool to 0–5 °C for 20 min before filtering and wash with ice-cold water only (2 × 5 mL)."],
    ["5.10", "A secondary alcohol elsewhere in the molecule is gone.",
     "Hypochlorite oxidises secondary alcohols to ketones, and a CH3CH(OH) group is cleaved too.",
     "Protect the alcohol (e.g. as the TBS ether) before the haloform step."],
]

HLF_SIDEBAR = {
    1: ("AT A GLANCE", ["Acetophenone to benzoic acid, 20 mmol scale.", "Time: about 2.5 h including the recrystallisation.",
                        "Expect 75–85 %, mp 121–123 °C.", "Hazards: chlorine from acidified bleach, chloroform, 10 % NaOH.",
                        "Pour bleach from a beaker, never pipette it by mouth or near acids."]),
    2: ("IODOFORM TEST", ["To test for a methyl ketone: 3 drops of sample in 2 mL of water or dioxane, 1 mL of 10 % NaOH, then I2/KI solution until the brown colour stays.",
                          "A yellow precipitate of iodoform (mp 119–121 °C) is positive.",
                          "Ethanol and isopropanol are positive too: never dissolve the sample in them."]),
    3: ("STORING BLEACH", ["Keep bleach closed, dark and below 25 °C; at 35 °C it loses about a third of its strength in a month.",
                           "Write the titration result and the date on the bottle."]),
    4: ("WASTE", ["Quenched aqueous filtrate: check with starch–iodide paper, neutralise, then aqueous waste.",
                  "MTBE washes contain chloroform: halogenated solvent waste.",
                  "Never pour bleach waste into a container with acid or ammonia."]),
}

HLF_FOOTNOTES = {
    1: "1  Below about pH 10 the trichloromethyl ketone is cleaved slowly and the run stalls at the chlorinated ketones (entry 5.5).",
    2: "2  NaOCl + 2 KI + 2 AcOH gives I2, and each I2 takes up 2 thiosulfate; 1 mmol of NaOCl therefore uses 2 mmol of thiosulfate.",
    3: "3  Entries are based on the teaching-lab problem log 2021–2025 (212 runs).",
}


def build_hlf_pdf() -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

    W, H = A4
    side_x, side_w = 16 * mm, 44 * mm
    main_x, main_w = 66 * mm, W - 66 * mm - 16 * mm
    top, bottom = 22 * mm, 38 * mm  # bottom reserves the footnote area
    teal = colors.HexColor("#0E6E73")
    tint = colors.HexColor("#E3F1F1")
    base = ParagraphStyle("base", fontName="Helvetica", fontSize=9.2, leading=12.2, alignment=TA_LEFT, spaceAfter=5)
    st = {
        "kicker": ParagraphStyle("kicker", parent=base, fontName="Helvetica-Bold", fontSize=8, textColor=teal, spaceAfter=2),
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=4),
        "sub": ParagraphStyle("sub", parent=base, fontName="Helvetica-Oblique", fontSize=10, leading=13, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4, textColor=teal),
        "p": base,
        "b": ParagraphStyle("b", parent=base, leftIndent=10, bulletIndent=0, spaceAfter=3),
        "n": ParagraphStyle("n", parent=base, leftIndent=0, spaceAfter=3),
        "caption": ParagraphStyle("caption", parent=base, fontName="Helvetica-Bold", fontSize=8.2, leading=10.5, spaceBefore=4, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.2, leading=10.2, spaceAfter=0),
        "cellh": ParagraphStyle("cellh", parent=base, fontName="Helvetica-Bold", fontSize=8.2, leading=10.2, spaceAfter=0, textColor=colors.white),
        "side_h": ParagraphStyle("side_h", parent=base, fontName="Helvetica-Bold", fontSize=8.2, leading=10.5, textColor=teal, spaceAfter=3),
        "side": ParagraphStyle("side", parent=base, fontSize=7.8, leading=10, spaceAfter=4),
        "fn": ParagraphStyle("fn", parent=base, fontSize=7.2, leading=9, spaceAfter=1),
    }

    def esc(t: str) -> str:
        return html.escape(t, quote=False).replace("&lt;super&gt;", "<super>").replace("&lt;/super&gt;", "</super>")

    def table(rows, widths, repeat=True):
        data = [[Paragraph(esc(c), st["cellh" if i == 0 else "cell"]) for c in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=widths, repeatRows=1 if repeat else 0, hAlign="LEFT")
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), teal),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9DB8B9")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return t

    class FnPara(Paragraph):
        footnotes: list[int] = []

    def story():
        out = []
        for item in HLF_BODY:
            kind, text = item[0], item[1]
            if kind == "table1":
                out.append(table(HLF_TABLE1, [main_w * f for f in (0.36, 0.15, 0.21, 0.12, 0.16)]))
                out.append(Spacer(1, 6))
            elif kind == "table2":
                out.append(table(HLF_TABLE2, [main_w * f for f in (0.5, 0.15, 0.15, 0.2)]))
                out.append(Spacer(1, 6))
            elif kind == "table3":
                out.append(table(HLF_TABLE3, [main_w * f for f in (0.30, 0.25, 0.12, 0.33)]))
                out.append(Spacer(1, 6))
            elif kind == "table4":
                out.append(table(HLF_TABLE4, [main_w * f for f in (0.08, 0.28, 0.30, 0.34)]))
                out.append(Spacer(1, 6))
            elif kind == "b":
                out.append(Paragraph(esc(text), st["b"], bulletText="–"))
            else:
                p = FnPara(esc(text), st[kind])
                p.footnotes = item[2] if len(item) > 2 else []
                out.append(p)
        return out

    def run(fn_pages: dict[int, list[int]]) -> tuple[bytes, dict[int, list[int]], int]:
        found: dict[int, list[int]] = {}
        buf = io.BytesIO()

        def decorate(canv, doc):
            n = doc.page
            canv.saveState()
            canv.setFont("Helvetica", 7.5)
            canv.setFillColor(colors.HexColor("#555555"))
            if n > 1:
                canv.drawString(main_x, H - 13 * mm, HLF_HEADER_L)
                canv.drawRightString(main_x + main_w, H - 13 * mm, HLF_HEADER_R)
                canv.setStrokeColor(teal)
                canv.setLineWidth(0.5)
                canv.line(main_x, H - 14.5 * mm, main_x + main_w, H - 14.5 * mm)
            canv.drawString(side_x, 10 * mm, HLF_FOOTER_L)
            canv.setFont("Helvetica-Bold", 8)
            canv.drawRightString(main_x + main_w, 10 * mm, str(n))
            if n in HLF_SIDEBAR:
                head, lines = HLF_SIDEBAR[n]
                y = H - top - 4 * mm
                paras = [Paragraph(esc(head), st["side_h"])] + [Paragraph(esc(t), st["side"]) for t in lines]
                heights = [p.wrap(side_w - 6 * mm, 400)[1] + 4 for p in paras]
                box_h = sum(heights) + 6 * mm
                canv.setFillColor(tint)
                canv.rect(side_x, y - box_h, side_w, box_h, stroke=0, fill=1)
                canv.setFillColor(teal)
                canv.rect(side_x, y - 1.2 * mm, side_w, 1.2 * mm, stroke=0, fill=1)
                yy = y - 4 * mm
                for p, h in zip(paras, heights, strict=True):
                    p.drawOn(canv, side_x + 3 * mm, yy - h + 4)
                    yy -= h
            notes = fn_pages.get(n, [])
            if notes:
                canv.setStrokeColor(colors.black)
                canv.setLineWidth(0.4)
                canv.line(main_x, 33 * mm, main_x + 40 * mm, 33 * mm)
                yy = 31 * mm
                for k in notes:
                    p = Paragraph(esc(HLF_FOOTNOTES[k]), st["fn"])
                    _, h = p.wrap(main_w, 100)
                    p.drawOn(canv, main_x, yy - h)
                    yy -= h + 1.5
            canv.restoreState()

        frame = Frame(main_x, bottom, main_w, H - top - bottom, id="main", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        class Doc(BaseDocTemplate):
            def afterFlowable(self, flowable):
                for k in getattr(flowable, "footnotes", []) or []:
                    found.setdefault(self.page, []).append(k)

        doc = Doc(buf, pagesize=A4, pageTemplates=[PageTemplate("all", [frame], onPage=decorate)],
                  invariant=1, title="Haloform Reaction: Methyl Ketones to Carboxylic Acids – Module OX-07",
                  author="Chemistry Teaching Laboratories", subject="Troubleshooting guide",
                  creator="Adobe InDesign 19.2 (Windows)", producer="Adobe PDF Library 17.0",
                  keywords="haloform; bleach; benzoic acid; troubleshooting")
        doc.build(story())
        return buf.getvalue(), found, doc.page

    _, found, _ = run({})
    data, found2, _ = run(found)
    assert found2 == found, (found, found2)
    # invariant mode writes 2000-01-01; put the export date in its place (same length, so the
    # cross-reference offsets stay valid)
    for key, stamp in ((b"/CreationDate (D:20000101000000+00'00')", b"/CreationDate (D:20260305101522+01'00')"),
                       (b"/ModDate (D:20000101000000+00'00')", b"/ModDate (D:20260305101531+01'00')")):
        assert len(key) == len(stamp) and data.count(key) == 1
        data = data.replace(key, stamp)
    return data


# ============================================================================ Favorskii (DOCX)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FVK_DOCNO = "SOP-ORG-047"
FVK_FOOTER = "Uncontrolled when printed · SOP-ORG-047 v2.1"

# Body items: ("cover", text, style) / ("h1"|"h2"|"h3", text) / ("p", text) / ("note", text)
# ("step", text[, comment]) / ("bullet", text) / ("table", name) / ("pagebreak",)
FVK_BODY: list[tuple] = [
    ("cover", "Lindqvist Group – Synthetic Methods", "Subtitle"),
    ("cover", "Standard Operating Procedure", "Subtitle"),
    ("cover", "Favorskii Rearrangement of α-Chloro Ketones: Ring Contraction to Cycloalkanecarboxylic Esters", "Title"),
    ("table", "cover"),
    ("cover", "Read the whole SOP and the safety section before your first run. Sign the training record with the group safety officer.", "Normal"),
    ("pagebreak",),
    ("plainhead", "Revision history"),
    ("table", "revisions"),
    ("h1", "Purpose and scope"),
    ("p", "This SOP describes the Favorskii rearrangement of α-halo ketones with alkoxide bases as used in the group, with 2-chlorocyclohexanone to methyl cyclopentanecarboxylate as the standard run. It applies to runs up to 100 mmol in the group's fume cupboards. Larger runs need a separate risk assessment."),
    ("h1", "Principle"),
    ("h2", "Mechanism"),
    ("p", "The base removes a proton from the α' carbon, the one on the other side of the carbonyl from the halogen. The enolate displaces the halide intramolecularly and forms a cyclopropanone. Methoxide adds to the strained carbonyl, and the tetrahedral intermediate opens the three-membered ring on the side that gives the more stable carbanion, which is protonated by methanol. From a cyclic α-chloro ketone the net result is a ring contraction by one carbon: the six-membered ketone becomes a five-membered ester."),
    ("p", "When the ketone has no α' hydrogen, no cyclopropanone can form. The quasi-Favorskii (semibenzilic) route then applies: the base adds to the carbonyl and a 1,2-shift expels the halide."),
    ("h2", "Products to expect"),
    ("table", "scope"),
    ("h1", "Before you start"),
    ("h2", "Check first"),
    ("bullet", "Is the 2-chlorocyclohexanone colourless? Yellow or brown material contains HCl and condensation products: distil it first."),
    ("bullet", "Is the sodium methoxide a free-flowing white powder from a bottle opened under nitrogen? Lumps and a crust mean hydroxide and carbonate."),
    ("bullet", "Is the diethyl ether anhydrous (below 50 ppm water, from the solvent system) and peroxide-free?"),
    ("bullet", "Is the glassware oven-dried (120 °C, 2 h) and assembled under nitrogen?"),
    ("bullet", "Does the alkoxide match the ester you want (methoxide for methyl ester, ethoxide for ethyl ester)?"),
    ("h2", "Reagents and equipment"),
    ("table", "reagents"),
    ("p", "Equipment: 250 mL three-necked flask, reflux condenser with nitrogen inlet, 50 mL pressure-equalising dropping funnel, large oval stirrer bar or overhead stirrer, 20 cm Vigreux column, short-path distillation set and a vacuum gauge."),
    ("h1", "Procedure"),
    ("h2", "Methyl cyclopentanecarboxylate from 2-chlorocyclohexanone (50 mmol)"),
    ("h3", "Reaction"),
    ("step", "Dry the flask, condenser, dropping funnel and stirrer bar in the oven (120 °C, 2 h) and assemble hot under nitrogen."),
    ("step", "Weigh sodium methoxide (2.97 g, 55.0 mmol) quickly under a nitrogen funnel and suspend it in anhydrous diethyl ether (40 mL) in the flask.", 0, "(2.97 g, 55.0 mmol)"),
    ("step", "Dilute 2-chlorocyclohexanone (6.63 g, 5.71 mL, 50.0 mmol, freshly distilled and colourless) with anhydrous ether (20 mL) in the dropping funnel."),
    ("step", "Add the chloro ketone solution dropwise to the well-stirred suspension over 30–40 min. The reaction is exothermic and the ether should reflux gently without heating; cool briefly in a water bath if the reflux becomes vigorous."),
    ("step", "After the addition, heat at gentle reflux (bath 45 °C) for 2 h. The white suspension turns pale yellow and fine sodium chloride forms."),
    ("step", "Check for completion by GC or by TLC (hexane/ethyl acetate 9:1, iodine): chloro ketone Rf 0.35, ester Rf 0.60.", 1, "hexane/ethyl acetate 9:1, iodine"),
    ("h3", "Work-up and distillation"),
    ("step", "Cool to 0 °C and add water (30 mL) to dissolve the salts."),
    ("step", "Separate the ether layer and extract the aqueous layer with ether (2 × 20 mL)."),
    ("step", "Wash the combined ether layers with 1 M HCl (20 mL), saturated NaHCO3 (20 mL) and brine (20 mL), then dry over MgSO4."),
    ("step", "Remove the ether through the Vigreux column at atmospheric pressure with the bath at 50 °C at most. Do not use the rotary evaporator at full vacuum: the ester (bp 158 °C) is lost with the solvent."),
    ("step", "Distil the residue under reduced pressure and collect methyl cyclopentanecarboxylate at 70–73 °C / 48 mmHg. Expected yield 3.6–3.9 g (56–61 %) of a colourless liquid.", 2, "70–73 °C / 48 mmHg"),
    ("note", "Sodium methoxide solution in methanol (25 % w/w) is not a substitute for the solid here. Methanol as solvent favours direct substitution to 2-methoxycyclohexanone."),
    ("h2", "Variant: the free acid"),
    ("p", "For cyclopentanecarboxylic acid, make the ester as above and saponify it (1 M NaOH in methanol/water 1:1, 3 equiv, 25 °C, 12 h). Running the rearrangement with aqueous hydroxide instead gives more 2-hydroxycyclohexanone by substitution."),
    ("h1", "Troubleshooting"),
    ("p", "Each problem is listed with its possible causes, most likely first. Work down the causes before you change the procedure."),
    ("table", "trouble"),
    ("note", "Record every deviation from this SOP in the notebook, including the lot number of the sodium methoxide."),
    ("h1", "Safety"),
    ("bullet", "2-Chlorocyclohexanone is a lachrymator and skin irritant. Handle it only in the fume cupboard with nitrile gloves; distil it behind a shield."),
    ("bullet", "Sodium methoxide is corrosive and reacts with moisture to give methanol and sodium hydroxide. The dust ignites easily; weigh it away from flames and sparks."),
    ("bullet", "Diethyl ether is extremely flammable and forms peroxides. Use a stirrer hotplate without sparking contacts and test old ether for peroxides before distillation."),
    ("bullet", "Quench spills of sodium methoxide with dry sand, then collect; never with water."),
    ("h1", "Records"),
    ("p", "Enter the yield, the boiling range and the GC purity in the group database under the SOP number. Keep the GC trace with the notebook page."),
]

FVK_TABLES = {
    "cover": [["Document no.", FVK_DOCNO], ["Version", "2.1"], ["Effective date", "18 February 2026"],
              ["Author", "K. Osei"], ["Approved", "A. Lindqvist (group leader)"]],
    "revisions": [["Version", "Date", "Author", "Change"],
                  ["1.0", "11 April 2019", "M. Brandt", "First issue (20 mmol)"],
                  ["2.0", "5 September 2023", "K. Osei", "Troubleshooting table added; NaOMe from sodium metal removed"],
                  ["2.1", "18 February 2026", "K. Osei", "Scale 50 mmol; note on mixed esters; Vigreux instead of rotary evaporator"]],
    "scope": [["Substrate", "Base / solvent", "Main product", "Note"],
              ["2-Chlorocyclohexanone", "NaOMe / Et2O", "Methyl cyclopentanecarboxylate", "ring contraction, 56–61 %"],
              ["2-Chlorocyclohexanone", "NaOEt / Et2O", "Ethyl cyclopentanecarboxylate", "ethyl ester needs ethoxide"],
              ["3-Bromo-3-methylbutan-2-one", "NaOMe / MeOH", "Methyl 2,2-dimethylpropanoate", "ring opens to the primary carbanion"],
              ["2,4-Dibromopentan-3-one", "NaOMe / MeOH", "Methyl 2-methylbut-2-enoate", "α,α'-dihalo ketones give unsaturated esters"],
              ["1-Chlorocyclohexyl phenyl ketone", "NaOH / water–dioxane", "1-Phenylcyclohexanecarboxylic acid", "no α' H: quasi-Favorskii"]],
    "reagents": [["Reagent", "MW (g/mol)", "Amount", "mmol", "Equiv"],
                 ["2-Chlorocyclohexanone (d 1.161)", "132.59", "6.63 g (5.71 mL)", "50.0", "1.0"],
                 ["Sodium methoxide (solid)", "54.02", "2.97 g", "55.0", "1.1"],
                 ["Diethyl ether, anhydrous", "74.12", "60 mL", "–", "–"],
                 ["Hydrochloric acid, 1 M", "–", "20 mL", "–", "wash"]],
}

# troubleshooting rows: (problem or None for a merged continuation, cause, action)
FVK_TROUBLE = [
    ("Low yield and a large high-boiling residue in the distillation flask",
     "Chloro ketone added too fast, or the base added to the ketone: the ketone condenses with itself (aldol).",
     "Add the chloro ketone to the base suspension over 30–40 min, never the reverse."),
    (None, "Old, dark chloro ketone containing HCl and condensation products.",
     "Distil the chloro ketone (bp 90–91 °C at 14–15 mmHg) and use it within a week."),
    ("Carboxylic acid in the bicarbonate wash; little ester",
     "Sodium methoxide partly hydrolysed to hydroxide during storage.",
     "Open a new bottle under nitrogen, or use the glovebox stock; reject lumpy, crusted powder."),
    (None, "Wet ether: water turns methoxide into hydroxide in the flask.",
     "Take ether from the solvent system (below 50 ppm water) and dry the glassware at 120 °C."),
    ("2-Methoxycyclohexanone in the product (OMe singlet at 3.4 ppm, ketone C=O in the IR)",
     "Direct substitution of chloride by methoxide, favoured by methanol as solvent and by a large excess of base.",
     "Use solid NaOMe suspended in ether, not the methanolic solution, and only 1.1 equiv."),
    ("Mixture of methyl and ethyl esters",
     "The alkoxide did not match the alcohol: NaOEt or ethanol-rinsed glassware with NaOMe, or an ethanol work-up.",
     "Match the alkoxide to the ester; rinse glassware with acetone, not ethanol."),
    ("No reaction: chloro ketone unchanged after 2 h",
     "Sodium methoxide has turned into a crust of carbonate and hydroxide.",
     "Use a fresh bottle; 2.97 g of good NaOMe dissolves partly and the suspension turns milky."),
    (None, "Base lumps lie on the bottom; the stirrer bar only spins.",
     "Use an overhead stirrer or a larger oval bar and break up the lumps with a dry spatula under nitrogen."),
    ("Ether boils over during the addition",
     "Addition too fast for the exotherm.",
     "Stop, cool in a water bath, then add at about 1 drop per second."),
    ("2-Cyclohexenone detected (GC, UV-active spot)",
     "Elimination of HCl instead of rearrangement, favoured by hindered bases (KOtBu) and heat.",
     "Use NaOMe, not KOtBu, and keep the temperature at ether reflux."),
    ("Product lost: much less distillate than the crude mass suggested",
     "Ester evaporated with the ether on the rotary evaporator.",
     "Remove the ether through the Vigreux column, or on the rotary evaporator at 400 mbar or above with the bath at 30 °C."),
]

FVK_COMMENTS = [
    ("A. Lindqvist", "AL", "2026-02-12T09:14:00Z", "The NaOMe from the new supplier is only 95 %. From that bottle weigh 3.13 g instead of 2.97 g."),
    ("M. Brandt", "MB", "2026-02-13T15:40:00Z", "Neither compound shows under UV. Use the iodine chamber, or better, take a GC sample."),
    ("K. Osei", "KO", "2026-02-16T11:02:00Z", "Our vacuum gauges read mbar: 48 mmHg is 64 mbar."),
]


def _x(t: str) -> str:
    return html.escape(t, quote=False)


def _run(text: str, rpr: str = "", rsid: str = "00A1B2C3") -> str:
    return f'<w:r w:rsidRPr="{rsid}">{("<w:rPr>" + rpr + "</w:rPr>") if rpr else ""}<w:t xml:space="preserve">{_x(text)}</w:t></w:r>'


def _split_runs(text: str, n: int) -> str:
    """Split a paragraph into several runs at word boundaries (as Word's editing history does)."""
    words = text.split(" ")
    if n < 2 or len(words) < 6:
        return _run(text)
    cut = [len(words) * i // n for i in range(1, n)]
    parts, last = [], 0
    for c in cut + [len(words)]:
        chunk = " ".join(words[last:c]) + (" " if c < len(words) else "")
        parts.append(chunk)
        last = c
    rsids = ["00A1B2C3", "004F7D21", "00C93E5A", "0071AA0E"]
    return "".join(_run(p, rsid=rsids[i % len(rsids)]) for i, p in enumerate(parts))


def _para(inner: str, style: str | None = None, extra_ppr: str = "", rsid: str = "00D41F2C") -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra_ppr
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}">{("<w:pPr>" + ppr + "</w:pPr>") if ppr else ""}{inner}</w:p>'


def _cell(text: str, width: int, header: bool = False, vmerge: str | None = None) -> str:
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tcpr += "<w:vMerge/>"
    if header:
        tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/>'
    rpr = '<w:b/><w:color w:val="FFFFFF"/>' if header else ""
    inner = _run(text, rpr) if text else ""
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{_para(inner, "TableText")}</w:tc>'


def _table(rows: list[list[str | None]], widths: list[int], header: bool = True, merge_col0: bool = False) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        is_head = header and i == 0
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if is_head else "<w:trPr><w:cantSplit/></w:trPr>"
        cells = []
        for j, c in enumerate(row):
            vm = None
            if merge_col0 and j == 0 and not is_head:
                nxt_cont = i + 1 < len(rows) and rows[i + 1][0] is None
                vm = "continue" if c is None else ("restart" if nxt_cont else None)
            cells.append(_cell(c or "", widths[j], is_head, vm))
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def fvk_document_xml() -> str:
    body: list[str] = []
    step_no = 0
    for item in FVK_BODY:
        kind = item[0]
        if kind == "cover":
            body.append(_para(_run(item[1]), item[2], '<w:jc w:val="center"/>' if item[2] != "Normal" else ""))
        elif kind == "pagebreak":
            body.append(_para('<w:r><w:br w:type="page"/></w:r>'))
        elif kind == "plainhead":
            body.append(_para(_run(item[1]), "TOCHeading"))
        elif kind in ("h1", "h2", "h3"):
            body.append(_para(_run(item[1]), {"h1": "Heading1", "h2": "Heading2", "h3": "Heading3"}[kind]))
        elif kind == "p":
            body.append(_para(_split_runs(item[1], 3)))
        elif kind == "note":
            inner = _run("Note: ", "<w:b/>") + _split_runs(item[1], 2)
            body.append(_para(inner, "NoteBox"))
        elif kind == "bullet":
            body.append(_para(_split_runs(item[1], 2), "ListBullet"))
        elif kind == "step":
            step_no += 1
            text = item[1]
            if len(item) > 2:
                cid = item[2]
                # comment anchored on a phrase of the step
                a = text.index(item[3])
                b = a + len(item[3])
                inner = (_run(text[:a]) + f'<w:commentRangeStart w:id="{cid}"/>' + _run(text[a:b])
                         + f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'
                         + _run(text[b:]))
            else:
                inner = _split_runs(text, 2)
            body.append(_para(inner, "ListNumber"))
        elif kind == "table":
            name = item[1]
            if name == "cover":
                body.append(_table(FVK_TABLES["cover"], [2600, 5400], header=False))
            elif name == "revisions":
                body.append(_table(FVK_TABLES["revisions"], [1000, 1900, 1400, 4700]))
            elif name == "scope":
                body.append(_table(FVK_TABLES["scope"], [2300, 1800, 2700, 2200]))
            elif name == "reagents":
                body.append(_table(FVK_TABLES["reagents"], [3000, 1300, 2000, 1200, 1500]))
            elif name == "trouble":
                rows = [["Problem", "Possible cause", "Action"]] + [list(r) for r in FVK_TROUBLE]
                body.append(_table(rows, [2600, 3200, 3200], merge_col0=True))
            body.append(_para(""))
    sect = ('<w:sectPr w:rsidR="00D41F2C"><w:headerReference w:type="default" r:id="rId7"/>'
            '<w:footerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1417" w:right="1247" w:bottom="1247" w:left="1247" w:header="567" w:footer="567" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="{W_NS}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
            f'<w:body>{"".join(body)}{sect}</w:body></w:document>')


def fvk_comments_xml() -> str:
    out = []
    for i, (author, initials, date, text) in enumerate(FVK_COMMENTS):
        out.append(f'<w:comment w:id="{i}" w:author="{author}" w:date="{date}" w:initials="{initials}">'
                   + _para('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' + _run(text), "CommentText")
                   + "</w:comment>")
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="{W_NS}">{"".join(out)}</w:comments>'


def _hf(tag: str, inner: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:{tag} xmlns:w="{W_NS}" '
            f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{inner}</w:{tag}>')


def fvk_header_xml() -> str:
    return _hf("hdr", _para(_run("Lindqvist Group SOP ") + _run(FVK_DOCNO, "<w:b/>") + _run(" · Favorskii rearrangement"), "Header"))


def fvk_footer_xml() -> str:
    fld = ('<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
           + _run(" of ")
           + '<w:fldSimple w:instr=" NUMPAGES   \\* MERGEFORMAT "><w:r><w:t>5</w:t></w:r></w:fldSimple>')
    return _hf("ftr", _para(_run(FVK_FOOTER + " · Page ") + fld, "Footer"))


def fvk_styles_xml() -> str:
    def style(sid, name, ppr="", rpr="", based="Normal", kind="paragraph"):
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        return (f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{b}<w:qFormat/>'
                f'{("<w:pPr>" + ppr + "</w:pPr>") if ppr else ""}{("<w:rPr>" + rpr + "</w:rPr>") if rpr else ""}</w:style>')
    s = [
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Times New Roman"/>'
        '<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
        style("Title", "Title", '<w:spacing w:before="2400" w:after="600"/>', '<w:b/><w:sz w:val="44"/><w:color w:val="1F4E79"/>'),
        style("Subtitle", "Subtitle", "", '<w:sz w:val="28"/><w:color w:val="595959"/>'),
        style("Heading1", "heading 1", '<w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>', '<w:b/><w:sz w:val="30"/><w:color w:val="1F4E79"/>'),
        style("Heading2", "heading 2", '<w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>', '<w:b/><w:sz w:val="25"/><w:color w:val="2E74B5"/>'),
        style("Heading3", "heading 3", '<w:keepNext/><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/>', '<w:b/><w:i/><w:sz w:val="22"/>'),
        style("TOCHeading", "TOC Heading", '<w:spacing w:before="240" w:after="120"/>', '<w:b/><w:sz w:val="28"/>'),
        style("ListNumber", "List Number", '<w:numPr><w:numId w:val="2"/></w:numPr><w:ind w:left="992" w:hanging="992"/>'),
        style("ListBullet", "List Bullet", '<w:numPr><w:numId w:val="3"/></w:numPr><w:ind w:left="360" w:hanging="360"/>'),
        style("NoteBox", "Note Box", '<w:pBdr><w:left w:val="single" w:sz="18" w:space="4" w:color="C55A11"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FBE4D5"/><w:ind w:left="170" w:right="170"/>'),
        style("TableText", "Table Text", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', '<w:sz w:val="18"/>'),
        style("Header", "header", "", '<w:sz w:val="16"/><w:color w:val="7F7F7F"/>'),
        style("Footer", "footer", "", '<w:sz w:val="16"/><w:color w:val="7F7F7F"/>'),
        style("CommentText", "annotation text", "", '<w:sz w:val="20"/>'),
        style("CommentReference", "annotation reference", "", '<w:sz w:val="16"/>', based="", kind="character"),
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
        + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="808080"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    ]
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:styles xmlns:w="{W_NS}">{"".join(s)}</w:styles>'


def fvk_numbering_xml() -> str:
    def lvl(i, fmt, text, style=None, ind=0, hanging=0, font=None):
        ps = f'<w:pStyle w:val="{style}"/>' if style else ""
        rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
        return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}<w:lvlText w:val="{text}"/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')
    a0 = ('<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A2C1B7E"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>'
          + lvl(0, "decimal", "%1", "Heading1", 432, 432) + lvl(1, "decimal", "%1.%2", "Heading2", 576, 576)
          + lvl(2, "decimal", "%1.%2.%3", "Heading3", 720, 720)
          + "".join(lvl(i, "decimal", ".".join(f"%{k}" for k in range(1, i + 2)), None, 864 + 144 * i, 864 + 144 * i) for i in range(3, 9))
          + "</w:abstractNum>")
    a1 = ('<w:abstractNum w:abstractNumId="1"><w:nsid w:val="3D7E0A91"/><w:multiLevelType w:val="singleLevel"/>'
          + lvl(0, "decimal", "Step %1.", "ListNumber", 992, 992) + "</w:abstractNum>")
    a2 = ('<w:abstractNum w:abstractNumId="2"><w:nsid w:val="6B11C4F2"/><w:multiLevelType w:val="hybridMultilevel"/>'
          + lvl(0, "bullet", "\uf0b7", "ListBullet", 360, 360, "Symbol") + "</w:abstractNum>")
    nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:numbering xmlns:w="{W_NS}">{a0}{a1}{a2}{nums}</w:numbering>'


def build_fvk_docx() -> bytes:
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId3" Type="{rel}/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>',
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>SOP-ORG-047 Favorskii rearrangement</dc:title><dc:subject>Standard Operating Procedure</dc:subject>'
        '<dc:creator>K. Osei</dc:creator><cp:keywords>Favorskii; ring contraction; SOP</cp:keywords><cp:lastModifiedBy>A. Lindqvist</cp:lastModifiedBy><cp:revision>14</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2019-04-11T08:21:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-18T09:12:00Z</dcterms:modified></cp:coreProperties>',
        "docProps/app.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>412</TotalTime><Pages>5</Pages>'
        '<Words>1712</Words><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>96</Lines><Paragraphs>27</Paragraphs>'
        '<Company>Department of Chemistry</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><AppVersion>16.0000</AppVersion></Properties>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="{rel}/numbering" Target="numbering.xml"/>'
        f'<Relationship Id="rId3" Type="{rel}/settings" Target="settings.xml"/><Relationship Id="rId5" Type="{rel}/comments" Target="comments.xml"/>'
        f'<Relationship Id="rId7" Type="{rel}/header" Target="header1.xml"/><Relationship Id="rId8" Type="{rel}/footer" Target="footer1.xml"/></Relationships>',
        "word/document.xml": fvk_document_xml(),
        "word/styles.xml": fvk_styles_xml(),
        "word/numbering.xml": fvk_numbering_xml(),
        "word/settings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="110"/><w:trackRevisions w:val="0"/>'
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:rsids><w:rsidRoot w:val="00D41F2C"/><w:rsid w:val="004F7D21"/>'
        '<w:rsid w:val="0071AA0E"/><w:rsid w:val="00A1B2C3"/><w:rsid w:val="00C93E5A"/><w:rsid w:val="00D41F2C"/></w:rsids><w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>',
        "word/comments.xml": fvk_comments_xml(),
        "word/header1.xml": fvk_header_xml(),
        "word/footer1.xml": fvk_footer_xml(),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


# ============================================================================ Micropipettes (GitBook HTML)

MPT_TITLE = "Micropipettes with organic solvents"

MPT_NAV = [
    ("Welcome", ["Getting started", "Booking instruments", "Who to ask"]),
    ("Techniques", ["Inert atmosphere basics", "Gas-tight syringes", "Micropipettes with organic solvents",
                    "Balances and weighing by difference", "Volumetric flasks"]),
    ("High-throughput experimentation", ["Plate layouts", "Stock solutions", "Sealing and heating blocks"]),
    ("Instruments", ["GC-FID", "UPLC-MS", "Benchtop NMR"]),
]

MPT_OUTLINE = ["How an air-displacement pipette works", "Glossary", "Check first", "Dispensing a catalyst stock",
               "Forward or reverse pipetting", "Solvent table", "Gravimetric check", "Troubleshooting", "FAQ", "Safety"]


def _h(tag: str, text: str, anchor: str | None = None) -> str:
    a = f' id="{anchor}"' if anchor else ""
    link = f'<a href="#{anchor}" class="heading-anchor" aria-label="Direct link to heading">#</a>' if anchor else ""
    return f'<{tag}{a} class="group relative heading"><div class="flex-1">{html.escape(text)}</div>{link}</{tag}>'


def _p(text: str) -> str:
    return f'<p class="text-base leading-relaxed">{text}</p>'


def _hint(kind: str, paras: list[str]) -> str:
    icon = {"info": "circle-info", "warning": "circle-exclamation", "danger": "triangle-exclamation", "success": "circle-check"}[kind]
    body = "".join(_p(t) for t in paras)
    return (f'<div class="hint hint-{kind} rounded-md border flex" data-hint="{kind}"><svg class="icon gb-icon-{icon}" aria-hidden="true" viewBox="0 0 512 512">'
            f'<path d="M256 0a256 256 0 1 0 0 512"/></svg><div class="hint-content">{body}</div></div>')


def _tbl(rows: list[list[str]]) -> str:
    head = "".join(f'<div role="columnheader" class="th"><p>{html.escape(c)}</p></div>' for c in rows[0])
    body = "".join('<div role="row" class="tr">' + "".join(f'<div role="cell" class="td"><p>{html.escape(c)}</p></div>' for c in r) + "</div>" for r in rows[1:])
    return (f'<div class="table-wrapper overflow-x-auto"><div role="table" class="gb-table"><div role="rowgroup" class="thead"><div role="row" class="tr">{head}</div></div>'
            f'<div role="rowgroup" class="tbody">{body}</div></div></div>')


def _ol(items: list[str]) -> str:
    return '<ol class="list-decimal ml-6">' + "".join(f"<li><p>{t}</p></li>" for t in items) + "</ol>"


def _ul(items: list[str]) -> str:
    return '<ul class="list-disc ml-6">' + "".join(f"<li><p>{t}</p></li>" for t in items) + "</ul>"


def _details(summary: str, paras: list[str], open_: bool = False) -> str:
    o = " open" if open_ else ""
    return (f'<details class="expandable group/expandable"{o}><summary class="expandable-summary"><svg class="icon gb-icon-chevron-right" aria-hidden="true" viewBox="0 0 320 512"><path d="M0 0h1"/></svg>'
            f'<span>{summary}</span></summary><div class="expandable-body">{"".join(_p(t) for t in paras)}</div></details>')


MPT_GLOSSARY = [
    ("Air-displacement pipette", "The piston moves an air cushion; the liquid is held in the disposable tip and never touches the piston."),
    ("Positive-displacement pipette", "A disposable capillary with its own piston that touches the liquid, so there is no air cushion to expand or shrink."),
    ("First stop", "The end of the measuring stroke. Pressing to the first stop and releasing takes up the set volume."),
    ("Second stop (blow-out)", "The extra stroke beyond the first stop that pushes the last drop out of the tip."),
    ("Pre-wetting", "Taking up and dispensing the liquid a few times with the same tip before the real aspiration, so the air cushion is saturated with vapour."),
    ("Nominal volume", "The largest volume of an adjustable pipette, printed on the push button (a P200 has a nominal volume of 200 µL)."),
]

MPT_SOLVENTS = [
    ["Liquid", "Density at 20 °C (g/mL)", "Mass of 100 µL (mg)", "Recommended technique"],
    ["Water", "0.998", "99.8", "forward"],
    ["Methanol", "0.792", "79.2", "forward, pre-wet 3 times"],
    ["Toluene", "0.867", "86.7", "forward, pre-wet 3 times"],
    ["THF", "0.889", "88.9", "forward, pre-wet 3 times"],
    ["n-Hexane", "0.659", "65.9", "pre-wet 5 times, work quickly"],
    ["Dichloromethane", "1.326", "132.6", "pre-wet 5 times or positive displacement"],
    ["Diethyl ether", "0.713", "71.3", "positive displacement only"],
    ["Chloroform", "1.483", "148.3", "positive displacement only"],
    ["DMSO", "1.100", "110.0", "reverse, slow aspiration"],
]

MPT_LIMITS = [
    ["Nominal volume", "Systematic error (max.)", "Random error (max., CV)"],
    ["10 µL", "±1.2 % (±0.12 µL)", "0.8 % (0.08 µL)"],
    ["100 µL", "±0.8 % (±0.8 µL)", "0.3 % (0.3 µL)"],
    ["200 µL", "±0.8 % (±1.6 µL)", "0.3 % (0.6 µL)"],
    ["1000 µL", "±0.8 % (±8 µL)", "0.3 % (3 µL)"],
]

MPT_TROUBLE = [
    ("A drop hangs at the end of the tip before I get to the vial (DCM, ether, hexane)",
     "<strong>Cause:</strong> the solvent evaporates into the air cushion; the extra vapour expands and pushes liquid out of the tip.",
     "<strong>Fix:</strong> pre-wet the tip 5 times and move quickly. For diethyl ether and chloroform use a positive-displacement pipette."),
    ("Viscous stock (DMSO, ionic liquid, 1 M TBAF in THF) comes out short and leaves a film in the tip",
     "<strong>Cause:</strong> liquid stays on the tip wall and flows too slowly to empty at the first stop.",
     "<strong>Fix:</strong> use reverse pipetting, aspirate slowly and wait 2–3 s at the end of each stroke."),
    ("Replicate wells differ a lot even with the same pipette",
     "<strong>Cause:</strong> a changing angle, immersion depth or rhythm, or a pipette warmed by the hand during a long series.",
     "<strong>Fix:</strong> hold the pipette vertical, immerse 2–3 mm, keep the same rhythm and put the pipette on its stand between series."),
    ("Every volume is low, even with water",
     "<strong>Cause:</strong> a leak: tips that do not seal on the cone, or a worn piston seal.",
     "<strong>Fix:</strong> aspirate water and hold the pipette still for 20 s; if a drop forms, change to the maker's tips or replace the seal, then do a gravimetric check."),
    ("Plunger stiff or sticky after a week of DCM and THF work",
     "<strong>Cause:</strong> solvent vapour has dissolved the piston grease and swollen the seal.",
     "<strong>Fix:</strong> dismantle the lower part, wipe the piston with a lint-free tissue, re-grease it thinly with the maker's grease and replace the seal; use filter tips for volatile solvents."),
    ("Liquid went up into the pipette body",
     "<strong>Cause:</strong> the plunger was let go abruptly, or the pipette was laid down with a filled tip.",
     "<strong>Fix:</strong> stop using it, dismantle, rinse and dry the lower part, and store the pipette upright on its stand."),
    ("Extra peaks in the NMR or LC-MS after pipetting chloroform or toluene stocks",
     "<strong>Cause:</strong> slip agents such as oleamide (m/z 282 for [M+H]+) and erucamide leach out of polypropylene tips.",
     "<strong>Fix:</strong> use tips certified free of slip agents, keep the contact time short, or use a glass syringe for NMR standards."),
    ("Tip turns cloudy, soft or cracks",
     "<strong>Cause:</strong> long contact with hot toluene or chloroform, or polystyrene reservoirs instead of polypropylene.",
     "<strong>Fix:</strong> use polypropylene tips and glass or PTFE reservoirs, and dispense at room temperature."),
    ("Wrong volume after the pipette was dropped",
     "<strong>Cause:</strong> the volume scale or the piston stroke has shifted.",
     "<strong>Fix:</strong> label it out of service, do a gravimetric check and have it adjusted with the maker's key before use."),
    ("Air bubbles in the tip",
     "<strong>Cause:</strong> aspirating too fast, or the tip was only just below the surface.",
     "<strong>Fix:</strong> dispense back, then aspirate again slowly with the tip 2–3 mm below the surface."),
]

MPT_FAQ = [
    ("Can I use a micropipette for n-BuLi or other air-sensitive reagents?",
     ["No. The tip is open to air. Use a gas-tight syringe flushed with inert gas (see Gas-tight syringes)."]),
    ("How often do the pipettes get checked?",
     ["A quick gravimetric check every 3 months and after any repair or drop; a full calibration by the service company once a year."]),
    ("Which pipette for 15 µL?",
     ["The smallest one that covers the volume: the P20 (2–20 µL). Accuracy falls off below about 10 % of the nominal volume."]),
]


def mpt_page_html() -> str:
    nav = []
    for group, pages in MPT_NAV:
        items = []
        for pg in pages:
            slug = pg.lower().replace(" ", "-").replace("/", "")
            active = ' aria-current="page" class="toclink active"' if pg == MPT_TITLE else ' class="toclink"'
            items.append(f'<li><a href="/synthesis-core/techniques/{slug}"{active}>{html.escape(pg)}</a></li>')
        nav.append(f'<li class="toc-group"><div class="toc-group-title">{html.escape(group)}</div><ul>{"".join(items)}</ul></li>')
    outline = "".join(f'<li><a href="#{t.lower().replace(" ", "-")}">{html.escape(t)}</a></li>' for t in MPT_OUTLINE)
    gloss = "".join(f"<dt>{html.escape(t)}</dt><dd>{html.escape(d)}</dd>" for t, d in MPT_GLOSSARY)
    trouble = "".join(_details(html.escape(s), [c, f]) for s, c, f in MPT_TROUBLE)
    faq = "".join(_details(html.escape(q), [html.escape(a) for a in ans]) for q, ans in MPT_FAQ)
    slug = lambda t: t.lower().replace(" ", "-")  # noqa: E731
    content = [
        '<header class="page-header"><nav aria-label="Breadcrumb" class="breadcrumbs"><ol><li><a href="/synthesis-core">Synthesis Core Handbook</a></li>'
        '<li><span aria-hidden="true">›</span></li><li><a href="/synthesis-core/techniques">Techniques</a></li><li><span aria-hidden="true">›</span></li>'
        '<li><a href="/synthesis-core/techniques/liquid-handling">Liquid handling</a></li></ol></nav>',
        f'<h1 class="page-title">{MPT_TITLE}</h1>',
        '<p class="page-description">Air-displacement micropipettes for stock solutions, catalyst loading and HTE plates: how to get the volume you set when the liquid is not water.</p></header>',
        _h("h2", "How an air-displacement pipette works", slug("How an air-displacement pipette works")),
        _p("Pressing the plunger moves a piston in the pipette body. Between the piston and the liquid sits a cushion of air, and the liquid only ever touches the disposable tip. When the plunger is released the piston draws back, the air cushion expands and the tip fills with the set volume."),
        _p("The factory setting assumes water at 20–25 °C. Any liquid whose vapour pressure, density or viscosity differs from water changes the behaviour of the air cushion or of the film on the tip wall, so the delivered volume is no longer the volume on the display. Volatile solvents add vapour to the cushion and drip; dense solvents stretch the cushion and come out short; viscous liquids leave a film."),
        _hint("info", ["The pipette is calibrated with water. Set to 100 µL it delivers 100 µL of water, but less of hexane or dichloromethane unless you pre-wet the tip."]),
        _h("h2", "Glossary", "glossary"),
        f'<dl class="definition-list">{gloss}</dl>',
        _h("h2", "Check first", "check-first"),
        _ul(["Is this the right size? Use the smallest pipette whose range covers the volume.",
             "Is the volume locked? Turn the lock ring after setting the display.",
             "Are these the maker's tips (or tips approved for this model)? A tip must sit firmly without hammering.",
             "Has the pipette a gravimetric check sticker from the last 3 months?",
             "Is the liquid at room temperature? Cold stocks from the fridge deliver more than set, warm ones less.",
             "Is the solvent suitable for an air-displacement pipette at all (see the solvent table)?"]),
        _h("h2", "Dispensing a catalyst stock", slug("Dispensing a catalyst stock")),
        _p("Example: 2 mol % Pd(OAc)2 for a 24-vial screen at 0.10 mmol of substrate per vial, from a 0.020 M stock in toluene."),
        _ol(["Weigh Pd(OAc)2 (22.5 mg, 0.100 mmol) into a 5 mL volumetric flask, fill to the mark with dry toluene and mix until dissolved.",
             "Set a P200 to 100 µL and turn the lock ring.",
             "Press a new tip firmly onto the cone with a slight twist.",
             "Pre-wet: take up 100 µL of the stock and dispense it back into the flask, three times (five times for dichloromethane).",
             "Hold the pipette vertical, immerse the tip 2–3 mm, press to the first stop and release slowly over 1–2 s.",
             "Wait 1 s, then withdraw the tip, touching it against the neck of the flask.",
             "Dispense against the vial wall at about 45°: press to the first stop, pause 1 s, then press to the second stop and slide the tip up the wall.",
             "Each vial receives 100 µL = 2.0 µmol of Pd(OAc)2. Change the tip after each row of six vials, or whenever it has touched a vial.",
             "Check once per session by weighing: 100 µL of toluene should weigh 86.7 mg; accept 85.0–88.4 mg (±2 %)."]),
        _h("h2", "Forward or reverse pipetting", slug("Forward or reverse pipetting")),
        '<div class="tabs" data-tabs="pipetting-mode"><div role="tablist" class="tablist">'
        '<button role="tab" aria-selected="true" aria-controls="tab-panel-forward" id="tab-forward" class="tab active">Forward</button>'
        '<button role="tab" aria-selected="false" aria-controls="tab-panel-reverse" id="tab-reverse" class="tab">Reverse</button></div>'
        '<div role="tabpanel" id="tab-panel-forward" aria-labelledby="tab-forward" class="tabpanel">'
        + _p("Forward pipetting is the normal mode for water, alcohols, toluene and THF. Press to the first stop, aspirate, then dispense to the first stop and blow out at the second stop. The whole aspirated volume is delivered.")
        + '</div><div role="tabpanel" id="tab-panel-reverse" aria-labelledby="tab-reverse" class="tabpanel" hidden="">'
        + _p("Reverse pipetting is for viscous or foaming liquids such as DMSO, glycerol or surfactant solutions. Press to the second stop, aspirate, then dispense only to the first stop. The rest stays in the tip and is discarded with it.")
        + _p("Reverse pipetting takes up more than the set volume, so it wastes about 5–10 % of a valuable stock.")
        + "</div></div>",
        _h("h2", "Solvent table", slug("Solvent table")),
        _p("Mass expected for a set volume of 100 µL, for the gravimetric check with a solvent instead of water:"),
        _tbl(MPT_SOLVENTS),
        _hint("warning", ["Dichloromethane delivered with a normal technique typically weighs 120–125 mg per 100 µL instead of 132.6 mg: that is 6–10 % too little."]),
        _h("h2", "Gravimetric check", slug("Gravimetric check")),
        _p("Weigh 10 portions at the nominal volume into a tared vial with a lid on a 0.1 mg balance, taring after each portion. Use the solvent you actually dispense and divide the mean mass by its density (solvent table) to get the delivered volume, then compare with the limits below."),
        _p("Worked example: a P100 at 100 µL with toluene, mean mass 85.95 mg. Volume = 85.95 / 0.867 = 99.13 µL, so the systematic error is −0.87 µL (−0.87 %), just outside the ±0.8 % limit: pre-wet three times and repeat the check."),
        _tbl(MPT_LIMITS),
        _p("Limits after ISO 8655-2 for adjustable single-channel pipettes at the nominal volume. A pipette outside them is labelled out of service until adjusted."),
        _h("h2", "Troubleshooting", "troubleshooting"),
        _p("Open an entry to see the cause and the fix."),
        trouble,
        _h("h2", "FAQ", "faq"),
        faq,
        _h("h2", "Safety", "safety"),
        _hint("danger", ["Never draw trifluoroacetic acid, concentrated HCl or other corrosive, fuming liquids into an air-displacement pipette: the vapour corrodes the piston. Use a positive-displacement pipette or a glass syringe."]),
        _ul(["Handle volatile solvents in the fume cupboard; the open tips evaporate quickly.",
             "Discard tips with halogenated solvent into the halogenated solid waste, not the general bin.",
             "Never mouth-pipette, and never point a loaded tip at anyone while blowing out."]),
    ]
    main = "".join(content)
    footer_nav = ('<div class="page-footer-nav"><a href="/synthesis-core/techniques/gas-tight-syringes" class="prev"><span class="label">Previous</span><span class="title">Gas-tight syringes</span></a>'
                  '<a href="/synthesis-core/techniques/balances-and-weighing-by-difference" class="next"><span class="label">Next</span><span class="title">Balances and weighing by difference</span></a></div>')
    return (
        '<!DOCTYPE html><html lang="en" class="theme-color-match sidebar-filled straight-corners"><head><meta charset="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f'<title>{MPT_TITLE} | Synthesis Core Handbook</title>'
        '<meta name="description" content="Air-displacement micropipettes for stock solutions, catalyst loading and HTE plates"/>'
        '<meta name="generator" content="GitBook (e3a1f0c)"/><link rel="icon" href="https://files.gitbook.com/v0/b/icon.png"/>'
        '<link rel="stylesheet" href="/_next/static/css/7b0d3c1e2a9f.css" data-precedence="next"/>'
        '<script src="/_next/static/chunks/webpack-5c1f.js" async=""></script></head>'
        '<body class="site-background"><div id="__next">'
        '<header id="site-header" class="flex items-center h-16 border-b"><a href="/synthesis-core" class="site-title"><img src="https://files.gitbook.com/v0/b/logo.png" alt="" width="24" height="24"/>'
        '<span>Synthesis Core Handbook</span></a><div class="search"><button type="button" class="search-button" aria-label="Search"><span>Search</span><kbd>Ctrl</kbd><kbd>K</kbd></button></div></header>'
        '<div class="flex"><aside class="toc" data-testid="table-of-contents"><nav aria-label="Table of contents"><ul class="toc-root">'
        + "".join(nav)
        + '</ul></nav><div class="toc-footer"><a href="https://www.gitbook.com/?utm_source=content" class="powered-by">Powered by GitBook</a></div></aside>'
        f'<main class="page-body"><article class="page-article">{main}'
        '<div class="page-meta"><p class="last-updated">Last updated 4 months ago</p></div>'
        f'{footer_nav}<div class="page-feedback"><p>Was this helpful?</p><button aria-label="Yes">Yes</button><button aria-label="No">No</button></div></article></main>'
        f'<aside class="page-outline" aria-label="On this page"><div class="outline-title">On this page</div><ul>{outline}</ul></aside></div>'
        '<footer class="site-footer"><p>© 2026 Synthesis Core Facility, Department of Chemistry</p><p><a href="https://www.gitbook.com/?utm_source=content">Powered by GitBook</a></p></footer></div>'
        '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"spaceId":"q8Lr2vT0kX","pageId":"mX41pQ7s","revisionId":"r-3c9e0a"}},"page":"/[[...pathname]]","buildId":"e3a1f0c","isFallback":false}</script>'
        "</body></html>\n"
    )


# ============================================================================ main

def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / f"{HLF_STEM}.pdf").write_bytes(build_hlf_pdf())
    (OUT_DIR / f"{FVK_STEM}.docx").write_bytes(build_fvk_docx())
    (OUT_DIR / f"{MPT_STEM}.html").write_bytes(mpt_page_html().encode("utf-8"))
    for p in sorted(OUT_DIR.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
