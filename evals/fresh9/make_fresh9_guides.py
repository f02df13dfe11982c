"""Generate the four generated guides of the fresh9 held-out part deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh9/make_fresh9_guides.py

Writes:
    evals/fresh9/guides/baeyer-villiger-gmail-original-message.txt
        a Gmail "Show original" / "Download original" message saved with a .txt extension: the
        raw RFC 822 / MIME source of the last reply in a six-message thread.  Received,
        DKIM/ARC/authentication headers, an RFC 2047 encoded sender name, In-Reply-To and
        References; a multipart/mixed body holding a multipart/alternative (text/plain and
        text/html, both UTF-8 and QUOTED-PRINTABLE, so that every non-ASCII character is an
        "=C2=B0"-style escape and long lines are cut by "=" soft line breaks) and a CSV
        attachment in BASE64.  The plain text has one line per paragraph, the five earlier
        messages quoted below the reply with nested "> " prefixes, and Gmail's attribution
        lines ("On Tue, 11 Mar 2025 at 13:52, ... wrote:") wrapped at 78 columns.  The HTML
        alternative holds the same text again in gmail_quote blockquotes.  CRLF line ends,
        pure ASCII bytes.
    evals/fresh9/guides/scx-catch-release-evernote-export.html
        an Evernote (legacy Windows client) "Export as HTML" note: XHTML 1.0 doctype, meta
        exporter-version / created / updated / author / keywords / source, the note body as
        nested <div>s with one <div> per line, empty <div><br/></div> spacer lines, lines
        inside one <div> split by <br/>, bold and highlight as <span style="...">, Evernote
        checkboxes as <input type="checkbox"/>, an Evernote table with <colgroup>, a code block
        (a <div> with -en-codeblock:true holding one <div> per line), a pasted web clip from a
        vendor page with its own markup (<h3>, <p>, <table>, class attributes) and links to
        other notes (evernote:///view/...).
    evals/fresh9/guides/beckmann-rearrangement-word2003-compat.docx
        a Word 97-2003 document converted to .docx and edited in compatibility mode, written
        as raw WordprocessingML: w:compatSetting compatibilityMode 11 and the old layout
        compat flags, rsid attributes on every paragraph and run and a long w:rsids list,
        w:proofErr spelling/grammar marks around chemical words, SMART TAGS (w:smartTag for
        measurements "metricconverter" with a ProductID property, "PersonName", "place"/"City"
        and "date" tags) that wrap runs - python-docx does not see the text inside them,
        w:lastRenderedPageBreak, headings in the built-in Heading 1/2 styles with typed
        numbers, procedure steps typed by hand as "1.<tab>..." with hanging indents (no Word
        numbering), a reagent "table" built from TAB STOPS (one paragraph per row, no w:tbl),
        a real bordered troubleshooting table (old tblLook, no table style), a continuous
        section break into TWO COLUMNS and back, a Symbol-font bullet list through
        numbering.xml, manual line breaks, and FILENAME / PAGE simple fields in the footer.
    evals/fresh9/guides/elemental-analysis-excel-printout.pdf
        an Excel workbook printed to PDF (reportlab, A4 landscape, DejaVu Sans embedded,
        creator/producer "Microsoft Excel"): one sheet after another, each starting on a new
        page, cells on a light GRID, "Print row and column headings" switched on (column
        letters A, B, C ... above and ROW NUMBERS in a grey gutter on the left of every row),
        merged title cells, wrapped text in narrow cells, a "########" cell (number too wide
        for its column), print titles (the header rows repeat when a sheet runs over a page),
        a page header with the workbook name, the sheet name and a print date, a footer
        "Page n of N" (two-pass build), and the cell comments printed "At end of sheet" as
        "Cell: E12 / Comment: ..." blocks.

Re-running produces byte-identical files.  The visible text of the PDF and the DOCX is held in
the module-level data structures below; `visible_strings()` returns it, one string per text unit
(PDF: cell, header or footer line, column letter, row number, comment line; DOCX: one string per
w:p, with "\\t" for a tab).  The .txt and the .html are read from the built files by the
verifier (the .txt through Python's email package).  `SUFFIXES` maps the two binary stems to
their file types; `MIME_STEMS` names the MIME message.
"""

from __future__ import annotations

import base64
import io
import quopri
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT_DIR = Path(__file__).resolve().parent / "guides"
ZIP_DATE = (2009, 6, 18, 14, 22, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MIME_NAME = "baeyer-villiger-gmail-original-message.txt"
EVERNOTE_NAME = "scx-catch-release-evernote-export.html"
DOCX_NAME = "beckmann-rearrangement-word2003-compat.docx"
PDF_NAME = "elemental-analysis-excel-printout.pdf"


# ---------------------------------------------------------------------------
# TXT: Baeyer-Villiger thread, raw MIME source of the last Gmail reply
# ---------------------------------------------------------------------------
# Each message: (name, address, attribution date, body).  The body is plain text with one line
# per paragraph; the last message is the one whose source is saved, the others are quoted
# below it, newest first, each one level deeper.

BV_MESSAGES = [
    ("Tom\xe1s Rivera", "t.rivera@kelsall.ac.uk", "Tue, 11 Mar 2025 at 09:14", "\n".join([
        "Hi all,",
        "",
        ("I'm trying to do a Baeyer\u2013Villiger on 4-tert-butylcyclohexanone as the model "
         "for my real substrate (a 3-substituted cyclohexanone that also has a "
         "trisubstituted alkene further along the chain) and it is not going well."),
        "",
        ("What I did: ketone (5.0 mmol) in CH2Cl2 (0.1 M), 1.2 equiv of mCPBA from the old "
         "bottle on the second shelf of the fridge, room temperature. After 24 h the TLC "
         "still shows ketone and the crude NMR says about 60% conversion."),
        "",
        "Things I noticed:",
        "- a white solid crashed out of the CH2Cl2 after a few hours",
        ("- after the work-up (just water and brine) there are big aromatic peaks at "
         "7.4\u20138.0 ppm in the crude NMR"),
        ("- I concentrated the crude on the rotavap at 45 \xb0C and the oil turned into a "
         "sticky gum that no longer dissolves properly in CDCl3"),
        "- on the real substrate I mostly got the epoxide, the ketone hardly reacted",
        "",
        "Also, should I just move to TFPAA? I have never made it.",
        "",
        "Thanks,",
        "Tom\xe1s",
    ]) + "\n"),
    ("Ingrid Solberg", "i.solberg@kelsall.ac.uk", "Tue, 11 Mar 2025 at 13:52", "\n".join([
        "Hi Tom\xe1s,",
        "",
        "Most of this is easy to fix. In the order I would check it:",
        "",
        ("1. Titrate the mCPBA before anything else. Commercial mCPBA is sold as "
         "\u201c\u226477%\u201d (the rest is m-chlorobenzoic acid and water, added for "
         "safety), and a bottle that has been opened many times is often down to "
         "55\u201365%. If yours is at 60%, your \u201c1.2 equiv\u201d was really about 0.9 "
         "equiv, which explains the 60% conversion on its own."),
        "",
        ("Iodometric titration: dissolve about 100 mg of the mCPBA, weighed exactly, in 5 "
         "mL of acetic acid, add 1 mL of saturated aqueous KI and leave it for 5 min in the "
         "dark. Dilute with 20 mL of water and titrate the iodine with 0.1 M Na2S2O3 until "
         "the brown colour has almost gone, add a few drops of starch solution and titrate "
         "from blue to colourless. Each mole of peracid uses two moles of thiosulfate, so % "
         "peracid = mL of thiosulfate \xd7 0.1 \xd7 172.6 \xd7 100 / (2 \xd7 mg of sample). "
         "A 100 mg sample of 77% material needs about 8.9 mL. Write the titre and the date "
         "on the bottle."),
        "",
        ("2. Use 1.5\u20132.0 equiv of peracid (corrected for the titre) for a "
         "cyclohexanone, and run the reaction at 0.2\u20130.5 M rather than 0.1 M. It is a "
         "bimolecular reaction and dilution slows it down a lot."),
        "",
        ("3. Add a buffer: 2\u20133 equiv of powdered NaHCO3 (or Na2HPO4) in the flask. "
         "Otherwise the m-chlorobenzoic acid (mCBA) that builds up as the reaction goes on "
         "catalyses hydrolysis and ring-opening of the lactone, and it damages anything "
         "acid-sensitive (acetals, TBS ethers, Boc groups)."),
        "",
        ("4. If it is still slow, a catalytic amount of TFA (0.1\u20130.2 equiv) speeds up "
         "the addition step noticeably. Only do this when nothing in the molecule is "
         "acid-sensitive, and then leave the buffer out."),
        "",
        ("The white solid is mCBA: it is poorly soluble in CH2Cl2 and crystallises as the "
         "reaction proceeds. Cool the mixture to 0 \xb0C for 30 min at the end and filter "
         "most of it off before the work-up."),
        "",
        ("The aromatic peaks at 7.4\u20138.0 ppm are the same mCBA (plus some unreacted "
         "mCPBA). Water and brine do not remove it. You need the peroxide quench first (Dev "
         "will explain it) and then three washes with saturated NaHCO3 \u2013 vent the "
         "funnel, it gives off CO2. If a trace is still there after the column, filter a "
         "CH2Cl2 solution through a short plug of basic alumina."),
        "",
        ("The gum: \u03b5-caprolactones polymerise by ring-opening when they are warmed "
         "with acid around, and your crude still contained mCBA and probably some peracid. "
         "Keep the rotavap bath at 30 \xb0C or below, make sure the acid has been washed "
         "out before you concentrate, and store the lactone in the freezer. The gum is "
         "oligomer; you will not get the lactone back from it."),
        "",
        ("Your real substrate: mCPBA epoxidises a trisubstituted alkene much faster than it "
         "oxidises a cyclohexanone, so the ketone will always lose that race. Either do the "
         "Baeyer\u2013Villiger before the alkene is introduced in the route, or make the "
         "epoxide on purpose if the route can use it. There is no peracid that will leave "
         "that alkene alone."),
        "",
        ("Monitoring: TLC is poor for this pair. The lactone runs just below the ketone and "
         "neither is UV-active, so you need a stain (anisaldehyde works). A crude 1H NMR of "
         "a mini work-up is better: the CH2 next to the ketone C=O is at about 2.2\u20132.4 "
         "ppm, the new OCH2 of the lactone at 4.1\u20134.3 ppm. IR also shows it, but the "
         "bands are close: ketone C=O at 1715 cm\u22121, \u03b5-lactone at about 1730 "
         "cm\u22121."),
        "",
        "Ingrid",
    ]) + "\n"),
    ("Dev Patel", "d.patel@kelsall.ac.uk", "Tue, 11 Mar 2025 at 15:30", "\n".join([
        "The safety side, for the wiki:",
        "",
        ("Quench: destroy the excess peracid before any concentration. Cool the reaction to "
         "0 \xb0C and add 10% aqueous Na2SO3 slowly with stirring (about 2 mL per mmol of "
         "peracid used) \u2013 the quench is exothermic. Stir for 15\u201320 min, then test "
         "the organic layer with starch-iodide paper. A blue-black spot means peroxide is "
         "still present: add more sulfite and test again. Only when the paper stays white "
         "do you separate the layers and go on to the bicarbonate washes. Sodium "
         "thiosulfate also works, but it deposits sulfur when acid is present."),
        "",
        ("Never concentrate a solution that has not passed the starch-iodide test, never "
         "distil a Baeyer\u2013Villiger crude, and never scrape dried mCPBA residues out of "
         "a rotavap flask \u2013 rinse them out with sulfite solution."),
        "",
        ("mCPBA storage: fridge at 2\u20138 \xb0C, in the original plastic bottle, away "
         "from the solvent cabinet, and weighed out with a plastic or ceramic spatula "
         "rather than a metal one. Do not try to dry it or purify it to a higher strength "
         "\u2013 above about 85% it is shock-sensitive. Just use more of it according to "
         "the titre."),
        "",
        ("TFPAA: we make it only from urea\u2013hydrogen peroxide (UHP) and trifluoroacetic "
         "anhydride, never from concentrated (>50%) hydrogen peroxide. Mixtures of strong "
         "H2O2 with anhydrides or organic solvents have caused serious explosions. Make it "
         "in situ at 0 \xb0C behind the blast shield, and at no more than 10 mmol unless "
         "the PI has signed off a larger scale."),
        "",
        ("Acetone: no acetone anywhere near H2O2 and acid, and that includes washing the "
         "glassware. It forms acetone peroxides (TATP), which are primary explosives."),
        "",
        ("Waste: aqueous layers that contain peroxide are treated with sulfite until the "
         "starch-iodide test is negative and then go into the aqueous waste. Spilt solid "
         "mCPBA is swept up with the plastic dustpan (no paper towels, fire risk) and "
         "tipped into a beaker of sulfite solution."),
        "",
        "Dev",
        "",
        "--",
        ("Dev Patel | Laboratory and Safety Manager | School of Chemistry, Kelsall "
         "University"),
    ]) + "\n"),
    ("Hannah Whitcombe", "h.whitcombe@kelsall.ac.uk", "Wed, 12 Mar 2025 at 08:05", "\n".join([
        "Tom\xe1s \u2013 on conditions and on your real substrate:",
        "",
        ("Regiochemistry. The group that migrates is the one best able to carry a positive "
         "charge, and it has to be antiperiplanar to the O\u2013O bond in the Criegee "
         "intermediate. The usual order of migratory aptitude is tertiary alkyl > "
         "cyclohexyl \u2248 secondary alkyl \u2248 benzyl \u2248 phenyl > primary alkyl > "
         "methyl, and H migrates faster than any of them (aldehydes). In practice the "
         "oxygen is inserted on the more substituted side: 2-methylcyclohexanone gives "
         "7-methyloxepan-2-one, acetophenone gives phenyl acetate and cyclohexyl methyl "
         "ketone gives cyclohexyl acetate. Electron-rich aryl groups migrate better than "
         "electron-poor ones (p-anisyl > phenyl > p-nitrophenyl)."),
        "",
        ("Your 3-substituted cyclohexanone is the awkward case. Both \u03b1-carbons are "
         "CH2, so there is little to choose between them and you should expect a mixture of "
         "the two regioisomeric lactones, often close to 1:1. Check for both isomers by NMR "
         "before you decide that the route works. If you need one of them cleanly, change "
         "the substrate (a substituent on the \u03b1-carbon directs the insertion) rather "
         "than the reagent."),
        "",
        ("Stereochemistry: the migrating carbon keeps its configuration, so an enantiopure "
         "\u03b1-stereocentre comes through untouched."),
        "",
        "Which oxidant for which ketone:",
        "",
        ("  Ketone                          Oxidant                              Typical "
         "time"),
        ("  ------------------------------  -----------------------------------  "
         "------------------"),
        ("  Cyclobutanone                   30% H2O2 / NaOH, or mCPBA at 0 \xb0C      "
         "minutes"),
        ("  Cyclohexanone, cyclopentanone   mCPBA 1.5\u20132 equiv + NaHCO3            "
         "12\u201348 h, rt"),
        ("  Open-chain dialkyl ketone       TFPAA (UHP/TFAA) + Na2HPO4           2\u20136 "
         "h, 0 \xb0C to rt"),
        ("  Aryl alkyl ketone               mCPBA + cat. TFA, or TFPAA           12\u201324 "
         "h"),
        "  Electron-poor aryl ketone       TFPAA                                overnight",
        "",
        ("TFPAA, the way we make it in situ: suspend UHP (3.0 equiv) and powdered Na2HPO4 "
         "(6 equiv) in dry CH2Cl2 (0.3 M in ketone) at 0 \xb0C, add TFAA (2.5 equiv) "
         "dropwise over 10 min, stir for 20 min, then add the ketone. Let it warm to room "
         "temperature and follow it; most ketones are done in 2\u20136 h. It is much more "
         "reactive than mCPBA and much more acidic, so the Na2HPO4 is not optional. Work-up "
         "and quench as for mCPBA."),
        "",
        ("Aldehydes: H migrates, so aliphatic aldehydes give carboxylic acids, and "
         "electron-rich aromatic aldehydes give aryl formates that hydrolyse to phenols. Do "
         "not run a Baeyer\u2013Villiger on a ketone that carries a free aldehyde somewhere "
         "else."),
        "",
        ("\u03b1,\u03b2-Unsaturated ketones usually give the enol ester (the vinyl group "
         "migrates) or mixtures with the epoxide \u2013 talk to me before you try one. "
         "Amines are N-oxidised and sulfides give sulfoxides and sulfones before any ketone "
         "reacts."),
        "",
        "HW",
    ]) + "\n"),
    ("Chiara Benedetti", "c.benedetti@kelsall.ac.uk", "Wed, 12 Mar 2025 at 10:20", "\n".join([
        "Practical things from my ten lactones last year:",
        "",
        ("\u2013 \u03b3-Butyrolactones and \u03b4-valerolactones without big substituents "
         "are quite water-soluble. Saturate the aqueous layer with NaCl and extract five "
         "times with CH2Cl2 instead of twice with EtOAc, otherwise half of your product "
         "goes into the waste."),
        ("\u2013 mCBA co-elutes with a lot of lactones on silica (it streaks from Rf 0.2 to "
         "0.5 in 30% EtOAc/hexane). It is much easier to remove it completely in the "
         "work-up than on the column. If you can't, use a plug of basic alumina, or a quick "
         "wash of the ether solution with cold 5% Na2CO3 \u2013 quick, because lactones "
         "hydrolyse in base too."),
        ("\u2013 No methanol anywhere in the work-up or on the column while there is still "
         "acid around: you get the ring-opened methyl hydroxy ester (M + 32 in the LC-MS)."),
        ("\u2013 A new baseline spot on the TLC after the reaction is the hydroxy acid from "
         "hydrolysis (M + 18). Buffer the reaction next time."),
        ("\u2013 Crude 1H NMR in CDCl3: the tert-butyl caprolactone shows its OCH2 as two "
         "multiplets at about 4.1 and 4.3 ppm. If you see a triplet at 3.6 ppm instead, the "
         "ring has opened (that is the CH2OH of the hydroxy acid or ester)."),
        ("\u2013 Store the lactones at \u221220 \xb0C under N2. One left on the bench at "
         "room temperature turned into a gum within a few weeks."),
        ("\u2013 On a bigger scale the mCPBA addition to a concentrated solution is "
         "exothermic. Add it in three or four portions at 0 \xb0C and let the temperature "
         "settle before each portion."),
        "",
        "Chiara",
    ]) + "\n"),
    ("Tom\xe1s Rivera", "t.rivera@kelsall.ac.uk", "Thu, 13 Mar 2025 at 17:40", "\n".join([
        ("Thanks everyone \u2013 it worked. Summary for the group wiki below; the oxidant "
         "comparison that Hannah and Ingrid put together is in the attached CSV."),
        "",
        "What worked for 4-tert-butylcyclohexanone (5.0 mmol):",
        "1. Titrated the old mCPBA: 58%. Used a new bottle instead (titre 74%).",
        ("2. Ketone (771 mg, 5.0 mmol) and powdered NaHCO3 (1.26 g, 15 mmol) in CH2Cl2 (20 "
         "mL, 0.25 M), cooled to 0 \xb0C."),
        ("3. Added the mCPBA (74%, 1.75 g, 7.5 mmol, 1.5 equiv) in three portions over 15 "
         "min, then let it warm to room temperature."),
        "4. After 16 h the crude NMR of a mini work-up showed no ketone left.",
        ("5. Cooled to 0 \xb0C for 30 min and filtered off the mCBA, rinsing with cold "
         "CH2Cl2."),
        ("6. Stirred the filtrate with 10% Na2SO3 (15 mL) at 0 \xb0C for 20 min; "
         "starch-iodide negative."),
        ("7. Washed with saturated NaHCO3 (3 \xd7 20 mL) and brine, dried over MgSO4, "
         "concentrated with the bath at 30 \xb0C."),
        ("8. Got 792 mg (93%) of the lactone as a colourless oil that solidified in the "
         "freezer, with no aromatic peaks in the NMR."),
        "",
        ("Real substrate: I did the Baeyer\u2013Villiger one step earlier, before the "
         "Wittig that puts in the alkene. I got the two regioisomeric lactones in a 55:45 "
         "ratio, as Hannah predicted; they separate on silica with 15% EtOAc/hexane, so I "
         "am taking the major one on."),
        "",
        "Tom\xe1s",
        "",
        "--",
        "Tom\xe1s Rivera | PhD student, Whitcombe group | Kelsall University",
    ]) + "\n"),
]

BV_CSV = "\n".join([
    "Oxidant,Relative reactivity,Typical equiv,Buffer,Typical conditions,Notes",
    ("TFPAA (CF3CO3H from UHP + TFAA),highest,2.5\u20133,Na2HPO4 (essential),\"CH2Cl2, "
     "0 \xb0C to rt, 2\u20136 h\",Make in situ only; never from >50% H2O2"),
    ("mCPBA (\u226477%),medium,1.5\u20132.0,NaHCO3 or Na2HPO4,\"CH2Cl2, rt, 12\u201348 "
     "h\",Titrate first; 0.1\u20130.2 equiv TFA speeds it up (leave out the buffer then)"),
    ("MMPP (magnesium monoperoxyphthalate),medium to low,2,none,\"EtOH/H2O, rt\",Safer "
     "solid; the by-product is water-soluble; good for polar ketones"),
    ("Peracetic acid (in AcOH),low,2\u20133,NaOAc,\"AcOH or EtOAc, rt to 40 "
     "\xb0C\",Commercial solution also contains H2O2 and H2SO4; reactive ketones only"),
    "30% H2O2 / NaOH,lowest,2\u20135,none,\"MeOH/H2O, 0 \xb0C\",Cyclobutanones only",
]) + "\n"

BV_SUBJECT = "Re: Baeyer-Villiger stalls at 60% - mCPBA titre, buffer, TFPAA?"
BV_MSGIDS = [
    "CAHv3qT0n8xK2pZ4rW7d1sYhQmJf5LbE9cA6uN3gVtR0oXy@mail.gmail.com",
    "CAJr8sLw4fT1xQm7eP2kZ9bV6nH3dY0aG5uC8oR1tS4iWq@mail.gmail.com",
    "CAKd2vP9mR5sW1qL8xT3nB6yF0hJ4eG7cU2aZ9oV5iQ1tk@mail.gmail.com",
    "CALw7tN1qB4xF8mS2vR6pH9dK3yJ0eU5cG1aO7zT4iW8nm@mail.gmail.com",
    "CAMf5xQ2wL8tR1nV7pB4sK0dH6yJ3eG9cU5aZ2oT8iN1qr@mail.gmail.com",
    "CANb9qW3xT6mL1vR8pF2sK5dH0yJ7eG4cU1aZ6oT3iN9wx@mail.gmail.com",
]
BV_BOUNDARY_MIXED = "000000000000c4f2a8063047d9b1"
BV_BOUNDARY_ALT = "000000000000c4f2a6063047d9af"


BV_HEADER_TEMPLATE = "\n".join([
    "Delivered-To: c.benedetti@kelsall.ac.uk",
    "Received: by 2002:a05:7010:4b8e:b0:3f1:2c9a:5e07 with SMTP id ba14csp1874519mdb;",
    "        Thu, 13 Mar 2025 10:40:31 -0700 (PDT)",
    ("X-Received: by 2002:a17:907:7fa6:b0:ac2:9e3b:41d7 with SMTP id "
     "qk38-20020a1709077fa600b00ac29e3b41d7mr41820ejc.18.1741887631093;"),
    "        Thu, 13 Mar 2025 10:40:31 -0700 (PDT)",
    "ARC-Seal: i=1; a=rsa-sha256; t=1741887631; cv=none;",
    "        d=google.com; s=arc-20240605;",
    "        b=Hq3Yb0vS1cT9wK2mX7pR4nL8dF6jG0aE5uB1zO3iV9tQ2yW8rN4kM7sJ1hD6xC0pA5",
    "         eL3gU9fB2oZ7vT4iY1wQ8nR6sK0mH3dJ5xG2aC9uE7bO4zV1tI8yW6rN3qL0pF5kS2j",
    "         M7dH9xB4gA1cU6eZ3oT8vI5yR2wN0qK7sL4mP9jD1hF6xG3aC8uE5bO2zV7tI4yW1rN==",
    "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com;",
    "        s=arc-20240605; h=cc:to:subject:message-id:date:from:in-reply-to",
    "         :references:mime-version:dkim-signature;",
    "        bh=Z8kq1xV4mT7pR2nL9dF6jG0aE5uB1zO3iV9tQ2yW8rN=;",
    "        b=Tq9Wm2xR5pL8nV1dF4jG7aE0uB3zO6iV2tQ5yW8rN1kM4sJ7hD0xC3pA6eL9gU2fB5",
    "         oZ8vT1iY4wQ7nR0sK3mH6dJ8xG5aC2uE0bO7zV4tI1yW9rN6qL3pF8kS5jM0dH2xB7g==",
    "ARC-Authentication-Results: i=1; mx.google.com;",
    "       dkim=pass header.i=@kelsall.ac.uk header.s=sel2 header.b=Rk7d2Lw9;",
    ("       spf=pass (google.com: domain of t.rivera@kelsall.ac.uk designates "
     "209.85.220.41 as permitted sender) smtp.mailfrom=t.rivera@kelsall.ac.uk;"),
    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=kelsall.ac.uk",
    "Return-Path: <t.rivera@kelsall.ac.uk>",
    "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
    ("        by mx.google.com with SMTPS id "
     "a640c23a62f3a-ac2a3e5c0b1sor1104526366b.7.2025.03.13.10.40.30"),
    "        for <c.benedetti@kelsall.ac.uk>",
    "        (Google Transport Security);",
    "        Thu, 13 Mar 2025 10:40:30 -0700 (PDT)",
    ("Received-SPF: pass (google.com: domain of t.rivera@kelsall.ac.uk designates "
     "209.85.220.41 as permitted sender) client-ip=209.85.220.41;"),
    "Authentication-Results: mx.google.com;",
    "       dkim=pass header.i=@kelsall.ac.uk header.s=sel2 header.b=Rk7d2Lw9;",
    ("       spf=pass (google.com: domain of t.rivera@kelsall.ac.uk designates "
     "209.85.220.41 as permitted sender) smtp.mailfrom=t.rivera@kelsall.ac.uk;"),
    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=kelsall.ac.uk",
    "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
    "        d=kelsall.ac.uk; s=sel2; t=1741887630; x=1742492430; darn=kelsall.ac.uk;",
    "        h=cc:to:subject:message-id:date:from:in-reply-to:references",
    "         :mime-version:from:to:cc:subject:date:message-id:reply-to;",
    "        bh=Z8kq1xV4mT7pR2nL9dF6jG0aE5uB1zO3iV9tQ2yW8rN=;",
    "        b=Rk7d2Lw9pX4mT1qV8nB5sF2jG7aE0uC3zO6iY9tW2rN5kM8sJ1hD4xC7pA0eL3gU6f",
    "         B9oZ2vT5iY8wQ1nR4sK7mH0dJ3xG6aC9uE2bO5zV8tI1yW4rN7qL0pF3kS6jM9dH2x",
    "         B5gA8cU1eZ4oT7vI0yR3wN6qK9sL2mP5jD8hF1xG4aC7uE0bO3zV6tI9yW2rN5qL8p",
    "         F1kS4jM7dH0xB3gA6cU9eZ2oT5vI8yR1wN4qK7sL0mP3jD6hF9xG2aC5uE8bO1zV4==",
    "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
    "        d=1e100.net; s=20230601; t=1741887630; x=1742492430;",
    "        h=cc:to:subject:message-id:date:from:in-reply-to:references",
    "         :mime-version:x-gm-message-state:from:to:cc:subject:date",
    "         :message-id:reply-to;",
    "        bh=Z8kq1xV4mT7pR2nL9dF6jG0aE5uB1zO3iV9tQ2yW8rN=;",
    "        b=Wm4xR7pL0nV3dF6jG9aE2uB5zO8iV1tQ4yW7rN0kM3sJ6hD9xC2pA5eL8gU1fB4oZ7",
    "         vT0iY3wQ6nR9sK2mH5dJ7xG4aC1uE9bO6zV3tI0yW8rN5qL2pF7kS4jM9dH1xB6gA3c==",
    "X-Gm-Message-State: AOJu0YwR3kq8xV1mT4pR7nL0dF3jG6aE9uB2zO5iV8tQ1yW4rN7kM0sJ",
    "\tx3pA6eL9gU2fB5oZ8vT1iY4wQ7nR0sK3mH6dJ8xG5aC2uE0bO7zV4tI1yW9rN6qL3pF8kS5j",
    "X-Gm-Gg: ASbGncuT4kM7sJ0hD3xC6pA9eL2gU5fB8oZ1vT4iY7wQ0nR3sK6mH9dJ2xG5aC8uE1bO4z",
    "\tV7tI0yW3rN6qL9pF2kS5jM8dH1xB4gA7cU0eZ3oT6vI9yR2wN5qK8sL1mP4jD7hF0xG3aC6u",
    ("X-Google-Smtp-Source: "
     "AGHT+IFr5wL8tQ1nV4pB7sK0dH3yJ6eG9cU2aZ5oT8iN1qR4xW7mL0vF3pS6kD9"),
    ("X-Received: by 2002:a17:906:c14f:b0:ac2:91d8:6b3e with SMTP id "
     "dp15-20020a170906c14f00b00ac291d86b3emr35412ejc.52.1741887630452;"),
    "        Thu, 13 Mar 2025 10:40:30 -0700 (PDT)",
    "MIME-Version: 1.0",
    "References: {refs}",
    "In-Reply-To: <{irt}>",
    "From: =?UTF-8?Q?Tom=C3=A1s_Rivera?= <t.rivera@kelsall.ac.uk>",
    "Date: Thu, 13 Mar 2025 17:40:19 +0000",
    "X-Gm-Features: AQ5f1JrT4kM7sJ0hD3xC6pA9eL2gU5fB8oZ1vT4iY7wQ0nR3sK6mH9dJ2xG5aC8",
    "Message-ID: <{msgid}>",
    "Subject: {subject}",
    "To: Whitcombe group <whitcombe-group@kelsall.ac.uk>",
    ("Cc: Dev Patel <d.patel@kelsall.ac.uk>, Hannah Whitcombe "
     "<h.whitcombe@kelsall.ac.uk>"),
    "Content-Type: multipart/mixed; boundary=\"{boundary}\"",
]) + "\n"


def _wrap(line: str, width: int = 78) -> list[str]:
    """Greedy word wrap (Gmail wraps its attribution lines)."""
    out: list[str] = []
    cur = ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    out.append(cur)
    return out


def _bv_attribution(idx: int) -> list[str]:
    name, addr, when, _ = BV_MESSAGES[idx]
    return _wrap(f"On {when}, {name} <{addr}> wrote:")


def _bv_plain_lines(idx: int) -> list[str]:
    """Plain-text lines of message idx with everything it quotes."""
    lines = BV_MESSAGES[idx][3].rstrip("\n").split("\n")
    if idx == 0:
        return lines
    quoted = _bv_plain_lines(idx - 1)
    lines += [""] + _bv_attribution(idx - 1) + [""]
    lines += ["> " + q if q else ">" for q in quoted]
    return lines


def bv_plain_text() -> str:
    return "\n".join(_bv_plain_lines(len(BV_MESSAGES) - 1)) + "\n"


def _bv_html_body(idx: int) -> str:
    body = BV_MESSAGES[idx][3].rstrip("\n").split("\n")
    parts = []
    for line in body:
        if not line:
            parts.append("<div><br></div>")
        elif line.startswith("  ") or line.startswith("--"):
            parts.append(f'<div><font face="monospace">{escape(line).replace(" ", "&nbsp;")}'
                         "</font></div>")
        else:
            parts.append(f"<div>{escape(line)}</div>")
    inner = "".join(parts)
    if idx > 0:
        name, addr, when, _ = BV_MESSAGES[idx - 1]
        inner += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                  f'On {when}, {escape(name)} &lt;<a href="mailto:{addr}">{addr}</a>&gt; '
                  'wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                  '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  + _bv_html_body(idx - 1) + "</blockquote></div>")
    return f'<div dir="ltr">{inner}</div>'


def _qp(text: str) -> str:
    """Quoted-printable body with LF line ends (converted to CRLF with the whole file)."""
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _b64_lines(data: bytes) -> str:
    b = base64.b64encode(data).decode("ascii")
    return "\n".join(b[i:i + 76] for i in range(0, len(b), 76))


def build_bv_mime(path: Path) -> None:
    n = len(BV_MESSAGES)
    refs = " ".join(f"<{m}>" for m in BV_MSGIDS[:-1])
    headers = BV_HEADER_TEMPLATE.format(refs=refs, irt=BV_MSGIDS[-2], msgid=BV_MSGIDS[-1],
                                        subject=BV_SUBJECT, boundary=BV_BOUNDARY_MIXED)
    html = _bv_html_body(n - 1) + "\n"
    csv_bytes = BV_CSV.encode("utf-8")
    body = (
        f"\n--{BV_BOUNDARY_MIXED}\n"
        f'Content-Type: multipart/alternative; boundary="{BV_BOUNDARY_ALT}"\n\n'
        f"--{BV_BOUNDARY_ALT}\n"
        'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + _qp(bv_plain_text()) +
        f"\n--{BV_BOUNDARY_ALT}\n"
        'Content-Type: text/html; charset="UTF-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + _qp(html) +
        f"\n--{BV_BOUNDARY_ALT}--\n"
        f"--{BV_BOUNDARY_MIXED}\n"
        'Content-Type: text/csv; charset="UTF-8"; name="bv_oxidants.csv"\n'
        'Content-Disposition: attachment; filename="bv_oxidants.csv"\n'
        "Content-Transfer-Encoding: base64\n"
        "Content-ID: <f_m87kq3x40>\n"
        "X-Attachment-Id: f_m87kq3x40\n\n"
        + _b64_lines(csv_bytes) +
        f"\n--{BV_BOUNDARY_MIXED}--\n"
    )
    raw = headers + body
    data = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")  # strict ASCII
    path.write_bytes(data)


# ---------------------------------------------------------------------------
# HTML: SCX / SAX catch-and-release note exported from Evernote
# ---------------------------------------------------------------------------
# Inline markup in the strings: **bold**, ==highlight==, [[Note title]] (link to another
# note).  EN_BODY entries:
#   ("h", text)               heading line (bold, bigger font)
#   ("line", text)            one <div> line          ("blank", None)  <div><br/></div>
#   ("lines", [t1, t2, ...])  one <div> whose lines are separated by <br/>
#   ("ul", [items]) ("ol", [items])   Evernote lists (<li><div>item</div></li>)
#   ("todo", [(checked, text), ...])  checkbox lines
#   ("table", (widths, rows))         Evernote table, first row bold
#   ("code", [lines])                 code block
#   ("clip", None)                    the pasted vendor web clip (EN_CLIP)

EN_TITLE = "SCX / SAX catch & release + scavenger resins \u2013 how we do it (and what goes wrong)"
EN_LINKS = {
    "Free-basing TFA and HCl salts": "3b7c9e21-5a4d-4f0b-9c6e-1d2a8f7e4b10",
    "Vacuum manifold (parallel work-up station)": "8e2f4a6c-1b3d-4e5f-a7c9-0d2b4f6a8c1e",
    "Reversed-phase cartridges for polar compounds": "c51d7e93-2f4a-4b6c-8d0e-3a5c7e9f1b2d",
}

EN_BODY = [
    ("line", "Owner: Priya R. (med-chem bay 2). Checked against the cartridges in drawer C4, "
             "February 2025."),
    ("line", "See also: [[Free-basing TFA and HCl salts]] \u00b7 "
             "[[Vacuum manifold (parallel work-up station)]]"),
    ("blank", None),
    ("h", "What SCX is"),
    ("line", "SCX = strong cation exchange silica: sulfonic acid groups bonded to silica. Bases "
             "(amines, pyridines, imidazoles) are protonated and held on the sorbent as "
             "ammonium sulfonates, while everything neutral or acidic washes straight through "
             "with MeOH. Then 2 M NH3 in MeOH deprotonates the amine and releases it as the "
             "free base."),
    ("line", "Two kinds in the drawer:"),
    ("ul", ["**SCX** (benzenesulfonic acid): the stronger acid, holds weak bases best, but "
            "aromatic amines can also stick to the phenyl rings (\u03c0-stacking) and come off "
            "late.",
            "**SCX-2** (propylsulfonic acid): far less non-specific binding and gentler on "
            "acid-sensitive groups. This is our default cartridge."]),
    ("line", "Capacity: about 0.6 mmol of base per gram of sorbent for both (check the label; "
             "some lots say 0.5\u20130.8 mmol/g)."),
    ("blank", None),
    ("h", "Which cartridge size"),
    ("line", "Count ALL the basic material in the crude, not only the product: excess amine "
             "reagent, pyridine, DMAP, Et3N, the imidazole from a silylation. Then load no more "
             "than half the nominal capacity, i.e. ==about 0.3 mmol of total base per gram of "
             "sorbent==."),
    ("code", ["example, amide coupling crude:",
              "  product 0.25 mmol + leftover amine 0.30 mmol + Et3N 0.50 mmol",
              "  total base = 1.05 mmol",
              "  1.05 mmol / 0.3 mmol per g = 3.5 g  ->  take the 5 g cartridge"]),
    ("table", ([120, 110, 170, 120, 160], [
        ["Cartridge", "Reservoir", "Max. total base loaded", "MeOH wash",
         "2 M NH3/MeOH to elute"],
        ["500 mg", "3 mL", "0.15 mmol", "5 mL", "4 mL"],
        ["1 g", "6 mL", "0.3 mmol", "10 mL", "8 mL"],
        ["2 g", "15 mL", "0.6 mmol", "20 mL", "15 mL"],
        ["5 g", "25 mL", "1.5 mmol", "40 mL", "30 mL"],
        ["10 g", "70 mL", "3 mmol", "80 mL", "60 mL"],
    ])),
    ("blank", None),
    ("h", "Standard catch & release (1 g cartridge, up to 0.3 mmol of base)"),
    ("ol", ["Condition the cartridge with 5 mL of MeOH. Do not let it run dry before loading.",
            "Dissolve the crude in the minimum of MeOH (3 mL at most). If it will not dissolve, "
            "use MeOH/CH2Cl2 1:1. Dilute DMF or DMSO solutions at least 5-fold with MeOH first.",
            "Load slowly by gravity, about 1 drop per second, and collect the flow-through.",
            "Wash with MeOH (10 mL, 3\u20135 bed volumes): neutral and acidic compounds come "
            "off here.",
            "Elute with 2 M NH3 in MeOH (8 mL) into a new, tared flask.",
            "Check all three fractions (load, wash, eluate) by LC-MS or TLC before anything is "
            "thrown away.",
            "Concentrate the eluate at 35 \u00b0C or below straight away (see the ester "
            "problem below)."]),
    ("line", "Time on the cartridge: under 15 min from loading to elution for anything "
             "acid-sensitive."),
    ("line", "==Always keep the MeOH wash until the LC-MS of the eluate is back.=="),
    ("blank", None),
    ("h", "Free-basing a salt (TFA, HCl, TsOH salts)"),
    ("line", "Same procedure as above. The counter-ion washes off with the MeOH and the amine "
             "comes off as the free base with NH3/MeOH."),
    ("lines", ["Big excesses of strong acid in the load (a crude taken straight from neat TFA, "
               "for example) compete with the amine for the sulfonic acid sites.",
               "\u2192 Evaporate the acid first and load the residue in MeOH."]),
    ("lines", ["Volatile free bases (MW below about 150) disappear on the rotavap.",
               "\u2192 Do not take the eluate to dryness: add 1.1 equiv of 1.25 M HCl in MeOH "
               "first and isolate the HCl salt."]),
    ("blank", None),
    ("h", "SAX for acids (the other way round)"),
    ("line", "Quaternary ammonium silica (SAX, acetate form) catches carboxylic acids, "
             "tetrazoles and other acids; neutral compounds and bases wash through."),
    ("ol", ["Condition with MeOH (5 mL per g).",
            "Load in MeOH containing 1\u20132 equiv of Et3N, so that the acid is fully ionised.",
            "Wash with MeOH (3\u20135 bed volumes).",
            "Elute carboxylic acids with 5% formic acid in MeOH. Sulfonic and phosphonic acids "
            "stay on with formic acid; use 1.25 M HCl in MeOH for them."]),
    ("blank", None),
    ("h", "Scavenger resins (drawer C5, fridge shelf 2 for the isocyanate)"),
    ("table", ([140, 230, 60, 250], [
        ["Resin", "Removes", "Equiv", "Conditions"],
        ["PS-isocyanate", "excess primary and secondary amines", "3",
         "CH2Cl2 or THF, rt, 4\u201316 h"],
        ["PS-trisamine", "acid chlorides, sulfonyl chlorides, isocyanates", "3",
         "CH2Cl2, rt, 2\u201316 h"],
        ["PS-benzaldehyde", "primary amines (as the imine), leaves secondary amines", "3",
         "CH2Cl2 with 5% AcOH, rt, 16 h"],
        ["MP-carbonate", "carboxylic acids, phenols, the acid of amine salts", "3",
         "MeOH or CH2Cl2, rt, 1\u20132 h"],
        ["MP-TsOH", "bases in batch (SCX in a flask)", "3", "MeOH or CH2Cl2, rt, 1 h"],
    ])),
    ("line", "Shake the vial or turn it end over end. A stir bar grinds the beads into fines "
             "that go through the frit."),
    ("line", "PS (gel polystyrene) resins only work in solvents that swell them: CH2Cl2, THF, "
             "DMF. In MeOH or water they hardly react. MP (macroporous) resins also work in "
             "MeOH."),
    ("blank", None),
    ("h", "What goes wrong"),
    ("line", "==Check first: where is my compound?== Run LC-MS on the load, the wash and the "
             "eluate before you change anything."),
    ("blank", None),
    ("line", "**Product comes off in the MeOH wash (not retained)**"),
    ("lines", ["Cause: a weak base. Amides, carbamates, sulfonamides, anilines carrying nitro, "
               "CF3 or two halogens, 2-halopyridines and diarylamines are not held. If the "
               "conjugate acid has a pKa below about 3, it will not stay on.",
               "Cause: too much acid, DMF or DMSO in the load, or the cartridge is overloaded.",
               "Fix: evaporate the acid first, dilute DMF/DMSO 5-fold with MeOH, take a bigger "
               "cartridge. Weak bases are purified by ordinary chromatography instead."]),
    ("blank", None),
    ("line", "**Nothing comes off with 2 M NH3/MeOH**"),
    ("lines", ["Cause: strongly basic amidines and guanidines are not fully deprotonated by "
               "2 M NH3, and greasy aromatic amines are held by \u03c0-stacking on the "
               "benzenesulfonic acid SCX.",
               "Fix: elute with 7 M NH3 in MeOH, or with 2 M NH3 in MeOH/CH2Cl2 1:1 for greasy "
               "amines, and use SCX-2 next time.",
               "Quaternary ammonium salts never come off with ammonia \u2013 do not put them on "
               "SCX at all."]),
    ("blank", None),
    ("line", "**Boc, acetal, trityl or TBS group lost on the cartridge**"),
    ("lines", ["Cause: the benzenesulfonic acid SCX is a strong acid; long contact, a warm lab "
               "or a cartridge that ran dry makes it worse.",
               "Fix: SCX-2, less than 15 min on the cartridge, never leave a loaded cartridge "
               "standing, and keep it wet."]),
    ("blank", None),
    ("line", "**Methyl ester came back as the primary amide (M \u2013 15)**"),
    ("lines", ["Cause: aminolysis by the NH3/MeOH. Activated esters (aryl, pentafluorophenyl, "
               "NHS esters) are the worst, but methyl esters next to electron-withdrawing groups "
               "go too, and trifluoroacetamides are cleaved by methanolic ammonia.",
               "Fix: concentrate the eluate at once and keep it cold, or elute with 5% Et3N in "
               "MeOH instead (slower, but no aminolysis) and strip the Et3N on the rotavap."]),
    ("blank", None),
    ("line", "**Ethyl ester turned into the methyl ester (M \u2013 14)**"),
    ("lines", ["Cause: transesterification in MeOH on the acidic sorbent when the loaded "
               "cartridge was left standing for hours.",
               "Fix: load, wash and elute in one go; for ethyl esters that must survive, load "
               "and wash with EtOH instead of MeOH."]),
    ("blank", None),
    ("line", "**Cartridge blocked, the flow stops**"),
    ("lines", ["Cause: insoluble salts in the load (K2CO3, Cs2CO3, NaCl), product that "
               "precipitated in MeOH, or resin fines.",
               "Fix: filter the load through a 0.45 \u00b5m PTFE syringe filter or a cotton "
               "plug; push gently with a syringe and adapter, or use the manifold at \u201310 to "
               "\u201320 kPa. Never full vacuum."]),
    ("blank", None),
    ("line", "**Breakthrough only when I use the vacuum manifold**"),
    ("lines", ["Cause: the flow is too fast, the solution channels through the bed and has no "
               "time to exchange.",
               "Fix: load by gravity or at no more than 1 drop per second; close the flow "
               "valves of the manifold down."]),
    ("blank", None),
    ("line", "**White solid in the eluate that does not dissolve in CH2Cl2**"),
    ("lines", ["Cause: silica dissolved by the ammonia (worse with 7 M NH3 and slow elution).",
               "Fix: take the product up in CH2Cl2 and filter it through a PTFE syringe "
               "filter."]),
    ("blank", None),
    ("line", "**Low recovery although the LC-MS says it was retained**"),
    ("lines", ["Cause: a volatile free base lost on the rotavap, or product still on the "
               "cartridge.",
               "Fix: isolate as the HCl salt (see above); run a second elution with 7 M NH3 in "
               "MeOH and check it."]),
    ("blank", None),
    ("line", "**Starting amine and product amine both in the eluate**"),
    ("lines", ["Cause: SCX does not separate one base from another.",
               "Fix: if the product is a tertiary amine or an amide, remove the leftover "
               "primary or secondary amine first with PS-isocyanate (3 equiv, 4\u201316 h) and "
               "then filter. If the product is a secondary amine and the starting material a "
               "primary amine, use PS-benzaldehyde."]),
    ("blank", None),
    ("line", "**Amino acid or other zwitterion behaves unpredictably**"),
    ("lines", ["Cause: zwitterions are partly retained in MeOH and come off as ammonium salts.",
               "Fix: use reversed-phase instead (see [[Reversed-phase cartridges for polar "
               "compounds]])."]),
    ("blank", None),
    ("line", "**Scavenger resin did nothing**"),
    ("lines", ["Cause: a PS resin used in MeOH (not swollen), too few equivalents, or the vial "
               "was not shaken.",
               "Fix: CH2Cl2 or THF, 3 equiv, on the shaker overnight."]),
    ("blank", None),
    ("h", "Before loading"),
    ("todo", [(True, "Total base counted (product + reagents + additives)"),
              (True, "Cartridge loaded to no more than half of its capacity"),
              (True, "Acid evaporated, DMF/DMSO diluted"),
              (True, "Load filtered"),
              (False, "Wash fraction kept and labelled"),
              (False, "Eluate concentrated the same day")]),
    ("blank", None),
    ("line", "Clipped from the supplier\u2019s application note (2019):"),
    ("clip", None),
]

EN_CLIP_TITLE = "Choosing an ion-exchange sorbent for catch-and-release"
EN_CLIP_PARAS = [
    "Catch-and-release purification on silica-based ion exchangers is a fast alternative to "
    "aqueous work-up and chromatography for ionisable compounds. The compound of interest is "
    "retained as an ion pair, impurities are washed away, and the compound is released by "
    "changing its charge state.",
    "Weakly basic compounds such as pyridines and anilines are retained more strongly on SCX, "
    "whose benzenesulfonic acid is the stronger acid, than on propylsulfonic acid SCX-2.",
    "Flow rates above 1\u20132 mL per minute per gram of sorbent reduce the effective capacity "
    "significantly.",
]
EN_CLIP_TABLE = [
    ["Sorbent", "Functional group", "Typical capacity", "Typical use"],
    ["SCX", "benzenesulfonic acid", "0.6\u20130.8 mmol/g", "general catch and release of amines"],
    ["SCX-2", "propylsulfonic acid", "0.6 mmol/g", "acid-sensitive compounds, aromatic amines"],
    ["NH2", "aminopropyl (weak anion exchanger)", "1.0 mmol/g",
     "removing TFA and other acids from neutral compounds"],
    ["SAX", "quaternary ammonium, acetate form", "0.7 mmol/g",
     "catch and release of carboxylic acids"],
]

_EN_BOLD = "font-weight: bold;"
_EN_HL = "background-color: rgb(255, 250, 165);-evernote-highlight:true;"


def _en_inline(text: str) -> str:
    out = escape(text)
    out = re.sub(r"\*\*(.+?)\*\*", lambda m: f'<span style="{_EN_BOLD}">{m.group(1)}</span>',
                 out)
    out = re.sub(r"==(.+?)==", lambda m: f'<span style="{_EN_HL}">{m.group(1)}</span>', out)

    def link(m: re.Match) -> str:
        title = m.group(1)
        guid = EN_LINKS[title.replace("&amp;", "&")]
        return (f'<a href="evernote:///view/40917/s412/{guid}/{guid}/" '
                f'style="color: rgb(105, 170, 53);">{title}</a>')

    return re.sub(r"\[\[(.+?)\]\]", link, out)


def _en_plain(text: str) -> str:
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"==(.+?)==", r"\1", text)
    return re.sub(r"\[\[(.+?)\]\]", r"\1", text)


def _en_table(widths: list[int], rows: list[list[str]]) -> str:
    cols = "".join(f'<col style="width: {w}px;"/>' for w in widths)
    trs = []
    for i, row in enumerate(rows):
        tds = []
        for w, cell in zip(widths, row):
            inner = _en_inline(cell)
            if i == 0:
                inner = f'<span style="{_EN_BOLD}">{inner}</span>'
            tds.append(f'<td style="width: {w}px; padding: 8px; border: 1px solid rgb(204, 204, '
                       f'204);"><div>{inner}</div></td>')
        trs.append("<tr>" + "".join(tds) + "</tr>")
    return ('<table style="border-collapse: collapse; min-width: 100%;"><colgroup>' + cols
            + "</colgroup><tbody>" + "".join(trs) + "</tbody></table>")


def _en_clip() -> str:
    rows = []
    for i, r in enumerate(EN_CLIP_TABLE):
        tag = "th" if i == 0 else "td"
        rows.append("<tr>" + "".join(f"<{tag}>{escape(c)}</{tag}>" for c in r) + "</tr>")
    paras = "".join(f'<p class="body-copy">{escape(p)}</p>' for p in EN_CLIP_PARAS)
    return ('<div style="-evernote-webclip:true;"><br/><div style="font-size: 16px; display: '
            'inline-block; width: 100%;"><div class="article-content container"><div '
            'class="row"><div class="col-md-9"><h3 class="article-title">'
            + escape(EN_CLIP_TITLE) + "</h3>" + paras
            + '<table class="table table-striped table-sm"><thead>' + rows[0]
            + "</thead><tbody>" + "".join(rows[1:]) + "</tbody></table>"
            '<p class="caption"><small>Table 1. Silica-based ion-exchange sorbents. Capacities '
            'are lot-dependent; see the certificate of analysis.</small></p></div></div></div>'
            "</div><br/></div>")


def _en_body() -> str:
    out = []
    for kind, payload in EN_BODY:
        if kind == "h":
            out.append('<div><span style="font-size: 14pt;"><span style="'
                       f'{_EN_BOLD}">{_en_inline(payload)}</span></span></div>')
        elif kind == "line":
            out.append(f"<div>{_en_inline(payload)}</div>")
        elif kind == "blank":
            out.append("<div><br/></div>")
        elif kind == "lines":
            out.append("<div>" + "<br/>".join(_en_inline(t) for t in payload) + "</div>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li><div>{_en_inline(t)}</div></li>" for t in payload)
            out.append(f"<{kind}>{items}</{kind}>")
        elif kind == "todo":
            for checked, text in payload:
                box = '<input checked="true" type="checkbox"/>' if checked else \
                    '<input type="checkbox"/>'
                out.append(f"<div>{box}{_en_inline(text)}</div>")
        elif kind == "table":
            out.append(_en_table(*payload))
        elif kind == "code":
            lines = "".join(f"<div>{escape(t)}</div>" for t in payload)
            out.append('<div style="box-sizing: border-box; padding: 8px; font-family: Monaco, '
                       'Menlo, Consolas, &quot;Courier New&quot;, monospace; font-size: 12px; '
                       'color: rgb(51, 51, 51); border-radius: 4px; background-color: rgb(251, '
                       '250, 248); border: 1px solid rgba(0, 0, 0, 0.15);-en-codeblock:true;">'
                       + lines + "</div>")
        elif kind == "clip":
            out.append(_en_clip())
        else:  # pragma: no cover
            raise ValueError(kind)
    return "".join(out)


def build_evernote_html(path: Path) -> None:
    head = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>'
        '<meta name="exporter-version" content="Evernote Windows/308183 (en-GB, DDL); '
        'Windows/10.0.19045 (Win64);"/><meta name="author" content="Priya Raman"/>'
        '<meta name="created" content="2021-11-03 09:41:12 +0000"/>'
        '<meta name="keywords" content="amines, catch-and-release, medchem, purification, SPE"/>'
        '<meta name="source" content="desktop.win"/>'
        '<meta name="updated" content="2025-02-20 16:07:55 +0000"/>'
        f"<title>{escape(EN_TITLE)}</title></head>"
    )
    body = ('<body><span><span style="font-family: Segoe UI; font-size: 10.5pt;">'
            + _en_body() + "</span><div><br/></div></span></body></html>\n")
    path.write_bytes((head + body).encode("utf-8"))

# ---------------------------------------------------------------------------
# DOCX: Beckmann rearrangement group procedure, Word 2003 document in compatibility mode
# ---------------------------------------------------------------------------
# Paragraph payloads are lists of segments:
#   "text"                 plain run; "\t" becomes w:tab; chemical formulas from BK_FORMULAS get
#                          subscript digits (separate runs)
#   ("b", text) ("i", text) ("sup", text)
#   ("m", text)            metricconverter smart tag (ProductID = text)
#   ("person", text)       PersonName smart tag
#   ("city", text)         place/City smart tags (nested)
#   ("date", text, (y, m, d))   date smart tag
#   ("pe", text)           run wrapped in w:proofErr spellStart/spellEnd
#   ("br",)                manual line break (w:br)
# BK_CONTENT entries:
#   ("title", segs) ("info", segs) ("h1", text) ("h2", text) ("p", segs)
#   ("step", (number, segs))  hand-typed "n.<tab>" step with a hanging indent
#   ("tabhead", [cells]) ("tabrow", [cells])  one paragraph per row of the tab-stop "table"
#   ("bullet", segs)          Symbol-font bullet through numbering.xml
#   ("trouble", None)         the bordered troubleshooting table
#   ("sect", ncols)           continuous section break; the section that ends here has ncols

BK_FORMULAS = ["(NH4)2SO4", "NH2OH", "H2SO4", "CH2Cl2", "P2O5", "Na2CO3", "Na2SO4", "NaHCO3",
               "CHCl3", "Et3N", "V2O5", "N2", "H2O"]

BK_HEADER = "Hartley group \u2013 GP-17 Beckmann rearrangement"
BK_FILENAME = "GP-17 Beckmann rev3.doc"

BK_CONTENT = [
    ("title", ["Beckmann Rearrangement: Group Procedure and Troubleshooting Notes"]),
    ("info", ["Document GP-17, revision 3", ("br",), "Written by ", ("person", "Alan Hartley"),
              "; revised by ", ("person", "Sofia Lindgren"), ("br",),
              "First issued ", ("date", "14 March 2006", (2006, 3, 14)), "; this revision ",
              ("date", "18 June 2009", (2009, 6, 18)), ("br",),
              "Synthesis laboratory 2.14, Department of Chemistry, ", ("city", "York")]),
    ("h1", "1.\tPurpose and scope"),
    ("p", ["These notes describe how the group converts ketones into amides and lactams by the "
           "Beckmann rearrangement of their oximes: making the oxime, choosing the promoter, the "
           "standard procedures, the work-up, and what to do when it goes wrong. They apply to "
           "reactions of up to ", ("m", "20 g"), " of oxime. Larger scales need a DSC of the "
           "oxime and of its sulfonate and a written risk assessment signed by the group "
           "leader."]),
    ("h1", "2.\tBackground"),
    ("p", ["A ketoxime rearranges to an N-substituted amide when its OH group is turned into a "
           "leaving group. The group that is anti (trans) to the leaving group on nitrogen "
           "migrates from carbon to nitrogen as the N\u2013O bond breaks. The nitrilium ion formed "
           "is captured by water and tautomerises to the amide."]),
    ("p", ["The rearrangement is stereospecific: the geometry of the oxime, not the migratory "
           "aptitude of the two groups, decides which amide forms."]),
    ("p", ["Cyclic ketoximes give ring-expanded lactams: ", ("pe", "cyclohexanone"), " oxime "
           "gives \u03b5-", ("pe", "caprolactam"), " (the nylon-6 monomer) and cyclopentanone "
           "oxime gives \u03b4-", ("pe", "valerolactam"), ". Aldoximes usually dehydrate to "
           "nitriles under the same conditions instead of rearranging."]),
    ("p", ["Beckmann fragmentation competes when the group anti to the leaving group can leave "
           "as a stabilised cation: a quaternary carbon, or a carbon that carries an oxygen or "
           "nitrogen atom. The products are then a nitrile and whatever the cation gives (an "
           "alkene, an alcohol or an ether)."]),
    ("p", ["For aryl alkyl ketones the E-oxime (OH anti to the aryl group) forms almost "
           "exclusively, so acetophenone oxime gives ", ("pe", "acetanilide"), ": the aryl group "
           "migrates. Dialkyl ketones often give E/Z mixtures, and each isomer gives its own "
           "amide."]),
    ("h1", "3.\tMaking the oxime"),
    ("p", ["Standard conditions: ketone (1 equiv), hydroxylamine hydrochloride (1.5 equiv) and "
           "sodium acetate (2.0 equiv) in ethanol/water 4:1 (0.5 M) at ", ("m", "60 \u00b0C"),
           " for 1\u20133 h. Aldehydes and unhindered cyclohexanones react at room "
           "temperature."]),
    ("p", ["Hindered ketones (2,2-disubstituted ketones, diisopropyl ketone): NH2OH\u00b7HCl "
           "(3 equiv) in pyridine (1 M) at ", ("m", "80 \u00b0C"), " overnight. Very hindered "
           "ketones can take several days."]),
    ("p", ["Work-up: remove most of the ethanol and dilute with water. Solid oximes are "
           "filtered, washed with water and dried in a desiccator; oils are extracted with "
           "EtOAc. The oxime must be dry before it meets PPA, ", ("pe", "Eaton\u2019s"),
           " reagent or a sulfonyl chloride: water consumes the reagent and hydrolyses the "
           "oxime back to the ketone."]),
    ("p", ["Assign the geometry before the rearrangement. In the ", ("sup", "13"), "C spectrum "
           "the \u03b1-carbon syn to the OH group appears 5\u20138 ppm upfield of the same carbon "
           "in the other isomer. The isomers often separate by crystallisation or on silica. "
           "Acid, including the acidic promoters below, can interconvert them."]),
    ("h1", "4.\tChoosing the promoter"),
    ("p", ["The table summarises the promoters in use in the group. Start with ",
           ("pe", "cyanuric"), " chloride (TCT) in DMF for anything that carries an "
           "acid-sensitive group, and with PPA or Eaton\u2019s reagent for robust aryl "
           "ketoximes. Concentrated sulfuric acid is kept for simple cyclic oximes."]),
    ("tabhead", ["Promoter", "Conditions", "Good for"]),
    ("tabrow", ["Conc. H2SO4", "100\u2013120 \u00b0C, 10\u201330 min", "simple cyclic oximes"]),
    ("tabrow", ["PPA", "10 g per g of oxime, 100\u2013120 \u00b0C", "aryl ketoximes, lactams"]),
    ("tabrow", ["Eaton\u2019s reagent", "2 mL per mmol, 60\u201380 \u00b0C", "as PPA, but stirrable"]),
    ("tabrow", ["TsCl / pyridine", "1.2 equiv TsCl, 0 \u00b0C to rt", "geometry-sensitive oximes"]),
    ("tabrow", ["MsCl / Et3N", "1.2 equiv MsCl, CH2Cl2, 0 \u00b0C", "mild; keeps the E/Z ratio"]),
    ("tabrow", ["TCT / DMF", "1.0 equiv TCT, rt, 4\u201324 h", "acid-sensitive substrates"]),
    ("tabrow", ["TCT / ZnCl2 (cat.)", "2 mol% each, MeCN, 80 \u00b0C", "clean lactams, no DMF"]),
    ("h1", "5.\tProcedures"),
    ("h2", "5.1\tAcetophenone oxime (training procedure)"),
    ("step", ("1", ["In a ", ("m", "100 mL"), " round-bottomed flask, dissolve acetophenone "
                    "(6.01 g, 50.0 mmol) in ethanol (40 mL)."])),
    ("step", ("2", ["Add a solution of hydroxylamine hydrochloride (5.21 g, 75.0 mmol) and "
                    "sodium acetate trihydrate (13.6 g, 100 mmol) in water (10 mL)."])),
    ("step", ("3", ["Heat at ", ("m", "60 \u00b0C"), " for 2 h, until TLC (20% EtOAc/hexane) "
                    "shows that the ketone has gone."])),
    ("step", ("4", ["Remove most of the ethanol on the rotary evaporator, add water (50 mL), "
                    "cool in ice for 30 min and filter off the white solid."])),
    ("step", ("5", ["Wash with cold water (2 \u00d7 20 mL) and dry in the desiccator overnight. "
                    "Expected 6.1\u20136.5 g (90\u201396%), mp 58\u201360 \u00b0C."])),
    ("h2", "5.2\tRearrangement with cyanuric chloride in DMF (acetanilide)"),
    ("step", ("1", ["Under N2, dissolve cyanuric chloride (1.84 g, 10.0 mmol) in dry DMF "
                    "(10 mL) at room temperature and stir until the white TCT\u2013DMF complex "
                    "has formed, about 30 min."])),
    ("step", ("2", ["Add acetophenone oxime (1.35 g, 10.0 mmol) in dry DMF (10 mL) and stir at "
                    "room temperature. Follow by TLC; the reaction is usually complete after "
                    "8 h."])),
    ("step", ("3", ["Pour into water (60 mL) and extract with EtOAc (3 \u00d7 30 mL). Wash the "
                    "combined extracts with saturated NaHCO3 and then with 5% aqueous LiCl "
                    "(3 \u00d7 20 mL) to remove the DMF, dry over Na2SO4 and concentrate."])),
    ("step", ("4", ["Recrystallise from hot water: acetanilide, mp 113\u2013115 \u00b0C, "
                    "75\u201385%."])),
    ("h2", "5.3\tCaprolactams in PPA"),
    ("step", ("1", ["Warm the PPA (10 g per g of oxime) to ", ("m", "80 \u00b0C"), " in a "
                    "wide-necked flask fitted with an overhead stirrer and an internal "
                    "thermometer."])),
    ("step", ("2", ["Add the dry oxime in small portions over 15\u201320 min, keeping the "
                    "internal temperature below 120 \u00b0C."])),
    ("step", ("3", ["Stir at 110\u2013120 \u00b0C for 30 min, then let the mixture cool to about "
                    "60 \u00b0C."])),
    ("step", ("4", ["Pour it onto crushed ice (5 g per g of PPA) with stirring and bring the pH "
                    "to 7\u20138 with solid Na2CO3, added in portions because it foams."])),
    ("step", ("5", ["Saturate the aqueous phase with NaCl and extract five times with CHCl3, or "
                    "extract continuously overnight: caprolactams are very soluble in water."])),
    ("h2", "5.4\tVia the mesylate (geometry-sensitive oximes)"),
    ("step", ("1", ["Dissolve the oxime (1 equiv) and Et3N (2.0 equiv) in CH2Cl2 (0.2 M), cool "
                    "to 0 \u00b0C and add MsCl (1.2 equiv) dropwise."])),
    ("step", ("2", ["After 30 min at 0 \u00b0C, warm to room temperature; most oxime mesylates "
                    "rearrange within 1\u20133 h. Sluggish ones rearrange on silica: stir the "
                    "crude with silica gel (2 g per mmol) in CH2Cl2 for 1 h."])),
    ("step", ("3", ["Do not isolate and store oxime sulfonates. They decompose on standing or "
                    "warming, sometimes violently."])),
    ("sect", 1),
    ("h1", "6.\tNotes on reagents"),
    ("p", [("b", "PPA."), " Polyphosphoric acid is almost too viscous to pour at room "
           "temperature; warm the bottle to ", ("m", "60 \u00b0C"), " in the oven to dispense "
           "it. A stirrer bar will not turn in it."]),
    ("p", [("b", "Eaton\u2019s reagent."), " 7.7 wt% P2O5 in methanesulfonic acid is a mobile "
           "liquid that does the same job as PPA at a lower temperature. Keep the bottle tightly "
           "closed: it takes up water from the air."]),
    ("p", [("b", "Cyanuric chloride."), " TCT hydrolyses in moist air to cyanuric acid and HCl. "
           "A bottle that smells strongly of HCl or contains hard lumps is spoilt. Store it in "
           "the desiccator."]),
    ("p", [("b", "Hydroxylamine."), " Use the hydrochloride or the sulfate. Free hydroxylamine "
           "and its 50% aqueous solution can decompose explosively when they are heated or "
           "concentrated, so never evaporate an oxime reaction that still contains excess "
           "hydroxylamine to dryness."]),
    ("p", [("b", "Sulfonyl chlorides."), " TsCl should be white. Yellow or sticky material has "
           "hydrolysed; recrystallise it or open a new bottle."]),
    ("bullet", ["Keep PPA, Eaton\u2019s reagent and TCT in the corrosives cabinet."]),
    ("bullet", ["Weigh TCT in the fume hood; it is a lachrymator."]),
    ("sect", 2),
    ("h1", "7.\tTroubleshooting"),
    ("p", ["Work down the table from the symptom you see. ", ("b", "Check first"), " that the "
           "oxime was dry and that its E/Z ratio is known: most failures trace back to one of "
           "the two."]),
    ("trouble", None),
    ("h1", "8.\tSafety and waste"),
    ("p", ["Hydroxylamine hydrochloride is corrosive, toxic and a skin sensitiser, and it "
           "decomposes when it melts (about ", ("m", "155 \u00b0C"), "). Wear nitrile gloves and "
           "weigh it in the hood."]),
    ("p", ["Rearrangements in PPA or sulfuric acid release a lot of heat, and so does the quench. "
           "Always pour the acid mixture onto ice, never water into the acid, and wear a face "
           "shield."]),
    ("p", ["Waste: neutralised phosphate and sulfate solutions go into the aqueous waste; DMF "
           "and EtOAc into the non-halogenated solvent waste; CHCl3 and CH2Cl2 extracts into the "
           "halogenated waste."]),
    ("h1", "9.\tRevision history"),
    ("p", ["Rev. 1 ", ("date", "14/03/2006", (2006, 3, 14)), "\tFirst issue (H2SO4 and PPA "
           "procedures) \u2013 ", ("person", "A. Hartley")]),
    ("p", ["Rev. 2 ", ("date", "02/10/2007", (2007, 10, 2)), "\tTCT procedure added \u2013 ",
           ("person", "A. Hartley")]),
    ("p", ["Rev. 3 ", ("date", "18/06/2009", (2009, 6, 18)), "\tMesylate procedure and "
           "troubleshooting table \u2013 ", ("person", "S. Lindgren")]),
]

BK_TROUBLE_HEAD = ["Symptom", "Probable cause", "Remedy"]
BK_TROUBLE = [
    ["A nitrile (and an alkene or alcohol) instead of the amide",
     "Beckmann fragmentation: the anti group is tertiary or carries an \u03b1-heteroatom, or "
     "the oxime is an aldoxime",
     "Use the mildest conditions (the mesylate at 0 \u00b0C, or TCT in DMF) and avoid hot strong "
     "acid. If the substrate cannot be changed, the fragmentation may be unavoidable."],
    ["The wrong amide, or a mixture of both amides",
     "E/Z mixture in the oxime, or the oxime isomerised in the acid before it rearranged",
     "Separate the oxime isomers and check them by 13C NMR; then use the mesylate or TCT "
     "conditions, which do not isomerise the oxime."],
    ["Ketone recovered after the reaction",
     "The oxime was hydrolysed by water in the acid (wet oxime, old PPA)",
     "Dry the oxime in the desiccator over P2O5 and use fresh PPA or Eaton\u2019s reagent."],
    ["Black tar and a poor mass balance",
     "Too hot in sulfuric acid or PPA, or the oxime was added in one portion",
     "Add the oxime in portions and keep the internal temperature at or below 120 \u00b0C, or "
     "change to Eaton\u2019s reagent at 60\u201380 \u00b0C."],
    ["The temperature jumps when the oxime goes into the acid",
     "The rearrangement is strongly exothermic",
     "Add in small portions and wait for the temperature to fall before the next one; internal "
     "thermometer; DSC before any scale-up."],
    ["The oxime does not form",
     "Hindered ketone, or no base added",
     "Use 3 equiv of NH2OH\u00b7HCl in pyridine at 80 \u00b0C overnight; check that the sodium "
     "acetate went in (the hydrochloride alone reacts slowly)."],
    ["The stirrer bar stops in the PPA",
     "PPA is too viscous below about 80 \u00b0C",
     "Use an overhead stirrer and warm the PPA before the oxime is added."],
    ["Lactam lost in the aqueous phase",
     "Small lactams are very soluble in water",
     "Saturate the aqueous phase with NaCl or (NH4)2SO4 and extract five times with CHCl3, or "
     "continuously overnight. Keep the aqueous phase until the mass balance is right."],
    ["The oxime mesylate or tosylate turns pink and fizzes",
     "The sulfonate is decomposing",
     "Let it rearrange in the same pot and never store it; if it must wait, keep it below "
     "0 \u00b0C."],
    ["An imidate or amidine instead of the amide",
     "The nitrilium ion was captured by an alcohol or an amine in the mixture",
     "No alcohol solvents and no free amines in the rearrangement step; quench with water."],
    ["The TCT reaction does not start",
     "Wet DMF or hydrolysed TCT (no white complex formed)",
     "Fresh TCT from the desiccator and dry DMF; wait for the white complex before the oxime "
     "is added."],
    ["DMF still in the product",
     "DMF is not removed by one water wash",
     "Wash the EtOAc solution three times with 5% LiCl, or five times with water."],
]

_BK_RSIDS = ["00B41C27", "00D3A6F1", "004F2E58", "00A97C03", "0065D1B9", "00E2784A",
             "00197FD2", "00C85B16"]
_BK_W = ('xmlns:ve="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
         'xmlns:v="urn:schemas-microsoft-com:vml" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"')
_BK_ST_URI = "urn:schemas-microsoft-com:office:smarttags"
# paragraphs (by running index) that start with a w:lastRenderedPageBreak
_BK_PAGE_STARTS = {24, 49, 74}


class _BkState:
    def __init__(self) -> None:
        self.n = 0

    def rsid(self, k: int = 0) -> str:
        return _BK_RSIDS[(self.n * 3 + k) % len(_BK_RSIDS)]


def _bk_text_runs(text: str, rpr: str, st: _BkState) -> str:
    """Runs for plain text: tabs become w:tab, formula digits become subscript runs."""
    pat = re.compile("|".join(re.escape(f) for f in sorted(BK_FORMULAS, key=len,
                                                           reverse=True)))
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for m in pat.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], False))
        for ch in re.findall(r"\d+|\D+", m.group(0)):
            pieces.append((ch, ch.isdigit()))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], False))
    out = []
    for piece, sub in pieces:
        r = rpr + ('<w:vertAlign w:val="subscript"/>' if sub else "")
        inner = "<w:tab/>".join(f'<w:t xml:space="preserve">{escape(t)}</w:t>' if t else ""
                                for t in piece.split("\t"))
        rp = f"<w:rPr>{r}</w:rPr>" if r else ""
        out.append(f'<w:r w:rsidR="{st.rsid(1)}">{rp}{inner}</w:r>')
    return "".join(out)


def _bk_seg_text(seg) -> str:
    if isinstance(seg, str):
        return seg
    if seg[0] == "br":
        return " "
    return seg[1]


def _bk_para_text(segs) -> str:
    return "".join(_bk_seg_text(s) for s in segs)


def _bk_runs(segs, st: _BkState, base_rpr: str = "") -> str:
    out = []
    for seg in segs:
        if isinstance(seg, str):
            out.append(_bk_text_runs(seg, base_rpr, st))
        elif seg[0] == "b":
            out.append(_bk_text_runs(seg[1], base_rpr + "<w:b/>", st))
        elif seg[0] == "i":
            out.append(_bk_text_runs(seg[1], base_rpr + "<w:i/>", st))
        elif seg[0] == "sup":
            out.append(f'<w:r w:rsidR="{st.rsid(2)}"><w:rPr>{base_rpr}<w:vertAlign '
                       f'w:val="superscript"/></w:rPr><w:t>{escape(seg[1])}</w:t></w:r>')
        elif seg[0] == "br":
            out.append(f'<w:r w:rsidR="{st.rsid(2)}"><w:br/></w:r>')
        elif seg[0] == "pe":
            out.append('<w:proofErr w:type="spellStart"/>'
                       + _bk_text_runs(seg[1], base_rpr, st)
                       + '<w:proofErr w:type="spellEnd"/>')
        elif seg[0] == "m":
            out.append(f'<w:smartTag w:uri="{_BK_ST_URI}" w:element="metricconverter">'
                       f'<w:smartTagPr><w:attr w:name="ProductID" w:val="{escape(seg[1])}"/>'
                       "</w:smartTagPr>" + _bk_text_runs(seg[1], base_rpr, st)
                       + "</w:smartTag>")
        elif seg[0] == "person":
            out.append(f'<w:smartTag w:uri="{_BK_ST_URI}" w:element="PersonName">'
                       + _bk_text_runs(seg[1], base_rpr, st) + "</w:smartTag>")
        elif seg[0] == "city":
            out.append(f'<w:smartTag w:uri="{_BK_ST_URI}" w:element="place">'
                       f'<w:smartTag w:uri="{_BK_ST_URI}" w:element="City">'
                       + _bk_text_runs(seg[1], base_rpr, st) + "</w:smartTag></w:smartTag>")
        elif seg[0] == "date":
            y, mo, d = seg[2]
            out.append(f'<w:smartTag w:uri="{_BK_ST_URI}" w:element="date"><w:smartTagPr>'
                       f'<w:attr w:name="Year" w:val="{y}"/><w:attr w:name="Month" '
                       f'w:val="{mo}"/><w:attr w:name="Day" w:val="{d}"/></w:smartTagPr>'
                       + _bk_text_runs(seg[1], base_rpr, st) + "</w:smartTag>")
        else:  # pragma: no cover
            raise ValueError(seg)
    return "".join(out)


def _bk_p(st: _BkState, runs: str, ppr: str = "") -> str:
    page = ""
    if st.n in _BK_PAGE_STARTS:
        page = f'<w:r w:rsidR="{st.rsid(2)}"><w:lastRenderedPageBreak/></w:r>'
    xml = (f'<w:p w:rsidR="{st.rsid()}" w:rsidRDefault="{st.rsid()}" w:rsidP="{st.rsid(1)}">'
           f"<w:pPr>{ppr}</w:pPr>{page}{runs}</w:p>")
    st.n += 1
    return xml


_BK_TAB_STOPS = ('<w:tabs><w:tab w:val="left" w:pos="2268"/><w:tab w:val="left" '
                 'w:pos="5387"/></w:tabs>')


def _bk_sectpr(ncols: int, continuous: bool) -> str:
    cols = (f'<w:cols w:num="{ncols}" w:space="425"/>' if ncols > 1 else
            '<w:cols w:space="708"/>')
    typ = '<w:type w:val="continuous"/>' if continuous else ""
    return (f'<w:sectPr w:rsidR="{_BK_RSIDS[3]}" w:rsidSect="{_BK_RSIDS[0]}">'
            '<w:headerReference w:type="default" r:id="rId8"/>'
            '<w:footerReference w:type="default" r:id="rId9"/>'
            f'{typ}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1418" '
            'w:bottom="1440" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>'
            f'{cols}<w:docGrid w:linePitch="360"/></w:sectPr>')


def _bk_cell(width: int, paras: str, shade: bool = False) -> str:
    shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if shade else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>{paras}</w:tc>')


def _bk_trouble(st: _BkState) -> str:
    widths = [2600, 2900, 3570]
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                      for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = []
    head = "".join(_bk_cell(w, _bk_p(st, _bk_runs([("b", t)], st)), shade=True)
                   for w, t in zip(widths, BK_TROUBLE_HEAD))
    rows.append(f'<w:tr w:rsidR="{st.rsid()}"><w:trPr><w:tblHeader/></w:trPr>{head}</w:tr>')
    for r in BK_TROUBLE:
        cells = "".join(_bk_cell(w, _bk_p(st, _bk_runs([t], st),
                                          '<w:spacing w:before="40" w:after="40"/>'))
                        for w, t in zip(widths, r))
        rows.append(f'<w:tr w:rsidR="{st.rsid()}">{cells}</w:tr>')
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}'
            '</w:tblBorders><w:tblLook w:val="01E0"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


def _bk_document() -> str:
    st = _BkState()
    body = []
    for kind, payload in BK_CONTENT:
        if kind == "title":
            body.append(_bk_p(st, _bk_runs(payload, st), '<w:pStyle w:val="Title"/>'))
        elif kind == "info":
            body.append(_bk_p(st, _bk_runs(payload, st),
                              '<w:spacing w:after="240"/><w:jc w:val="center"/>'))
        elif kind == "h1":
            body.append(_bk_p(st, _bk_runs([payload], st), '<w:pStyle w:val="Heading1"/>'))
        elif kind == "h2":
            body.append(_bk_p(st, _bk_runs([payload], st), '<w:pStyle w:val="Heading2"/>'))
        elif kind == "p":
            body.append(_bk_p(st, _bk_runs(payload, st), '<w:jc w:val="both"/>'))
        elif kind == "step":
            num, segs = payload
            body.append(_bk_p(st, _bk_runs([f"{num}.\t"] + segs, st),
                              '<w:tabs><w:tab w:val="left" w:pos="426"/></w:tabs>'
                              '<w:ind w:left="426" w:hanging="426"/>'))
        elif kind == "tabhead":
            body.append(_bk_p(st, _bk_runs([("b", "\t".join(payload))], st),
                              '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" '
                              'w:color="auto"/></w:pBdr>' + _BK_TAB_STOPS))
        elif kind == "tabrow":
            body.append(_bk_p(st, _bk_runs(["\t".join(payload)], st), _BK_TAB_STOPS))
        elif kind == "bullet":
            body.append(_bk_p(st, _bk_runs(payload, st),
                              '<w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/>'
                              '<w:numId w:val="1"/></w:numPr>'))
        elif kind == "trouble":
            body.append(_bk_trouble(st))
        elif kind == "sect":
            body.append(_bk_p(st, "", _bk_sectpr(payload, continuous=True)))
        else:  # pragma: no cover
            raise ValueError(kind)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f"<w:document {_BK_W}><w:body>" + "".join(body)
            + _bk_sectpr(1, continuous=True) + "</w:body></w:document>")


def _bk_header() -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f"<w:hdr {_BK_W}><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
            f'<w:r><w:rPr><w:i/></w:rPr><w:t>{escape(BK_HEADER)}</w:t></w:r></w:p></w:hdr>')


def _bk_footer() -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f"<w:ftr {_BK_W}><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            '<w:fldSimple w:instr=" FILENAME  \\* MERGEFORMAT "><w:r><w:rPr><w:noProof/>'
            f"</w:rPr><w:t>{escape(BK_FILENAME)}</w:t></w:r></w:fldSimple>"
            '<w:r><w:tab/><w:t xml:space="preserve">Page </w:t></w:r>'
            '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r>'
            "</w:fldSimple></w:p></w:ftr>")


_BK_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    f"<w:styles {_BK_W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts "
    'w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" '
    'w:cs="Times New Roman"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>'
    '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
    '<w:latentStyles w:defLockedState="0" w:latentStyleCount="156"/>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '<w:qFormat/><w:rsid w:val="00B41C27"/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr>'
    '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
    '<w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>'
    '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:bCs/><w:kern '
    'w:val="32"/><w:sz w:val="28"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
    '<w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>'
    '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:bCs/><w:i/><w:iCs/>'
    '<w:sz w:val="24"/><w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="60"/>'
    '<w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" '
    'w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:bCs/><w:kern w:val="28"/><w:sz w:val="32"/>'
    '<w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'
    '</w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
    '<w:tab w:val="right" w:pos="8306"/></w:tabs></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
    '<w:tab w:val="right" w:pos="8306"/></w:tabs></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name '
    'w:val="Default Paragraph Font"/><w:semiHidden/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal '
    'Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top '
    'w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    "</w:styles>")

_BK_NUMBERING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    f"<w:numbering {_BK_W}><w:abstractNum w:abstractNumId=\"0\"><w:nsid w:val=\"5A3C1E27\"/>"
    '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="0C09000F"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle '
    'w:val="ListBullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:tabs>'
    '<w:tab w:val="num" w:pos="360"/></w:tabs><w:ind w:left="360" w:hanging="360"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

_BK_SETTINGS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    f"<w:settings {_BK_W}><w:zoom w:percent=\"100\"/><w:embedSystemFonts/>"
    '<w:attachedTemplate r:id="rId1"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl '
    'w:val="doNotCompress"/><w:compat><w:breakWrappedTables/><w:snapToGridInCell/>'
    '<w:wrapTextWithPunct/><w:useAsianBreakRules/><w:dontGrowAutofit/>'
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/'
    'word" w:val="11"/></w:compat><w:rsids><w:rsidRoot w:val="00B41C27"/>'
    + "".join(f'<w:rsid w:val="{r}"/>' for r in sorted(_BK_RSIDS)) +
    '</w:rsids><w:themeFontLang w:val="en-GB"/><w:clrSchemeMapping w:bg1="light1" '
    'w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" '
    'w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
    'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
    '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="3074"/></w:shapeDefaults>'
    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')

_BK_SETTINGS_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://'
    'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'attachedTemplate" Target="file:///C:\\Documents%20and%20Settings\\ahartley\\Application'
    '%20Data\\Microsoft\\Templates\\Normal.dot" TargetMode="External"/></Relationships>')

_BK_FONTS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    f"<w:fonts {_BK_W}><w:font w:name=\"Times New Roman\"><w:panose1 w:val=\"02020603050405020304\"/>"
    '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="Arial">'
    '<w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
    '<w:pitch w:val="variable"/></w:font></w:fonts>')

_BK_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://'
    'purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://'
    'www.w3.org/2001/XMLSchema-instance"><dc:title>Beckmann Rearrangement</dc:title>'
    '<dc:subject>GP-17</dc:subject><dc:creator>Alan Hartley</dc:creator><cp:keywords/>'
    '<dc:description/><cp:lastModifiedBy>Sofia Lindgren</cp:lastModifiedBy>'
    '<cp:revision>23</cp:revision><cp:lastPrinted>2009-06-18T13:55:00Z</cp:lastPrinted>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2006-03-14T10:02:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2009-06-18T14:21:00Z</dcterms:modified>'
    '</cp:coreProperties>')

_BK_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
    'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<Template>Normal.dot</Template><TotalTime>318</TotalTime><Pages>5</Pages>'
    '<Words>2031</Words><Characters>11582</Characters><Application>Microsoft Office Word'
    '</Application><DocSecurity>0</DocSecurity><Lines>96</Lines><Paragraphs>27</Paragraphs>'
    '<ScaleCrop>false</ScaleCrop><Company>Department of Chemistry</Company>'
    '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>13586</CharactersWithSpaces>'
    '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
    '<AppVersion>14.0000</AppVersion></Properties>')


def build_beckmann_docx(path: Path) -> None:
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships '
                'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId3" Type="{rel}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId1" Type="{rel}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId5" Type="{rel}/fontTable" Target="fontTable.xml"/>'
                f'<Relationship Id="rId8" Type="{rel}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{rel}/footer" Target="footer1.xml"/>'
                "</Relationships>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships '
                 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/'
                 '2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                 'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 f'<Relationship Id="rId1" Type="{rel}/officeDocument" '
                 'Target="word/document.xml"/></Relationships>')
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://'
          'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
          'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{wml}.document.main+xml"/>'
          f'<Override PartName="/word/numbering.xml" ContentType="{wml}.numbering+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{wml}.styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{wml}.settings+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{wml}.header+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{wml}.footer+xml"/>'
          f'<Override PartName="/word/fontTable.xml" ContentType="{wml}.fontTable+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.'
          'openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels),
               ("word/_rels/document.xml.rels", doc_rels), ("word/document.xml", _bk_document()),
               ("word/header1.xml", _bk_header()), ("word/footer1.xml", _bk_footer()),
               ("word/numbering.xml", _BK_NUMBERING), ("word/styles.xml", _BK_STYLES),
               ("word/settings.xml", _BK_SETTINGS),
               ("word/_rels/settings.xml.rels", _BK_SETTINGS_RELS),
               ("word/fontTable.xml", _BK_FONTS), ("docProps/core.xml", _BK_CORE),
               ("docProps/app.xml", _BK_APP)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    path.write_bytes(out.getvalue())


def _bk_units() -> list[str]:
    units = [BK_HEADER, f"{BK_FILENAME}\tPage 1"]
    for kind, payload in BK_CONTENT:
        if kind in ("title", "info", "p", "bullet"):
            units.append(_bk_para_text(payload))
        elif kind in ("h1", "h2"):
            units.append(payload)
        elif kind == "step":
            units.append(f"{payload[0]}.\t" + _bk_para_text(payload[1]))
        elif kind in ("tabhead", "tabrow"):
            units.append("\t".join(payload))
        elif kind == "trouble":
            units += BK_TROUBLE_HEAD + [c for r in BK_TROUBLE for c in r]
    return units

# ---------------------------------------------------------------------------
# PDF: CHN elemental analysis guide, an Excel workbook printed to PDF
# ---------------------------------------------------------------------------
# XL_SHEETS: (sheet name, column widths in mm, rows).  Rows:
#   ("title", text)   merged over all columns, bold
#   ("blank", None)   empty row (still numbered)
#   ("head", cells)   bold header row (repeated when the sheet runs over a page)
#   ("row", cells)    ordinary row; "" for an empty cell
#   ("note", text)    text merged over all columns, wrapped

XL_FILE = "CHN_submitters_guide_v4.xlsx"
XL_DATE = "04/03/2025"

XL_SHEETS = [
    ("Read me", [38, 200], [
        ("title", "CHN elemental analysis \u2013 guide for submitters"),
        ("blank", None),
        ("row", ["Service", "CHN(S) combustion analysis, Analytical Suite room G.07. Every sample "
                 "is run twice. Results are reported as mass % of C, H and N (S on request) to "
                 "two decimal places."]),
        ("row", ["How it works", "About 2 mg of sample in a tin capsule is dropped into a "
                 "combustion tube at 950\u20131000 \u00b0C in a pulse of oxygen. The tin burns, "
                 "and the flash briefly takes the sample to about 1800 \u00b0C. The gases pass "
                 "over hot copper, which reduces the nitrogen oxides to N2 and removes the excess "
                 "oxygen; CO2, H2O and N2 are then separated on a GC column and measured with a "
                 "thermal conductivity detector."]),
        ("row", ["Pass criterion", "Most journals accept found values within \u00b10.4% "
                 "(absolute) of the calculated values for every element reported. The two runs "
                 "of a good sample on our instrument agree within 0.1\u20130.2%."]),
        ("row", ["Turnaround", "5 working days from receipt. Samples handed in before 12:00 on "
                 "a Monday are normally run the same week."]),
        ("row", ["Before you submit", "Read the Submission and Drying sheets. Most failed "
                 "analyses are wet or solvent-containing samples, not instrument problems."]),
        ("row", ["This workbook", "Sheets: Read me, Submission, Drying, Interpreting, "
                 "Troubleshooting, Calc example. Cell comments are printed at the end."]),
        ("row", ["Contact", "Dr Rachel Okafor (extension 5521), CHN instrument manager."]),
    ]),
    ("Submission", [12, 42, 184], [
        ("title", "What to hand in"),
        ("blank", None),
        ("head", ["No.", "Item", "Requirement"]),
        ("row", ["1", "Amount", "At least 5 mg of solid (10 mg if sulfur is wanted as well). We "
                 "weigh 1.5\u20132.5 mg per run on the microbalance."]),
        ("row", ["2", "Container", "A clean glass vial with a screw cap, labelled with your "
                 "sample code. No paper envelopes, plastic bags or weighing boats."]),
        ("row", ["3", "Form", "A dry, homogeneous powder. Grind crystals and waxy solids in an "
                 "agate mortar before the final drying."]),
        ("row", ["4", "Formula", "Give the molecular formula you expect, the MW and the "
                 "calculated %C, %H and %N (use the Calc example sheet)."]),
        ("row", ["5", "Heteroatoms", "Declare F, P, B, Si, S, halogens and metals on the form. "
                 "More than about 10% fluorine attacks the quartz tube and needs an additive; "
                 "metals, boron and phosphorus need V2O5 as a combustion aid."]),
        ("row", ["6", "Air-sensitive samples", "Seal 1.5\u20132.5 mg portions in tin capsules in "
                 "the glovebox (cold-weld them with the crimper in drawer 3): at least three "
                 "capsules, in a vial under argon, brought to us the same day."]),
        ("row", ["7", "Liquids and oils", "Only if the boiling point is above 150 \u00b0C. They "
                 "are weighed into liquid capsules and sealed; volatile oils lose mass while "
                 "they are weighed and give low results."]),
        ("row", ["8", "Hygroscopic samples", "Tick \u201chygroscopic\u201d on the form and send "
                 "the vial sealed with Parafilm inside a jar with desiccant; we weigh these in "
                 "the glovebox."]),
        ("row", ["9", "Hazards", "Explosive samples (azides, peroxides, polynitro compounds, "
                 "perchlorates) and highly toxic ones (mercury, thallium) only after agreement "
                 "with the service. Radioactive samples are not accepted."]),
        ("row", ["10", "Paperwork", "One form per sample; the sample code on the form must match "
                 "the vial label exactly."]),
    ]),
    ("Drying", [40, 62, 58, 78], [
        ("title", "Drying the sample"),
        ("blank", None),
        ("head", ["Method", "Conditions", "Use for", "Watch out"]),
        ("row", ["High vacuum, room temperature",
                 "Below 0.1 mbar for 12\u201324 h, sample ground to a fine powder first",
                 "Most solids; removes EtOAc, CH2Cl2 and hexane from fine powders",
                 "Solvent trapped inside crystals does not come out without grinding or "
                 "warming"]),
        ("row", ["Drying pistol over P2O5",
                 "40\u201380 \u00b0C under vacuum for 6\u201312 h, at least 20 \u00b0C below the "
                 "melting point",
                 "Water and alcohol solvates, hygroscopic solids",
                 "Small molecules sublime; low-melting solids melt and trap solvent"]),
        ("row", ["Vacuum oven",
                 "40\u201360 \u00b0C at 10\u201350 mbar, overnight",
                 "Larger batches",
                 "Less effective than the pistol; cover vials with foil pierced with a needle"]),
        ("row", ["Solvent exchange",
                 "Dissolve in CH2Cl2, evaporate, repeat twice, then high vacuum",
                 "EtOAc or toluene that will not leave",
                 "The CH2Cl2 must then be removed completely; check by NMR"]),
        ("blank", None),
        ("note", "Check the 1H NMR in a fresh, dry solvent after drying. Residual CH2Cl2 is the "
                 "worst offender: about 3 mol% is enough to push %C out of the \u00b10.4% window "
                 "for a compound of MW 250."),
        ("note", "Grind first, then dry. A sample that was dried as large crystals and ground "
                 "afterwards releases solvent during weighing and gives drifting results."),
    ]),
    ("Interpreting", [62, 88, 88], [
        ("title", "Reading a failed result"),
        ("blank", None),
        ("head", ["Pattern", "What it usually means", "What to do"]),
        ("row", ["C, H and N all low by the same relative amount",
                 "A non-combustible contaminant (silica, Na2SO4, MgSO4, NaCl, palladium). The "
                 "ratio found/calc is the same for all three elements; (1 \u2013 ratio) \u00d7 100 "
                 "is roughly the % of inorganic material.",
                 "Dissolve, filter through a 0.45 \u00b5m membrane or Celite and recrystallise. "
                 "Example: found C 68.46, H 4.98, N 5.32 for the compound on the Calc example "
                 "sheet means about 3% inorganic material."]),
        ("row", ["C low, H high",
                 "Water: a hydrate, or a wet or hygroscopic sample",
                 "Dry in the pistol over P2O5. If the hydrate is real, calculate with the "
                 "fraction of H2O that the NMR or a KF titration supports."]),
        ("row", ["C low, H about right, compound made or purified with CH2Cl2 or CHCl3",
                 "Chlorinated solvent retained in the solid",
                 "Solvent exchange is no help here; grind and dry warm in the pistol, or "
                 "recrystallise from a non-chlorinated solvent."]),
        ("row", ["C high and H high",
                 "Hydrocarbon solvent (hexane, heptane) or grease",
                 "Dry longer; wipe the joint grease off the vial and flask; triturate with "
                 "pentane if the compound is insoluble in it."]),
        ("row", ["N low, C and H fine",
                 "Incomplete combustion of a nitrogen-rich compound (tetrazoles, triazines, "
                 "azo compounds)",
                 "Ask for a run with V2O5 and extra oxygen."]),
        ("row", ["C low, compound is a Na, K or Cs salt",
                 "Carbon is kept back in the ash as carbonate",
                 "Ask for the WO3 additive, which releases the CO2."]),
        ("row", ["N high",
                 "Residual MeCN, DMF, pyridine or an ammonium salt",
                 "Dry again; wash salts out; check the NMR for the solvent."]),
        ("row", ["The two runs differ by more than 0.3%",
                 "Inhomogeneous sample, a hygroscopic sample taking up water while it is "
                 "weighed, or static on a fluffy powder",
                 "Grind and mix; tick \u201chygroscopic\u201d or write \u201cstatic\u201d on the "
                 "form."]),
    ]),
    ("Troubleshooting", [9, 50, 58, 78, 43], [
        ("title", "Troubleshooting \u2013 questions we get every week"),
        ("blank", None),
        ("head", ["No.", "Symptom", "Likely cause", "What to do", "Check first"]),
        ("row", ["1", "Failed twice, carbon off by 1\u20132%",
                 "Solvent or inorganic residue, rarely the instrument",
                 "Use the Interpreting sheet to decide which, dry or purify, then resubmit",
                 "1H NMR for solvent"]),
        ("row", ["2", "Fits only with 0.5 H2O or 0.3 CH2Cl2 added",
                 "Wet or solvated sample",
                 "Dry properly and run again; report a solvate only if the NMR, KF or the X-ray "
                 "structure supports it",
                 "Solvent peaks in the NMR in dry DMSO-d6"]),
        ("row", ["3", "Oil gives low C and low H",
                 "Volatile oil losing mass on the balance, or retained solvent",
                 "Submit in a liquid capsule and mark it \u201cvolatile\u201d",
                 "Boiling point"]),
        ("row", ["4", "Powder jumps off the spatula",
                 "Static charge",
                 "We use the antistatic ionizer; send the sample in a glass vial, not plastic",
                 "Container"]),
        ("row", ["5", "Fluorinated compound fails on C",
                 "Fluorine attacks the quartz and disturbs the combustion",
                 "Declare the fluorine so that the additive is used",
                 "Was F declared on the form?"]),
        ("row", ["6", "One run good, the other bad",
                 "Inhomogeneous sample (crystals mixed with oil or with salt)",
                 "Grind, homogenise and resubmit 5 mg",
                 "Look at the sample under a lens"]),
        ("row", ["7", "Boronic acid never fits",
                 "Boronic acids lose water to form boroxines, so the composition varies",
                 "Analyse the pinacol ester or the trifluoroborate salt instead, or use other "
                 "purity evidence",
                 "11B NMR"]),
        ("row", ["8", "Metal complex low on C",
                 "Incomplete combustion, carbide or carbonate left in the ash",
                 "Ask for V2O5 as combustion aid",
                 "Metal declared?"]),
        ("row", ["9", "Air-sensitive compound: C low, H high",
                 "Hydrolysis or oxidation during handling",
                 "Seal the capsules in the glovebox (Submission, item 6)",
                 "Were the capsules sealed?"]),
        ("row", ["10", "HCl or TFA salt fails",
                 "The amount of acid per molecule is not what you assumed, or the salt is "
                 "hygroscopic",
                 "Establish the stoichiometry (19F NMR with an internal standard for TFA, "
                 "titration for HCl) and dry in the pistol",
                 "Counter-ion ratio"]),
        ("row", ["11", "Result reported as \u201csample too small\u201d",
                 "Less than 5 mg received",
                 "Send at least 5 mg",
                 "Amount in the vial"]),
        ("row", ["12", "Found values fit a different formula perfectly",
                 "Wrong structure, or the wrong vial was analysed",
                 "Check the MS and the vial label before arguing with the result",
                 "Vial label"]),
        ("row", ["13", "Journal wants CHN but the compound will not pass",
                 "Some compounds never fit (hygroscopic salts, boronic acids, some metal "
                 "complexes)",
                 "Many journals accept HRMS plus purity of at least 95% by HPLC or quantitative "
                 "NMR with an explanation; agree it with your supervisor",
                 "Author guidelines of the journal"]),
    ]),
    ("Calc example", [24, 16, 24, 20, 20, 20, 26, 28, 30], [
        ("title", "Worked example: is it a hydrate?"),
        ("blank", None),
        ("row", ["Compound", "C15H13NO3, MW 255.27", "", "", "", "", "", "", ""]),
        ("row", ["Sample code", "RO-2291-7", "", "Run date", "######", "", "", "", ""]),
        ("blank", None),
        ("head", ["Element", "Atoms", "Mass in formula", "Calc %", "Run 1", "Run 2",
                  "Mean found", "Found \u2212 calc", "Within \u00b10.4?"]),
        ("row", ["C", "15", "180.17", "70.58", "69.05", "69.17", "69.11", "\u22121.47", "NO"]),
        ("row", ["H", "13", "13.10", "5.13", "5.25", "5.19", "5.22", "+0.09", "yes"]),
        ("row", ["N", "1", "14.01", "5.49", "5.33", "5.39", "5.36", "\u22120.13", "yes"]),
        ("blank", None),
        ("note", "Recalculated as C15H13NO3 \u00b7 0.25 H2O (MW 259.78)"),
        ("row", ["C", "", "", "69.35", "", "", "69.11", "\u22120.24", "yes"]),
        ("row", ["H", "", "", "5.24", "", "", "5.22", "\u22120.02", "yes"]),
        ("row", ["N", "", "", "5.39", "", "", "5.36", "\u22120.03", "yes"]),
        ("blank", None),
        ("note", "Reading: carbon alone is low by 1.5% while H and N are close \u2013 the typical "
                 "signature of water. A quarter of a water molecule per molecule brings all "
                 "three elements inside \u00b10.4%."),
        ("note", "Only report a hydrate or solvate that you can support independently: the water "
                 "or solvent must be visible in the 1H NMR in a dry solvent, or measured by Karl "
                 "Fischer titration. Adding fractions of solvent until the numbers pass is not "
                 "acceptable."),
        ("note", "Atomic masses used: C 12.011, H 1.008, N 14.007, O 15.999."),
    ]),
]

XL_COMMENTS = [
    ("E4", "Rachel Okafor:", "Column too narrow for the date \u2013 widen it to see 12/02/2025."),
    ("H6", "Rachel Okafor:", "Found \u2212 calc is always taken from the mean of the two runs, "
                             "never from the better run."),
]

XL_EXPECTED_PAGES = 7
XL_PAGES = 0


def _register_sans() -> None:
    for name, file in (("DVSans", "DejaVuSans.ttf"), ("DVSans-Bold", "DejaVuSans-Bold.ttf"),
                       ("DVSans-Oblique", "DejaVuSans-Oblique.ttf"),
                       ("DVSans-BoldOblique", "DejaVuSans-BoldOblique.ttf")):
        path = FONT_DIR / file
        if not path.exists():
            raise SystemExit(f"font {path} not found; install fonts-dejavu")
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DVSans", normal="DVSans", bold="DVSans-Bold", italic="DVSans-Oblique",
                       boldItalic="DVSans-BoldOblique")


def _col_letter(i: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]


def _xl_markup(text: str) -> str:
    m = escape(text)
    for f in ("C15H13NO3", "H2O", "CO2", "N2", "CH2Cl2", "P2O5", "Na2SO4", "MgSO4", "V2O5",
              "WO3", "CHCl3", "DMSO-d6"):
        if f == "DMSO-d6":
            m = m.replace(f, "DMSO-d<sub>6</sub>")
        else:
            m = m.replace(f, re.sub(r"(\d+)", r"<sub>\1</sub>", f))
    m = re.sub(r"\b(1H|11B|19F)\b", lambda x: f"<super>{x.group(1)[:-1]}</super>"
               f"{x.group(1)[-1]}", m)
    return m


def _xl_sheet_flowables(name: str, widths: list[float], rows: list) -> list:
    cell = ParagraphStyle("xlcell", fontName="DVSans", fontSize=8, leading=9.8)
    bold = ParagraphStyle("xlbold", parent=cell, fontName="DVSans-Bold")
    title = ParagraphStyle("xltitle", parent=cell, fontName="DVSans-Bold", fontSize=11,
                           leading=13)
    hdr = ParagraphStyle("xlhdr", parent=cell, fontSize=7, leading=8.5, alignment=1,
                         textColor=colors.HexColor("#404040"))
    ncol = len(widths)
    data = [[Paragraph("", hdr)] + [Paragraph(_col_letter(i), hdr) for i in range(ncol)]]
    spans = []
    styles = []
    head_rows = 1
    for rn, (kind, payload) in enumerate(rows, start=1):
        r = rn  # table row index (row 0 holds the column letters)
        num = Paragraph(str(rn), hdr)
        if kind == "title":
            data.append([num, Paragraph(_xl_markup(payload), title)] + [""] * (ncol - 1))
            spans.append(("SPAN", (1, r), (ncol, r)))
        elif kind == "blank":
            data.append([num] + [""] * ncol)
        elif kind == "note":
            data.append([num, Paragraph(_xl_markup(payload), cell)] + [""] * (ncol - 1))
            spans.append(("SPAN", (1, r), (ncol, r)))
        elif kind == "head":
            data.append([num] + [Paragraph(_xl_markup(c), bold) for c in payload])
            styles.append(("BACKGROUND", (1, r), (ncol, r), colors.HexColor("#DDEBF7")))
            head_rows = r + 1
        elif kind == "row":
            data.append([num] + [Paragraph(_xl_markup(c), cell) if c else "" for c in payload])
            # Excel lets text overflow into empty cells to its right: merge over them
            c = 0
            while c < ncol:
                end = c
                while payload[c] and end + 1 < ncol and not payload[end + 1]:
                    end += 1
                if end > c:
                    spans.append(("SPAN", (c + 1, r), (end + 1, r)))
                c = end + 1
        else:  # pragma: no cover
            raise ValueError(kind)
    colw = [8 * mm] + [w * mm for w in widths]
    t = Table(data, colWidths=colw, repeatRows=head_rows if head_rows > 1 else 1)
    grid = colors.HexColor("#C0C0C0")
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.25, grid),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2F2F2")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ] + spans + styles))
    return [t]


def _xl_page_fn(sheet: str, total: int):
    def draw(canvas, doc):
        pw, ph = landscape(A4)
        canvas.saveState()
        canvas.setFont("DVSans", 8)
        canvas.drawString(17.8 * mm, ph - 11 * mm, XL_FILE)
        canvas.drawCentredString(pw / 2, ph - 11 * mm, sheet)
        canvas.drawRightString(pw - 17.8 * mm, ph - 11 * mm, XL_DATE)
        canvas.drawCentredString(pw / 2, 9 * mm, f"Page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return draw


def _build_xl_once(path: Path, total: int) -> int:
    pw, ph = landscape(A4)
    doc = BaseDocTemplate(str(path), pagesize=landscape(A4), title=XL_FILE.rsplit(".", 1)[0],
                          author="Rachel Okafor", creator="Microsoft\u00ae Excel\u00ae for "
                          "Microsoft 365", producer="Microsoft\u00ae Excel\u00ae for Microsoft 365",
                          invariant=1)
    frame = Frame(17.8 * mm, 19 * mm, pw - 35.6 * mm, ph - 38 * mm, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    templates = [PageTemplate(id=name, frames=[frame], onPage=_xl_page_fn(name, total))
                 for name, _, _ in XL_SHEETS]
    doc.addPageTemplates(templates)
    story: list = []
    for i, (name, widths, rows) in enumerate(XL_SHEETS):
        story += _xl_sheet_flowables(name, widths, rows)
        if i + 1 < len(XL_SHEETS):
            story += [NextPageTemplate(XL_SHEETS[i + 1][0]), PageBreak()]
    # comments printed "At end of sheet" (of the last sheet)
    cstyle = ParagraphStyle("xlc", fontName="DVSans", fontSize=9, leading=12)
    story.append(PageBreak())
    for ref, author, text in XL_COMMENTS:
        story += [Paragraph(f"Cell: {ref}", cstyle), Paragraph(f"Comment: {escape(author)}",
                                                                 cstyle),
                  Paragraph(escape(text), cstyle), Spacer(1, 5 * mm)]
    doc.build(story)
    return doc.page


def build_xl_pdf(path: Path) -> None:
    global XL_PAGES
    _register_sans()
    n1 = _build_xl_once(path, 0)
    n2 = _build_xl_once(path, n1)
    if n2 != n1:
        raise SystemExit("page count changed between the two passes")
    XL_PAGES = n2


def _xl_units() -> list[str]:
    units = [XL_FILE, XL_DATE] + [name for name, _, _ in XL_SHEETS]
    units += [f"Page {n} of {XL_EXPECTED_PAGES}" for n in range(1, XL_EXPECTED_PAGES + 1)]
    for name, widths, rows in XL_SHEETS:
        units += [_col_letter(i) for i in range(len(widths))]
        for rn, (kind, payload) in enumerate(rows, start=1):
            units.append(str(rn))
            if kind in ("title", "note"):
                units.append(payload)
            elif kind in ("head", "row"):
                units += [c for c in payload if c]
    for ref, author, text in XL_COMMENTS:
        units += [f"Cell: {ref}", f"Comment: {author}", text]
    return units


# ---------------------------------------------------------------------------


def visible_strings() -> dict[str, list[str]]:
    """Visible text units per guide stem (PDF and DOCX only; the .txt and the .html are read
    from the built files)."""
    return {
        Path(PDF_NAME).stem: _xl_units(),
        Path(DOCX_NAME).stem: _bk_units(),
    }


SUFFIXES = {Path(n).stem: Path(n).suffix for n in (PDF_NAME, DOCX_NAME)}
MIME_STEMS = {Path(MIME_NAME).stem}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    paths = [OUT_DIR / MIME_NAME, OUT_DIR / EVERNOTE_NAME, OUT_DIR / DOCX_NAME,
             OUT_DIR / PDF_NAME]
    build_bv_mime(paths[0])
    build_evernote_html(paths[1])
    build_beckmann_docx(paths[2])
    build_xl_pdf(paths[3])
    if XL_PAGES != XL_EXPECTED_PAGES:
        raise SystemExit(f"the PDF has {XL_PAGES} pages; the footer units assume "
                         f"{XL_EXPECTED_PAGES} - update XL_EXPECTED_PAGES")
    for p in paths:
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
