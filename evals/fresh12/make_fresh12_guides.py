"""Generate the six guides of the fresh12 held-out part deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh12/make_fresh12_guides.py

Writes:
    evals/fresh12/guides/pauson-khand-mailman-digest.eml
        a Mailman 2.1 MIME DIGEST of a mailing list, saved from Thunderbird as .eml: the
        Thunderbird X-Mozilla-* lines and the list headers on top, a multipart/mixed message
        whose first part is the text/plain "Today's Topics" table of contents, whose second part
        is a multipart/DIGEST holding one message/rfc822 part per posting, and whose last part
        is the list footer.  Every posting keeps its own headers and its own mailer's habits:
        Thunderbird's format=flowed UTF-8 sent as 8bit (soft line breaks are a space at the end
        of a line), Gmail's multipart/alternative with quoted-printable text/plain and text/html
        and a base64 text/plain ATTACHMENT (the group procedure), Outlook's quoted-printable
        windows-1252 text with long unwrapped lines, Apple Mail's base64 UTF-8 body, a mutt
        message hard-wrapped at 72 columns, inline replies under "> " quotes and signatures.
        LF line ends (as Thunderbird keeps them on Linux); the file is not pure ASCII.
    evals/fresh12/guides/claisen-rearrangement-wayback-capture.html
        an old (2009) vendor technical bulletin as captured by the Wayback Machine and saved
        from the browser: the Wayback rewrite scripts and the BEGIN/END WAYBACK TOOLBAR INSERT
        block (capture calendar, "captures" count, URL box), every link and image rewritten to
        /web/<timestamp>/..., the archive comment and playback timings after </html>.  The
        captured page itself is 2000s table layout: a fixed-width outer table, a left
        navigation column of image links and spacer GIFs, <font face=... size=...> everywhere,
        upper-case tag names, paragraphs made of <br><br> inside one <td>, bullets as GIF
        images followed by text and <br>, a product table with bgcolor rows, a "printer
        friendly" link and a Flash <object>/<embed>.  The file is windows-1252 bytes although
        the page declares charset=iso-8859-1 (en dashes, curly quotes and bullets are the C1
        bytes 0x96, 0x92, 0x95 that a strict ISO-8859-1 decoder turns into control
        characters); other characters are entities (&deg;, &beta;, &times;).
    evals/fresh12/guides/nitrile-oxide-cycloaddition-google-docs.docx
        a Google Docs document downloaded as .docx (raw WordprocessingML): no docProps, the
        rsid-less "00000000" revision ids on every paragraph and run, an explicit
        <w:rtl w:val="0"/> in every run, Google's own style set (lower-case "normal", Arial in
        the document defaults, sizes and colours on the table and link runs), heading paragraphs
        with empty _heading=h.xxxxx bookmarks in front of the text, one numbering
        definition per list (Google's "●"/"○" bullets and "%1." decimals), a CHECKLIST exported
        as a list whose checked items are struck through, SUGGESTIONS exported as tracked
        changes (w:ins / w:del with w:delText) by two suggesters, COMMENTS with replies in
        word/comments.xml anchored with comment ranges, a "smart chip" person mention exported
        as a mailto: hyperlink, tables with fixed layout and shaded header cells, and the page
        size in US Letter.
    evals/fresh12/guides/mesylation-tosylation-fillable-form.pdf
        a FILLED-IN FILLABLE PDF FORM (AcroForm), written object by object (no reportlab): the
        page content holds only the printed form (title, section bars, labels, instructions,
        boxes, "Page n of 4"); everything the assessor typed lives in the VALUES (/V) of the
        form fields: multi-line text fields for the long answers, a grid of one-line fields for
        the chemicals table, check boxes (/Yes or /Off) for the PPE, a combo box for the risk
        rating, date fields with AFDate_FormatEx JavaScript, an unsigned signature field.  Each
        widget carries an appearance stream (Helvetica, WinAnsi) with the value wrapped and
        CLIPPED to the box, so on screen or on paper the long answers are cut off at the bottom
        of their boxes; the full text is only in /V (UTF-16BE where it is not ASCII).  A text
        extractor that reads the page content (pdfplumber, pdftotext without -layout of the
        annotations) sees the empty form.
    evals/fresh12/guides/soxhlet-extraction-teams-transcript.txt
        a Microsoft Teams meeting transcript downloaded as WebVTT (.vtt) and renamed .txt: the
        WEBVTT header, cues with Teams' GUID/n-0 identifiers, "00:01:02.345 --> 00:01:05.678"
        timings, <v Speaker Name>...</v> voice tags, sentences CUT ACROSS CUES at arbitrary
        points, the speech recogniser's habits (filler words, repetitions, "socks let" for
        Soxhlet in places, numbers as digits), questions from the attendees, and NOTE blocks
        added afterwards by an attendee with the text of the slides (the sizes table and the
        check-first list).
    evals/fresh12/guides/qnmr-purity-a0-poster.pdf
        an A0 portrait POSTER (one page, 2384 x 3370 pt, reportlab canvas, DejaVu Sans
        embedded, creator "PowerPoint"): a coloured title banner with logo boxes, three
        columns of boxes with coloured heading bars, body text at 24 pt, two tables drawn cell
        by cell, a drawn spectrum figure whose labels are separate text objects, an equation
        set as text with subscripts drawn smaller and lower, a QR-code-like block and a footer
        strip.  pdfplumber reads the page across the columns (lines of neighbouring columns
        at the same height are joined), so the extracted text interleaves the three columns.

Re-running produces byte-identical files.  `visible_strings()` returns the text units of the
DOCX (one string per paragraph of the body, the tables and the comments, with suggested
insertions and without suggested deletions), of the form PDF (one string per printed line of
the page content and one per line of each field value) and of the poster (one string per drawn
text line).  `SUFFIXES` maps those stems to their file types; `EML_STEMS`, `VTT_STEMS` and
`WAYBACK_STEMS` name the digest, the transcript and the archived page, whose units the
verifier reads from the built files.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import quopri
import re
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "guides"
ZIP_DATE = (2025, 3, 18, 11, 24, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _font_path(name: str) -> str:
    path = FONT_DIR / name
    if not path.exists():
        raise SystemExit(f"font {path} not found; install fonts-dejavu")
    return str(path)


def _wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap at `width` characters (words are never split)."""
    lines: list[str] = []
    cur = ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------
# 1. Mailman MIME digest saved as .eml: the Pauson-Khand reaction

PK_NAME = "pauson-khand-mailman-digest.eml"
PK_LIST = "ORGSYN-TALK"
PK_LADDR = "orgsyn-talk@lists.chemnet.example.org"
PK_LHOST = "lists.chemnet.example.org"
PK_VOL = "ORGSYN-TALK Digest, Vol 38, Issue 14"
PK_OUTER = "===============4821934823758274150=="
PK_INNER = "===============1570139270571913720=="
PK_SUBJECT = "Pauson-Khand: cobalt complex forms but little cyclopentenone"

# Postings: (key, from name, address, date, subject, mailer, body parts).  Body texts are
# written as paragraphs separated by blank lines; the mailer decides how they are wrapped.
PK_POSTS = [
    {
        "key": "ic1",
        "from": ("Ines Carvalho", "i.carvalho@eastholm.example.ac.uk"),
        "date": "Tue, 11 Mar 2025 16:47:09 +0000",
        "subject": PK_SUBJECT,
        "mailer": "flowed",
        "agent": "Mozilla Thunderbird",
        "body": (
            "Dear all,\n"
            "\n"
            "I am trying my first intramolecular Pauson-Khand reaction and would be grateful for "
            "advice. The substrate is diethyl 2-allyl-2-(prop-2-yn-1-yl)malonate (the textbook "
            "1,6-enyne), 1.0 mmol. I added Co2(CO)8 (1.1 equiv) in CH2Cl2 at room temperature, "
            "stirred for 2 h, then added NMO (4 equiv) in one go and stirred overnight.\n"
            "\n"
            "What I see:\n"
            "\n"
            "1. The Co2(CO)8 from our freezer is a dark purple-black powder, not orange-red as in "
            "every picture I have seen. Does that matter?\n"
            "\n"
            "2. When the NMO went in, the flask foamed and some of the solution was pushed up "
            "into the bubbler line.\n"
            "\n"
            "3. TLC the next morning: a red-brown spot close to the solvent front is still there, "
            "plus a faint new spot and a lot of baseline material.\n"
            "\n"
            "4. After the column I had 52 mg of the bicyclic enone (about 20%) and the fractions "
            "were pink.\n"
            "\n"
            "5. Would it be better to heat the complex in toluene instead of using NMO?\n"
            "\n"
            "Thanks in advance,\n"
            "Ines\n"
            "\n"
            "--\n"
            "Ines Carvalho\n"
            "PhD student, Synthesis Group, University of Eastholm"
        ),
    },
    {
        "key": "rm1",
        "from": ("Rohan Mehta", "rohan.mehta.chem@gmail.example.com"),
        "date": "Tue, 11 Mar 2025 21:12:44 +0000",
        "subject": "Re: " + PK_SUBJECT,
        "mailer": "gmail",
        "agent": "",
        "attachment": "PK_NMO_procedure_v3.txt",
        "body": (
            "Hi Ines,\n"
            "\n"
            "Answers inline. Short version: your Co2(CO)8 has gone off and 4 equiv of NMO is not "
            "enough. Run it again with a new bottle and the procedure attached (our group "
            "version; it works on most 1,6-enynes).\n"
            "\n"
            "On Tue, 11 Mar 2025 at 16:47, Ines Carvalho <i.carvalho@eastholm.example.ac.uk> "
            "wrote:\n"
            "\n"
            "> 1. The Co2(CO)8 from our freezer is a dark purple-black powder, not\n"
            "> orange-red as in every picture I have seen. Does that matter?\n"
            "\n"
            "Yes. Good Co2(CO)8 is orange-red to dark red-brown crystals. Purple or black "
            "material, or a bottle that hisses when you open it, has lost CO and partly turned "
            "into Co4(CO)12 and cobalt oxides; it complexes the alkyne slowly and incompletely. "
            "Buy it in small bottles and take a new one when in doubt. The commercial material is "
            "stabilised with 1-10% hexane, which is one reason why we use 1.1-1.2 equiv and not "
            "exactly 1.0.\n"
            "\n"
            "> 2. When the NMO went in, the flask foamed\n"
            "\n"
            "NMO oxidises a CO ligand to CO2 and the complex releases CO as well, so a lot of gas "
            "comes off at once. Cool the flask to 0 C, add the NMO in four portions over 20 min "
            "and use a wide outlet needle to the bubbler. Never close the flask.\n"
            "\n"
            "> 3. TLC the next morning: a red-brown spot close to the solvent front is\n"
            "> still there\n"
            "\n"
            "That is the alkyne-Co2(CO)6 complex, so the cyclisation is incomplete: with 4 equiv "
            "of NMO many enynes stall. We use 6-10 equiv of anhydrous NMO (8 equiv as standard). "
            "NMO monohydrate works less well unless you add powdered 4 A molecular sieves. If the "
            "complex is still there, add another 2-4 equiv of NMO and keep stirring rather than "
            "working up.\n"
            "\n"
            "> 4. After the column I had 52 mg of the bicyclic enone (about 20%) and\n"
            "> the fractions were pink.\n"
            "\n"
            "Pink or violet fractions contain cobalt(II). Steps 7 and 8 of the attached procedure "
            "deal with it: stir the crude with silica open to the air before you filter, then "
            "filter through silica over Celite.\n"
            "\n"
            "> 5. Would it be better to heat the complex in toluene instead of using NMO?\n"
            "\n"
            "The thermal reaction works, but it needs 12-24 h at 90 C and usually gives lower "
            "yields and more decomposition for this kind of substrate. NMO at room temperature is "
            "the mildest option. Kirsty knows the other promoters much better than I do.\n"
            "\n"
            "Check first, before you repeat it:\n"
            "- Co2(CO)8 orange-red crystals, not purple-black powder\n"
            "- complexation finished (TLC: enyne gone, one red-brown spot) before the promoter "
            "goes in\n"
            "- NMO anhydrous, 6-10 equiv, added at 0 C in portions\n"
            "- an outlet to a bubbler, never a closed flask\n"
            "- dry, degassed CH2Cl2\n"
            "\n"
            "Best,\n"
            "Rohan\n"
            "\n"
            "--\n"
            "Rohan Mehta, postdoc, Organometallic Methods Lab"
        ),
    },
    {
        "key": "km",
        "from": ("Kirsty MacLeod", "k.macleod@strathmore.example.ac.uk"),
        "date": "Wed, 12 Mar 2025 08:03:31 +0000",
        "subject": "RE: " + PK_SUBJECT,
        "mailer": "outlook",
        "agent": "Microsoft Outlook 16.0",
        "body": (
            "Dear Ines,\n"
            "\n"
            "Rohan has covered the NMO route. Since people on this list regularly ask which "
            "promoter to choose, here is what we use in my group. The stoichiometric reactions "
            "all start from the isolated or in situ alkyne–Co2(CO)6 complex.\n"
            "\n"
            "Promoter or system | Conditions | Comments\n"
            "Heat only | toluene, 90 °C, 12–24 h, under N2 | simple, but slow and often 30–60%\n"
            "NMO (N-methylmorpholine N-oxide), 6–10 equiv | CH2Cl2, 0 °C to rt, 2–16 h | our "
            "first choice for 1,6-enynes\n"
            "TMANO (trimethylamine N-oxide) dihydrate, 3–6 equiv | CH2Cl2 or toluene, rt, 1–4 h | "
            "faster than NMO; the anhydrous reagent is better still\n"
            "DMSO, 3.5–6 equiv | toluene, 60 °C, 4–12 h | cheap; good for intermolecular "
            "reactions with norbornene\n"
            "n-Butyl methyl sulfide, 3.5 equiv | 1,2-dichloroethane at reflux, 0.5–2 h | works when "
            "the N-oxides fail; it smells\n"
            "Dry-state: complex adsorbed on silica | 45–60 °C, open to air, 1–3 h | no solvent; "
            "intramolecular only\n"
            "Catalytic: Co2(CO)8 10 mol% under a CO balloon | toluene, 60–70 °C, 12 h | needs "
            "very pure Co2(CO)8 and CO handling\n"
            "Catalytic: [Rh(CO)2Cl]2 2.5 mol% under a CO balloon | toluene, 90 °C, 6–12 h | for "
            "substrates that fail with cobalt\n"
            "\n"
            "Some background that explains the table. The amine N-oxides take a CO ligand off the "
            "cobalt as CO2 and so open a site for the alkene; that is why they work at room "
            "temperature, and why the oxidant is used in large excess (it is also consumed by the "
            "free carbonyls). The catalytic versions only work if the CO atmosphere keeps the "
            "cobalt from forming inactive clusters, and they need a fume hood with a CO detector. "
            "For a first reaction on a new substrate I would always start with the stoichiometric "
            "NMO procedure and only optimise once it works.\n"
            "\n"
            "Two more points for your substrate. A gem-disubstituted chain such as your malonate "
            "cyclises much better than an unsubstituted chain (the Thorpe–Ingold effect), so your "
            "yield should be 75% or better once the reagents are right. And do not scale it up "
            "straight away: run 1-2 mmol until the yield is reproducible.\n"
            "\n"
            "Best wishes,\n"
            "Kirsty\n"
            "\n"
            "Dr Kirsty MacLeod | Senior Lecturer in Organic Chemistry | Strathmore University"
        ),
    },
    {
        "key": "yd",
        "from": ("Yusuf Demir", "yusuf.demir@kalyon-pharma.example.com"),
        "date": "Wed, 12 Mar 2025 09:40:12 +0100",
        "subject": "Re: " + PK_SUBJECT,
        "mailer": "apple",
        "agent": "Apple Mail (2.3826.400.131.1.6)",
        "body": (
            "Hello Ines, all,\n"
            "\n"
            "Adding to Kirsty's table some notes on substrates, because that is where most of our "
            "failures came from when we used this chemistry in a medicinal chemistry programme.\n"
            "\n"
            "Terminal alkynes work best. In intermolecular reactions the larger alkyne "
            "substituent ends up next to the new carbonyl group (the alpha carbon of the "
            "cyclopentenone) and the hydrogen of a terminal alkyne at the beta carbon.\n"
            "\n"
            "Internal alkynes react more slowly. TMS-alkynes are fine; the TMS group also ends up "
            "alpha to the carbonyl and can be removed afterwards.\n"
            "\n"
            "Strained alkenes (norbornene, norbornadiene) are by far the best partners for "
            "intermolecular reactions, and the product is the exo adduct. With norbornadiene use "
            "3-5 equiv or both double bonds react and you get the 2:1 adduct.\n"
            "\n"
            "Electron-poor alkenes such as acrylates often give 1,3-dienes instead of "
            "cyclopentenones.\n"
            "\n"
            "A 1,1-disubstituted alkene in the chain gives a quaternary centre, but it needs the "
            "stronger promoters or heating.\n"
            "\n"
            "With excess Co2(CO)8 and heat, free terminal alkynes are also trimerised to arenes. "
            "Do not use more than 1.2 equiv of cobalt.\n"
            "\n"
            "1,7-Enynes, which close a six-membered ring, give lower yields than 1,6-enynes; "
            "there the sulfide promoter or the rhodium catalyst is worth trying.\n"
            "\n"
            "Substituents on the connecting chain control the new stereocentre next to the ring fusion; in "
            "our hands the diastereomer ratios were between 3:1 and 10:1, usually with the "
            "substituent on the convex face.\n"
            "\n"
            "Regards,\n"
            "Yusuf\n"
            "\n"
            "Yusuf Demir\n"
            "Principal Scientist, Kalyon Pharma"
        ),
    },
    {
        "key": "ic2",
        "from": ("Ines Carvalho", "i.carvalho@eastholm.example.ac.uk"),
        "date": "Thu, 13 Mar 2025 14:05:37 +0000",
        "subject": "Re: " + PK_SUBJECT,
        "mailer": "flowed",
        "agent": "Mozilla Thunderbird",
        "body": (
            "Thank you all! With a new bottle of Co2(CO)8 (orange-red crystals this time) and 8 "
            "equiv of NMO added in portions at 0 °C, I got 0.41 g (77%) of the enone from 2.0 mmol "
            "of enyne, and the NMR is clean.\n"
            "\n"
            "Two remaining questions:\n"
            "\n"
            "(a) The product is still faintly pink after the column. How do I get the last of the "
            "cobalt out?\n"
            "\n"
            "(b) How should I store the rest of the new Co2(CO)8, and what do I do with the old "
            "bottle?\n"
            "\n"
            "Ines"
        ),
    },
    {
        "key": "rm2",
        "from": ("Rohan Mehta", "rohan.mehta.chem@gmail.example.com"),
        "date": "Thu, 13 Mar 2025 17:20:03 +0000",
        "subject": "Re: " + PK_SUBJECT,
        "mailer": "mutt",
        "agent": "Mutt/2.2.12 (2023-09-09)",
        "body": (
            "Hi Ines,\n"
            "\n"
            "great result.\n"
            "\n"
            "(a) A faint pink colour means traces of cobalt(II) salts. Dissolve the product in "
            "Et2O, wash it twice with saturated aqueous NH4Cl and once with water, dry and "
            "concentrate; if it is still coloured, filter the ether solution through a short plug "
            "of silica once more. Do not send the compound for biological testing while it is "
            "still pink.\n"
            "\n"
            "(b) Keep Co2(CO)8 in the freezer at -20 C, under argon, in a tightly closed bottle "
            "inside a second container, with the date of opening on the label. Let the bottle "
            "warm to room temperature before you open it so that no water condenses on the solid. "
            "It decomposes slowly even in the cold and gives off CO, which is why old bottles "
            "hiss. The old bottle is a question for Hannah, not something to put in the bin.\n"
            "\n"
            "Rohan"
        ),
    },
    {
        "key": "ho",
        "from": ("Hannah Okoro", "h.okoro@eastholm.example.ac.uk"),
        "date": "Thu, 13 Mar 2025 18:02:55 +0000",
        "subject": "RE: " + PK_SUBJECT + " (cobalt carbonyl safety)",
        "mailer": "outlook1252",
        "agent": "Microsoft Outlook 16.0",
        "body": (
            "Hi all,\n"
            "\n"
            "As departmental safety officer I am replying to the list because these questions "
            "come up every year. Safety summary for Pauson–Khand reactions with dicobalt "
            "octacarbonyl:\n"
            "\n"
            "Co2(CO)8 is self-heating and can catch fire in air in larger amounts, is harmful by "
            "inhalation, is a skin and respiratory sensitiser and is a suspected carcinogen. "
            "Weigh it quickly in the fume hood (or in the glovebox), never on the open bench.\n"
            "\n"
            "Every Pauson–Khand reaction gives off carbon monoxide: the complexation releases two "
            "CO per cobalt complex, and the promoter releases more. A 2 mmol run can release up "
            "to about 0.4 L of CO. Work only in a fume hood with a CO detector switched on, and "
            "put the bubbler outlet inside the hood. CO balloons for the catalytic version are "
            "only allowed in hood 3 of lab 2.07, after training.\n"
            "\n"
            "If the CO alarm goes off at 30 ppm, or if you get a headache or feel dizzy while "
            "working, leave the lab, tell someone and do not go back in until the alarm has "
            "cleared.\n"
            "\n"
            "Waste: silica, Celite and filter pads that contain cobalt go into the solid "
            "heavy-metal waste; aqueous washes that contain cobalt go into the heavy-metal "
            "aqueous waste. Do not dispose of old or decomposed Co2(CO)8 yourselves: close the "
            "bottle, label it \"for disposal – metal carbonyl\" and bring it to me; it goes out "
            "with the hazardous waste collection.\n"
            "\n"
            "Hannah\n"
            "\n"
            "Dr Hannah Okoro · Departmental Safety Officer · ext. 5520"
        ),
    },
    {
        "key": "sym",
        "from": ("Practical Synthesis Symposium", "pss2025@chemnet.example.org"),
        "date": "Wed, 12 Mar 2025 10:15:00 +0000",
        "subject": "Practical Synthesis Symposium 2025: registration open",
        "mailer": "mutt",
        "agent": "",
        "body": (
            "Registration for the Practical Synthesis Symposium (3-4 July 2025) is now open. The "
            "programme has sessions on scale-up, purification and reaction monitoring, and a "
            "poster session for PhD students. Registration closes on 30 May.\n"
            "\n"
            "The organising committee"
        ),
    },
]
# order in the digest (Mailman sorts by arrival)
PK_ORDER = ["ic1", "rm1", "km", "yd", "sym", "ic2", "rm2", "ho"]

PK_ATTACHMENT = (
    "PAUSON-KHAND REACTION, NMO-PROMOTED (1,6-ENYNES)\n"
    "Group procedure v3, R. Mehta, January 2025\n"
    "\n"
    "Example: diethyl 2-allyl-2-(prop-2-yn-1-yl)malonate to the bicyclic "
    "enone.\n"
    "Scale: 2.0 mmol of enyne (477 mg).\n"
    "\n"
    "Reagent                          Amount     mmol    equiv\n"
    "Enyne (M 238.28)                 477 mg     2.00    1.0\n"
    "Co2(CO)8 (1-10% hexane)          752 mg     2.20    1.1\n"
    "NMO, anhydrous (M 117.15)        1.87 g     16.0    8.0\n"
    "CH2Cl2, dry and degassed         22 mL      -       0.09 M\n"
    "\n"
    "1. Dry a 100 mL two-necked flask with a stirrer bar, put it under\n"
    "   nitrogen and connect the outlet to an oil bubbler.\n"
    "2. Weigh the Co2(CO)8 (752 mg) quickly in the fume hood and add it\n"
    "   against a nitrogen counterflow, then add CH2Cl2 (20 mL): dark\n"
    "   red-brown solution.\n"
    "3. Add the enyne (477 mg) in CH2Cl2 (2 mL) dropwise at room\n"
    "   temperature. CO is given off (watch the bubbler). Stir for 1-2 h.\n"
    "4. TLC (hexane/EtOAc 9:1): enyne Rf 0.40 (anisaldehyde dip), complex\n"
    "   Rf 0.75 (red-brown, seen without staining). Go on only when the\n"
    "   enyne spot has gone.\n"
    "5. Cool to 0 C and add the NMO (1.87 g) in four portions over 20 min.\n"
    "   Strong gas evolution (CO2 and CO).\n"
    "6. Remove the ice bath and stir at room temperature for 3-16 h, until\n"
    "   the red-brown spot of the complex has gone. The mixture turns into\n"
    "   a purple suspension.\n"
    "7. Open the flask to the air, add silica (about 2 g) and stir for\n"
    "   30 min. Filter through a 3 cm pad of silica over Celite and wash\n"
    "   the pad with Et2O (60 mL). The cobalt stays on the pad as a\n"
    "   purple-brown band.\n"
    "8. Concentrate and purify by column (hexane/EtOAc 4:1, enone Rf\n"
    "   0.25): colourless oil, 400-450 mg (75-85%).\n"
    "\n"
    "Checks on the product: the alkyne C-H triplet of the enyne at\n"
    "delta 2.02 and its terminal vinyl signals at delta 5.0-5.7 must be\n"
    "gone; the enone shows one vinyl proton at delta 5.93 (br s), and the\n"
    "ketone C=O appears at about delta 209 in the 13C spectrum.\n"
    "\n"
    "Scale: above 5 mmol use a flask of at least five times the solvent\n"
    "volume (foaming) and add the NMO over 1 h.\n"
)


def _pk_paras(body: str) -> list[str]:
    """Body text split into lines as typed (paragraph = one line, blank lines kept)."""
    return body.split("\n")


def _pk_flowed(body: str) -> str:
    """RFC 3676 format=flowed: wrap typed lines at 72, soft breaks end with a space."""
    out: list[str] = []
    for line in _pk_paras(body):
        if line == "--":
            out.append("-- ")
            continue
        if not line:
            out.append("")
            continue
        parts = _wrap(line, 72)
        for i, part in enumerate(parts):
            if part.startswith((">", " ", "From ")):
                part = " " + part  # space-stuffing
            out.append(part + (" " if i < len(parts) - 1 else ""))
    return "\n".join(out) + "\n"


def _pk_hard(body: str, width: int = 72) -> str:
    out: list[str] = []
    for line in _pk_paras(body):
        if line == "--":
            out.append("-- ")
        elif not line:
            out.append("")
        else:
            out += _wrap(line, width)
    return "\n".join(out) + "\n"


def _pk_qp(text: str, charset: str) -> str:
    data = text.replace("\n", "\r\n").encode(charset)
    qp = quopri.encodestring(data).decode("ascii")
    return qp.replace("\r\n", "\n").replace("=0D\n", "\n")


def _pk_b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def _pk_gmail_html(body: str) -> str:
    out = ['<div dir="ltr">']
    quote: list[str] = []

    def flush_quote() -> None:
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()

    for line in _pk_paras(body):
        if line.startswith("> "):
            quote.append(line[2:])
            continue
        flush_quote()
        if not line:
            out.append("<div><br></div>")
        elif line.startswith("On Tue"):
            out.append(f'<div class="gmail_attr">{html.escape(line)}<br></div>')
        elif line == "--":
            out.append('<div><br></div><span class="gmail_signature_prefix">-- </span>')
        else:
            out.append(f"<div>{html.escape(line)}</div>")
    flush_quote()
    out.append("</div>")
    return "\n".join(out) + "\n"


def _pk_message(post: dict, n: int) -> str:
    """One posting as it sits inside the digest (headers and body, LF line ends)."""
    name, addr = post["from"]
    mid = hashlib.sha1(f"{post['key']}{post['date']}".encode()).hexdigest()[:20]
    host = addr.split("@")[1]
    head = [
        f"From: {name} <{addr}>",
        f"To: {PK_LADDR}",
        f"Subject: [{PK_LIST}] {post['subject']}",
        f"Date: {post['date']}",
        f"Message-ID: <{mid}@{host}>",
    ]
    if post["key"] not in ("ic1", "sym"):
        root = hashlib.sha1(b"ic1Tue, 11 Mar 2025 16:47:09 +0000").hexdigest()[:20]
        head.append(f"In-Reply-To: <{root}@eastholm.example.ac.uk>")
        head.append(f"References: <{root}@eastholm.example.ac.uk>")
    if post["agent"]:
        key = "User-Agent" if post["mailer"] in ("flowed", "mutt") else "X-Mailer"
        head.append(f"{key}: {post['agent']}")
    head.append("MIME-Version: 1.0")
    body = post["body"]
    mailer = post["mailer"]
    if mailer == "flowed":
        head += ["Content-Type: text/plain; charset=UTF-8; format=flowed",
                 "Content-Transfer-Encoding: 8bit", "Content-Language: en-GB"]
        return "\n".join(head) + "\n\n" + _pk_flowed(body)
    if mailer == "mutt":
        head += ["Content-Type: text/plain; charset=us-ascii", "Content-Disposition: inline"]
        return "\n".join(head) + "\n\n" + _pk_hard(body)
    if mailer == "apple":
        head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"]
        return "\n".join(head) + "\n\n" + _pk_b64((body + "\n").encode("utf-8"))
    if mailer == "outlook":
        head += ['Content-Type: text/plain; charset="utf-8"',
                 "Content-Transfer-Encoding: quoted-printable", "Content-Language: en-GB"]
        return "\n".join(head) + "\n\n" + _pk_qp(body + "\n", "utf-8")
    if mailer == "outlook1252":
        head += ['Content-Type: text/plain; charset="Windows-1252"',
                 "Content-Transfer-Encoding: quoted-printable", "Content-Language: en-GB"]
        return "\n".join(head) + "\n\n" + _pk_qp(body + "\n", "cp1252")
    # gmail: multipart/mixed(multipart/alternative(plain, html), text/plain attachment)
    b1 = "000000000000f3c1a20630184a7e"
    b2 = "000000000000f3c19d0630184a7c"
    head.append(f'Content-Type: multipart/mixed; boundary="{b1}"')
    parts = [
        f"--{b1}",
        f'Content-Type: multipart/alternative; boundary="{b2}"',
        "",
        f"--{b2}",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        _pk_qp(body + "\n", "utf-8").rstrip("\n"),
        f"--{b2}",
        'Content-Type: text/html; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        _pk_qp(_pk_gmail_html(body), "utf-8").rstrip("\n"),
        f"--{b2}--",
        f"--{b1}",
        f'Content-Type: text/plain; charset="UTF-8"; name="{post["attachment"]}"',
        f'Content-Disposition: attachment; filename="{post["attachment"]}"',
        "Content-Transfer-Encoding: base64",
        "X-Attachment-Id: f_m84c2q1v0",
        "Content-ID: <f_m84c2q1v0>",
        "",
        _pk_b64(PK_ATTACHMENT.encode("utf-8")).rstrip("\n"),
        f"--{b1}--",
    ]
    return "\n".join(head) + "\n\n" + "\n".join(parts) + "\n"


def _pk_toc() -> str:
    posts = {p["key"]: p for p in PK_POSTS}
    lines = [
        f"Send {PK_LIST} mailing list submissions to",
        f"\t{PK_LADDR}",
        "",
        "To subscribe or unsubscribe via the World Wide Web, visit",
        f"\thttps://{PK_LHOST}/mailman/listinfo/orgsyn-talk",
        "or, via email, send a message with subject or body 'help' to",
        f"\torgsyn-talk-request@{PK_LHOST}",
        "",
        "You can reach the person managing the list at",
        f"\torgsyn-talk-owner@{PK_LHOST}",
        "",
        "When replying, please edit your Subject line so it is more specific",
        f'than "Re: Contents of {PK_LIST} digest..."',
        "",
        "",
        "Today's Topics:",
        "",
    ]
    for n, key in enumerate(PK_ORDER, start=1):
        p = posts[key]
        entry = f"{p['subject']} ({p['from'][0]})"
        wrapped = _wrap(entry, 66)
        lines.append(f"{n:4d}. {wrapped[0]}")
        lines += [f"      {w}" for w in wrapped[1:]]
    return "\n".join(lines) + "\n"


PK_FOOTER = f"""_______________________________________________
{PK_LIST} mailing list
{PK_LADDR}
https://{PK_LHOST}/mailman/listinfo/orgsyn-talk

------------------------------

End of {PK_VOL}
{"*" * len("End of " + PK_VOL)}
"""


def pk_eml_bytes() -> bytes:
    posts = {p["key"]: p for p in PK_POSTS}
    head = [
        "X-Mozilla-Status: 0001",
        "X-Mozilla-Status2: 00000000",
        "X-Mozilla-Keys:                                                                 ",
        f"Return-Path: <orgsyn-talk-bounces@{PK_LHOST}>",
        "Delivered-To: i.carvalho@eastholm.example.ac.uk",
        f"Received: from mail.{PK_LHOST} (mail.{PK_LHOST} [192.0.2.41])",
        "\tby mx1.eastholm.example.ac.uk (Postfix) with ESMTPS id 4Z7Q1k3VbNz9sWf",
        "\tfor <i.carvalho@eastholm.example.ac.uk>; Fri, 14 Mar 2025 12:00:04 +0000 (GMT)",
        f'Content-Type: multipart/mixed; boundary="{PK_OUTER}"',
        "MIME-Version: 1.0",
        f"From: orgsyn-talk-request@{PK_LHOST}",
        f"Subject: {PK_VOL}",
        f"To: {PK_LADDR}",
        f"Reply-To: {PK_LADDR}",
        "Date: Fri, 14 Mar 2025 12:00:02 +0000",
        f"Message-ID: <mailman.1193.1741953602.2907.orgsyn-talk@{PK_LHOST}>",
        "X-Mailman-Version: 2.1.39",
        "Precedence: list",
        f"X-BeenThere: {PK_LADDR}",
        f"List-Id: Practical synthetic chemistry discussion <orgsyn-talk.{PK_LHOST}>",
        f"List-Unsubscribe: <https://{PK_LHOST}/mailman/options/orgsyn-talk>,",
        f"\t<mailto:orgsyn-talk-request@{PK_LHOST}?subject=unsubscribe>",
        f"List-Archive: <https://{PK_LHOST}/pipermail/orgsyn-talk/>",
        f"List-Post: <mailto:{PK_LADDR}>",
        f"List-Help: <mailto:orgsyn-talk-request@{PK_LHOST}?subject=help>",
        f"List-Subscribe: <https://{PK_LHOST}/mailman/listinfo/orgsyn-talk>,",
        f"\t<mailto:orgsyn-talk-request@{PK_LHOST}?subject=subscribe>",
        f"Errors-To: orgsyn-talk-bounces@{PK_LHOST}",
        f'Sender: "{PK_LIST}" <orgsyn-talk-bounces@{PK_LHOST}>',
    ]
    out = ["\n".join(head), "", "--" + PK_OUTER,
           'Content-Type: text/plain; charset="us-ascii"', "MIME-Version: 1.0",
           "Content-Transfer-Encoding: 7bit", f"Content-Description: {PK_VOL}", "",
           _pk_toc(), "--" + PK_OUTER,
           f'Content-Type: multipart/digest; boundary="{PK_INNER}"', "MIME-Version: 1.0", ""]
    for n, key in enumerate(PK_ORDER, start=1):
        out += ["--" + PK_INNER, "Content-Type: message/rfc822", "MIME-Version: 1.0", "",
                _pk_message(posts[key], n)]
    out += ["--" + PK_INNER + "--", "", "--" + PK_OUTER, 'Content-Type: text/plain; '
            'charset="us-ascii"', "MIME-Version: 1.0", "Content-Transfer-Encoding: 7bit",
            "Content-Disposition: inline", "", PK_FOOTER, "--" + PK_OUTER + "--", ""]
    return "\n".join(out).encode("utf-8")


def build_pk_eml(path: Path) -> None:
    path.write_bytes(pk_eml_bytes())


# ---------------------------------------------------------------------------
# 2. Wayback Machine capture of an old vendor page (.html): Claisen rearrangements

CL_NAME = "claisen-rearrangement-wayback-capture.html"
CL_TS = "20090214083512"
CL_HOST = "www.halvardfinechem.com"
CL_URL = f"http://{CL_HOST}/techlib/tb114.htm"
CL_TITLE = ("Technical Bulletin TB-114: Claisen Rearrangements with Orthoesters and Allyl Aryl "
            "Ethers")

# Content blocks of the bulletin.  ("h", text), ("p", text), ("steps", [..]),
# ("table", caption, rows), ("box", title, [items]), ("qa", question, answer).
CL_BLOCKS: list[tuple] = [
    ("p", "The Claisen rearrangement is a [3,3]-sigmatropic rearrangement of an allyl vinyl ether "
          "or an allyl aryl ether. It forms a carbon-carbon bond, moves the double bond of the "
          "allyl group and needs nothing but heat. This bulletin covers the two versions that "
          "our customers use most and for which we supply the reagents: the Johnson orthoester "
          "Claisen rearrangement, which turns an allylic alcohol into a γ,δ-unsaturated ester "
          "in one step, and the aromatic Claisen rearrangement of allyl aryl ethers to "
          "2-allylphenols."),
    ("h", "How the reactions work"),
    ("p", "In the Johnson variant the allylic alcohol exchanges with triethyl orthoacetate (TEOA) "
          "under weak acid catalysis to give a mixed orthoester. This loses a second molecule of "
          "ethanol to form a ketene acetal, which rearranges through a chair-like six-membered "
          "transition state. Both steps are equilibria that release ethanol, so the ethanol "
          "must be distilled out of the mixture as it forms; this, and not the rearrangement "
          "itself, is what usually limits the conversion."),
    ("p", "The chair transition state explains the stereochemistry. Secondary allylic alcohols "
          "give the new double bond with E geometry, and an enantiomerically enriched secondary "
          "alcohol transfers its configuration to the new stereocentre. The allyl group is "
          "attached through its far end (allylic inversion): cinnamyl alcohol gives the "
          "branched product, with the phenyl group on the carbon next to the new vinyl group."),
    ("p", "In the aromatic Claisen rearrangement the allyl group migrates from the oxygen to an "
          "ortho carbon, again with allylic inversion, and the dienone intermediate tautomerises "
          "to the phenol. If both ortho positions carry substituents, the allyl group moves on "
          "to the para position by a second [3,3] shift (a Cope rearrangement) and the product "
          "is the 4-allylphenol."),
    ("h", "Reagents from Halvard"),
    ("table", "Table 1. Reagents for Claisen rearrangements", [
        ["Product", "Cat. No.", "Purity", "M (g/mol)", "bp (°C)", "d (g/mL)", "Pack sizes"],
        ["Triethyl orthoacetate", "HV-2291", "98%", "162.23", "142", "0.885",
         "100 mL, 500 mL, 2.5 L"],
        ["Triethyl orthopropionate", "HV-2293", "97%", "176.25", "155-160", "0.886",
         "100 mL, 500 mL"],
        ["Trimethyl orthoacetate", "HV-2290", "99%", "120.15", "107-109", "0.944",
         "100 mL, 500 mL, 2.5 L"],
        ["Propionic acid", "HV-0417", "99.5%", "74.08", "141", "0.993", "500 mL, 2.5 L"],
        ["N,N-Diethylaniline", "HV-1136", "99%", "149.23", "217", "0.938", "500 mL"],
        ["Allyl bromide, stabilised", "HV-0052", "99%", "120.98", "71", "1.398",
         "100 mL, 500 mL"],
    ]),
    ("p", "All orthoesters are packed under nitrogen in bottles with a septum-lined cap. They are "
          "stable to bases but are hydrolysed slowly by moist air, and quickly by aqueous acid, "
          "to the ester and the alcohol. An opened bottle that is kept tightly capped stays "
          "usable for about six months; after that check it by 1H NMR before use (see Question "
          "2). For bulk quantities please request a quotation."),
    ("h", "Standard procedure A: Johnson–Claisen rearrangement of cinnamyl alcohol (20 mmol)"),
    ("p", "Product: ethyl 3-phenylpent-4-enoate."),
    ("steps", [
        "Fit a 100 mL round-bottomed flask containing a stirrer bar with a 10 cm Vigreux column, "
        "a distillation head with a thermometer, a condenser and a receiver, and put the "
        "apparatus under nitrogen.",
        "Add (E)-cinnamyl alcohol (2.68 g, 20.0 mmol), triethyl orthoacetate (25.7 mL, 22.7 g, "
        "140 mmol, 7 equiv) and propionic acid (0.15 mL, 0.15 g, 2.0 mmol, 0.1 equiv).",
        "Heat in a heating block or sand bath until the internal temperature is 138-142 °C. "
        "Ethanol starts to distil at a head temperature of 76-80 °C.",
        "Follow the reaction by the volume of ethanol collected (in theory 2.3 mL, 40 mmol) and "
        "by TLC (hexane/EtOAc 9:1; alcohol Rf 0.15, ester Rf 0.55). It is complete when the "
        "head temperature climbs towards 140 °C and orthoester begins to distil, normally after "
        "2-4 h.",
        "Cool to room temperature and remove most of the excess orthoester on a rotary "
        "evaporator (bath 60 °C, 15 mbar).",
        "Dissolve the residue in diethyl ether (50 mL) and stir it with 1 M HCl (25 mL) for "
        "15 min. This hydrolyses the remaining orthoester to ethyl acetate and ethanol.",
        "Separate the layers, wash the organic layer with saturated NaHCO3 (25 mL) and brine "
        "(25 mL), dry over MgSO4 and concentrate.",
        "Distil under reduced pressure or filter through silica with hexane/EtOAc 20:1. Ethyl "
        "3-phenylpent-4-enoate is a colourless oil, 3.27-3.68 g (80-90%).",
    ]),
    ("p", "1H NMR (CDCl3): δ 7.35-7.18 (m, 5H), 5.97 (ddd, J = 17.2, 10.3, 7.0 Hz, 1H), "
          "5.10-5.03 (m, 2H), 4.07 (q, J = 7.1 Hz, 2H), 3.86 (q, J = 7.5 Hz, 1H), 2.74 (dd, "
          "J = 15.1, 7.5 Hz, 1H), 2.66 (dd, J = 15.1, 7.8 Hz, 1H), 1.17 (t, J = 7.1 Hz, 3H). The "
          "CH2OH doublet of cinnamyl alcohol at δ 4.31 must be absent."),
    ("h", "Standard procedure B: aromatic Claisen rearrangement to 2-allylphenol (50 mmol)"),
    ("p", "Allyl phenyl ether: stir phenol (4.71 g, 50.0 mmol), powdered K2CO3 (13.8 g, 100 mmol) "
          "and allyl bromide (5.2 mL, 7.26 g, 60.0 mmol, 1.2 equiv) in acetone (100 mL) at "
          "reflux for 12 h. Filter, concentrate, take the residue up in ether and wash it with "
          "1 M NaOH (2 × 30 mL) to remove unreacted phenol, then with water and brine. Drying "
          "and concentration give the ether as a colourless oil (6.0-6.4 g, 90-95%)."),
    ("steps", [
        "Put allyl phenyl ether (6.0 g, 44.7 mmol) and N,N-diethylaniline (20 mL) in a 100 mL "
        "flask fitted with a condenser, under nitrogen.",
        "Heat at reflux (about 217 °C) for 4-6 h. TLC (hexane/EtOAc 9:1): ether Rf 0.70, "
        "2-allylphenol Rf 0.35.",
        "Cool, dilute with ether (60 mL) and wash with 2 M HCl (3 × 30 mL) to remove the "
        "N,N-diethylaniline.",
        "Extract the phenol into 2 M NaOH (2 × 30 mL); unreacted ether and neutral by-products "
        "stay in the organic layer.",
        "Cool the combined alkaline extracts in ice, acidify to pH 1 with concentrated HCl and "
        "extract with ether (3 × 30 mL).",
        "Dry, concentrate and distil: 2-allylphenol is a colourless oil, 4.8-5.4 g (80-90%).",
    ]),
    ("p", "Without a solvent the rearrangement also works at 190-210 °C (internal temperature), "
          "but the neat reaction darkens more and gives more 2-methyl-2,3-dihydrobenzofuran "
          "(see Question 8). In the 1H NMR the OCH2 signal of the ether (δ 4.53, dt) "
          "disappears and the ArCH2 doublet of the product appears at δ 3.40 (J = 6.3 Hz)."),
    ("h", "Choosing the conditions"),
    ("table", "Table 2. Typical conditions", [
        ["Rearrangement", "Reagents", "Temperature", "Time", "Notes"],
        ["Johnson, primary allylic alcohol", "TEOA 5-7 equiv, propionic acid 0.05-0.1 equiv",
         "135-140 °C", "2-4 h", "γ,δ-unsaturated ethyl ester"],
        ["Johnson, secondary allylic alcohol", "as above", "138-145 °C", "4-8 h",
         "E-alkene, usually above 95:5; chirality transfer"],
        ["Johnson with triethyl orthopropionate", "5 equiv, propionic acid 0.1 equiv",
         "140-150 °C", "6-12 h", "α-methyl ester as a mixture of diastereomers"],
        ["Johnson with trimethyl orthoacetate", "7 equiv, propionic acid 0.1 equiv",
         "140 °C in a sealed pressure tube", "12-24 h",
         "methyl ester; the methanol cannot distil off, so conversion is lower"],
        ["Aromatic, neat", "none", "190-210 °C", "2-6 h", "darkens more"],
        ["Aromatic, in N,N-diethylaniline", "3 mL solvent per g of ether", "reflux (217 °C)",
         "4-6 h", "the amine suppresses dihydrobenzofuran formation"],
    ]),
    ("box", "Before you call Technical Service, please check:", [
        "The internal temperature, not just the bath: at least 135 °C for the Johnson "
        "reaction and 190 °C for the aromatic Claisen.",
        "That ethanol is really distilling out (head temperature 76-80 °C) and that the "
        "apparatus is open to the receiver.",
        "The orthoester: a bottle opened more than six months ago, or one whose NMR shows ethyl "
        "acetate, has been partly hydrolysed.",
        "That the acid catalyst is in the flask: 0.05-0.1 equiv propionic acid and no stronger "
        "acid.",
        "For the aromatic Claisen: a nitrogen atmosphere and an ether free of acid.",
    ]),
    ("h", "Frequently asked questions"),
    ("qa", "Q1. The Johnson reaction stopped at about 50% conversion and a lot of alcohol is "
           "left. Why?",
     "Almost always because the ethanol is not leaving the flask: a Vigreux column that is too "
     "long or not insulated, a bath that is too cool, or a closed system. Propionic acid "
     "(bp 141 °C) also distils out slowly with the ethanol, so after 2 h add a second portion "
     "of 0.05 equiv. Do not add a stronger acid."),
    ("qa", "Q2. How do I know whether my triethyl orthoacetate is still good?",
     "Run a 1H NMR in CDCl3. Fresh TEOA shows the OCH2 quartet at δ 3.47 and the CH3 singlet at "
     "δ 1.43; ethyl acetate from hydrolysis shows its acetyl singlet at δ 2.05. With more than "
     "5% ethyl acetate, open a new bottle."),
    ("qa", "Q3. A new spot runs just above the alcohol and its mass spectrum shows the mass of "
           "the alcohol plus 42. What is it?",
     "The allylic acetate, formed by transesterification. It comes from acetic acid or ethyl "
     "acetate in partly hydrolysed orthoester, or from too much acid catalyst. Use fresh TEOA "
     "and no more than 0.1 equiv propionic acid. The acetate does not rearrange under these "
     "conditions and has to be removed by chromatography."),
    ("qa", "Q4. My tertiary (or benzylic) allylic alcohol gave a diene.",
     "Acid-catalysed elimination competes with the exchange. Reduce the propionic acid to "
     "0.01-0.02 equiv, or add the alcohol slowly (over 1 h) to the hot orthoester that already "
     "contains the acid, so that it is converted into the mixed orthoester as soon as it "
     "arrives. Tertiary allylic alcohols often fail altogether; rearrange the isomeric primary "
     "or secondary alcohol instead."),
    ("qa", "Q5. How do I get rid of the excess orthoacetate? It co-distils with my product.",
     "Use the hydrolysis in step 6 of procedure A: 15 min with 1 M HCl turns TEOA into ethyl "
     "acetate and ethanol, which evaporate easily. The esters themselves survive this; for "
     "acid-sensitive products use 10% aqueous citric acid for 30 min instead."),
    ("qa", "Q6. Which alkene geometry will I get, and can I rely on the chirality transfer?",
     "From secondary allylic alcohols the new C=C is E (usually above 95:5). The (E)- and the "
     "(Z)-isomer of an allylic alcohol with the same configuration give opposite configurations "
     "at the new stereocentre, so check the geometry of your starting alcohol; the enantiomeric "
     "purity itself is transferred almost completely."),
    ("qa", "Q7. The aromatic Claisen turned dark and my recovery was poor.",
     "Air oxidation of the phenol at 200 °C and overheating. Run it under nitrogen, keep the "
     "internal temperature below 220 °C, use N,N-diethylaniline as the solvent and stop as "
     "soon as TLC shows that the ether has gone."),
    ("qa", "Q8. I get 2-methyl-2,3-dihydrobenzofuran as well as the 2-allylphenol.",
     "Acid catalyses the cyclisation of the product. Traces of HBr carried over from the allyl "
     "bromide step are the usual source: wash the allyl ether with 1 M NaOH before the "
     "rearrangement, use base-washed glassware, and run the reaction in N,N-diethylaniline or "
     "with a little K2CO3 (1 mol%) in the flask."),
    ("qa", "Q9. Both ortho positions of my allyl ether are substituted. Will it still "
           "rearrange?",
     "Yes, but the allyl group ends up in the para position (Claisen followed by Cope "
     "rearrangement) and it needs higher temperatures or longer times. If the para position is "
     "blocked as well, the dienone cannot rearomatise and the reaction fails."),
    ("qa", "Q10. A meta-substituted allyl aryl ether gave two products.",
     "Both ortho positions are free and the allyl group goes to both of them. The ratio depends "
     "on the substituent and is rarely better than 3:1; separate the isomers by chromatography "
     "or block one of the positions."),
    ("qa", "Q11. The crotyl ether gave a branched product. Has my sample isomerised?",
     "No. The allyl group is attached through its far end (allylic inversion), so a but-2-enyl "
     "ether gives 2-(but-3-en-2-yl)phenol. The same applies to substituted allylic alcohols in "
     "the Johnson reaction."),
    ("h", "Safety"),
    ("p", "Triethyl orthoacetate and trimethyl orthoacetate are flammable liquids and eye "
          "irritants. Allyl bromide is toxic, a strong lachrymator and an alkylating agent; use "
          "it in a fume hood only. N,N-Diethylaniline is toxic by skin contact and inhalation "
          "and can cause methaemoglobinaemia. Phenol causes severe burns and is absorbed "
          "through the skin. For reactions at 200 °C and above use heating blocks or sand "
          "baths, not oil baths, work behind a safety screen and never heat a closed vessel "
          "unless it is a pressure-rated tube. Safety data sheets for all our products are on "
          "the MSDS page."),
    ("h", "References"),
    ("p", "1. W. S. Johnson et al., J. Am. Chem. Soc. 1970, 92, 741."),
    ("p", "2. L. Claisen, Ber. Dtsch. Chem. Ges. 1912, 45, 3157."),
    ("p", "3. A. M. Martín Castro, Chem. Rev. 2004, 104, 2939 (review)."),
]

CL_NAV = [("index.htm", "Home"), ("products.htm", "Products"), ("custom.htm", "Custom Synthesis"),
          ("techlib/index.htm", "Technical Library"), ("msds.htm", "MSDS"),
          ("contact.htm", "Contact Us")]
CL_LIB = [("tb101.htm", "TB-101 Handling moisture-sensitive reagents"),
          ("tb108.htm", "TB-108 Orthoesters as protecting groups"),
          ("tb114.htm", "TB-114 Claisen rearrangements"),
          ("tb117.htm", "TB-117 Allylation of phenols and amines"),
          ("tb121.htm", "TB-121 Storing reagents under nitrogen")]
# characters outside windows-1252 are written as named entities, like the page's editor did
_CL_ENTITIES = {"γ": "&gamma;", "δ": "&delta;", "α": "&alpha;", "β": "&beta;", "×": "&times;",
                "°": "&deg;"}


def _cl_w(url: str, kind: str = "") -> str:
    """A URL as the Wayback Machine rewrites it."""
    if url.startswith("http"):
        return f"/web/{CL_TS}{kind}/{url}"
    return f"/web/{CL_TS}{kind}/http://{CL_HOST}/{url}"


def _cl_text(text: str) -> str:
    out = html.escape(text, quote=False)
    for ch, ent in _CL_ENTITIES.items():
        if ch == "°":
            continue  # the degree sign stays a raw byte (0xB0) in running text
        out = out.replace(ch, ent)
    return out


def _cl_font(inner: str, size: str = "2", color: str = "") -> str:
    col = f' color="{color}"' if color else ""
    return f'<font face="Verdana, Arial, Helvetica, sans-serif" size="{size}"{col}>{inner}</font>'


def _cl_table(caption: str, rows: list[list[str]]) -> str:
    out = [f"<br>{_cl_font('<b>' + _cl_text(caption) + '</b>', '1')}<br>",
           '<TABLE width="100%" border="0" cellpadding="3" cellspacing="1" bgcolor="#999999">']
    for r, row in enumerate(rows):
        bg = "#003366" if r == 0 else ("#FFFFFF" if r % 2 else "#EEF2F7")
        out.append(f'<TR bgcolor="{bg}">')
        for cell in row:
            txt = _cl_text(cell).replace("&deg;", "&deg;")
            if r == 0:
                txt = txt.replace("°", "&deg;")
                inner = _cl_font(f"<b>{txt}</b>", "1", "#FFFFFF")
            else:
                inner = _cl_font(txt.replace("°", "&deg;"), "1")
            out.append(f'<TD valign="top">{inner}</TD>')
        out.append("</TR>")
    out.append("</TABLE><br>")
    return "\n".join(out)


def _cl_content() -> str:
    bullet = (f'<img src="{_cl_w("images/bullet_sq.gif", "im_")}" width="7" height="7" '
              'border="0" align="absmiddle">&nbsp; ')
    out: list[str] = []
    run: list[str] = []  # text inside the current <font size=2> run

    def flush() -> None:
        if run:
            out.append(_cl_font("".join(run)))
            run.clear()

    for block in CL_BLOCKS:
        kind = block[0]
        if kind == "h":
            run.append(f'<b>{_cl_font(_cl_text(block[1]), "3", "#003366")}</b><br>\n')
        elif kind == "p":
            run.append(_cl_text(block[1]) + "<br><br>\n")
        elif kind == "steps":
            for k, step in enumerate(block[1], start=1):
                run.append(f"<b>{k}.</b> {_cl_text(step)}<br>\n")
            run.append("<br>\n")
        elif kind == "qa":
            run.append(f"<b>{_cl_text(block[1])}</b><br>\n{_cl_text(block[2])}<br><br>\n")
        elif kind == "table":
            flush()
            out.append(_cl_table(block[1], block[2]))
        elif kind == "box":
            flush()
            items = "".join(f"{bullet}{_cl_text(it)}<br>\n" for it in block[2])
            out.append('<TABLE width="100%" border="0" cellpadding="8" cellspacing="0" '
                       'bgcolor="#FFF3CC" style="border:1px solid #E0B000"><TR><TD>'
                       + _cl_font(f"<b>{_cl_text(block[1])}</b><br>\n{items}") + "</TD></TR>"
                       "</TABLE><br>")
    flush()
    return "\n".join(out)


def _cl_toolbar() -> str:
    img = "https://web.archive.org/_static/images/toolbar"
    cap = f"/web/{CL_TS}*/{CL_URL}"
    lines = [
        """<!-- BEGIN WAYBACK TOOLBAR INSERT -->""",
        """<script>__wm.rw(0);</script>""",
        """<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">""",
        """<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">""",
        """<div id="donato" style="position:relative;width:100%;">""",
        """  <div id="donato-base">""",
        f"""    <iframe """
        f"""id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%3A//web.archive.org/web/{CL_TS}/{CL_URL}\"""",
        """            scrolling="no" frameborder="0" style="width:100%; height:100%">""",
        """    </iframe>""",
        """  </div>""",
        """</div><div id="wm-ipp-inside">""",
        """  <div id="wm-toolbar" style="position:relative;display:flex;flex-flow:row """
        """nowrap;justify-content:space-between;">""",
        """    <div id="wm-logo" style="/*width:110px;*/padding-top:12px;">""",
        f"""      <a href="/web/" title="Wayback Machine home page"><img """
        f"""src="{img}/wayback-toolbar-logo-200.png" srcset="{img}/wayback-toolbar-logo-100.png, """
        f"""{img}/wayback-toolbar-logo-150.png 1.5x, {img}/wayback-toolbar-logo-200.png """
        f"""2x" alt="Wayback Machine" style="width:100px" border="0" /></a>""",
        """    </div>""",
        """    <div class="c" style="display:flex;flex-flow:column """
        """nowrap;justify-content:space-between;flex:1;">""",
        f"""      <form """
        """class="u" style="display:flex;flex-direction:row;flex-wrap:nowrap;" target="_top" """
        """method="get" action="/web/submit" name="wmtb" """
        """id="wmtb"><input """
        f"""type="text" name="url" id="wmtbURL" value="{CL_URL}" """
        """onfocus="this.focus();this.select();" style="flex:1;"/><input """
        f"""type="hidden" name="type" value="replay" /><input """
        f"""type="hidden" name="date" value="{CL_TS}" /><input type="submit" value="Go" /></form>""",
        """      <div style="display:flex;flex-flow:row nowrap;align-items:flex-end;">""",
        f"""        <div class="s" id="wm-nav-captures" style="flex:1;"><a """
        f"""class="t" href="{cap}" title="See a list of every capture for this URL">7 captures</a>""",
        """          <div class="r" title="Timespan for captures of this URL">14 Mar 2007 - 22 Jan """
        """2013</div>""",
        """        </div>""",
        """        <div class="k">""",
        """          <a href="" id="wm-graph-anchor">""",
        """          <div id="wm-ipp-sparkline" title="Explore captures for this """
        """URL" style="position: relative">""",
        """            <canvas class="sparkline" width="575" height="27"></canvas>""",
        """            <div class="yt" style="display:none;width:25px;height:27px;left:50px;"></div>""",
        """            <div class="mt" style="display:none;width:2px;height:27px;left:0px;"></div>""",
        """          </div>""",
        """          </a>""",
        """        </div>""",
        """      </div>""",
        """    </div>""",
        """    <div class="n">""",
        """      <table>""",
        """        <tbody>""",
        """          <!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->""",
        """          <tr class="m">""",
        f"""            <td class="b" nowrap="nowrap"><a href="/web/20081108081140/{CL_URL}" title="08 """
        f"""Nov 2008"><strong>Nov</strong></a></td>""",
        """            <td class="c" id="displayMonthEl" title="You are here: 08:35:12 Feb 14, """
        """2009">FEB</td>""",
        f"""            <td class="f" nowrap="nowrap"><a href="/web/20090619140322/{CL_URL}" title="19 """
        f"""Jun 2009"><strong>Jun</strong></a></td>""",
        """          </tr>""",
        """          <!-- NEXT/PREV CAPTURE NAV AND DAY OF MONTH INDICATOR -->""",
        """          <tr class="d">""",
        f"""            <td class="b" nowrap="nowrap"><a """
        f"""href="/web/20081108081140/{CL_URL}" title="08:11:40 Nov 08, 2008"><img """
        f"""src="{img}/wm_tb_prv_on.png" alt="Previous """
        f"""capture" width="14" height="16" border="0" /></a></td>""",
        """            <td """
        """class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="You """
        """are here: 08:35:12 Feb 14, 2009">14</td>""",
        f"""            <td class="f" nowrap="nowrap"><a """
        f"""href="/web/20090619140322/{CL_URL}" title="14:03:22 Jun 19, 2009"><img """
        f"""src="{img}/wm_tb_nxt_on.png" alt="Next """
        f"""capture" width="14" height="16" border="0" /></a></td>""",
        """          </tr>""",
        """          <!-- NEXT/PREV YEAR NAV AND YEAR INDICATOR -->""",
        """          <tr class="y">""",
        f"""            <td class="b" nowrap="nowrap"><a href="/web/20070314101502/{CL_URL}" title="14 """
        f"""Mar 2007"><strong>2007</strong></a></td>""",
        """            <td class="c" id="displayYearEl" title="You are here: 08:35:12 Feb 14, """
        """2009">2009</td>""",
        f"""            <td class="f" nowrap="nowrap"><a href="/web/20130122190741/{CL_URL}" title="22 """
        f"""Jan 2013"><strong>2013</strong></a></td>""",
        """          </tr>""",
        """        </tbody>""",
        """      </table>""",
        """    </div>""",
        """    <div class="r" style="display:flex;flex-flow:column """
        """nowrap;align-items:flex-end;justify-content:space-between;">""",
        """      <div id="wm-btns" style="white-space:nowrap;">""",
        """        <a href="#close" onclick="__wm.h(event);return """
        """false;" style="display:block;padding-right:18px;" id="wm-tb-close" title="Close the """
        """toolbar"><span """
        """class="iconochive-remove-circle" style="color:#888888;font-size:14px;"></span></a>""",
        """        <a href="#help" onclick="__wm.ex(event);return """
        """false;" style="display:block;padding-right:18px;" id="wm-tb-help" title="Get some help """
        """using the Wayback Machine"><span """
        """class="iconochive-question-circle" style="color:#888888;font-size:14px;"></span></a>""",
        """      </div>""",
        """      <div id="wm-share" style="display: flex;">""",
        f"""        <a """
        f"""href="/web/{CL_TS}/http://web.archive.org/screenshot/{CL_URL}" id="wm-screenshot" title="screenshot">""",
        """          <span class="wm-icon-screen-shot"></span>""",
        """        </a>""",
        """        <a href="#" id="wm-video" title="video">""",
        """          <span class="iconochive-movies"></span>""",
        """        </a>""",
        f"""        <a """
        f"""id="wm-share-facebook" href="#" data-url="https://web.archive.org/web/{CL_TS}/{CL_URL}" title="Share """
        f"""on Facebook" style="margin-right:5px;" target="_blank"><span """
        f"""class="iconochive-facebook" style="color:#3b5998;font-size:24px;"></span></a>""",
        """      </div>""",
        """    </div>""",
        """  </div>""",
        """</div>""",
        """<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow: hidden">""",
        """  <div id="wm-capinfo-notice" source="api"></div>""",
        """  <div id="wm-capinfo-collected-by">""",
        """    <div """
        """style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED """
        """BY</div>""",
        """    <div style="padding:3px;position:relative" id="wm-collected-by-content">""",
        """      <div style="display:inline-block;vertical-align:top;width:50%;">""",
        """        <span """
        """class="c-logo" style="background-image:url(https://archive.org/services/img/alexacrawls);"></span>""",
        """        Organization: <a """
        """style="color:#33f;" href="https://archive.org/details/alexacrawls" target="_new"><span """
        """class="wm-title">Alexa Crawls</span></a>""",
        """        <div style="max-height:75px;overflow:hidden;position:relative;">""",
        """          <div """
        """style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to """
        """bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,255) 100%);"></div>""",
        """          Starting in 1996, Alexa Internet has been donating their crawl data to the """
        """Internet Archive.  Flowing in every day, these data are added to the Wayback Machine after """
        """an embargo period.""",
        """        </div>""",
        """      </div>""",
        """    </div>""",
        """  </div>""",
        """  <div id="wm-capinfo-timestamps">""",
        """    <div """
        """style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps """
        """for the elements of this page">TIMESTAMPS</div>""",
        """    <div>""",
        """      <div id="wm-capresources" style="margin:0 5px 5px """
        """5px;max-height:250px;overflow-y:scroll !important"></div>""",
        """      <div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px """
        """5px;display:none"><img src="/_static/images/loading.gif" alt="loading" /></div>""",
        """    </div>""",
        """  </div>""",
        f"""</div></div></div></div><div id="wm-ipp-print">The Wayback Machine - """
        f"""https://web.archive.org/web/{CL_TS}/{CL_URL}</div>""",
        """<script type="text/javascript">//<![CDATA[""",
        f"""__wm.bt(750,27,25,2,"web","{CL_URL}","{CL_TS}","""
        """1996,"https://web.archive.org/_static/",["https://web.archive.org/_static/css/banner-styles.css?v=S1zqJCYt","""
        """"https://web.archive.org/_static/css/iconochive.css?v=3PDvdIFv"], """
        f"""false);""",
        """  __wm.rw(1);""",
        """//]]></script>""",
        """<!-- END WAYBACK TOOLBAR INSERT -->""",
    ]
    return "\n".join(lines) + "\n"


def cl_html() -> str:
    nav_imgs = []
    for k, (href, label) in enumerate(CL_NAV, start=1):
        slug = label.lower().replace(" ", "")
        nav_imgs.append(
            f'<A href="{_cl_w(href)}" onMouseOut="MM_swapImgRestore()" '
            f"onMouseOver=\"MM_swapImage('nav{k}','','{_cl_w('images/nav_' + slug + '_on.gif', 'im_')}',1)\">"
            f'<IMG src="{_cl_w("images/nav_" + slug + ".gif", "im_")}" alt="{label}" name="nav{k}" '
            'width="150" height="24" border="0"></A><BR>')
    lib = "".join(f'<A href="{_cl_w("techlib/" + h)}" class="navsub">{_cl_text(t)}</A><BR>\n'
                  f'<IMG src="{_cl_w("images/spacer.gif", "im_")}" width="1" height="6"><BR>\n'
                  for h, t in CL_LIB)
    toplinks = " | ".join(f'<A href="{_cl_w(h)}" class="toplink">{t}</A>' for h, t in CL_NAV)
    crumbs = (f'<A href="{_cl_w("index.htm")}">Home</A> &gt; <A href="{_cl_w("techlib/index.htm")}">'
              f'Technical Library</A> &gt; <A href="{_cl_w("techlib/bulletins.htm")}">Bulletins</A>'
              " &gt; TB-114")
    flash = (f'<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://'
             'download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" '
             'width="150" height="260"><param name="movie" value="'
             f'{_cl_w("flash/newproducts.swf", "oe_")}"><param name="quality" value="high">'
             f'<embed src="{_cl_w("flash/newproducts.swf", "oe_")}" quality="high" '
             'pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/'
             'x-shockwave-flash" width="150" height="260"></embed></object>')
    footer = ("Information in this bulletin is believed to be accurate but is given without "
              "warranty; whether a product suits a particular application is the customer’s own "
              "judgement.<br>\n© 2003-2009 Halvard Fine Chemicals Ltd • Unit 7, Marsh Lane "
              "Industrial Estate, Gosport PO12 4XX, UK • Tel. +44 (0)23 9252 0418 • Fax +44 "
              "(0)23 9252 0419")
    lines = [
        """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">""",
        """<HTML><HEAD><script """
        """type="text/javascript" src="https://web.archive.org/_static/js/bundle-playback.js?v=HxkREWBo" """
        """charset="utf-8"></script>""",
        """<script """
        """type="text/javascript" src="https://web.archive.org/_static/js/wombat.js?v=txqj7nKC" """
        """charset="utf-8"></script>""",
        """<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden","showSwfDownload":true};</script>""",
        """<script """
        """type="text/javascript" src="https://web.archive.org/_static/js/ruffle/ruffle.js"></script>""",
        """<script type="text/javascript">""",
        """    __wm.init("https://web.archive.org/web");""",
        f"""  """
        f"""__wm.wombat("{CL_URL}","{CL_TS}","https://web.archive.org/","web","https://web.archive.org/_static/",""",
        """	      "1234600512");""",
        """</script>""",
        """<link """
        """rel="stylesheet" type="text/css" """
        """href="https://web.archive.org/_static/css/banner-styles.css?v=S1zqJCYt" />""",
        """<link """
        """rel="stylesheet" type="text/css" href="https://web.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />""",
        """<!-- End Wayback Rewrite JS Include -->""",
        """""",
        f"""<TITLE>Halvard Fine Chemicals - {CL_TITLE}</TITLE>""",
        """<META http-equiv="Content-Type" content="text/html; charset=iso-8859-1">""",
        """<META name="keywords" content="Claisen rearrangement, Johnson orthoester Claisen, triethyl """
        """orthoacetate, allyl aryl ether, technical bulletin">""",
        """<META name="description" content="Halvard Fine Chemicals technical bulletin TB-114">""",
        """<META name="GENERATOR" content="Microsoft FrontPage 5.0">""",
        f"""<LINK href="{_cl_w('styles/halvard.css', 'cs_')}" rel="stylesheet" type="text/css">""",
        """<SCRIPT language="JavaScript" type="text/JavaScript">""",
        """<!--""",
        """function MM_swapImgRestore() { //v3.0""",
        """  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;""",
        """}""",
        """function MM_preloadImages() { //v3.0""",
        """  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();""",
        """    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)""",
        """    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}""",
        """}""",
        """function MM_swapImage() { //v3.0""",
        """  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; """
        """for(i=0;i<(a.length-2);i+=3)""",
        """   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; """
        """x.src=a[i+2];}""",
        """}""",
        """//-->""",
        """</SCRIPT>""",
        """</HEAD>""",
        f"""<BODY """
        """bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" """
        """marginheight="0" onLoad="MM_preloadImages("""
        f"""'{_cl_w('images/nav_products_on.gif', 'im_')}')">{_cl_toolbar()}""",
        """<TABLE width="760" border="0" cellpadding="0" cellspacing="0" align="center">""",
        """<TR>""",
        f"""<TD width="760" height="78" background="{_cl_w('images/header_bg.gif', 'im_')}"><A """
        f"""href="{_cl_w('index.htm')}"><IMG """
        f"""src="{_cl_w('images/halvard_logo.gif', 'im_')}" alt="Halvard Fine """
        f"""Chemicals" width="280" height="78" border="0"></A></TD>""",
        """</TR>""",
        """<TR>""",
        f"""<TD height="22" bgcolor="#003366" align="right"><font face="Verdana, Arial, Helvetica, """
        f"""sans-serif" size="1" color="#FFFFFF">{toplinks}&nbsp;&nbsp;</font></TD>""",
        """</TR>""",
        """</TABLE>""",
        """<TABLE width="760" border="0" cellpadding="0" cellspacing="0" align="center">""",
        """<TR>""",
        """<TD width="160" valign="top" bgcolor="#E6ECF2">""",
        f"""<IMG src="{_cl_w('images/spacer.gif', 'im_')}" width="160" height="10"><BR>""",
        f"""{chr(10).join(nav_imgs)}""",
        f"""<IMG src="{_cl_w('images/spacer.gif', 'im_')}" width="1" height="14"><BR>""",
        """<font face="Verdana, Arial, Helvetica, sans-serif" size="1"><b>&nbsp;Bulletins</b><BR>""",
        f"""{lib}</font>""",
        f"""<IMG src="{_cl_w('images/spacer.gif', 'im_')}" width="1" height="14"><BR>""",
        f"""{flash}""",
        """</TD>""",
        f"""<TD width="20"><IMG src="{_cl_w('images/spacer.gif', 'im_')}" width="20" height="1"></TD>""",
        """<TD width="580" valign="top">""",
        f"""<IMG src="{_cl_w('images/spacer.gif', 'im_')}" width="1" height="12"><BR>""",
        f"""<font face="Verdana, Arial, Helvetica, """
        f"""sans-serif" size="1" color="#666666">{crumbs}</font><BR><BR>""",
        f"""<font face="Verdana, Arial, Helvetica, """
        f"""sans-serif" size="4" color="#003366"><b>{_cl_text(CL_TITLE)}</b></font><BR>""",
        """<font face="Verdana, Arial, Helvetica, sans-serif" size="1"><i>Revision B &middot; June """
        """2008 &middot; prepared by the Halvard Technical Service group</i>""",
        f"""&nbsp; <A href="{_cl_w('techlib/pdf/tb114.pdf')}"><IMG """
        f"""src="{_cl_w('images/icon_pdf.gif', 'im_')}" width="16" height="16" border="0" align="absmiddle"> """
        f"""Printer-friendly version (PDF, 142 KB)</A></font><BR><BR>""",
        f"""{_cl_content()}""",
        """<BR>""",
        """</TD>""",
        """</TR>""",
        """<TR>""",
        f"""<TD colspan="3" bgcolor="#003366" height="4"><IMG """
        f"""src="{_cl_w('images/spacer.gif', 'im_')}" width="1" height="4"></TD>""",
        """</TR>""",
        """<TR>""",
        f"""<TD colspan="3" align="center"><font face="Verdana, Arial, Helvetica, """
        f"""sans-serif" size="1" color="#666666">{footer}</font></TD>""",
        """</TR>""",
        """</TABLE>""",
        f"""<script """
        f"""src="{_cl_w('http://www.google-analytics.com/urchin.js', 'js_')}" type="text/javascript">""",
        """</script>""",
        """<script type="text/javascript">""",
        """_uacct = "UA-1187342-1";""",
        """urchinTracker();""",
        """</script>""",
        """</BODY>""",
        """</HTML>""",
        """<!--""",
        """     FILE ARCHIVED ON 08:35:12 Feb 14, 2009 AND RETRIEVED FROM THE""",
        """     INTERNET ARCHIVE ON 10:22:41 Mar 03, 2025.""",
        """     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.""",
        """""",
        """     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.""",
        """     SECTION 108(a)(3)).""",
        """-->""",
        """<!--""",
        """playback timings (ms):""",
        """  captures_list: 0.621""",
        """  exclusion.robots: 0.025""",
        """  exclusion.robots.policy: 0.012""",
        """  esindex: 0.014""",
        """  cdx.remote: 11.962""",
        """  LoadShardBlock: 241.370 (3)""",
        """  PetaboxLoader3.datanode: 199.871 (4)""",
        """  load_resource: 87.114""",
        """  PetaboxLoader3.resolve: 61.208""",
        """-->""",
    ]
    page = "\n".join(lines)
    return page.replace("\n", "\r\n")


def build_cl_html(path: Path) -> None:
    path.write_bytes(cl_html().encode("cp1252"))


# ---------------------------------------------------------------------------
# 3. Google Docs document downloaded as .docx: nitrile oxide cycloadditions

NO_NAME = "nitrile-oxide-cycloaddition-google-docs.docx"
NO_PEOPLE = {"F": "Felix Brandt", "T": "Tomasz Wierzbicki", "M": "Mei Lin Tan"}
NO_MAIL = "meilin.tan@eastholm.example.ac.uk"
# Inline markup in the texts below: **bold**, {+F:inserted+} / {-F:deleted-} suggestions by
# person F, [c1[ ... ]c1] the range of comment 1, @Mei Lin Tan@ a person chip.
NO_BODY: list[tuple] = [
    ("title", "Nitrile oxide cycloadditions: isoxazolines and isoxazoles"),
    ("subtitle", "Tan group protocol · living document – comment or suggest, please don’t "
                 "overwrite"),
    ("p", "Owner: @Mei Lin Tan@ · Last reviewed: Mar 4, 2025 · Status: in use"),
    ("h1", "1. What this covers"),
    ("p", "Nitrile oxides (R–C≡N⁺–O⁻) add to alkenes to give 2-isoxazolines "
          "(4,5-dihydroisoxazoles) and to alkynes to give isoxazoles, in one concerted [3+2] "
          "cycloaddition. We use them to make isoxazoline building blocks and, after cleavage of "
          "the N–O bond, β-hydroxy ketones. Nitrile oxides are never isolated: they dimerise to "
          "furoxans (1,2,5-oxadiazole 2-oxides) within minutes to hours, so they are generated "
          "in situ in the presence of the alkene or alkyne (the dipolarophile). **Almost every "
          "problem with this chemistry is a race between the cycloaddition and this "
          "dimerisation.**"),
    ("h1", "2. Ways of making the nitrile oxide"),
    ("bullet", "**Route A (our standard):** aldoxime → hydroximoyl chloride with NCS in DMF, then "
               "slow addition of Et3N in the presence of the dipolarophile. Works for aromatic "
               "and most aliphatic aldoximes, and the chloride can be isolated."),
    ("bullet", "**Route B (one pot):** aldoxime and dipolarophile in CH2Cl2 with aqueous NaOCl "
               "(bleach) added dropwise {-F:at 0 °C-}{+F:at 0 °C with very fast stirring+}. "
               "Quick and needs no NCS, but poor for electron-rich or easily oxidised "
               "substrates."),
    ("bullet", "**Route C:** primary nitroalkane with phenyl isocyanate (2 equiv) and a few drops "
               "of Et3N in toluene. For aliphatic nitrile oxides when the aldoxime is awkward to "
               "make; the diphenylurea by-product precipitates and is filtered off."),
    ("p", "Route B amounts (5 mmol): aldoxime (5.0 mmol) and alkene (7.5 mmol) in CH2Cl2 "
          "(20 mL) at 0 °C; add 10–15% aqueous NaOCl (7.5 mmol, about 4.6 mL of a 12% "
          "solution) dropwise over 30 min, stir for 2 h at room temperature, then separate, "
          "wash with water and brine and dry."),
    ("h2", "Which regioisomer, and why"),
    ("p", "With monosubstituted alkenes the oxygen of the nitrile oxide bonds to the substituted "
          "carbon, so the substituent ends up at C-5. This holds for electron-rich and "
          "electron-poor alkenes alike, which is why terminal alkenes give a single isomer. "
          "Electron-poor 1,2-disubstituted alkenes such as crotonates give mixtures in which the "
          "ester often ends up at C-4."),
    ("h2", "Making the aldoxime"),
    ("p", "Aldehyde (1 equiv), NH2OH·HCl (1.2 equiv) and NaOAc (1.5 equiv) in EtOH/water 3:1 at "
          "room temperature for 1–2 h{-F: (we used to use NaHCO3 here)-}; concentrate and "
          "extract with EtOAc. E/Z mixtures are fine, because both isomers give the same "
          "nitrile oxide. Aldoximes keep for months in the fridge."),
    ("h1", "3. Standard procedure (Route A): 3,5-diphenyl-2-isoxazoline, 5 mmol"),
    ("h2", "Step 1 – hydroximoyl chloride"),
    ("num", "Dissolve benzaldoxime (606 mg, 5.00 mmol) in DMF (5 mL) in a 25 mL flask at room "
            "temperature.", 1),
    ("num", "Add about one fifth of the NCS (in total [c1[701 mg, 5.25 mmol, 1.05 equiv]c1]) and "
            "wait for the reaction to start: the solution turns yellow-green and warms slightly "
            "within 5–15 min.", 1),
    ("num", "Add the rest of the NCS in portions over 15 min and keep the temperature below "
            "35 °C with a water bath. Stir for 1 h.", 1),
    ("num", "TLC (hexane/EtOAc 4:1): oxime Rf 0.30, hydroximoyl chloride Rf 0.45. Pour into "
            "ice-water (25 mL), extract with Et2O (3 × 15 mL), wash the extracts with water "
            "(3 × 15 mL) to remove the DMF, dry over MgSO4 and concentrate below 30 °C. Use the "
            "chloride the same day.", 1),
    ("h2", "Step 2 – cycloaddition"),
    ("num", "Dissolve the crude hydroximoyl chloride and styrene (0.86 mL, 781 mg, 7.50 mmol, "
            "1.5 equiv) in CH2Cl2 (25 mL) and cool to 0 °C.", 1),
    ("num", "Add Et3N (0.84 mL, 6.0 mmol, 1.2 equiv) in CH2Cl2 (10 mL) [c2[by syringe pump over "
            "2 h]c2]{+F: (4 h for aliphatic oximes)+}.", 1),
    ("num", "Warm to room temperature and stir overnight. Wash with water, 1 M HCl (removes the "
            "Et3N) and brine, dry over MgSO4 and concentrate.", 1),
    ("num", "Column (hexane/EtOAc 9:1): 3,5-diphenyl-2-isoxazoline, white solid, 0.89–0.98 g "
            "(80–88%).", 1),
    ("p", "1H NMR (CDCl3): δ 5.77 (dd, J = 11.0, 8.3 Hz, 1H, H-5), 3.80 (dd, J = 16.6, 11.0 Hz, "
          "1H, H-4), 3.35 (dd, J = 16.6, 8.3 Hz, 1H, H-4′). The pair of H-4 doublets of "
          "doublets between δ 3.3 and 3.8 is the quickest check that a 5-substituted "
          "isoxazoline has formed."),
    ("h1", "4. Choosing conditions"),
    ("p", "**Table 1.** Dipolarophiles and what to expect"),
    ("table", [
        ["Dipolarophile", "Equiv", "Conditions", "What you get"],
        ["Monosubstituted alkene (styrene, 1-hexene, allyl ethers)", "1.5–2",
         "Route A, Et3N over 2 h, 0 °C to rt", "5-substituted isoxazoline, one regioisomer "
         "(above 95:5)"],
        ["Acrylates, vinyl ketones", "1.2–1.5", "Route A or B, rt",
         "5-ester or 5-acyl isoxazoline; electron-poor alkenes react fastest"],
        ["1,2-Disubstituted alkene", "3–5", "Route A, Et3N over 6–8 h, rt to 40 °C",
         "stereospecific (cis stays cis), but mixtures of regioisomers"],
        ["1,1-Disubstituted alkene", "3–5", "Route A, slow addition, 40 °C",
         "5,5-disubstituted isoxazoline, slower"],
        ["Terminal alkyne", "1.5–2", "Route A, or copper catalysis (section 5)",
         "3,5-disubstituted isoxazole"],
        ["Internal alkyne", "3–5", "[c3[toluene, 80 °C]c3], slow addition",
         "slow; mixtures of regioisomers"],
    ]),
    ("p", "**Table 2.** What the spots and peaks mean"),
    ("table", [
        ["Species", "TLC (hexane/EtOAc 4:1)", "LC-MS / 1H NMR"],
        ["Aldoxime", "Rf 0.30", "CH=N singlet near δ 8.2, broad OH"],
        ["Hydroximoyl chloride", "Rf 0.45", "3:1 chlorine isotope pattern, no CH=N singlet"],
        ["Furoxan (dimer)", "Rf 0.60, UV, often crystallises",
         "mass of two nitrile oxides; no signals from the alkene"],
        ["Isoxazoline", "Rf 0.40", "H-4 pair at δ 3.3–3.8, H-5 at δ 5.0–5.8"],
        ["Isoxazole", "Rf 0.45–0.55", "H-4 singlet near δ 6.8"],
    ]),
    ("h1", "5. Troubleshooting"),
    ("h3", "Mostly furoxan, little product"),
    ("p", "The nitrile oxide is formed faster than the dipolarophile can trap it. Add the base "
          "more slowly (syringe pump, 2–8 h), use more dipolarophile (3–5 equiv for slow "
          "alkenes), dilute the reaction to 0.05–0.1 M and start cold. Small aliphatic nitrile "
          "oxides dimerise fastest; aromatic ones with two ortho substituents are much slower "
          "(mesityl nitrile oxide can even be isolated)."),
    ("h3", "The NCS chlorination does not start"),
    ("p", "The chlorination has an induction period and is catalysed by the HCl it produces. "
          "Wait 15 min after the first portion; if nothing happens, add one drop of pyridine or "
          "warm the flask to 35–40 °C until the colour changes, then cool it again. Never add "
          "all the NCS to a mixture that has not started: on a larger scale it can then react "
          "all at once."),
    ("h3", "M+34 peaks: the aromatic ring got chlorinated"),
    ("p", "NCS also chlorinates electron-rich rings (anisoles, phenols, anilides, thiophenes). "
          "Use exactly 1.0 equiv NCS at 0 °C and stop as soon as the oxime has been used up."),
    ("h3", "The hydroximoyl chloride went dark overnight"),
    ("p", "They decompose on standing, giving off HCl. Make them on the day you use them, keep "
          "them cold, or skip the isolation: add the dipolarophile to the DMF solution and then "
          "the Et3N in DMF."),
    ("h3", "Two regioisomers"),
    ("p", "Expected with 1,2-disubstituted alkenes and internal alkynes, where the electronic "
          "and steric preferences are weak; separate them by chromatography. A terminal alkene "
          "should give one isomer: if it does not, check that your alkene really is terminal."),
    ("h3", "Terminal alkyne, little isoxazole"),
    ("p", "Alkynes react more slowly than alkenes, so the dimerisation wins. Use slow base "
          "addition and 2 equiv of alkyne, or the copper-catalysed version: hydroximoyl "
          "chloride, alkyne, CuSO4·5H2O (5 mol%), sodium ascorbate (10 mol%) and KHCO3 "
          "(4 equiv) in t-BuOH/water 1:1 at room temperature, which gives only the "
          "3,5-isomer."),
    ("h3", "Bleach route: oxime left over"),
    ("p", "Household and lab bleach lose strength on storage. Use a fresh bottle (10–15% "
          "available chlorine), stir very fast because there are two phases, and add another "
          "0.5 equiv NaOCl if TLC still shows oxime after 1 h."),
    ("h3", "Thick white precipitate while the Et3N goes in"),
    ("p", "That is Et3N·HCl. In CH2Cl2 most of it stays dissolved, in toluene or ether it "
          "precipitates; it does no harm but needs a large stirrer bar, and the water wash "
          "removes it."),
    ("h3", "Low yields with aliphatic aldoximes"),
    ("p", "Their hydroximoyl chlorides are less stable and their nitrile oxides dimerise fast. "
          "Do not isolate the chloride, add the base over 6–8 h, or use Route C from the "
          "nitroalkane."),
    ("h3", "Succinimide in the product"),
    ("p", "Succinimide from the NCS is soluble in water, and the three water washes in step 1 "
          "remove it. If it shows up in the NMR (singlet at δ 2.7), wash the ether solution of "
          "the chloride with water again before the cycloaddition."),
    ("h2", "Scaling up"),
    ("p", "Above 20 mmol run step 1 at 0 °C, add the NCS over 1 h once the reaction has "
          "started, keep a thermometer in the mixture and do not isolate more than 10 g of "
          "hydroximoyl chloride at a time. The cycloaddition itself is only mildly exothermic, "
          "but above 50 mmol the Et3N·HCl slurry needs an overhead stirrer."),
    ("h1", "6. After the cycloaddition: opening the ring"),
    ("p", "Isoxazolines survive chromatography and mild acid and base. To unmask the β-hydroxy "
          "ketone, heat with Mo(CO)6 (1 equiv) in MeCN/water 15:1 at reflux for 2–4 h; "
          "LiAlH4 gives the γ-amino alcohol instead. Mo(CO)6 gives off CO, so work in the fume "
          "hood."),
    ("h1", "7. Check first"),
    ("check", "Oxime pure and dry: no aldehyde left (CH=N singlet, no CHO signal)", True),
    ("check", "NCS white, not yellow; old yellow NCS has lost chlorine", True),
    ("check", "The chlorination really started before the bulk of the NCS went in", False),
    ("check", "Dipolarophile in the flask before any base is added", False),
    ("check", "Base added slowly with the syringe pump, never in one portion", False),
    ("check", "Enough dipolarophile for its reactivity (Table 1)", False),
    ("h1", "8. Safety"),
    ("bullet", "NH2OH·HCl is corrosive and a sensitiser; free hydroxylamine can decompose "
               "violently when heated, so never concentrate an oxime reaction that still "
               "contains it to dryness."),
    ("bullet", "NCS is an oxidant and an irritant. Its reaction with oximes in DMF is exothermic "
               "and starts late, so add it in portions; above 20 mmol plan the cooling with "
               "your supervisor first."),
    ("bullet", "Hydroximoyl chlorides irritate the skin and some are lachrymators: fume hood "
               "only."),
    ("bullet", "Phenyl isocyanate (Route C) is toxic and a lachrymator."),
    ("bullet", "Never mix bleach with acids (chlorine) or with ammonia or amines (chloramines)."),
    ("bullet", "Waste: DMF and aqueous washes to the aqueous waste, organic filtrates to the "
               "solvent waste, molybdenum residues to the heavy-metal waste."),
]
NO_COMMENTS = {
    1: [("F", "2025-03-02T15:20:11Z", "For the 4-methoxy oxime I got ring chlorination with "
         "1.05 equiv, see section 5."),
        ("M", "2025-03-02T18:02:45Z", "Yes, added a line in section 5. For anisyl oximes use "
         "exactly 1.0 equiv at 0 °C.")],
    2: [("T", "2025-02-26T09:13:37Z", "The blue syringe pump cannot deliver 10 mL over 2 h with "
         "the 10 mL syringe, it stalls near the end."),
        ("M", "2025-02-26T11:40:02Z", "Good point: use the 20 mL syringe at 5 mL/h.")],
    3: [("F", "2025-03-03T10:44:58Z", "Is 80 °C safe for the nitrile oxide?"),
        ("M", "2025-03-03T12:05:19Z", "Keep it at or below 80 °C; well above 100 °C aromatic "
         "nitrile oxides start to rearrange to isocyanates.")],
}
NO_DATES = {"F": "2025-03-03T10:41:22Z", "T": "2025-02-26T09:10:00Z", "M": "2025-03-04T08:00:00Z"}
_NO_TOKEN = re.compile(r"(\*\*.+?\*\*|\{\+[A-Z]:.*?\+\}|\{-[A-Z]:.*?-\}|\[c\d\[|\]c\d\]|@[^@]+@)")


def _no_plain(text: str) -> str:
    """The text of a paragraph as the verifier's units hold it (suggested insertions kept,
    suggested deletions dropped, markup removed)."""
    text = re.sub(r"\{-[A-Z]:.*?-\}", "", text)
    text = re.sub(r"\{\+[A-Z]:(.*?)\+\}", r"\1", text)
    text = re.sub(r"\[c\d\[|\]c\d\]", "", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    return re.sub(r"@([^@]+)@", r"\1", text)


_NO_RUN_ATTR = 'w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"'


def _no_r(text: str, rpr: str = "", tag: str = "w:t") -> str:
    return (f'<w:r {_NO_RUN_ATTR}><w:rPr>{rpr}<w:rtl w:val="0"/></w:rPr><{tag} '
            f'xml:space="preserve">{escape(text)}</{tag}></w:r>')


def _no_runs(text: str, rpr: str = "", ids: list[int] | None = None) -> str:
    """WordprocessingML runs for a marked-up text; ids is a counter for w:ins/w:del ids."""
    if ids is None:
        ids = [100]
    out: list[str] = []
    for tok in _NO_TOKEN.split(text):
        if not tok:
            continue
        if tok.startswith("**"):
            out.append(_no_r(tok[2:-2], rpr + "<w:b/>"))
        elif tok.startswith("{+"):
            who = NO_PEOPLE[tok[2]]
            ids[0] += 1
            out.append(f'<w:ins w:author="{who}" w:id="{ids[0]}" w:date="{NO_DATES[tok[2]]}">'
                       + _no_r(tok[4:-2], rpr) + "</w:ins>")
        elif tok.startswith("{-"):
            who = NO_PEOPLE[tok[2]]
            ids[0] += 1
            out.append(f'<w:del w:author="{who}" w:id="{ids[0]}" w:date="{NO_DATES[tok[2]]}">'
                       + _no_r(tok[4:-2], rpr, "w:delText") + "</w:del>")
        elif re.fullmatch(r"\[c\d\[", tok):
            n = int(tok[2])
            out.append("".join(f'<w:commentRangeStart w:id="{2 * n - 2 + k}"/>' for k in (0, 1)))
        elif re.fullmatch(r"\]c\d\]", tok):
            n = int(tok[2])
            for k in (0, 1):
                cid = 2 * n - 2 + k
                out.append(f'<w:commentRangeEnd w:id="{cid}"/><w:r {_NO_RUN_ATTR}><w:rPr/>'
                           f'<w:commentReference w:id="{cid}"/></w:r>')
        elif tok.startswith("@"):
            out.append('<w:hyperlink r:id="rId9"><w:r ' + _NO_RUN_ATTR + '><w:rPr><w:color '
                       'w:val="1155cc"/><w:u w:val="single"/><w:rtl w:val="0"/></w:rPr><w:t '
                       f'xml:space="preserve">{escape(tok[1:-1])}</w:t></w:r></w:hyperlink>')
        else:
            out.append(_no_r(tok, rpr))
    return "".join(out)


_NO_HEAD_IDS = ["gjdgxs", "30j0zll", "1fob9te", "3znysh7", "2et92p0", "tyjcwt", "3dy6vkm",
                "1t3h5sf", "4d34og8", "2s8eyo1", "17dp8vu", "3rdcrjn", "26in1rg", "lnxbz9",
                "35nkun2", "1ksv4uv", "44sinio", "2jxsxqh", "z337ya", "3j2qqm3"]
_NO_PSTYLE = {"title": "Title", "subtitle": "Subtitle", "h1": "Heading1", "h2": "Heading2",
              "h3": "Heading3"}


def _no_p(inner: str, ppr: str, pid: int) -> str:
    return (f'<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" '
            f'w:rsidRDefault="00000000" w:rsidRPr="00000000" w14:paraId="{pid:08X}">'
            f"<w:pPr>{ppr}<w:rPr/></w:pPr>{inner}</w:p>")


def _no_table(rows: list[list[str]], pid: list[int], ids: list[int]) -> str:
    n = len(rows[0])
    total = 9360
    widths = {4: [2880, 960, 2640, 2880], 3: [2340, 2340, 4680]}[n]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="'
           f'{total}.0" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="100.0" w:type="dxa"/>'
           '<w:tblBorders><w:top w:color="000000" w:space="0" w:sz="8" w:val="single"/><w:left '
           'w:color="000000" w:space="0" w:sz="8" w:val="single"/><w:bottom w:color="000000" '
           'w:space="0" w:sz="8" w:val="single"/><w:right w:color="000000" w:space="0" w:sz="8" '
           'w:val="single"/><w:insideH w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
           '<w:insideV w:color="000000" w:space="0" w:sz="8" w:val="single"/></w:tblBorders>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    for r, row in enumerate(rows):
        out.append('<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>')
        for c, cell in enumerate(row):
            shd = '<w:shd w:fill="d9ead3" w:val="clear"/>' if r == 0 else ""
            pid[0] += 1
            rpr = '<w:b w:val="1"/><w:sz w:val="20"/><w:szCs w:val="20"/>' if r == 0 else \
                '<w:sz w:val="20"/><w:szCs w:val="20"/>'
            para = _no_p(_no_runs(cell, rpr, ids), '<w:widowControl w:val="0"/><w:spacing '
                         'w:line="240" w:lineRule="auto"/>', pid[0])
            out.append(f'<w:tc><w:tcPr>{shd}<w:tcMar><w:top w:w="100.0" w:type="dxa"/><w:left '
                       'w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right '
                       f'w:w="100.0" w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>'
                       f"{para}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _no_document() -> str:
    body: list[str] = []
    pid = [0]
    ids = [100]
    extra = [hashlib.sha1(f"h{k}".encode()).hexdigest()[:7].lstrip("0123456789") or "x"
             for k in range(40)]
    heads = iter(_NO_HEAD_IDS + extra)
    bm = 0
    nums = {"bullet": 0, "num": 0}
    prev = None
    list_ids = {"bullet": 1, "num": 2, "check": 3}
    next_list = 4
    for block in NO_BODY:
        kind = block[0]
        pid[0] += 1
        if kind in ("bullet", "num", "check") and prev != kind:
            # Google Docs gives every list its own numbering definition
            if kind != "check":
                list_ids[kind] = next_list
                next_list += 1
            nums[kind] = nums.get(kind, 0) + 1
        if kind in _NO_PSTYLE:
            spacing = {"title": 'w:after="60" w:before="0"', "subtitle":
                       'w:after="320" w:before="0"', "h1": 'w:after="120" w:before="400"',
                       "h2": 'w:after="120" w:before="360"', "h3": 'w:after="80" w:before="320"'}
            ppr = (f'<w:pStyle w:val="{_NO_PSTYLE[kind]}"/><w:keepNext w:val="0"/><w:keepLines '
                   f'w:val="0"/><w:spacing {spacing[kind]} w:line="276" w:lineRule="auto"/>')
            mark = ""
            if kind.startswith("h"):
                mark = (f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_heading=h.'
                        f'{next(heads)}" w:id="{bm}"/><w:bookmarkEnd w:id="{bm}"/>')
                bm += 1
            body.append(_no_p(mark + _no_runs(block[1], "", ids), ppr, pid[0]))
        elif kind == "p":
            body.append(_no_p(_no_runs(block[1], "", ids), '<w:spacing w:after="120" '
                              'w:before="0" w:line="276" w:lineRule="auto"/>', pid[0]))
        elif kind in ("bullet", "num", "check"):
            num_id = list_ids[kind]
            ppr = (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr><w:spacing '
                   'w:after="0" w:before="0" w:line="276" w:lineRule="auto"/><w:ind '
                   'w:left="720" w:hanging="360"/>')
            rpr = '<w:strike w:val="1"/>' if kind == "check" and block[2] else ""
            body.append(_no_p(_no_runs(block[1], rpr, ids), ppr, pid[0]))
        elif kind == "table":
            body.append(_no_table(block[1], pid, ids))
        prev = kind
    body.append('<w:sectPr><w:pgSz w:h="15840" w:w="12240" w:orient="portrait"/><w:pgMar '
                'w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" w:header="720" '
                'w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr>')
    return (_NO_DECL + f"<w:document {_NO_NS}><w:body>" + "".join(body)
            + "</w:body></w:document>")


_NO_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_NO_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
          'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
          'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
          'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
          'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'mc:Ignorable="w14 w15 wp14"')


def _no_comments() -> str:
    out = [_NO_DECL + f"<w:comments {_NO_NS}>"]
    for n, entries in sorted(NO_COMMENTS.items()):
        for k, (who, date, text) in enumerate(entries):
            cid = 2 * n - 2 + k
            out.append(f'<w:comment w:id="{cid}" w:author="{NO_PEOPLE[who]}" w:date="{date}" '
                       'w:initials=""><w:p w:rsidR="00000000" w:rsidDel="00000000" '
                       'w:rsidP="00000000" w:rsidRDefault="00000000" w:rsidRPr="00000000">'
                       '<w:pPr><w:pStyle w:val="CommentText"/><w:spacing w:after="0" '
                       'w:before="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                       + _no_r(text) + "</w:p></w:comment>")
    out.append("</w:comments>")
    return "".join(out)


def _no_styles() -> str:
    def st(sid: str, name: str, ppr: str, rpr: str) -> str:
        return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
                '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr>' + ppr + "</w:pPr>"
                "<w:rPr>" + rpr + "</w:rPr></w:style>")

    head = ('<w:keepNext w:val="1"/><w:keepLines w:val="1"/>')
    return (_NO_DECL + f"<w:styles {_NO_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts "
            'w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/>'
            '<w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault><w:pPrDefault>'
            '<w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
            '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
            '<w:name w:val="normal"/><w:qFormat/></w:style>'
            + st("Heading1", "heading 1", head + '<w:spacing w:after="120" w:before="400"/>',
                 '<w:sz w:val="40"/><w:szCs w:val="40"/>')
            + st("Heading2", "heading 2", head + '<w:spacing w:after="120" w:before="360"/>',
                 '<w:b w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/>')
            + st("Heading3", "heading 3", head + '<w:spacing w:after="80" w:before="320"/>',
                 '<w:color w:val="434343"/><w:sz w:val="28"/><w:szCs w:val="28"/>')
            + st("Title", "Title", head + '<w:spacing w:after="60" w:before="0"/>',
                 '<w:sz w:val="52"/><w:szCs w:val="52"/>')
            + st("Subtitle", "Subtitle", head + '<w:spacing w:after="320" w:before="0"/>',
                 '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
                 '<w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/>')
            + st("CommentText", "annotation text", "", '<w:sz w:val="20"/><w:szCs w:val="20"/>')
            + '<w:style w:type="table" w:styleId="Table1"><w:name w:val="Table1"/><w:basedOn '
            'w:val="TableNormal"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/>'
            '<w:tblStyleColBandSize w:val="1"/><w:tblCellMar><w:top w:w="100.0" w:type="dxa"/>'
            '<w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right '
            'w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>')


def _no_numbering() -> str:
    def abstract(aid: int, fmt: str, text: str) -> str:
        lvls = []
        for lvl in range(9):
            if fmt == "bullet":
                t = (text, "○", "■")[lvl % 3] if text != "☐" else "☐"
            else:
                t = f"%{lvl + 1}." if lvl % 3 == 0 else (f"%{lvl + 1}." if lvl % 3 == 1 else
                                                         f"%{lvl + 1}.")
            nf = fmt if fmt == "bullet" else ("decimal", "lowerLetter", "lowerRoman")[lvl % 3]
            lvls.append(f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="{nf}"/>'
                        f'<w:lvlText w:val="{t}"/><w:lvlJc w:val="left"/><w:pPr><w:ind '
                        f'w:left="{720 * (lvl + 1)}" w:hanging="360"/></w:pPr><w:rPr><w:u '
                        'w:val="none"/></w:rPr></w:lvl>')
        return f'<w:abstractNum w:abstractNumId="{aid}">' + "".join(lvls) + "</w:abstractNum>"

    # count the lists: every new run of bullet/num paragraphs got its own numId (see above)
    kinds: list[str] = []
    prev = None
    for block in NO_BODY:
        if block[0] in ("bullet", "num") and prev != block[0]:
            kinds.append(block[0])
        prev = block[0]
    defs = [abstract(0, "bullet", "●"), abstract(1, "decimal", ""), abstract(2, "bullet", "☐")]
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
            '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>']
    for k, kind in enumerate(kinds):
        aid = len(defs)
        defs.append(abstract(aid, "bullet" if kind == "bullet" else "decimal", "●"))
        nums.append(f'<w:num w:numId="{4 + k}"><w:abstractNumId w:val="{aid}"/></w:num>')
    return _NO_DECL + f"<w:numbering {_NO_NS}>" + "".join(defs) + "".join(nums) + \
        "</w:numbering>"


def build_no_docx(path: Path) -> None:
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    doc_rels = (_NO_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                f'relationships"><Relationship Id="rId1" Type="{rel}/theme" Target="theme/'
                f'theme1.xml"/><Relationship Id="rId2" Type="{rel}/settings" Target="settings.xml"'
                f'/><Relationship Id="rId3" Type="{rel}/fontTable" Target="fontTable.xml"/>'
                f'<Relationship Id="rId4" Type="{rel}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId5" Type="{rel}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId6" Type="{rel}/comments" Target="comments.xml"/>'
                f'<Relationship Id="rId9" Type="{rel}/hyperlink" Target="mailto:{NO_MAIL}" '
                'TargetMode="External"/></Relationships>')
    root_rels = (_NO_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                 f'2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
                 'Target="word/document.xml"/></Relationships>')
    ct = (_NO_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default ContentType="application/xml" Extension="xml"/><Default '
          'ContentType="application/vnd.openxmlformats-package.relationships+xml" '
          'Extension="rels"/>'
          f'<Override ContentType="{wml}.comments+xml" PartName="/word/comments.xml"/>'
          f'<Override ContentType="{wml}.numbering+xml" PartName="/word/numbering.xml"/>'
          f'<Override ContentType="{wml}.styles+xml" PartName="/word/styles.xml"/>'
          f'<Override ContentType="{wml}.fontTable+xml" PartName="/word/fontTable.xml"/>'
          f'<Override ContentType="{wml}.settings+xml" PartName="/word/settings.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.theme+xml" '
          'PartName="/word/theme/theme1.xml"/>'
          f'<Override ContentType="{wml}.document.main+xml" PartName="/word/document.xml"/>'
          "</Types>")
    settings = (_NO_DECL + f'<w:settings {_NO_NS}><w:displayBackgroundShape w:val="1"/>'
                '<w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:val="14" '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/>'
                '<w:compatSetting w:val="1" w:name="enableOpenTypeFeatures" '
                'w:uri="http://schemas.microsoft.com/office/word"/><w:compatSetting w:val="1" '
                'w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word"'
                "/></w:compat></w:settings>")
    fonts = (_NO_DECL + f'<w:fonts {_NO_NS}><w:font w:name="Arial"><w:altName w:val="Arial"/>'
             '<w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family '
             'w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')
    theme = (_NO_DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
             'name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr '
             'val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" '
             'lastClr="FFFFFF"/></a:lt1></a:clrScheme><a:fontScheme name="Office"><a:majorFont>'
             '<a:latin typeface="Arial"/></a:majorFont><a:minorFont><a:latin typeface="Arial"/>'
             "</a:minorFont></a:fontScheme></a:themeElements></a:theme>")
    members = [("word/theme/theme1.xml", theme), ("word/settings.xml", settings),
               ("word/fontTable.xml", fonts), ("word/styles.xml", _no_styles()),
               ("word/document.xml", _no_document()), ("word/comments.xml", _no_comments()),
               ("word/numbering.xml", _no_numbering()),
               ("word/_rels/document.xml.rels", doc_rels), ("_rels/.rels", root_rels),
               ("[Content_Types].xml", ct)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    path.write_bytes(out.getvalue())


def _no_units() -> list[str]:
    units: list[str] = []
    for block in NO_BODY:
        kind = block[0]
        if kind == "table":
            units += [_no_plain(c) for row in block[1] for c in row]
        else:
            units.append(_no_plain(block[1]))
    for entries in NO_COMMENTS.values():
        units += [text for _, _, text in entries]
    return [u for u in units if u.strip()]


# ---------------------------------------------------------------------------
# 4. Filled-in fillable PDF form (AcroForm): mesylates and tosylates

MS_NAME = "mesylation-tosylation-fillable-form.pdf"
MS_PAGES = 4
MS_W, MS_H = 595.28, 841.89
MS_FORM = "Chemical Risk Assessment and Procedure Form (CRA-2)"
MS_FOOT = "Form CRA-2 v3.2 (fillable) · Safety Office · Page {n} of {total}"
MS_INSTR = ("Complete every section. Boxes scroll: text that does not fit a box is kept in the "
            "field and is printed only as far as the box reaches.")
CR = "\r"  # Acrobat keeps line breaks in field values as carriage returns

MS_VALUES = {
    "A_title": "Sulfonylation of alcohols: mesylates (MsCl, Et3N, CH2Cl2) and tosylates (TsCl "
               "with pyridine, or TsCl, Et3N and DMAP in CH2Cl2)",
    "A_group": "Wierzbicki group (synthesis); PI Dr T. Wierzbicki",
    "A_assessor": "Oskar Lindqvist (PhD student)",
    "A_date": "04/02/2025",
    "A_location": "Lab 2.11, fume hoods 4-6; MsCl is kept in the corrosives cabinet of lab 2.11",
    "A_review": "04/02/2026",
    "A_scale": "50 mmol of alcohol per run; above that a new assessment and a supervised first "
               "run",
    "C_rating": "Medium",
    "E_background": CR.join([
        "Alcohols are turned into methanesulfonates (mesylates, ROMs) or p-toluenesulfonates "
        "(tosylates, ROTs) to make the oxygen a good leaving group for a substitution or an "
        "elimination in the next step. The C-O bond of the alcohol is not broken, so the "
        "configuration of the carbon is retained; inversion only happens later, in the "
        "displacement step.",
        "Mesylation with MsCl and Et3N goes through sulfene (CH2=SO2), formed when the base "
        "removes HCl from MsCl. Sulfene is small and very reactive, so mesylation is fast at "
        "0 °C (usually complete in 15-60 min) and also works for hindered secondary alcohols. "
        "Because it goes through sulfene it needs a tertiary amine base such as Et3N.",
        "TsCl has no CH3 group next to the sulfur, cannot form a sulfene and reacts directly "
        "with the alcohol, which is much slower. Pyridine as the solvent, or 0.1 equiv DMAP "
        "with Et3N, speeds it up by forming a sulfonylpyridinium salt. Tosylates are often "
        "crystalline and keep better than mesylates, which helps with purification and "
        "storage.",
        "Primary alcohols react fastest, then secondary ones; tertiary alcohols give no stable "
        "sulfonate under these conditions (they eliminate or give the chloride). Amines and "
        "phenols are sulfonylated faster than alcohols.",
    ]),
    "F_procA": CR.join([
        "Standard scale: 10.0 mmol of alcohol.",
        "1. Dry a 100 mL round-bottomed flask and stirrer bar and put them under nitrogen.",
        "2. Add the alcohol (10.0 mmol), dry CH2Cl2 (50 mL, 0.2 M) and Et3N (2.09 mL, 15.0 "
        "mmol, 1.5 equiv). Cool to 0 °C in an ice bath with a thermometer in the mixture.",
        "3. Add MsCl (0.93 mL, 12.0 mmol, 1.2 equiv) dropwise by syringe over 10 min, keeping "
        "the internal temperature below 5 °C. The mixture turns cloudy (Et3N·HCl).",
        "4. Stir at 0 °C for 30-60 min. TLC (hexane/EtOAc 2:1, PMA dip): alcohol Rf 0.20, "
        "mesylate Rf 0.45.",
        "5. Quench with ice-cold water (20 mL) and separate. Wash the organic layer with cold "
        "1 M HCl (20 mL), saturated NaHCO3 (20 mL) and brine (20 mL).",
        "6. Dry over Na2SO4, filter and concentrate with the bath at no more than 30 °C.",
        "7. Use the crude mesylate directly in the next step, on the same day if possible. "
        "Primary mesylates are usually more than 95% pure by NMR; do not chromatograph "
        "unstable (allylic, benzylic) mesylates.",
        "NMR check: the CH3SO2 singlet appears at delta 3.0 (3H) and the CH-O signal moves "
        "about 0.5 ppm downfield (CH2OH at delta 3.6 becomes CH2OMs at delta 4.2).",
    ]),
    "G_procB": CR.join([
        "For primary and unhindered secondary alcohols, 10.0 mmol.",
        "Option 1 (Et3N/DMAP): alcohol (10.0 mmol), Et3N (2.09 mL, 15.0 mmol) and DMAP "
        "(122 mg, 1.0 mmol, 0.1 equiv) in dry CH2Cl2 (30 mL) at 0 °C; add TsCl (2.29 g, "
        "12.0 mmol, 1.2 equiv) in portions over 5 min, then stir at room temperature for "
        "2-16 h (TLC).",
        "Option 2 (pyridine): alcohol (10.0 mmol) in dry pyridine (10 mL) at 0 °C; add TsCl "
        "(2.29 g, 12.0 mmol) in portions and keep the flask at 0-5 °C (cold room or fridge) "
        "overnight. Use this for sensitive substrates and when elimination is a problem.",
        "Removing excess TsCl: 15 min before the work-up add N,N-dimethylethylenediamine "
        "(0.33 mL, 3.0 mmol). The basic sulfonamide that forms goes into the 1 M HCl wash.",
        "Work-up: dilute with CH2Cl2 (Et2O for option 2) and wash with 1 M HCl, which removes "
        "Et3N and DMAP; for pyridine wash with 10% aqueous CuSO4 until the aqueous layer stays "
        "light blue. Then wash with saturated NaHCO3 and brine, dry and concentrate. Tosylates "
        "can usually be recrystallised (hexane/EtOAc) or chromatographed.",
        "NMR check: ArCH3 singlet at delta 2.45 and two aromatic doublets at delta 7.35 and "
        "7.80.",
    ]),
    "H_check": CR.join([
        "- MsCl colourless to pale yellow and not fuming strongly when opened; TsCl white and "
        "free-flowing (sticky or smelling of HCl means hydrolysed)",
        "- CH2Cl2 and pyridine dry (from the SPS or over sieves), alcohol dry",
        "- Base in the flask before the sulfonyl chloride goes in",
        "- Thermometer in the mixture, ice bath ready, MsCl added slowly",
        "- Other nucleophilic groups (NH, phenol OH, a second OH) protected or accounted for",
        "- Next step planned for the same day if the product is a mesylate",
    ]),
    "I_trouble": CR.join([
        "1. Alkyl chloride instead of (or as well as) the sulfonate: chloride from the "
        "Et3N·HCl displaces the sulfonate, above all with allylic, benzylic or otherwise "
        "activated alcohols, in DMF, with long reaction times or at room temperature. Keep it "
        "at 0 °C, work up as soon as the alcohol has gone, and use methanesulfonic anhydride "
        "(Ms2O, 1.2 equiv) instead of MsCl: it gives no chloride.",
        "2. Alkene (elimination): secondary and hindered alcohols, excess base, warming. Keep "
        "it at 0 °C, use 1.2 equiv Et3N, leave out the DMAP, or use option 2 (pyridine, "
        "0-5 °C).",
        "3. Tosylation very slow or stuck at 50%: add DMAP (0.1 equiv) or make the mesylate "
        "instead; MsCl reacts with hindered secondary alcohols that TsCl hardly touches.",
        "4. The alcohol comes back after the work-up: the sulfonyl chloride was hydrolysed "
        "(wet solvent, old reagent) or the product was hydrolysed in the work-up. Check the "
        "reagent, dry the solvent, keep the washes cold and quick.",
        "5. Old TsCl (sticky, smells of HCl, contains TsOH): recrystallise it from hexane, or "
        "dissolve 10 g in chloroform (25 mL), add petroleum ether (125 mL), filter off the "
        "precipitated impurities and concentrate.",
        "6. The mesylate decomposes on the column or on standing (allylic, benzylic, or a "
        "nucleophilic group nearby that closes a ring): do not chromatograph it, keep it cold "
        "and use it the same day.",
        "7. More than one group sulfonylated (diols, amino alcohols, phenols): amines and "
        "phenols react faster than alcohols, so protect them first. For a primary OH next to a "
        "secondary one use 1.0 equiv TsCl in pyridine at -20 °C, which is the more selective "
        "combination.",
        "8. Strong fuming and a temperature jump when the MsCl goes in: addition too fast or "
        "wet solvent. Stop, let it cool, then add the rest more slowly.",
        "9. The product seems to have the inverted configuration: sulfonylation cannot invert "
        "the carbon, so what you have is the chloride (see 1) or a substitution product.",
        "10. Pyridine smell in the product: wash with 10% CuSO4 again, or co-evaporate twice "
        "with toluene.",
    ]),
    "J_emergency": CR.join([
        "Spill of MsCl inside the fume hood: close the sash, cover the spill with dry sand or "
        "an inert absorbent, then add sodium bicarbonate slowly and collect everything in a "
        "labelled container.",
        "Spill outside the hood, or anyone exposed to the vapour: evacuate the lab and call "
        "the emergency number on the door; MsCl vapour is fatal if inhaled.",
        "Skin contact with MsCl, TsCl or DMAP: take off contaminated clothing, wash the skin "
        "with plenty of water and get first aid (DMAP is absorbed through the skin). Report "
        "every incident on the online form.",
    ]),
    "K_waste": CR.join([
        "Excess MsCl or TsCl: add slowly to stirred, ice-cold saturated NaHCO3 in the hood and "
        "stir until no more gas is given off; then aqueous waste.",
        "Acidic and basic washes: aqueous waste after neutralisation. CuSO4 washes: "
        "heavy-metal aqueous waste. Pyridine and Et3N solutions: solvent waste labelled "
        "'contains pyridine'. Silica and TLC plates with sulfonates: solid chemical waste.",
    ]),
    "L_approved": "Approved - T. Wierzbicki",
    "L_date": "05/02/2025",
}
MS_GRID = [
    ["Methanesulfonyl chloride (MsCl)", "0.93 mL (12.0 mmol)",
     "Fatal if inhaled; corrosive; lachrymator; reacts with water giving HCl",
     "Fume hood only; transfer by syringe; bottle kept under N2"],
    ["p-Toluenesulfonyl chloride (TsCl)", "2.29 g (12.0 mmol)",
     "Corrosive; moisture-sensitive; skin sensitiser", "Weigh in the hood; keep the bottle dry"],
    ["Triethylamine", "2.09 mL (15.0 mmol)", "Highly flammable; corrosive; toxic by inhalation",
     "Fume hood; no ignition sources nearby"],
    ["Pyridine (option 2)", "up to 10 mL", "Flammable; harmful; strong smell",
     "Fume hood; CuSO4 wash in the work-up"],
    ["4-(Dimethylamino)pyridine (DMAP)", "122 mg (1.0 mmol)",
     "Toxic; fatal in contact with skin", "Weigh in the hood; avoid all skin contact"],
    ["Dichloromethane", "50 mL", "Suspected carcinogen; volatile",
     "Fume hood; keep the flask closed when not in use"],
    ["Alkyl mesylates and tosylates (products)", "about 10 mmol",
     "Alkylating agents: treat as mutagenic", "Handle as toxic; label all vials"],
]
MS_PPE = [("Lab coat", True), ("Safety glasses", True), ("Goggles for MsCl transfers", True),
          ("Face shield", False), ("Nitrile gloves", True), ("Fume hood", True),
          ("Blast screen", False), ("Respirator", False)]
MS_TOOLTIPS = {
    "A_title": "Title of the procedure", "A_group": "Research group and principal investigator",
    "A_assessor": "Name of the person who wrote this assessment",
    "A_date": "Date of assessment (dd/mm/yyyy)", "A_location": "Rooms and fume hoods",
    "A_review": "Review date (dd/mm/yyyy)", "A_scale": "Largest scale covered",
    "C_rating": "Risk rating after controls", "E_background": "Background",
    "F_procA": "Procedure, part 1", "G_procB": "Procedure, part 2",
    "H_check": "Checks before starting", "I_trouble": "Troubleshooting",
    "J_emergency": "Emergencies", "K_waste": "Waste", "L_approved": "Supervisor approval",
    "L_date": "Date of approval",
}
_MS_DATE_FIELDS = {"A_date", "A_review", "L_date"}


def _ms_winansi(text: str) -> bytes:
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError as exc:
        raise SystemExit(f"form text outside WinAnsi: {text!r}") from exc


def _ms_lit(text: str) -> bytes:
    """A PDF literal string in WinAnsi (content streams)."""
    out = bytearray(b"(")
    for b in _ms_winansi(text):
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 0x20 or b > 0x7E:
            out += f"\\{b:03o}".encode("ascii")
        else:
            out.append(b)
    return bytes(out + b")")


def _ms_textstring(text: str) -> bytes:
    """A PDF text string for /V, /TU, /T: literal if ASCII, else UTF-16BE with BOM."""
    if all(32 <= ord(c) < 127 or c == "\r" for c in text):
        esc = (text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
               .replace("\r", "\\r"))
        return f"({esc})".encode("ascii")
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


class _MsPdf:
    """A minimal PDF writer: numbered objects, an xref table and a trailer."""

    def __init__(self) -> None:
        self.objs: list[bytes | None] = []

    def reserve(self) -> int:
        self.objs.append(None)
        return len(self.objs)

    def add(self, data: bytes) -> int:
        self.objs.append(data)
        return len(self.objs)

    def set(self, num: int, data: bytes) -> None:
        self.objs[num - 1] = data

    @staticmethod
    def stream(head: str, data: bytes) -> bytes:
        comp = zlib.compress(data, 9)
        return (f"<< {head} /Filter /FlateDecode /Length {len(comp)} >>\nstream\n".encode()
                + comp + b"\nendstream")

    def output(self, root: int, info: int) -> bytes:
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, data in enumerate(self.objs, start=1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + data + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += (f"trailer\n<< /Size {len(self.objs) + 1} /Root {root} 0 R /Info {info} 0 R "
                f"/ID [<{fid}> <{fid}>] >>\nstartxref\n{xref}\n%%EOF\n").encode()
        return bytes(out)


def _ms_wrap(text: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for para in text.split(CR):
        cur = ""
        for w in para.split(" "):
            trial = w if not cur else cur + " " + w
            if pdfmetrics.stringWidth(trial, "Helvetica", size) <= width or not cur:
                cur = trial
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


def _ms_layout() -> list[dict]:
    """Pages with static text items, rectangles and fields.  Static text items are
    (x, y, size, bold, text); fields are dicts with name, kind, rect and options."""
    pages: list[dict] = []
    left, right = 40.0, MS_W - 40.0

    def new_page(n: int) -> dict:
        pg = {"text": [], "rects": [], "bars": [], "fields": []}
        pg["bars"].append((left, 790.0, right - left, 32.0, 0.82))
        pg["text"].append((left + 6, 808.0, 8.0, True, "DEPARTMENT OF CHEMISTRY · SAFETY OFFICE"))
        pg["text"].append((left + 6, 795.0, 12.0, True, MS_FORM))
        pg["text"].append((left, 40.0, 7.0, False, MS_FOOT.format(n=n, total=MS_PAGES)))
        pages.append(pg)
        return pg

    def bar(pg: dict, y: float, text: str) -> None:
        pg["bars"].append((left, y - 4, right - left, 16.0, 0.9))
        pg["text"].append((left + 4, y, 9.5, True, text))

    def field(pg: dict, name: str, x: float, y: float, w: float, h: float, kind: str = "text",
              size: float = 8.0, multiline: bool = True, value: str | None = None) -> None:
        pg["fields"].append({"name": name, "kind": kind, "rect": (x, y, x + w, y + h),
                             "size": size, "multiline": multiline,
                             "value": MS_VALUES.get(name, "") if value is None else value})
        pg["rects"].append((x, y, w, h))

    # page 1
    pg = new_page(1)
    pg["text"].append((left, 776.0, 7.5, False, MS_INSTR))
    bar(pg, 756.0, "A. Activity")
    rows = [("Title of procedure", "A_title", 26.0), ("Research group / PI", "A_group", 14.0),
            ("Assessor", "A_assessor", 14.0), ("Location", "A_location", 14.0),
            ("Maximum scale", "A_scale", 14.0)]
    y = 736.0
    for label, name, h in rows:
        pg["text"].append((left, y - h + 4, 8.5, False, label))
        field(pg, name, left + 110, y - h, right - left - 110, h, size=8.0,
              multiline=h > 14)
        y -= h + 6
    for label, name in (("Date of assessment", "A_date"), ("Review date", "A_review")):
        pg["text"].append((left, y - 10, 8.5, False, label))
        field(pg, name, left + 110, y - 14, 90, 14, multiline=False)
        y -= 20
    bar(pg, y - 12, "B. Substances (standard run)")
    y -= 34
    cols = [(left, 140.0, "Substance"), (left + 140, 85.0, "Quantity"),
            (left + 225, 150.0, "Main hazards"), (left + 375, right - left - 375, "Specific controls")]
    for x, _, head in cols:
        pg["text"].append((x + 2, y, 8.0, True, head))
    y -= 6
    for r, row in enumerate(MS_GRID, start=1):
        y -= 24
        for c, ((x, w, _), cell) in enumerate(zip(cols, row)):
            field(pg, f"B_{'sqhc'[c]}{r}", x, y, w, 22, size=7.0, value=cell)
    bar(pg, y - 22, "C. Overall risk rating after controls")
    y -= 44
    pg["text"].append((left, y + 3, 8.5, False, "Rating (Low / Medium / High)"))
    pg["fields"].append({"name": "C_rating", "kind": "combo", "rect": (left + 150, y, left + 250,
                         y + 14), "size": 9.0, "multiline": False, "value": "Medium"})
    pg["rects"].append((left + 150, y, 100, 14))
    bar(pg, y - 22, "D. Personal protective equipment and engineering controls")
    y -= 44
    for k, (label, on) in enumerate(MS_PPE):
        x = left + (k % 4) * 130
        yy = y - (k // 4) * 18
        pg["fields"].append({"name": f"D_ppe{k + 1}", "kind": "check",
                             "rect": (x, yy, x + 10, yy + 10), "size": 8.0, "multiline": False,
                             "value": "Yes" if on else "Off"})
        pg["rects"].append((x, yy, 10, 10))
        pg["text"].append((x + 14, yy + 2, 8.0, False, label))
    # pages 2-4: the big boxes
    big = [
        (2, [("E. Background: what the procedure does and why", "Explain it in words a new "
              "lab member understands.", "E_background", 170.0),
             ("F. Procedure, part 1 (mesylates)", "Step by step, with amounts, temperatures "
              "and times. Say how you follow the reaction.", "F_procA", 160.0)]),
        (3, [("G. Procedure, part 2 (tosylates)", "As for part 1.", "G_procB", 170.0),
             ("H. Checks before starting", "What must be checked before the first reagent "
              "goes in?", "H_check", 90.0)]),
        (4, [("I. Troubleshooting and known failure modes", "What goes wrong, why, and what "
              "to do.", "I_trouble", 190.0),
             ("J. Spills, exposure and emergencies", "", "J_emergency", 80.0),
             ("K. Waste", "", "K_waste", 70.0)]),
    ]
    for n, boxes in big:
        pg = new_page(n)
        y = 770.0
        for title, instr, name, h in boxes:
            bar(pg, y, title)
            y -= 14
            if instr:
                pg["text"].append((left, y, 7.5, False, instr))
                y -= 6
            field(pg, name, left, y - h, right - left, h, size=9.5)
            y -= h + 24
        if n == 4:
            bar(pg, y, "L. Sign-off")
            y -= 26
            pg["text"].append((left, y + 3, 8.5, False, "Assessor signature"))
            pg["fields"].append({"name": "L_signature", "kind": "sig", "rect": (left + 110, y,
                                 left + 300, y + 18), "size": 8.0, "multiline": False,
                                 "value": ""})
            pg["rects"].append((left + 110, y, 190, 18))
            y -= 26
            pg["text"].append((left, y + 3, 8.5, False, "Approved by (supervisor)"))
            field(pg, "L_approved", left + 110, y, 190, 16, multiline=False)
            pg["text"].append((left + 320, y + 3, 8.5, False, "Date"))
            field(pg, "L_date", left + 350, y, 90, 16, multiline=False)
            y -= 30
            pg["text"].append((left, y, 7.5, False, "By signing, the assessor confirms that "
                               "the procedure will be carried out as described above."))
    return pages


def _ms_appearance(pdf: _MsPdf, f: dict, helv: int, zadb: int) -> bytes:
    x0, y0, x1, y1 = f["rect"]
    w, h = x1 - x0, y1 - y0
    if f["kind"] == "check":
        on = pdf.add(pdf.stream(f"/Type /XObject /Subtype /Form /BBox [0 0 {w:.2f} {h:.2f}] "
                                f"/Resources << /Font << /ZaDb {zadb} 0 R >> >>",
                                b"q 0 g BT /ZaDb 8 Tf 1.6 2.0 Td (4) Tj ET Q"))
        off = pdf.add(pdf.stream(f"/Type /XObject /Subtype /Form /BBox [0 0 {w:.2f} {h:.2f}]",
                                 b""))
        return f"/AP << /N << /Yes {on} 0 R /Off {off} 0 R >> >>".encode()
    size = f["size"]
    lead = size * 1.15
    if f["kind"] == "sig" or not f["value"]:
        lines: list[str] = []
    elif f["multiline"]:
        lines = _ms_wrap(f["value"], size, w - 4)
    else:
        lines = [f["value"]]
    ops = [f"/Tx BMC q 1 1 {w - 2:.2f} {h - 2:.2f} re W n BT /Helv {size:g} Tf 0 g".encode()]
    y = h - 2 - size if f["multiline"] else (h - size) / 2 + 1.5
    first = True
    for line in lines:
        if y < -size:  # the rest of the text is clipped away (it stays in /V)
            break
        if first:
            ops.append(f"2 {y:.2f} Td".encode())
            first = False
        else:
            ops.append(f"0 {-lead:.2f} Td".encode())
        ops.append(_ms_lit(line) + b" Tj")
        y -= lead
    ops.append(b"ET Q EMC")
    ap = pdf.add(pdf.stream(f"/Type /XObject /Subtype /Form /BBox [0 0 {w:.2f} {h:.2f}] "
                            f"/Resources << /Font << /Helv {helv} 0 R >> >>", b"\n".join(ops)))
    return f"/AP << /N {ap} 0 R >>".encode()


def ms_pdf_bytes() -> bytes:
    pdf = _MsPdf()
    catalog = pdf.reserve()
    pages_obj = pdf.reserve()
    helv = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding "
                   b"/WinAnsiEncoding /Name /Helv >>")
    hebo = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding "
                   b"/WinAnsiEncoding /Name /HeBo >>")
    zadb = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats /Name /ZaDb >>")
    page_ids: list[int] = []
    field_ids: list[int] = []
    layout = _ms_layout()
    for pg in layout:
        ops: list[bytes] = []
        for x, y, w, h, grey in pg["bars"]:
            ops.append(f"{grey:g} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f".encode())
        ops.append(b"0 g 0.4 G 0.6 w")
        for x, y, w, h in pg["rects"]:
            ops.append(f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re S".encode())
        for x, y, size, bold, text in pg["text"]:
            font = "F2" if bold else "F1"
            ops.append(f"BT /{font} {size:g} Tf {x:.2f} {y:.2f} Td ".encode() + _ms_lit(text)
                       + b" Tj ET")
        content = pdf.add(pdf.stream("", b"\n".join(ops)))
        page = pdf.reserve()
        page_ids.append(page)
        annots: list[int] = []
        for f in pg["fields"]:
            fid = pdf.reserve()
            x0, y0, x1, y1 = f["rect"]
            parts = [f"<< /Type /Annot /Subtype /Widget /Rect [{x0:.2f} {y0:.2f} {x1:.2f} "
                     f"{y1:.2f}] /F 4 /P {page} 0 R /T ".encode() + _ms_textstring(f["name"])]
            tip = MS_TOOLTIPS.get(f["name"])
            if tip:
                parts.append(b" /TU " + _ms_textstring(tip))
            if f["kind"] == "check":
                parts.append(f" /FT /Btn /V /{f['value']} /AS /{f['value']} /MK << /CA (4) >> "
                             "/DA (/ZaDb 0 Tf 0 g)".encode())
            elif f["kind"] == "sig":
                parts.append(b" /FT /Sig /MK << >>")
            elif f["kind"] == "combo":
                parts.append(b" /FT /Ch /Ff 131072 /Opt [(Low) (Medium) (High)] /V "
                             + _ms_textstring(f["value"]) + b" /DA (/Helv 9 Tf 0 g)")
            else:
                flags = 4096 if f["multiline"] else 0
                parts.append(f" /FT /Tx /Ff {flags} /DA (/Helv {f['size']:g} Tf 0 g) /V ".encode()
                             + _ms_textstring(f["value"]))
                if f["name"] in _MS_DATE_FIELDS:
                    parts.append(b' /AA << /F << /S /JavaScript /JS (AFDate_FormatEx\\("dd/mm/'
                                 b'yyyy"\\);) >> /K << /S /JavaScript /JS (AFDate_KeystrokeEx\\('
                                 b'"dd/mm/yyyy"\\);) >> >>')
            if f["kind"] != "sig":
                parts.append(b" " + _ms_appearance(pdf, f, helv, zadb))
            parts.append(b" >>")
            pdf.set(fid, b"".join(parts))
            annots.append(fid)
        field_ids += annots
        pdf.set(page, (f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {MS_W} {MS_H}] "
                       f"/Resources << /Font << /F1 {helv} 0 R /F2 {hebo} 0 R >> /ProcSet [/PDF "
                       f"/Text] >> /Contents {content} 0 R /Annots ["
                       + " ".join(f"{a} 0 R" for a in annots) + "] >>").encode())
    pdf.set(pages_obj, (f"<< /Type /Pages /Count {len(page_ids)} /Kids ["
                        + " ".join(f"{p} 0 R" for p in page_ids) + "] >>").encode())
    pdf.set(catalog, (f"<< /Type /Catalog /Pages {pages_obj} 0 R /AcroForm << /Fields ["
                      + " ".join(f"{f} 0 R" for f in field_ids)
                      + f"] /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv {helv} 0 R /ZaDb {zadb} "
                        "0 R >> >> /NeedAppearances false >> /PageLayout /OneColumn "
                        "/ViewerPreferences << /DisplayDocTitle true >> >>").encode())
    info = pdf.add(b"<< /Title (CRA-2 Chemical Risk Assessment and Procedure Form) /Author "
                   b"(Safety Office) /Creator (Adobe Acrobat Pro \\(64-bit\\) 24.4.20220) "
                   b"/Producer (Adobe Acrobat Pro \\(64-bit\\) 24.4.20220) /CreationDate "
                   b"(D:20230905101532+01'00') /ModDate (D:20250205163311Z) >>")
    return pdf.output(catalog, info)


def build_ms_pdf(path: Path) -> None:
    path.write_bytes(ms_pdf_bytes())


def _ms_units() -> list[str]:
    """Printed lines of every page, then the lines of the field values of that page."""
    units: list[str] = []
    for pg in _ms_layout():
        units += [t[4] for t in pg["text"]]
        for f in pg["fields"]:
            if f["kind"] in ("text", "combo") and f["value"]:
                units += [ln for ln in f["value"].split(CR) if ln.strip()]
    return units


# ---------------------------------------------------------------------------
# 5. Teams meeting transcript (WebVTT) renamed .txt: Soxhlet extraction

SX_NAME = "soxhlet-extraction-teams-transcript.txt"
SX_GUID = "4f0c9a2e-7b13-4d58-a6e2-91c3d70b5f84"
SX_SPEAKERS = {"NA": "Ngozi Adeyemi", "BR": "Beatriz Ramos", "AP": "Arjun Pillai",
               "CM": "Chloe Martin"}
# (speaker, what was said).  ("NOTE", lines) blocks were added to the file afterwards.
SX_SCRIPT: list[tuple] = [
    ("NA", "OK, I think everyone is in, so let's start. Welcome to the training session on "
           "socks let extraction. This is being recorded, and the recording and the transcript "
           "go on the teaching channel, so if you miss something you can look it up later."),
    ("NA", "So first, why would you use a Soxhlet at all? You use it when you have a solid and "
           "you want to get something out of it that is not very soluble, or when you need to "
           "extract it completely, and a few washes on the filter would not be enough. In this "
           "group the main uses are purifying the crude polymers, where we wash out catalyst "
           "residues and oligomers with one solvent after another, and extracting a product "
           "from a solid reaction mixture, for example after a solvent-free reaction, so that "
           "the product goes into the solvent and the inorganic salts stay behind. Some people "
           "also use it for plant material."),
    ("NA", "The big advantage is that the sample is always washed with freshly distilled, clean "
           "solvent, so you get a lot of extraction out of a small volume of solvent. The "
           "disadvantage is that whatever you extract sits in boiling solvent in the flask for "
           "hours, so anything that is not stable at the boiling point of your solvent is a "
           "problem, and I'll come back to that."),
    ("NA", "Right, the set-up, from the bottom. A round-bottomed flask with a stirrer bar, the "
           "extractor body on top of that, and the condenser on top of the extractor. We use the "
           "big Alan condensers or the coil condensers, not a short Leibig. The extractor has "
           "two side tubes. The wide one is the vapour arm, which takes the solvent vapour from "
           "the flask up past the thimble to the condenser, and the thin bent one is the "
           "siphon. The solvent drips from the condenser into the thimble and fills the "
           "chamber, and when the level reaches the top of the siphon bend, the whole chamber "
           "empties back into the flask in one go. That's one cycle."),
    ("NA", "The thimble. We use cellulose thimbles for almost everything, and glass-fibre "
           "thimbles when we need to go above about 120 degrees or use something aggressive. "
           "The sizes we have are on the slide, um, I'll put the slide in the chat afterwards."),
    ("NOTE", ["Slide 3 pasted by Beatriz Ramos after the session: sizes we have in the lab",
              "Extractor (siphon volume) | Thimble, i.d. x height | Flask | Solvent in the flask",
              "40 mL extractor | 22 x 80 mm thimble | 100 mL flask | 60-80 mL",
              "100 mL extractor | 33 x 80 mm thimble | 250 mL flask | 150-200 mL",
              "250 mL extractor | 43 x 123 mm thimble | 500 mL flask | 375-450 mL",
              "Cellulose thimbles up to about 120 °C; glass-fibre thimbles above that."]),
    ("NA", "The most important rule about the thimble: the top of the thimble has to be higher "
           "than the top of the siphon bend, about 1 cm higher. If the thimble is shorter, the "
           "solvent runs over the rim and fills the chamber around the thimble, and a lot of it "
           "bypasses your sample. And fill the thimble only about two thirds, and put a plug of "
           "glass wool on top of the sample so that fine particles do not float out and end up "
           "in the siphon."),
    ("NA", "Solvent volume. You need enough solvent in the flask that it does not boil dry when "
           "the chamber is full. The rule of thumb is 1.5 to 2 times the siphon volume of the "
           "extractor, so for the 100 mL extractor we put 150 to 200 mL in the 250 mL flask. "
           "And never fill the flask more than about two thirds."),
    ("NA", "OK, now the demonstration. This is the crude polymer from Beatriz's last batch, "
           "500 mg, it's a dark solid. It goes into a 33 by 80 mm cellulose thimble, glass wool "
           "on top, thimble into the 100 mL extractor, and you can see the top sticks out above "
           "the siphon bend. The flask has 180 mL of methanol and a stirrer bar. Now the "
           "condenser on top, clips on all the joints, water on, and then you check that the "
           "water is really flowing before you switch on the heating mantle."),
    ("NA", "We do the solvents in order. Methanol first, that takes out the salts and the "
           "catalyst residues, 12 hours. Then acetone, 12 hours, for the oligomers. Then "
           "hexane, 12 hours, for the low molecular weight fraction. And then chloroform, which "
           "dissolves the polymer we actually want. You change the flask and the solvent "
           "between them and let the thimble drain in between. The chloroform you run until the "
           "solvent coming down the siphon is colourless, usually 4 to 8 hours."),
    ("NA", "Then the chloroform fraction: you concentrate it to about 20 mL on the rotavap, drop "
           "it into 200 mL of methanol with stirring, the polymer precipitates, and you filter "
           "it off and dry it."),
    ("BR", "How fast should it be cycling?"),
    ("NA", "Good question. Aim for about 4 to 6 cycles an hour. You can count them: watch when "
           "the siphon empties and note the time. Set the heating mantle so that the solvent "
           "boils steadily and the ring of condensing solvent stays in the lower third of the "
           "condenser. If the ring climbs to the top of the condenser, you're heating too "
           "hard."),
    ("NA", "Now troubleshooting, the things that actually go wrong in this lab."),
    ("NA", "Number one: the chamber fills but it never siphons, or it drains slowly all the "
           "time. Usually fine particles or a bit of glass wool have got into the siphon tube "
           "and partly block it, or the siphon tube is cracked. Let it cool, take it apart and "
           "rinse the siphon tube through; if it's cracked, the extractor goes to the glass "
           "workshop. The glass wool plug on top of the sample is what prevents this."),
    ("NA", "Number two: the level in the chamber never reaches the top of the siphon. Either "
           "the heating is too low, or a joint is leaking and the solvent escapes before it "
           "condenses. Check the clips and the joints, use PTFE sleeves on the joints, and turn "
           "the heat up a little."),
    ("NA", "Three: solvent vapour coming out of the top of the condenser, or the condenser "
           "flooding. That's heating too strong or not enough water. Turn the mantle down and "
           "check the water flow. The top of the condenser stays open to the air through a "
           "drying tube, or to a nitrogen line with a bubbler. Never close the system."),
    ("NA", "Four: bumping in the flask. You forgot the stirrer bar or the boiling chips. Never "
           "add boiling chips to hot solvent, let it cool down first."),
    ("NA", "Five: the thimble floats up or collapses. Cellulose thimbles go soft with solvents "
           "that contain water, so use a glass-fibre thimble or dry the sample first, and put a "
           "few glass beads on top of the glass wool if it floats."),
    ("NA", "Six: the extract in the flask goes dark, or the product decomposes. That's the long "
           "time at the boiling point. Use a solvent with a lower boiling point, run it under "
           "nitrogen, wrap the flask in foil if the compound is light-sensitive, and don't run "
           "it longer than you need."),
    ("NA", "Seven: the product crystallises in the flask and then the flask bumps. The "
           "concentration in the flask gets very high once most of the product has been "
           "extracted, so use a bigger flask and more solvent, or change to a fresh flask "
           "halfway."),
    ("NA", "Eight: the sample is wet. Water in the sample stops a non-polar solvent from getting "
           "in, so dry the solid first, or mix it with anhydrous sodium sulfate in the "
           "thimble."),
    ("NA", "And nine, if you're doing trace work, cellulose thimbles release a little material "
           "of their own, so run an empty thimble first as a blank, or pre-extract the thimble "
           "with your solvent."),
    ("AP", "Can we leave it running overnight?"),
    ("NA", "Yes, most of these runs go overnight, but only with the rules. You fill in the "
           "overnight experiment form and put it on the hood. You use the water-flow monitor, "
           "the one that cuts the power to the heating mantle when the water stops, and the "
           "hoses have hose clips on both ends. The heating mantle has to be the right size "
           "for the flask. No diethyl ether overnight, it's too volatile and too flammable. "
           "And chloroform and hexane only in the fume hood, chloroform is toxic and a "
           "suspected carcinogen."),
    ("CM", "How do you know when it's finished?"),
    ("NA", "When the solvent coming down the siphon has been colourless for 2 cycles, or when a "
           "few drops of it evaporated on a watch glass leave no residue, or when the solvent in "
           "the chamber shows nothing by TLC. If it's still coloured after many hours, you might "
           "need a stronger solvent."),
    ("NA", "Shutting down: switch off the mantle, let it cool for at least 30 minutes with the "
           "water still running, and only then turn off the water and take it apart. Take the "
           "thimble out with tongs, it's hot and full of solvent."),
    ("NA", "Before I let you go, the check-first list, it's also on the last slide. Water on and "
           "flowing. Clips on every joint. Thimble top above the siphon bend. Glass wool plug "
           "on the sample. Stirrer bar in the flask. Solvent 1.5 to 2 times the siphon volume, "
           "flask no more than two thirds full. Top of the condenser open to the air or to a "
           "bubbler."),
    ("NOTE", ["Slide 9 pasted by Beatriz Ramos: check first",
              "1. Cooling water on and flowing (check the outlet hose)",
              "2. Clips on every joint; PTFE sleeves on the joints",
              "3. Thimble top about 1 cm above the siphon bend; thimble two thirds full",
              "4. Glass wool plug on the sample",
              "5. Stirrer bar or boiling chips in the flask before heating",
              "6. Solvent 1.5-2 x the siphon volume; flask at most two thirds full",
              "7. Condenser top open (drying tube or N2 line to a bubbler), never closed",
              "8. Overnight: form on the hood, water-flow monitor on, hose clips on both ends"]),
    ("NA", "Any questions? No? OK, then, thanks everyone, I'll stop the recording now."),
]


def _sx_cues() -> list[tuple]:
    """Cue list: ("cue", id, start, end, speaker, text) or ("note", lines)."""
    rng = __import__("random").Random(1207)
    t = 3.21
    out: list[tuple] = []
    for u, item in enumerate(SX_SCRIPT):
        if item[0] == "NOTE":
            out.append(("note", item[1]))
            continue
        spk, text = item
        words = text.split(" ")
        i = 0
        k = 0
        while i < len(words):
            n = rng.randint(9, 19)
            if len(words) - (i + n) < 4:
                n = len(words) - i
            chunk = " ".join(words[i:i + n])
            dur = 0.36 * len(words[i:i + n]) + rng.random() * 0.5
            out.append(("cue", f"{SX_GUID}/{u + 12}-{k}", t, t + dur, SX_SPEAKERS[spk], chunk))
            t += dur + rng.choice((0.0, 0.04, 0.08, 0.2))
            i += n
            k += 1
        t += 0.6 + rng.random()
    return out


def _sx_ts(t: float) -> str:
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def sx_vtt() -> str:
    out = ["WEBVTT", ""]
    for item in _sx_cues():
        if item[0] == "note":
            out += ["NOTE"] + item[1] + [""]
            continue
        _, cid, start, end, spk, text = item
        out += [cid, f"{_sx_ts(start)} --> {_sx_ts(end)}", f"<v {spk}>{text}</v>", ""]
    return "\n".join(out)


def build_sx_txt(path: Path) -> None:
    path.write_bytes(sx_vtt().encode("utf-8"))


# ---------------------------------------------------------------------------
# 6. A0 poster (PDF): purity by quantitative 1H NMR

QN_NAME = "qnmr-purity-a0-poster.pdf"
QN_W, QN_H = 2383.94, 3370.39  # A0 portrait
QN_COLS = [(70.0, 720.0), (832.0, 720.0), (1594.0, 720.0)]
QN_BODY, QN_LEAD = 22.0, 28.0
QN_TITLE = "Purity by quantitative ¹H NMR (qNMR): a bench guide"
QN_SUB = "How to get a purity you can put in a paper, and what to do when the number looks wrong"
QN_AUTHORS = ("Sofia Marchetti, Daniel Osei-Bonsu and the NMR Facility team · School of "
              "Chemistry, University of Eastholm")
# Boxes per column: (heading, [items]).  Items: ("p", text), ("b", text) bullet,
# ("n", number, text), ("table", widths, rows), ("t", symptom, text) troubleshooting pair,
# ("c", text) check box, ("eq",) the equation, ("fig",) the spectrum figure, ("gap",).
QN_BOXES: list[list[tuple]] = [
    [
        ("Why qNMR?", [
            ("p", "An HPLC trace shows only what absorbs in the UV and comes off the column; "
                  "qNMR counts protons. Every proton gives the same signal area per mole, so "
                  "one weighed internal standard of known purity gives the absolute mass "
                  "fraction of your compound."),
            ("p", "Residual solvent, water, salts and silica that HPLC misses all lower the "
                  "qNMR purity, which is why the two numbers often disagree. Journals and our "
                  "biology partners accept a qNMR purity of at least 95% in place of an "
                  "elemental analysis."),
            ("p", "qNMR needs no reference sample of your own compound, only a certified "
                  "standard, so it works for a new compound on the day it is made."),
        ]),
        ("The equation", [
            ("eq",),
            ("b", "I: integral of the signal used"),
            ("b", "N: number of protons in that signal"),
            ("b", "M: molar mass in g/mol"),
            ("b", "m: mass weighed in mg"),
            ("b", "P: purity as a mass fraction; std = internal standard, x = your compound"),
        ]),
        ("Choosing the internal standard", [
            ("b", "A sharp singlet in an empty region of your spectrum, at least 0.3 ppm from "
                  "any signal of your compound"),
            ("b", "Certified purity: a certified reference material or a qNMR-grade standard "
                  "with a certificate"),
            ("b", "Fully soluble in the same solvent, not volatile, not hygroscopic"),
            ("b", "It must not react with your compound: no acidic standard with a basic "
                  "compound"),
            ("b", "Aim for a 1:1 ratio of the integrated signals"),
            ("p", "Table 1. Standards kept in the NMR Facility"),
            ("table", [330, 220, 50, 80], [
                ["Standard", "Singlet δ (solvent)", "N", "M"],
                ["Maleic acid", "6.26 (DMSO-d6); 6.3 (D2O)", "2", "116.07"],
                ["Dimethyl sulfone", "2.99 (DMSO-d6); 3.14 (D2O)", "6", "94.13"],
                ["1,3,5-Trimethoxybenzene", "6.09 (CDCl3)", "3", "168.19"],
                ["1,4-Bis(trimethylsilyl)benzene", "0.25 (CDCl3)", "18", "222.48"],
                ["Dimethyl terephthalate", "8.10 (CDCl3)", "4", "194.18"],
            ]),
            ("p", "Maleic acid is our default in DMSO-d6 and D2O, but not for basic compounds: "
                  "use dimethyl sulfone instead. 1,4-Bis(trimethylsilyl)benzene suits CDCl3 "
                  "samples without signals near δ 0.25."),
        ]),
        ("How accurate is it?", [
            ("p", "With 10-20 mg of each solid on the 0.01 mg balance the weighing contributes "
                  "about 0.1% to the uncertainty; integration and baseline add 0.5-1%. Expect "
                  "independent weighings to agree within about 1% (absolute). A result of 94.5% "
                  "is therefore not a clear pass for a 95% limit: measure again or purify."),
            ("p", "qNMR is not the right tool when your compound has no signal clear of all "
                  "others, when it is paramagnetic, or when isomers must be told apart: the "
                  "purity then covers everything that contributes to the integrated signal."),
        ]),
        ("What a good spectrum looks like", [
            ("fig",),
        ]),
    ],
    [
        ("Standard procedure", [
            ("n", "1.", "Dry the compound and the standard under high vacuum for at least "
                        "4 h; residual solvent counts as impurity."),
            ("n", "2.", "On the 0.01 mg balance weigh 10-20 mg of your compound directly into a "
                        "clean 4 mL glass vial and write down the mass."),
            ("n", "3.", "Weigh the standard into the same vial so that the integrated signals "
                        "come out about 1:1 (with maleic acid and a compound of 250 g/mol, "
                        "about 7 mg). Write down the mass."),
            ("n", "4.", "Add 0.70 mL of deuterated solvent, cap and vortex until everything "
                        "has dissolved. Hold the vial against the light: no particles, no "
                        "haze."),
            ("n", "5.", "Transfer 0.6 mL to a clean, dry 5 mm tube (liquid column 40-45 mm)."),
            ("n", "6.", "Acquire with the QNMR_400 parameter set (Table 2) and process by hand "
                        "(see Processing)."),
            ("n", "7.", "Make and measure a second, independent weighing and report the mean. "
                        "The two results should agree within 1% (absolute)."),
        ]),
        ("Acquisition (QNMR_400)", [
            ("p", "Table 2. Settings on the 400 MHz spectrometer"),
            ("table", [200, 250, 230], [
                ["Parameter", "Setting", "Why"],
                ["Pulse", "90°, no spinning", "full signal from every proton"],
                ["Relaxation delay d1", "at least 5 × the longest T1; default 30 s",
                 "a short d1 under-integrates slow signals"],
                ["Acquisition time", "4 s", "the FID is not cut off"],
                ["Spectral width", "20 ppm, centred at 6 ppm", "empty baseline on both sides"],
                ["Scans", "16-64", "S/N at least 250:1 on the smallest signal used"],
                ["Dummy scans", "4", "steady state before acquisition"],
                ["Temperature", "298 K; wait 5 min after inserting", "stable line shape"],
                ["Receiver gain", "automatic; check that the FID is not clipped",
                 "clipping distorts every integral"],
            ]),
            ("p", "If a signal relaxes slowly, measure its T1 with the inversion-recovery "
                  "experiment (t1ir). Small molecules in DMSO-d6 mostly have T1 values of "
                  "1-5 s, but isolated aromatic protons and some standards reach 6-10 s: then "
                  "d1 must be 50 s or more."),
            ("p", "Do not use the routine proton parameter set (d1 1 s) for purity: it "
                  "under-integrates every signal that relaxes slowly."),
        ]),
        ("Processing and integration", [
            ("b", "Zero-fill to 128k points and use an exponential window of 0.3 Hz."),
            ("b", "Phase by hand, zero and first order; automatic phasing is not good "
                  "enough."),
            ("b", "Correct the baseline over the whole spectrum; it must be flat around every "
                  "integrated signal."),
            ("b", "Integrate over a wide window, about 20 line widths on each side of the "
                  "peak."),
            ("b", "Include the two 13C satellites (together 1.1% of the signal) in both "
                  "integrals, or leave them out of both."),
            ("b", "Use a clean singlet or a well-resolved multiplet of your compound, never "
                  "NH or OH protons, which exchange."),
            ("b", "Check with a second signal of your compound: both should give the same "
                  "purity within 1%."),
        ]),
        ("Booking and reporting", [
            ("p", "Book 30 min on the 400 for the two weighings. The sample changer runs qNMR "
                  "overnight: enter QNMR_400 as the experiment and the solvent on the sample "
                  "sheet."),
            ("p", "In the SI give the solvent, the standard and its certified purity, the "
                  "signals used, d1 and the number of weighings, for example: purity 97.7% "
                  "(qNMR, DMSO-d6, maleic acid 99.94%, δ 7.95 against 6.26, d1 30 s, two "
                  "weighings)."),
            ("p", "Keep the raw data and the balance printouts together with the other "
                  "analytical data of the compound."),
        ]),
    ],
    [
        ("Worked example", [
            ("p", "Compound: M = 250.30 g/mol, 15.12 mg weighed; singlet at δ 7.95 (1H)."),
            ("p", "Standard: maleic acid, M = 116.07 g/mol, 7.05 mg, certified purity "
                  "99.94%, singlet at δ 6.26 (2H)."),
            ("p", "Integrals: maleic acid set to 2.000, compound 0.9732."),
            ("p", "P = (0.9732 / 2.000) × (2 / 1) × (250.30 / 116.07) × (7.05 / 15.12) × "
                  "99.94% = 97.8%"),
            ("p", "Second weighing: 97.5%. Report 97.7% (mean of two weighings; qNMR, DMSO-d6, "
                  "internal standard maleic acid)."),
        ]),
        ("Troubleshooting", [
            ("t", "Purity above 100%",
             "Usually the standard: it took up water before weighing, its purity is lower than "
             "you assumed, or it was under-integrated because d1 was too short. Also look for "
             "an impurity hidden under the signal of your compound."),
            ("t", "qNMR much lower than HPLC",
             "Expected if the sample holds solvent, water, salts or silica: qNMR sees the "
             "mass, HPLC-UV does not. Look for solvent signals and dry the sample again; "
             "otherwise check that d1 is long enough for your compound."),
            ("t", "Two signals of the compound give different purities",
             "One of them overlaps an impurity, a 13C satellite or the standard, or relaxes "
             "more slowly. Use the clean signal and lengthen d1."),
            ("t", "Repeat weighings differ by more than 1%",
             "A weighing problem: less than 10 mg of either solid, static on the vial, or a "
             "draught. Weigh at least 10 mg of each and use the anti-static gun on the vial."),
            ("t", "Baseline rolls, integrals drift",
             "Phase and correct the baseline again by hand, and check that the spectral width "
             "leaves empty baseline on both sides of all signals."),
            ("t", "The standard signal shifts or splits",
             "The standard is reacting with your compound or protonating it (maleic acid with "
             "basic compounds). Change to dimethyl sulfone or dimethyl terephthalate."),
            ("t", "The water signal is in the way",
             "Water comes at δ 3.33 in DMSO-d6 and at δ 1.56 in CDCl3: choose the solvent and "
             "the standard so that no integrated signal is near it."),
            ("t", "Cloudy solution",
             "Undissolved compound is not measured and the purity comes out too low. Use "
             "another solvent, and never filter after weighing."),
            ("t", "Integrals change from one processing to the next",
             "Hand phasing and baseline correction are the largest source of scatter. Process "
             "both weighings the same way, with the same integration regions, and ask a second "
             "person to check one of them."),
            ("t", "Standard and compound signals overlap",
             "Choose another standard from Table 1 or another solvent; the shifts often move "
             "by a few tenths of a ppm between DMSO-d6 and CDCl3."),
        ]),
        ("Check first", [
            ("c", "Both solids dry, both masses written down to 0.01 mg"),
            ("c", "Everything dissolved, no haze"),
            ("c", "d1 at least 5 × T1 of the slowest signal used"),
            ("c", "Phase and baseline corrected by hand"),
            ("c", "Clean signals, 13C satellites treated the same way"),
            ("c", "Purity of the standard taken from its certificate"),
        ]),
        ("Safety and good practice", [
            ("p", "CDCl3 is toxic and a suspected carcinogen; DMSO-d6 carries dissolved "
                  "compounds through the skin. Prepare samples in the fume hood and empty used "
                  "samples into the solvent waste, never down the sink."),
            ("p", "At the magnet: no steel tools, gas cylinders or bank cards inside the 5 gauss "
                  "line, and people with pacemakers or other implants stay outside it."),
            ("p", "The certified standards live in the desiccator in the balance room; write "
                  "every opening in their log."),
        ]),
    ],
]
QN_FOOTER = [
    "References: G. F. Pauli et al., J. Med. Chem. 2014, 57, 9220-9231. S. K. Bharti, R. Roy, "
    "TrAC Trends Anal. Chem. 2012, 35, 5-26.",
    "Contact: nmr-facility@eastholm.example.ac.uk · Parameter set QNMR_400 on the Avance III "
    "400 · Training every first Tuesday of the month",
]
QN_QR = "Scan for the booking sheet"
_QN_COLOURS = {"banner": (0.05, 0.29, 0.36), "bar": (0.09, 0.45, 0.52), "box": (0.94, 0.97, 0.97)}


def _qn_fonts() -> None:
    for name, file in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold",
                                                           "DejaVuSans-Bold.ttf"),
                       ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, _font_path(file)))


def _qn_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    for w in text.split(" "):
        if pdfmetrics.stringWidth(w, font, size) > width:
            raise SystemExit(f"poster: {w!r} does not fit into {width:.0f} pt")
    lines: list[str] = []
    cur = ""
    for w in text.split(" "):
        trial = w if not cur else cur + " " + w
        if pdfmetrics.stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _qn_layout() -> list[tuple]:
    """Draw operations: ("text", x, y, font, size, colour, s), ("rect", x, y, w, h, fill),
    ("line", x0, y0, x1, y1, width), ("curve", points).  Units are the "text" items."""
    _qn_fonts()
    ops: list[tuple] = []
    white, black = (1, 1, 1), (0.1, 0.1, 0.1)
    # banner
    ops.append(("rect", 0, QN_H - 340, QN_W, 340, _QN_COLOURS["banner"]))
    for x, label in ((70, "NMR FACILITY"), (QN_W - 370, "UNIVERSITY OF EASTHOLM")):
        ops.append(("rect", x, QN_H - 290, 300, 200, (1, 1, 1)))
        for k, part in enumerate(_qn_wrap(label, "DejaVuSans-Bold", 30, 260)):
            ops.append(("text", x + 20, QN_H - 160 - 36 * k, "DejaVuSans-Bold", 30,
                        _QN_COLOURS["banner"], part))
    ops.append(("text", 430, QN_H - 150, "DejaVuSans-Bold", 52, white, QN_TITLE))
    ops.append(("text", 430, QN_H - 215, "DejaVuSans", 32, white, QN_SUB))
    ops.append(("text", 430, QN_H - 275, "DejaVuSans-Oblique", 26, white, QN_AUTHORS))
    top = QN_H - 400
    bottom = 270.0
    for (x0, width), boxes in zip(QN_COLS, QN_BOXES):
        y = top
        for heading, items in boxes:
            box_top = y
            inner: list[tuple] = []
            y -= 92
            tx = x0 + 24
            tw = width - 48
            for item in items:
                kind = item[0]
                if kind == "p":
                    bold = item[1].startswith("Table ")
                    font = "DejaVuSans-Bold" if bold else "DejaVuSans"
                    for ln in _qn_wrap(item[1], font, QN_BODY, tw):
                        inner.append(("text", tx, y, font, QN_BODY, black, ln))
                        y -= QN_LEAD
                    y -= 10
                elif kind in ("b", "c"):
                    mark = "•" if kind == "b" else "☐"
                    lines = _qn_wrap(item[1], "DejaVuSans", QN_BODY, tw - 34)
                    inner.append(("text", tx, y, "DejaVuSans", QN_BODY, black, mark))
                    for ln in lines:
                        inner.append(("text", tx + 34, y, "DejaVuSans", QN_BODY, black, ln))
                        y -= QN_LEAD
                    y -= 4
                elif kind == "n":
                    lines = _qn_wrap(item[2], "DejaVuSans", QN_BODY, tw - 40)
                    inner.append(("text", tx, y, "DejaVuSans-Bold", QN_BODY, black, item[1]))
                    for ln in lines:
                        inner.append(("text", tx + 40, y, "DejaVuSans", QN_BODY, black, ln))
                        y -= QN_LEAD
                    y -= 6
                elif kind == "t":
                    for ln in _qn_wrap(item[1], "DejaVuSans-Bold", QN_BODY, tw):
                        inner.append(("text", tx, y, "DejaVuSans-Bold", QN_BODY, black, ln))
                        y -= QN_LEAD
                    for ln in _qn_wrap(item[2], "DejaVuSans", QN_BODY, tw - 20):
                        inner.append(("text", tx + 20, y, "DejaVuSans", QN_BODY, black, ln))
                        y -= QN_LEAD
                    y -= 10
                elif kind == "table":
                    widths, rows = item[1], item[2]
                    size, lead = 19.0, 24.0
                    for r, row in enumerate(rows):
                        font = "DejaVuSans-Bold" if r == 0 else "DejaVuSans"
                        cells = [_qn_wrap(c, font, size, w - 12) for c, w in zip(row, widths)]
                        h = max(len(c) for c in cells) * lead + 10
                        cx = tx
                        for c, w in zip(cells, widths):
                            inner.append(("frame", cx, y - h + lead - 4, w, h,
                                          (0.82, 0.9, 0.91) if r == 0 else None))
                            for k, ln in enumerate(c):
                                inner.append(("text", cx + 6, y - k * lead, font, size, black,
                                              ln))
                            cx += w
                        y -= h
                    y -= 20
                elif kind == "eq":
                    inner.append(("eq", tx, y))
                    y -= 70
                elif kind == "fig":
                    inner.append(("fig", tx, y - 280, tw, 280))
                    y -= 300
                    cap = "Fig. 1. What a good qNMR spectrum looks like (schematic)."
                    inner.append(("text", tx, y, "DejaVuSans-Oblique", 20, black, cap))
                    y -= 30
            y -= 10
            ops.append(("rect", x0, y, width, box_top - y, _QN_COLOURS["box"]))
            ops.append(("rect", x0, box_top - 56, width, 56, _QN_COLOURS["bar"]))
            if pdfmetrics.stringWidth(heading, "DejaVuSans-Bold", 30) > width - 40:
                raise SystemExit(f"poster heading too long: {heading!r}")
            ops.append(("text", x0 + 20, box_top - 40, "DejaVuSans-Bold", 30, white, heading))
            ops += inner
            y -= 36
        _QN_DEBUG.append(y)
        if y < bottom:
            raise SystemExit(f"poster column at x={x0} overflows ({y:.0f} < {bottom})")
    # footer strip with the QR block
    ops.append(("rect", 0, 0, QN_W, 240, (0.9, 0.93, 0.94)))
    for k, line in enumerate(QN_FOOTER):
        ops.append(("text", 70, 170 - 40 * k, "DejaVuSans", 24, black, line))
    ops.append(("qr", QN_W - 260, 40, 170))
    ops.append(("text", QN_W - 300, 20, "DejaVuSans", 18, black, QN_QR))
    return ops


_QN_DEBUG: list[float] = []


def _qn_equation(c, x: float, y: float) -> None:
    """P_x = (I_x / I_std) × (N_std / N_x) × (M_x / M_std) × (m_std / m_x) × P_std, with the
    subscripts as separate, smaller and lower text objects."""
    parts = [("P", "x"), (" = (I", "x"), (" / I", "std"), (") × (N", "std"), (" / N", "x"),
             (") × (M", "x"), (" / M", "std"), (") × (m", "std"), (" / m", "x"), (") × P", "std")]
    cx = x
    for main, sub in parts:
        c.setFont("DejaVuSans", 26)
        c.drawString(cx, y, main)
        cx += pdfmetrics.stringWidth(main, "DejaVuSans", 26)
        c.setFont("DejaVuSans", 16)
        c.drawString(cx, y - 7, sub)
        cx += pdfmetrics.stringWidth(sub, "DejaVuSans", 16)


def _qn_figure(c, x: float, y: float, w: float, h: float) -> None:
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.setLineWidth(2)
    base = y + 60
    c.line(x + 10, base, x + w - 10, base)
    # two peaks drawn as thin Lorentzian-like polylines, with satellites and integral curves
    import math

    def peak(cx: float, height: float) -> None:
        pts = []
        for k in range(-60, 61):
            dx = k * 1.2
            pts.append((cx + dx, base + height / (1 + (dx / 4.0) ** 2)))
        path = c.beginPath()
        path.moveTo(*pts[0])
        for p in pts[1:]:
            path.lineTo(*p)
        c.drawPath(path, stroke=1, fill=0)
        for s in (-30, 30):
            c.line(cx + s, base, cx + s, base + height * 0.03 + 3)
        c.setStrokeColorRGB(0.1, 0.45, 0.52)
        path = c.beginPath()
        path.moveTo(cx - 70, base + height + 20)
        for k in range(0, 141, 4):
            t = (k - 70) / 12.0
            path.lineTo(cx - 70 + k, base + height + 20 + 60 * (0.5 + math.atan(t) / math.pi))
        c.drawPath(path, stroke=1, fill=0)
        c.setStrokeColorRGB(0.2, 0.2, 0.2)

    peak(x + w * 0.3, 120)
    peak(x + w * 0.72, 60)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("DejaVuSans", 18)
    c.drawString(x + w * 0.3 - 80, y + 30, "maleic acid (2H)")
    c.drawString(x + w * 0.72 - 70, y + 30, "compound (1H)")
    c.drawString(x + w * 0.72 + 45, base + 25, "¹³C satellites")
    c.drawString(x + 20, base + 14, "flat baseline")
    c.drawString(x + w * 0.3 + 80, base + 190, "integral")


def _qn_qr(c, x: float, y: float, size: float) -> None:
    digest = hashlib.sha256(b"qNMR booking sheet").digest() * 4
    n = 25
    cell = size / n
    c.setFillColorRGB(0, 0, 0)
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                on = (min(i % 18, j % 18) in (0, 6) or max(i % 18, j % 18) in (0, 6)
                      or (2 <= i % 18 <= 4 and 2 <= j % 18 <= 4))
            else:
                on = digest[(i * n + j) % len(digest)] & 1
            if on:
                c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)


def build_qn_pdf(path: Path) -> None:
    ops = _qn_layout()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(QN_W, QN_H), invariant=1, pageCompression=1)
    c.setCreator("Microsoft® PowerPoint® for Microsoft 365")
    c.setProducer("Microsoft® PowerPoint® for Microsoft 365")
    c.setTitle("qNMR poster A0 v4")
    c.setAuthor("Sofia Marchetti")
    for op in ops:
        kind = op[0]
        if kind == "rect":
            _, x, y, w, h, col = op
            c.setFillColorRGB(*col)
            c.rect(x, y, w, h, stroke=0, fill=1)
        elif kind == "frame":
            _, x, y, w, h, col = op
            c.setStrokeColorRGB(0.45, 0.55, 0.58)
            c.setLineWidth(1)
            if col:
                c.setFillColorRGB(*col)
            c.rect(x, y, w, h, stroke=1, fill=1 if col else 0)
        elif kind == "text":
            _, x, y, font, size, col, s = op
            c.setFillColorRGB(*col)
            c.setFont(font, size)
            c.drawString(x, y, s)
        elif kind == "eq":
            c.setFillColorRGB(0.1, 0.1, 0.1)
            _qn_equation(c, op[1], op[2])
        elif kind == "fig":
            _qn_figure(c, *op[1:])
        elif kind == "qr":
            _qn_qr(c, *op[1:])
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


def _qn_units() -> list[str]:
    units = [op[6] for op in _qn_layout() if op[0] == "text"]
    units += ["maleic acid (2H)", "compound (1H)", "¹³C satellites", "flat baseline", "integral"]
    return units


# ---------------------------------------------------------------------------


def visible_strings() -> dict[str, list[str]]:
    """Text units per guide stem (DOCX and the two PDFs only)."""
    return {
        Path(NO_NAME).stem: _no_units(),
        Path(MS_NAME).stem: _ms_units(),
        Path(QN_NAME).stem: _qn_units(),
    }


SUFFIXES = {Path(n).stem: Path(n).suffix for n in (NO_NAME, MS_NAME, QN_NAME)}
EML_STEMS = {Path(PK_NAME).stem}
VTT_STEMS = {Path(SX_NAME).stem}
WAYBACK_STEMS = {Path(CL_NAME).stem}
FORM_STEMS = {Path(MS_NAME).stem}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    builds = [(PK_NAME, build_pk_eml), (CL_NAME, build_cl_html), (NO_NAME, build_no_docx),
              (MS_NAME, build_ms_pdf), (SX_NAME, build_sx_txt), (QN_NAME, build_qn_pdf)]
    for name, build in builds:
        path = OUT_DIR / name
        build(path)
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
