"""Generate the binary guides of the fresh6 held-out part (one PDF and one DOCX) deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh6/make_fresh6_guides.py

Writes:
    evals/fresh6/guides/lipase-kinetic-resolution-latex-article.pdf
        reportlab, invariant=1.  Made to look like a LaTeX "article": Times, justified text with
        words hyphenated across line ends (a small rule-based hyphenator passed to reportlab as
        hyphenationLang), a centred title block and abstract, two-level numbered sections
        ("2 Quantifying a resolution", "2.1 Conversion") with the first paragraph after a heading
        not indented and later ones indented, numbered display equations with "(1)" at the right
        margin, an enumerate list, tables with booktabs-style rules (thick top and bottom rule, thin
        rule under the header, no vertical lines) and the caption above, footnotes with superscript
        markers in the text and the footnote texts at the bottom of the page under a short rule,
        a numbered reference list, and a plain centred page number on every page.
    evals/fresh6/guides/appel-reaction-halogenation-sop.docx
        python-docx plus raw oxml.  A Word SOP with real footnotes (word/footnotes.xml with the
        separator footnotes, w:footnoteReference runs in the body), a layout table whose left cell
        holds a nested table (table inside a table cell) of document-control fields, content
        controls (inline w:sdt text, date and drop-down controls, and one block-level w:sdt
        paragraph), and multi-level lists whose numbers come only from the numbering definitions
        (two w:abstractNum added to numbering.xml: "1." / "1.1" for the section headings and
        "1." / "a)" for the procedure steps, the second procedure restarting at 1 by a
        w:lvlOverride).  Fixed core properties and fixed zip timestamps.

Re-running produces byte-identical files.  The visible text of both documents is held in the
module-level data structures below; `visible_strings()` returns it, one string per text unit
(paragraph, list item, sub-step, table cell paragraph, equation, caption, footnote, reference,
content-control paragraph, header or footer line) with footnote markers left out;
`marker_strings()` returns the same units with the footnote numbers written in where the
markers stand, so that the verifier can check that no anchor straddles a footnote marker.
`deleted_strings()` is empty (no tracked changes in this part) and exists for the verifier.
The PDF uses only characters of the standard WinAnsi encoding.
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
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT_DIR = Path(__file__).resolve().parent / "guides"
FIXED_DATE = _dt.datetime(2025, 3, 31, 8, 30, 0)
ZIP_DATE = (2025, 3, 31, 8, 30, 0)

PDF_NAME = "lipase-kinetic-resolution-latex-article.pdf"
DOCX_NAME = "appel-reaction-halogenation-sop.docx"

FN_RE = re.compile(r"\{fn(\d+)\}")


def _plain(text: str) -> str:
    """Visible text: tags and footnote markers removed."""
    return FN_RE.sub("", re.sub(r"<[^>]+>", "", text)).replace("&amp;", "&")


def _marked(text: str) -> str:
    """Visible text with the footnote numbers written where the markers stand."""
    return FN_RE.sub(r"\1", re.sub(r"<[^>]+>", "", text)).replace("&amp;", "&")


# ---------------------------------------------------------------------------
# PDF: lipase kinetic resolution, LaTeX-style article
# ---------------------------------------------------------------------------
# ART_CONTENT entries:
#   ("sec", text) / ("sub", text)  numbered section / subsection heading
#   ("p", text)                    paragraph (may contain <i>, <sub>, {fnN})
#   ("eq", (text, number))         display equation
#   ("enum", [items])              enumerate list
#   ("table", key)                 booktabs table from ART_TABLES
#   ("refs", None)                 reference list

ART_TITLE = ("Lipase-catalysed kinetic resolution of secondary alcohols: "
             "a practical guide for the synthesis laboratory")
ART_AUTHORS = "Clara Imhof and Tomás Reyes"
ART_AFFIL = "Biocatalysis Group, Department of Chemistry, University of Northfield"
ART_DATE = "March 2025"
ART_ABSTRACT_HEAD = "Abstract"
ART_ABSTRACT = ("Lipases resolve racemic secondary alcohols by enantioselective acylation in "
                "organic solvents. This note collects the conditions that work in our laboratory, "
                "shows how conversion and enantiomeric ratio are calculated from ee values alone, "
                "and lists what to do when a resolution is slow, stops early or gives a poor "
                "enantiomeric excess.")

ART_FOOTNOTES = {
    1: "Novozym 435 is Candida antarctica lipase B adsorbed on a macroporous acrylic resin. The "
       "yeast is now named Moesziomyces antarcticus, but the enzyme is still called CAL-B.",
    2: "Equations (1) to (3) assume an irreversible reaction without product inhibition [1]. For "
       "a reversible acylation, for example with ethyl acetate as acyl donor, they overestimate E.",
    3: "Magnetic stir bars grind the acrylic beads to a fine powder, which blocks the filter and "
       "loses activity.",
    4: "Set the pH-stat to add base in small increments; large additions give local high pH and "
       "non-enzymatic hydrolysis of the ester.",
}

ART_TABLES = {
    "enzymes": (
        "Table 2: Lipases used in our laboratory.",
        ("Enzyme", "Commercial form", "Typical loading", "Best for"),
        [
            ("CAL-B", "Novozym 435{fn1}", "10-20% w/w", "aryl alkyl carbinols, small sec. alcohols"),
            ("B. cepacia lipase", "Amano PS, PS-IM", "20-50% w/w", "bulkier secondary alcohols"),
            ("P. fluorescens lipase", "Amano AK", "20-50% w/w", "acylations and hydrolyses"),
            ("C. rugosa lipase", "CRL, free powder", "50-100% w/w", "ester hydrolysis in buffer"),
            ("Porcine pancreatic lipase", "PPL, crude powder", "50-100% w/w", "cheap hydrolyses"),
        ],
        (30, 34, 28, None),
    ),
    "conversion": (
        "Table 1: Conversion needed for remaining alcohol of 99% ee, from equation (2).",
        ("E", "Conversion c needed", "Maximum yield of alcohol"),
        [
            ("5", "86.6%", "13.4%"),
            ("10", "72.1%", "27.9%"),
            ("20", "62.0%", "38.0%"),
            ("50", "54.9%", "45.1%"),
            ("100", "52.4%", "47.6%"),
            ("200", "51.1%", "48.9%"),
        ],
        (20, 45, 50),
    ),
}

ART_REFS = [
    "[1] C.-S. Chen, Y. Fujimoto, G. Girdaukas, C. J. Sih, J. Am. Chem. Soc. 1982, 104, 7294-7299.",
    "[2] R. J. Kazlauskas, A. N. E. Weissfloch, A. T. Rappaport, L. A. Cuccia, J. Org. Chem. "
    "1991, 56, 2656-2665.",
    "[3] A. Ghanem, H. Y. Aboul-Enein, Tetrahedron: Asymmetry 2004, 15, 3331-3351.",
]

ART_CONTENT = [
    ("sec", "1 Introduction"),
    ("sub", "1.1 Scope"),
    ("p", "We cover the acylation of racemic secondary alcohols with immobilised lipases in "
          "organic solvents, the hydrolysis of racemic esters in buffer, and the analysis of the "
          "results. Tertiary alcohols are not accepted by most lipases, and primary alcohols with "
          "a remote stereocentre are usually resolved with low selectivity; neither is covered "
          "here."),
    ("p", "A kinetic resolution can give at most 50% of each enantiomer. If more than half of "
          "the material is needed as one enantiomer, a dynamic kinetic resolution or an "
          "asymmetric synthesis is the better plan."),
    ("sub", "1.2 Which enantiomer reacts"),
    ("p", "The empirical rule of Kazlauskas [2] predicts the fast-reacting enantiomer from the "
          "sizes of the two substituents at the carbinol carbon. When the larger substituent "
          "also has the higher priority, as in 1-phenylethanol, CAL-B and Burkholderia cepacia "
          "lipase acylate the (R)-alcohol faster, leaving the (S)-alcohol behind. The rule works "
          "best when the two substituents differ clearly in size; selectivity is low when they "
          "are similar, for example ethyl against propyl."),
    ("sec", "2 Quantifying a resolution"),
    ("sub", "2.1 Conversion"),
    ("p", "Isolated yields are a poor measure of conversion because the ester and the alcohol "
          "are lost to different extents during work-up. Calculate the conversion c from the ee "
          "of the remaining substrate (ee<sub>s</sub>) and of the product ester (ee<sub>p</sub>), "
          "both measured on the same sample:"),
    ("eq", ("c = ees / (ees + eep)", "(1)")),
    ("sub", "2.2 Enantiomeric ratio"),
    ("p", "The enantiomeric ratio E is the ratio of the specificity constants of the two "
          "enantiomers. Unlike ee, it does not change as the reaction proceeds, so it is the "
          "number to compare between enzymes, solvents and acyl donors. It is calculated from "
          "the conversion and either ee value:{fn2}"),
    ("eq", ("E = ln[(1 - c)(1 - ees)] / ln[(1 - c)(1 + ees)]", "(2)")),
    ("eq", ("E = ln[1 - c(1 + eep)] / ln[1 - c(1 - eep)]", "(3)")),
    ("p", "Equation (2) is the more accurate at high conversion and equation (3) at low "
          "conversion. As a rule, E below 15 is of little preparative use, 15 to 30 is moderate "
          "and E above 30 is good. Values above 200 cannot be measured precisely, because a small "
          "error in ee changes E a great deal; report them as E > 200."),
    ("p", "With E above 100, both the alcohol and the ester can be obtained in more than 95% ee "
          "at 50% conversion. With a lower E the remaining alcohol can still be made enantiopure "
          "by taking the reaction further, at the expense of yield (Table 1)."),
    ("table", "conversion"),
    ("sec", "3 Materials"),
    ("sub", "3.1 Enzymes"),
    ("p", "Immobilised CAL-B is the first enzyme to try for almost any secondary alcohol; it is "
          "robust, works in many solvents and tolerates temperatures up to about 60 to 70 °C. "
          "The other lipases in Table 2 are worth screening when CAL-B is slow or unselective."),
    ("table", "enzymes"),
    ("sub", "3.2 Acyl donors"),
    ("p", "Vinyl acetate (3 equiv) is the standard acyl donor. The vinyl alcohol released "
          "tautomerises to acetaldehyde, which makes the acylation irreversible. Acetaldehyde "
          "can inactivate some lipases, C. rugosa lipase in particular, by forming imines with "
          "lysine residues; CAL-B is hardly affected. Isopropenyl acetate releases acetone "
          "instead and is the choice when the enzyme loses activity during the run."),
    ("p", "Ethyl acetate is cheap, but the acylation is reversible and slow. Vinyl butanoate "
          "gives a butanoate ester that is easier to separate from the alcohol, and succinic "
          "anhydride gives a hemisuccinate that can be removed by extraction."),
    ("sub", "3.3 Solvents"),
    ("p", "Hydrophobic solvents leave the essential water layer on the enzyme in place: hexane, "
          "toluene, MTBE and diisopropyl ether all work well. Water-miscible polar solvents such "
          "as DMF, DMSO and acetonitrile strip this water and deactivate the enzyme, and methanol "
          "or other primary alcohols compete as acyl acceptors. Do not dry the solvent "
          "rigorously; commercial anhydrous MTBE is fine, and immobilised CAL-B brings enough "
          "water with it."),
    ("sec", "4 Experimental procedures"),
    ("sub", "4.1 Analytical screen"),
    ("p", "Place the racemic alcohol (0.1 mmol) in a 4 mL vial, add MTBE (1 mL), vinyl acetate "
          "(28 µL, 0.3 mmol) and the enzyme (10 mg). Shake at 30 °C and 200 rpm. Take 50 µL "
          "samples after 1, 4 and 24 h, filter each through a small cotton plug to remove the "
          "enzyme, and analyse by chiral GC or HPLC."),
    ("p", "Run racemic 1-phenylethanol in parallel as a positive control: with CAL-B it reaches "
          "50% conversion within a few hours with E > 200."),
    ("sub", "4.2 Preparative resolution (10 mmol)"),
    ("enum", [
        "Dissolve the racemic alcohol (10.0 mmol) in MTBE (50 mL) in a 250 mL conical flask.",
        "Add vinyl acetate (2.8 mL, 30 mmol, 3 equiv).",
        "Add immobilised CAL-B (20% w/w relative to the alcohol) and stopper the flask.",
        "Shake at 30 °C on an orbital shaker at 200 rpm; do not use a magnetic stir bar.{fn3}",
        "Follow the conversion by chiral GC every 1 to 2 h and stop at 50% conversion, "
        "calculated with equation (1), by filtering off the enzyme.",
        "Wash the enzyme beads with MTBE (3 x 10 mL) and concentrate the combined filtrates.",
        "Separate the acetate from the remaining alcohol by column chromatography.",
    ]),
    ("p", "To obtain the second enantiomer as the free alcohol, stir the acetate with K2CO3 "
          "(0.5 equiv) in methanol at room temperature for 2 h; the stereocentre is not "
          "touched."),
    ("sub", "4.3 Hydrolysis of racemic esters"),
    ("p", "Suspend the racemic ester (10 mmol) in 0.1 M phosphate buffer pH 7.0 (50 mL) with up "
          "to 10% v/v of acetone or MTBE as co-solvent, add the lipase and stir at room "
          "temperature. The acid released lowers the pH; keep it at 7.0 by adding 1 M NaOH from "
          "an autotitrator working as a pH-stat.{fn4} The volume of base used gives the "
          "conversion directly: 5.0 mL of 1 M NaOH corresponds to 50% conversion of 10 mmol."),
    ("sec", "5 Analysis"),
    ("p", "Measure both ee values by chiral GC or HPLC on the same sample. Acetates and alcohols "
          "usually separate well on a cyclodextrin GC column; acetylate polar alcohols first if "
          "they tail. Assign the absolute configuration by comparison with an authentic sample "
          "or by the sign of the optical rotation against the literature, never by the "
          "Kazlauskas rule alone."),
    ("sec", "6 Troubleshooting"),
    ("sub", "6.1 No conversion after 24 h"),
    ("p", "First look at the 1-phenylethanol control. If the control also fails, the enzyme is "
          "dead: immobilised lipases keep for years at 2 to 8 °C in a closed container, but not "
          "after months open on the bench or after contact with methanol. If the control works, "
          "the substrate is not accepted: try another lipase from Table 2, raise the temperature "
          "to 45 to 60 °C, or change the acyl donor."),
    ("sub", "6.2 Reaction stops at 30 to 40% conversion"),
    ("p", "Typical causes are inactivation of the enzyme by acetaldehyde (change to isopropenyl "
          "acetate), the reverse reaction when ethyl acetate is the acyl donor (change to vinyl "
          "acetate), and product inhibition. Filter off the enzyme and add a fresh portion: if "
          "the reaction starts again, the first portion was being inactivated."),
    ("sub", "6.3 Low ee at 50% conversion"),
    ("p", "A low ee at 50% conversion means a low E, and running longer will not help the ester. "
          "Lowering the temperature often raises E, at the cost of longer reaction times; try "
          "4 °C. Screening solvents and acyl donors can change E several-fold, and a bulkier "
          "acyl donor such as vinyl butanoate sometimes helps. If only the alcohol is needed, "
          "take the reaction to 55 to 60% conversion: the remaining alcohol is then enantiopure, "
          "in correspondingly lower yield."),
    ("sub", "6.4 The ee of the ester falls during the run"),
    ("p", "Beyond 50% conversion the enzyme starts to acylate the slow-reacting enantiomer, and "
          "the ee of the product ester drops. Stop at or slightly before 50% conversion when the "
          "ester is the product you want."),
    ("sub", "6.5 Ester and alcohol run together on silica"),
    ("p", "Repeat the resolution with vinyl butanoate, or with succinic anhydride (1.5 equiv) as "
          "acyl donor: the hemisuccinate goes into aqueous NaHCO3 and the unreacted alcohol stays "
          "in the organic layer, so no column is needed."),
    ("sub", "6.6 Results differ from batch to batch"),
    ("p", "Different water contents of the enzyme and the solvent and a different shaking rate "
          "are the usual reasons. Use one solvent bottle for a series, keep the enzyme closed at "
          "2 to 8 °C, and record the shaking rate and the temperature in the notebook."),
    ("sec", "7 Notes"),
    ("p", "<b>Reuse.</b> "
          "Filter the enzyme off, wash it with MTBE and dry it in air; CAL-B beads can be "
          "reused five to ten times with gradually falling activity. Record the number of uses "
          "on the vial."),
    ("p", "<b>Dynamic kinetic resolution.</b> "
          "Combining the lipase with a ruthenium racemisation "
          "catalyst converts the whole racemate into one enantiomer of the ester in up to 100% "
          "yield. This needs its own protocol and strictly oxygen-free conditions."),
    ("p", "<b>Safety.</b> "
          "Vinyl acetate is highly flammable and a suspected carcinogen; measure it in "
          "the fume hood. Enzyme powders are respiratory sensitisers, so weigh free lipase "
          "powders in the hood as well."),
    ("sec", "References"),
    ("refs", None),
]

_VOWELS = set("aeiouyAEIOUY")
_NOSPLIT = {"th", "ch", "sh", "ph", "ck", "qu", "gh", "wh"}


def _hyphenator(word: str):
    """Rule-based hyphenation points (V-CV and VC-CV), longest head first, like pyphen.iterate."""
    if len(word) < 7 or not word.isalpha():
        return []
    points = []
    for i in range(3, len(word) - 2):
        a, b, nxt = word[i - 1], word[i], word[i + 1]
        if word[i - 1:i + 1].lower() in _NOSPLIT or word[i:i + 2].lower() in _NOSPLIT:
            continue
        if a in _VOWELS and b not in _VOWELS and nxt in _VOWELS:
            points.append(i)
        elif (a not in _VOWELS and b not in _VOWELS and word[i - 2] in _VOWELS
              and nxt in _VOWELS):
            points.append(i)
    return [(word[:i], word[i:]) for i in sorted(points, reverse=True)]


class _FootnoteMark(Flowable):
    """Zero-size flowable placed after a paragraph; records its footnotes for the current page."""

    def __init__(self, numbers, sink):
        super().__init__()
        self.numbers = numbers
        self.sink = sink

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        page = self.canv.getPageNumber()
        self.sink.setdefault(page, []).extend(self.numbers)


def build_article_pdf(path: Path) -> None:
    base = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13,
                          alignment=TA_JUSTIFY, hyphenationLang=_hyphenator,
                          embeddedHyphenation=1, firstLineIndent=0, spaceAfter=0)
    indented = ParagraphStyle("bodyi", parent=base, firstLineIndent=15)
    title = ParagraphStyle("title", parent=base, fontName="Times-Roman", fontSize=17,
                           leading=21, alignment=TA_CENTER, hyphenationLang="")
    author = ParagraphStyle("author", parent=title, fontSize=12, leading=15, spaceBefore=10)
    affil = ParagraphStyle("affil", parent=title, fontName="Times-Italic", fontSize=10,
                           leading=12, spaceBefore=2)
    date = ParagraphStyle("date", parent=title, fontSize=11, leading=14, spaceBefore=6)
    abs_head = ParagraphStyle("abshead", parent=title, fontName="Times-Bold", fontSize=9.5,
                              leading=12, spaceBefore=16, spaceAfter=3)
    abstract = ParagraphStyle("abstract", parent=base, fontSize=9.5, leading=11.5,
                              leftIndent=28, rightIndent=28, firstLineIndent=12)
    sec = ParagraphStyle("sec", parent=base, fontName="Times-Bold", fontSize=13, leading=16,
                         alignment=0, spaceBefore=14, spaceAfter=6, hyphenationLang="")
    sub = ParagraphStyle("sub", parent=sec, fontSize=11, leading=14, spaceBefore=10,
                         spaceAfter=4)
    enum = ParagraphStyle("enum", parent=base, leftIndent=26, bulletIndent=10, spaceBefore=2)
    eq = ParagraphStyle("eq", parent=base, fontName="Times-Italic", alignment=TA_CENTER,
                        hyphenationLang="")
    eqno = ParagraphStyle("eqno", parent=base, alignment=2, hyphenationLang="")
    cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=11.5, alignment=0,
                          hyphenationLang="")
    caption = ParagraphStyle("caption", parent=cell, alignment=TA_CENTER, spaceAfter=4)
    ref = ParagraphStyle("ref", parent=base, fontSize=9.5, leading=11.5, leftIndent=18,
                         firstLineIndent=-18, spaceAfter=2, alignment=0, hyphenationLang="")
    fn_style = ParagraphStyle("fn", fontName="Times-Roman", fontSize=8.5, leading=10,
                              leftIndent=10, firstLineIndent=-10)

    def mark(text: str) -> str:
        return FN_RE.sub(r"<super>\1</super>", text)

    footnotes_by_page: dict[int, list[int]] = {}
    left, right, top, bottom = 30 * mm, 30 * mm, 28 * mm, 48 * mm
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=left, rightMargin=right,
                          topMargin=top, bottomMargin=bottom, title=ART_TITLE,
                          author="C. Imhof; T. Reyes", subject="Lipase kinetic resolution",
                          creator="LaTeX with hyperref", producer="pdfTeX-1.40.25",
                          invariant=1)
    frame = Frame(left, bottom, doc.width, doc.height, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)

    def page_end(canv, d):
        w, _ = A4
        canv.saveState()
        canv.setFont("Times-Roman", 10)
        canv.drawCentredString(w / 2, 16 * mm, str(canv.getPageNumber()))
        numbers = footnotes_by_page.get(canv.getPageNumber(), [])
        if numbers:
            paras = [Paragraph(f"<super>{n}</super> {escape(ART_FOOTNOTES[n])}", fn_style)
                     for n in numbers]
            heights = [p.wrap(doc.width, 100 * mm)[1] for p in paras]
            y = bottom - 6 * mm
            canv.setLineWidth(0.4)
            canv.line(left, y, left + 0.4 * doc.width, y)
            y -= 2 * mm
            for p, h in zip(paras, heights):
                y -= h
                p.drawOn(canv, left, y)
                y -= 1.5
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=page_end)])

    story: list = [
        Paragraph(escape(ART_TITLE), title),
        Paragraph(escape(ART_AUTHORS), author),
        Paragraph(escape(ART_AFFIL), affil),
        Paragraph(escape(ART_DATE), date),
        Paragraph(ART_ABSTRACT_HEAD, abs_head),
        Paragraph(escape(ART_ABSTRACT), abstract),
        Spacer(1, 4 * mm),
    ]
    after_heading = True
    for kind, payload in ART_CONTENT:
        if kind in ("sec", "sub"):
            number, _, rest = payload.partition(" ")
            text = (f"{number}\u00a0\u00a0\u00a0{escape(rest)}" if number[0].isdigit()
                    else escape(payload))
            story.append(Paragraph(text, sec if kind == "sec" else sub))
            after_heading = True
        elif kind == "p":
            style = base if after_heading else indented
            story.append(Paragraph(mark(payload), style))
            fns = [int(n) for n in FN_RE.findall(payload)]
            if fns:
                story.append(_FootnoteMark(fns, footnotes_by_page))
            after_heading = False
        elif kind == "eq":
            text, number = payload
            html_eq = re.sub(r"ee([sp])", r"ee<sub>\1</sub>", escape(text))
            t = Table([["", Paragraph(html_eq, eq), Paragraph(number, eqno)]],
                      colWidths=[20 * mm, doc.width - 40 * mm, 20 * mm])
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            story.append(t)
        elif kind == "enum":
            for i, item in enumerate(payload, 1):
                story.append(Paragraph(mark(item), enum, bulletText=f"{i}."))
                fns = [int(n) for n in FN_RE.findall(item)]
                if fns:
                    story.append(_FootnoteMark(fns, footnotes_by_page))
            story.append(Spacer(1, 2 * mm))
            after_heading = True
        elif kind == "table":
            cap, head, rows, widths = ART_TABLES[payload]
            cols = [w * mm if w else None for w in widths]
            if None in cols:
                rest = doc.width - sum(c for c in cols if c)
                cols = [c if c else rest for c in cols]
            data = [[Paragraph(f"<b>{escape(h)}</b>", cell) for h in head]]
            data += [[Paragraph(mark(c), cell) for c in row] for row in rows]
            t = Table(data, colWidths=cols)
            t.setStyle(TableStyle([
                ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]))
            block = [Spacer(1, 3 * mm), Paragraph(escape(cap), caption), t, Spacer(1, 3 * mm)]
            fns = [int(n) for row in rows for c in row for n in FN_RE.findall(c)]
            if fns:
                block.append(_FootnoteMark(fns, footnotes_by_page))
            story.append(KeepTogether(block))
        elif kind == "refs":
            for r in ART_REFS:
                story.append(Paragraph(escape(r), ref))
        else:  # pragma: no cover
            raise ValueError(kind)
    doc.build(story)


# ---------------------------------------------------------------------------
# DOCX: Appel reaction SOP
# ---------------------------------------------------------------------------
# Paragraph payloads are lists of segments: a plain string, ("b", text) bold run,
# ("fn", n) footnote reference, ("sdt", alias, text, kind) inline content control
# (kind "text", "date" or "dropdown").
# DOCX_CONTENT entries:
#   ("title", segs)                 Title style
#   ("h1", segs) / ("h2", segs)     Heading 1 / Heading 2 with multi-level numbering (1. / 1.1)
#   ("p", segs)                     Normal paragraph
#   ("step", (level, segs, list))   procedure list item, level 0 "1." or level 1 "a)", list 1 or 2
#   ("bullet", segs)                List Bullet
#   ("control", None)               layout table with the nested document-control table
#   ("table", None)                 reagent table
#   ("block", segs)                 block-level content control holding one paragraph

DOCX_HEADER = "Synthesis Department - Standard Operating Procedure"
DOCX_FOOTER = "SOP-SYN-041 Rev. 3 - controlled copy; printed copies are for information only"

DOCX_CONTROL_TITLE = "Document control"
DOCX_CONTROL = [
    ("Document number", "SOP-SYN-041", "text"),
    ("Revision", "3", "text"),
    ("Author", "Dr. R. Lindqvist", "text"),
    ("Approved by", "Dr. M. Adeyemi", "text"),
    ("Effective date", "2025-02-03", "date"),
    ("Review due", "2027-02-03", "date"),
    ("Training", "Supervised first run for all new users; record it on form TR-041", "text"),
]
DOCX_HAZARD_TITLE = "Hazard summary"
DOCX_HAZARDS = [
    "CBr4: toxic if inhaled and a severe eye irritant; weigh it in the fume hood.",
    "PPh3: skin sensitiser; I2: corrosive and stains everything it touches.",
    "Alkyl bromides and iodides are alkylating agents; wear double nitrile gloves.",
    "PPE: lab coat, safety glasses, nitrile gloves.",
]

DOCX_TABLE_HEAD = ("Halide", "Reagents (equiv)", "Solvent, temperature, time", "By-products")
DOCX_TABLE = [
    ("Bromide", "CBr4 (1.3), PPh3 (1.5)", "DCM, 0 °C to rt, 1–3 h", "TPPO, CHBr3"),
    ("Bromide, alternative", "NBS (1.3), PPh3 (1.5)", "DCM, 0 °C, 1 h", "TPPO, succinimide"),
    ("Iodide", "I2 (1.5), PPh3 (1.5), imidazole (3.0)",
     "DCM, 0 °C to rt, 2–4 h; toluene at 80 °C for hindered alcohols", "TPPO, imidazole·HI"),
    ("Chloride", "NCS (1.5), PPh3 (1.5)", "THF or DCM, rt, 3–12 h", "TPPO, succinimide"),
]

DOCX_FOOTNOTES = {
    1: "Inversion is clean for unhindered secondary alcohols. With long reaction times and "
       "excess bromide the product can racemise by bromide exchange; see section 6.",
    2: "CCl4 is toxic, a suspected carcinogen and an ozone-depleting substance; its use in the "
       "department needs a written exemption.",
    3: "D. C. Batesky, M. J. Goldfogel, D. J. Weix, J. Org. Chem. 2017, 82, 9931.",
    4: "Shifts vary by a few ppm with solvent and concentration; compare with a reference sample "
       "run on the same day.",
}

DOCX_CONTENT = [
    ("title", ["Appel reaction: alcohols to alkyl bromides, iodides and chlorides"]),
    ("control", None),
    ("h1", ["Scope"]),
    ("p", ["This SOP covers the conversion of primary and secondary alcohols into alkyl "
           "bromides, iodides and chlorides with triphenylphosphine and a halogen source (Appel "
           "and related conditions) on 1–50 mmol. Tertiary alcohols do not react cleanly under "
           "these conditions and are not covered."]),
    ("h1", ["Background"]),
    ("p", ["Triphenylphosphine reacts with CBr4 to give a phosphonium salt, which turns the "
           "alcohol into an alkoxyphosphonium ion. Bromide then displaces triphenylphosphine "
           "oxide in an SN2 reaction, so a secondary alcohol gives the bromide with inversion "
           "of configuration.", ("fn", 1), " The by-products are triphenylphosphine oxide "
           "(TPPO) and bromoform."]),
    ("p", ["The conditions are neutral and mild. This makes the Appel reaction the method of "
           "choice for acid-sensitive substrates, where PBr3 or HBr would cause rearrangement "
           "or elimination."]),
    ("h1", ["Choice of reagents"]),
    ("table", None),
    ("p", ["CCl4, used in the original Appel chloride procedure, is not used in this "
           "department.", ("fn", 2), " Use NCS and PPh3 for chlorides."]),
    ("h1", ["Procedures"]),
    ("h2", ["Alkyl bromide with CBr4 (10 mmol)"]),
    ("step", (0, ["Dry a 100 mL two-necked flask with a stir bar and an internal thermometer, "
                  "and flush it with nitrogen."], 1)),
    ("step", (0, ["Dissolve the alcohol (10.0 mmol) and CBr4 (4.31 g, 13.0 mmol, 1.3 equiv) "
                  "in dry DCM (40 mL)."], 1)),
    ("step", (0, ["Cool the solution to 0 °C in an ice bath."], 1)),
    ("step", (0, ["Add PPh3 (3.93 g, 15.0 mmol, 1.5 equiv) in small portions over 15 min."], 1)),
    ("step", (1, ["The addition is exothermic; keep the internal temperature below 10 °C."], 1)),
    ("step", (1, ["The solution turns yellow to orange, which is normal."], 1)),
    ("step", (0, ["Remove the ice bath and stir at room temperature for 1–3 h."], 1)),
    ("step", (1, ["Follow by TLC; the bromide runs well above the alcohol."], 1)),
    ("step", (0, ["Concentrate to about 10 mL, then add pentane (80 mL) with stirring to "
                  "precipitate TPPO."], 1)),
    ("step", (0, ["Filter the suspension through a 3 cm pad of silica and rinse with "
                  "pentane/Et2O 9:1 (50 mL)."], 1)),
    ("step", (0, ["Concentrate the filtrate and purify the bromide by chromatography or "
                  "distillation."], 1)),
    ("step", (1, ["Bromides below about C6 are volatile: keep the rotavap bath at 20 °C and "
                  "the pressure above 300 mbar."], 1)),
    ("h2", ["Alkyl iodide with I2 and imidazole (10 mmol)"]),
    ("step", (0, ["Dissolve PPh3 (3.93 g, 15.0 mmol) and imidazole (2.04 g, 30.0 mmol) in dry "
                  "DCM (50 mL) under nitrogen and cool to 0 °C."], 2)),
    ("step", (0, ["Add I2 (3.81 g, 15.0 mmol) in portions; a yellow suspension forms."], 2)),
    ("step", (0, ["After 10 min add the alcohol (10.0 mmol) in DCM (10 mL) dropwise."], 2)),
    ("step", (0, ["Stir at room temperature for 2–4 h."], 2)),
    ("step", (0, ["Wash with 10% aqueous Na2S2O3 until the organic layer is colourless, then "
                  "with brine; dry over MgSO4 and concentrate."], 2)),
    ("step", (1, ["Precipitate TPPO with pentane as in the bromide procedure."], 2)),
    ("h2", ["Alkyl chloride with NCS"]),
    ("p", ["Add NCS (2.00 g, 15.0 mmol) to a solution of PPh3 (3.93 g, 15.0 mmol) in dry THF "
           "(40 mL) at 0 °C, stir for 15 min until a white suspension forms, then add the "
           "alcohol (10.0 mmol) and stir at room temperature for 3–12 h. Chlorides form more "
           "slowly than bromides; secondary alcohols may need gentle warming to 40 °C. Work up "
           "by filtration through silica as for the bromide."]),
    ("h1", ["Removing triphenylphosphine oxide"]),
    ("p", ["TPPO is the main problem of every Appel reaction: 15 mmol of PPh3 give 4.2 g of "
           "TPPO. Choose the method by the polarity of the product."]),
    ("bullet", [("b", "Precipitation. "), "TPPO is poorly soluble in pentane, hexane and cold "
                "Et2O. Take the crude product up in a little DCM or toluene, add 5–10 volumes "
                "of pentane, cool to 0 °C and filter."]),
    ("bullet", [("b", "Silica plug. "), "For non-polar products, a short silica plug eluted "
                "with pentane holds back the TPPO completely."]),
    ("bullet", [("b", "ZnCl2 precipitation. "), "For polar products, dissolve the crude "
                "material in ethanol and add ZnCl2 (2 equiv relative to TPPO) as a 1.8 M "
                "solution in warm ethanol; the ZnCl2(TPPO)2 complex precipitates and is "
                "filtered off.", ("fn", 3)]),
    ("bullet", [("b", "Polymer-bound PPh3. "), "Use polymer-supported triphenylphosphine "
                "(about 3 mmol/g, 2 equiv); the oxide stays on the resin and is filtered off, "
                "but reactions take longer."]),
    ("h1", ["Troubleshooting"]),
    ("p", [("b", "Alcohol unchanged after 3 h. "), "Wet solvent or old PPh3: water consumes "
           "the phosphonium salt. Check the PPh3 by 31P NMR (PPh3 near −5 ppm, TPPO near "
           "+29 ppm in CDCl3).", ("fn", 4), " Use dry DCM and fresh PPh3, and add a further "
           "0.5 equiv of both reagents."]),
    ("p", [("b", "Alkene instead of the bromide. "), "Elimination competes with hindered "
           "secondary alcohols and with benzylic or allylic positions next to a carbonyl. Keep "
           "the reaction at 0 °C throughout and use NBS/PPh3 instead of CBr4, or make the "
           "mesylate and displace it with LiBr in acetone."]),
    ("p", [("b", "Secondary bromide partly racemic. "), "Bromide exchange after the alcohol "
           "has been consumed. Stop the reaction as soon as the alcohol has gone by TLC and do "
           "not use more than 1.3 equiv of CBr4."]),
    ("p", [("b", "TPPO still in the product after the column. "), "TPPO tails on silica in "
           "polar eluents. Remove most of it before chromatography (section 5); for polar "
           "products use the ZnCl2 method."]),
    ("p", [("b", "Singlet at 6.82 ppm in the 1H NMR. "), "Bromoform (CHBr3, bp 149 °C). "
           "Remove it under high vacuum, or by chromatography starting with pure pentane."]),
    ("p", [("b", "Iodide pink or purple after work-up. "), "Traces of iodine. Wash again with "
           "10% Na2S2O3 and store the iodide in the dark over a piece of copper wire."]),
    ("p", [("b", "Mixture turned dark brown and hot during the PPh3 addition. "), "PPh3 was "
           "added too fast or without cooling. Add it in portions at 0 °C while watching the "
           "internal temperature; above 20 mmol add it as a solution in DCM."]),
    ("p", [("b", "Diol gave a cyclic ether or an epoxide. "), "A 1,2-, 1,4- or 1,5-diol "
           "cyclises because the second hydroxyl displaces the alkoxyphosphonium group. "
           "Protect the second hydroxyl first."]),
    ("p", [("b", "Allylic alcohol gave two regioisomeric bromides. "), "SN2′ attack or "
           "isomerisation of the allylic bromide. Run at 0 °C with a short reaction time and "
           "use the crude bromide at once."]),
    ("h1", ["Waste and safety"]),
    ("p", ["Weigh CBr4 in the fume hood. Bromoform and alkyl iodides are toxic, and "
           "low-molecular-weight alkyl halides are alkylating agents."]),
    ("p", ["Waste stream: ", ("sdt", "Waste stream", "Halogenated organic waste (cabinet H2)",
                              "dropdown")]),
    ("p", ["TPPO filter cakes and silica pads go into the solid chemical waste, not into the "
           "general bin."]),
    ("h1", ["Notes"]),
    ("p", [("b", "Selectivity. "), "Primary alcohols react much faster than secondary ones; at "
           "0 °C with 1.1 equiv of the reagents a primary hydroxyl can be converted next to a "
           "secondary one."]),
    ("p", [("b", "Why not PBr3? "), "PBr3 produces HBr and can cause carbocation "
           "rearrangements; the Appel conditions stay neutral."]),
    ("block", ["Local note: fresh PPh3 is kept in the nitrogen cabinet in room 2.14; the open "
               "bottle on the shelf is for the teaching labs only."]),
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _seg_text(seg, marked: bool = False) -> str:
    if isinstance(seg, str):
        return seg
    if seg[0] == "b":
        return seg[1]
    if seg[0] == "fn":
        return str(seg[1]) if marked else ""
    if seg[0] == "sdt":
        return seg[2]
    raise ValueError(seg)


def _para_text(segs, marked: bool = False) -> str:
    return "".join(_seg_text(s, marked) for s in segs)


_SDT_ID = [7000]


def _sdt_run_xml(alias: str, text: str, kind: str) -> str:
    _SDT_ID[0] += 1
    tag = alias.lower().replace(" ", "_")
    if kind == "date":
        pr = ('<w:date w:fullDate="' + text + 'T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/>'
              '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/>'
              '<w:calendar w:val="gregorian"/></w:date>')
    elif kind == "dropdown":
        items = ["Halogenated organic waste (cabinet H2)", "Non-halogenated organic waste",
                 "Aqueous waste"]
        pr = "<w:dropDownList>" + "".join(
            f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(i)}"/>' for i in items
        ) + "</w:dropDownList>"
    else:
        pr = "<w:text/>"
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(alias)}"/>'
            f'<w:tag w:val="{tag}"/><w:id w:val="{_SDT_ID[0]}"/>{pr}</w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
            '</w:sdtContent></w:sdt>')


def _fill(paragraph, segs) -> None:
    for seg in segs:
        if isinstance(seg, str):
            paragraph.add_run(seg)
        elif seg[0] == "b":
            paragraph.add_run(seg[1]).bold = True
        elif seg[0] == "fn":
            paragraph._p.append(parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{seg[1]}"/></w:r>'))
        elif seg[0] == "sdt":
            paragraph._p.append(parse_xml(_sdt_run_xml(seg[1], seg[2], seg[3])))
        else:  # pragma: no cover
            raise ValueError(seg)


def _numbering_xml() -> tuple[list[str], list[str]]:
    ab_head = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:nsid w:val="5A3C0E91"/>'
        '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="1C2E4F10"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    ab_steps = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91"><w:nsid w:val="6B4D1FA2"/>'
        '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="2D3F5021"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    nums = [
        f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>',
        f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>',
        f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="91"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    ]
    return [ab_head, ab_steps], nums


def _set_num(paragraph, num_id: int, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, numpr)


def _footnotes_xml() -> bytes:
    parts = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes xmlns:w="{W_NS}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
        'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
        '</w:r></w:p></w:footnote>',
    ]
    for n, text in DOCX_FOOTNOTES.items():
        parts.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr>'
            '<w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}'
            '</w:t></w:r></w:p></w:footnote>')
    parts.append("</w:footnotes>")
    return "".join(parts).encode("utf-8")


def _no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblpr.find(qn("w:tblW")).addnext(borders)


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def build_docx(path: Path) -> None:
    _SDT_ID[0] = 7000
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    section.header.paragraphs[0].text = DOCX_HEADER
    section.footer.paragraphs[0].text = DOCX_FOOTER

    numbering = doc.part.numbering_part.element
    abstracts, nums = _numbering_xml()
    first_num = numbering.find(qn("w:num"))
    for ab in abstracts:
        first_num.addprevious(parse_xml(ab))
    for n in nums:
        numbering.append(parse_xml(n))

    fn_part = Part(PackURI("/word/footnotes.xml"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                   _footnotes_xml(), doc.part.package)
    doc.part.relate_to(fn_part, RT.FOOTNOTES)

    for kind, payload in DOCX_CONTENT:
        if kind == "title":
            _fill(doc.add_paragraph(style="Title"), payload)
        elif kind in ("h1", "h2"):
            p = doc.add_paragraph(style="Heading 1" if kind == "h1" else "Heading 2")
            _fill(p, payload)
            _set_num(p, 90, 0 if kind == "h1" else 1)
        elif kind == "p":
            _fill(doc.add_paragraph(), payload)
        elif kind == "bullet":
            _fill(doc.add_paragraph(style="List Bullet"), payload)
        elif kind == "step":
            level, segs, which = payload
            p = doc.add_paragraph()
            _fill(p, segs)
            _set_num(p, 91 if which == 1 else 92, level)
        elif kind == "control":
            outer = doc.add_table(rows=1, cols=2)
            outer.autofit = False
            _no_borders(outer)
            left, right = outer.cell(0, 0), outer.cell(0, 1)
            left.width = Cm(9.0)
            right.width = Cm(7.6)
            left.paragraphs[0].add_run(DOCX_CONTROL_TITLE).bold = True
            inner = left.add_table(rows=len(DOCX_CONTROL), cols=2)
            inner.style = "Table Grid"
            for r, (label, value, ckind) in enumerate(DOCX_CONTROL):
                lc, vc = inner.cell(r, 0), inner.cell(r, 1)
                lc.paragraphs[0].add_run(label).bold = True
                _shade(lc, "E7E6E6")
                vc.paragraphs[0]._p.append(parse_xml(_sdt_run_xml(label, value, ckind)))
            left.add_paragraph("")
            _shade(right, "FBE4D5")
            right.paragraphs[0].add_run(DOCX_HAZARD_TITLE).bold = True
            for h in DOCX_HAZARDS:
                right.add_paragraph(h)
            doc.add_paragraph("")
        elif kind == "table":
            t = doc.add_table(rows=1 + len(DOCX_TABLE), cols=4)
            t.style = "Table Grid"
            for c, text in enumerate(DOCX_TABLE_HEAD):
                cell = t.cell(0, c)
                cell.paragraphs[0].add_run(text).bold = True
                _shade(cell, "D9E2F3")
            for r, row in enumerate(DOCX_TABLE, start=1):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
            doc.add_paragraph("")
        elif kind == "block":
            _SDT_ID[0] += 1
            p = doc.add_paragraph()
            _fill(p, payload)
            sdt = parse_xml(
                f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Local note"/>'
                f'<w:tag w:val="local_note"/><w:id w:val="{_SDT_ID[0]}"/></w:sdtPr>'
                '<w:sdtContent/></w:sdt>')
            p._p.addprevious(sdt)
            sdt.find(qn("w:sdtContent")).append(p._p)
        else:  # pragma: no cover
            raise ValueError(kind)

    cp = doc.core_properties
    cp.title = "Appel reaction: alcohols to alkyl halides"
    cp.author = "R. Lindqvist"
    cp.last_modified_by = "M. Adeyemi"
    cp.subject = "Standard operating procedure SOP-SYN-041"
    cp.keywords = "Appel; CBr4; PPh3; alkyl bromide; alkyl iodide; TPPO"
    cp.comments = "Revision 3"
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


def _article_units(marked: bool) -> list[str]:
    f = _marked if marked else _plain
    units = [ART_TITLE, ART_AUTHORS, ART_AFFIL, ART_DATE, ART_ABSTRACT_HEAD, ART_ABSTRACT]
    for kind, payload in ART_CONTENT:
        if kind in ("sec", "sub", "p"):
            units.append(f(payload))
        elif kind == "eq":
            units.extend(payload)
        elif kind == "enum":
            units.extend(f(i) for i in payload)
        elif kind == "table":
            cap, head, rows, _ = ART_TABLES[payload]
            units.append(cap)
            units.extend(head)
            units.extend(f(c) for row in rows for c in row)
        elif kind == "refs":
            units.extend(ART_REFS)
    units.extend(ART_FOOTNOTES.values())
    return units


def _docx_units(marked: bool) -> list[str]:
    units = [DOCX_HEADER, DOCX_FOOTER, DOCX_CONTROL_TITLE, DOCX_HAZARD_TITLE, *DOCX_HAZARDS,
             *DOCX_TABLE_HEAD]
    for label, value, _ in DOCX_CONTROL:
        units += [label, value]
    units.extend(c for row in DOCX_TABLE for c in row)
    for kind, payload in DOCX_CONTENT:
        if kind == "step":
            units.append(_para_text(payload[1], marked))
        elif payload is not None:
            units.append(_para_text(payload, marked))
    units.extend(DOCX_FOOTNOTES.values())
    return units


def deleted_strings() -> dict[str, list[str]]:
    """No tracked changes in this part."""
    return {}


def visible_strings() -> dict[str, list[str]]:
    """Visible text units per guide stem, footnote markers left out."""
    return {
        Path(PDF_NAME).stem: _article_units(False),
        Path(DOCX_NAME).stem: _docx_units(False),
    }


def marker_strings() -> dict[str, list[str]]:
    """The same units with the footnote numbers written where the markers stand."""
    return {
        Path(PDF_NAME).stem: _article_units(True),
        Path(DOCX_NAME).stem: _docx_units(True),
    }


SUFFIXES = {Path(n).stem: Path(n).suffix for n in (PDF_NAME, DOCX_NAME)}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    paths = [OUT_DIR / PDF_NAME, OUT_DIR / DOCX_NAME]
    build_article_pdf(paths[0])
    build_docx(paths[1])
    for p in paths:
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
