"""Generate the six guides of the fresh13 held-out part deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh13/make_fresh13_guides.py

Writes:
    evals/fresh13/guides/strecker-aminonitrile-sop-content-controls.docx
        a Word SOP laid out ENTIRELY INSIDE ONE TWO-COLUMN TABLE (labels in shaded cells on the
        left, the text on the right; raw WordprocessingML, no python-docx) and filled in through
        CONTENT CONTROLS (w:sdt): plain-text controls for the document number, version and owner,
        a date picker (w:date) for the effective and approval dates, a drop-down list for the
        hazard rating, an EMPTY control still showing its placeholder ("Click or tap here to
        enter text.", showingPlcHdr, with the placeholder text also in the glossary document),
        a title control BOUND to the Title document property (w:dataBinding to the core
        properties), block-level rich-text controls that wrap whole cells (scope, principle,
        work-up, emergency), w14:checkbox controls with MS Gothic ☐/☒ glyphs for the checklist
        and the PPE, NESTED TABLES inside right-hand cells (reagents, conditions, troubleshooting)
        and a w15:repeatingSection control whose items are the reagent table rows; numbered steps
        through numbering.xml, a header and a footer with PAGE / NUMPAGES fields.
    evals/fresh13/guides/chalcone-claisen-schmidt-onenote-page.htm
        a OneNote page as the Microsoft Graph API returns it (GET .../onenote/pages/{id}/content)
        and a notebook backup script saves it: the page title only in <title>, a "created" meta,
        body data-absolute-enabled="true", every OUTLINE an absolutely positioned <div>
        (left/top/width in px) in CREATION order, not reading order, element ids of the form
        "p:{guid}{n}", note tags as data-tag attributes (to-do, to-do:completed, important,
        question; the tick of a to-do item is only an attribute), a table with inline border
        styles, an <img> that is only a Graph resource URL with an alt text, an <object>
        attachment and a "Pasted from <url>" line under pasted text.
    evals/fresh13/guides/knorr-pyrazole-typst-source.txt
        the TYPST SOURCE of a group handbook chapter saved as .txt: // comments, #import of the
        group template and a #show: chapter.with(...) rule, #let shortcuts used in the text (#hh
        for "hydrazine monohydrate", #rt), = / == headings with <labels> and @references, a
        #checkfirst[...] and a #warn[...] box, a #figure(table(...)) whose cells are [..] content
        blocks, + numbered steps, - bullets, / term: description troubleshooting entries,
        #sub[...] subscripts, #emph[...], inline math ($d = 1.03$), ~ non-breaking spaces between
        numbers and units, -- en dashes in ranges, a #footnote[...] with a #link(...); paragraphs
        wrapped at 92 columns.
    evals/fresh13/guides/nitro-reduction-iron-jira-issue.html
        a Jira Data Center 9 issue in the PRINTABLE VIEW saved from the browser: "Back to previous
        view", the header table (key, summary, created/updated/resolved, status, project,
        components, versions), the issuedetails field grid (type, priority, reporter, assignee with
        user-hover links, resolution, labels, estimates, environment), issue links, attachments,
        the description and ELEVEN COMMENTS rendered from wiki markup (h3 with anchors, <ul
        class="alternate">, <ol>, confluenceTable tables, a "Check first" panel, a {noformat}
        preformatted panel with dot leaders, <sub> subscripts, <b>, en dashes as &#8211;), and the
        "Generated at ... using Jira 9.12.4" footer.  The troubleshooting is spread over the
        comments of five people.
    evals/fresh13/guides/syringe-pump-booklet-2up.pdf
        a 12-page A5 vendor user guide PRINTED AS A BOOKLET, 2-up and saddle-stitched, to PDF
        (reportlab, DejaVu Sans embedded, creator "PScript5.dll", producer "Acrobat Distiller"):
        six A4 landscape sheets, each holding two booklet pages side by side in IMPOSITION ORDER
        (12|1, 2|11, 10|3, 4|9, 8|5, 6|7) and scaled to 97 % as the print dialog does; cover and
        back cover, a contents page whose page numbers come from a first layout pass, running
        headers, page numbers, ruled tables drawn cell by cell (cells wrapped over several lines),
        a boxed safety note.  pdfplumber reads each sheet line by line across both halves, so the
        extracted text interleaves two pages that are far apart in the booklet.
    evals/fresh13/guides/stirring-mailchimp-newsletter.eml
        a Mailchimp HTML NEWSLETTER as received and saved as .eml: Return-Path, Received, DKIM
        and the Mailchimp headers (X-Mailer, X-Campaign, X-MC-User, Feedback-ID, List-ID,
        List-Unsubscribe and List-Unsubscribe-Post), multipart/alternative with Mailchimp's own
        boundary, a text/plain part in Mailchimp's plain-text style ("** Heading" and dashed
        rules, "* " bullets, links in brackets, table cells one per line) and a text/html part,
        both quoted-printable UTF-8; the HTML is the classic template: MSO conditional comments,
        a long <style> block, the HIDDEN PREVIEW TEXT span, NESTED LAYOUT TABLES (bodyTable >
        templateContainer > mcnTextBlock > mcnTextContentContainer > mcnTextContent), a boxed
        "Check first" block, content tables, a button block, a divider, every link rewritten to a
        list-manage.com click-tracking URL, the footer with address and unsubscribe links, the
        referral badge and the open-tracking pixel; CRLF line ends.

Re-running produces byte-identical files.  `visible_strings()` returns the text units of the
DOCX (one string per paragraph of the header, the body - including the paragraphs inside content
controls and nested tables - and the footer) and of the booklet (one string per drawn text line,
booklet page by booklet page).  `SUFFIXES` maps those stems to their file types;
`ONENOTE_STEMS`, `TYPST_STEMS`, `JIRA_STEMS`, `MAILCHIMP_STEMS` and `BOOKLET_STEMS` name the
guides whose units the verifier reads from the built files (or checks, for the booklet).
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import quopri
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "guides"
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


def _hex(seed: str, n: int) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def _guid(seed: str) -> str:
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _zip(members: list[tuple[str, str]], date: tuple[int, ...]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


# ---------------------------------------------------------------------------
# 1. Word SOP laid out inside a two-column table, with content controls: the Strecker reaction

STK_NAME = "strecker-aminonitrile-sop-content-controls.docx"
STK_TITLE = "Strecker synthesis of α-aminonitriles (TMSCN and alkali cyanide methods)"
STK_ZIP_DATE = (2024, 10, 14, 9, 12, 30)
STK_PH_TEXT = "Click or tap here to enter text."
STK_PH_DOCPART = "DefaultPlaceholder_-1854013440"

# Blocks of the right-hand cells: ("p", text), ("q", question in bold), ("num", list id, steps),
# ("bul", items), ("boxes", [(checked, text)]), ("fields", segments), ("table", widths, header,
# rows, repeating), ("rich", alias, tag, blocks).  Segments of a "fields" paragraph: ("t", text),
# ("txt", alias, tag, value), ("date", alias, iso date, shown text), ("ddl", alias, items, value),
# ("ph", alias, tag), ("title",).
STK_ROWS: list[tuple[str, list[tuple]]] = [
    ("Document no.", [("fields", [("txt", "Document number", "docno", "SOP-HP-031")])]),
    ("Version", [("fields", [("txt", "Version", "version", "2.1"),
                             ("t", " (supersedes version 2.0 of March 2022)")])]),
    ("Effective date", [("fields", [("date", "Effective date", "2024-10-14", "14 October 2024")])]),
    ("SOP owner", [("fields", [("txt", "Owner", "owner", "Dr Aoife Brennan"),
                               ("t", ", Synthesis Laboratories, room 2.09, extension 4417")])]),
    ("Reviewed by", [("fields", [("ph", "Reviewer", "reviewer")])]),
    ("Hazard rating", [("fields", [("ddl", "Hazard rating",
                                    ["Low", "Medium", "High", "High – cyanide", "High – other"],
                                    "High – cyanide")])]),
    ("Location", [("p", "Synthesis Laboratory 2.14, fume cupboards FC-3 and FC-4 only (cyanide-designated).")]),
    ("Purpose and scope", [("rich", "Scope", "scope", [
        ("p", "This SOP covers the three-component Strecker reaction of an aldehyde or ketone, an amine (or "
              "ammonia) and a cyanide source to give an α-aminonitrile, with no more than 20 mmol of cyanide "
              "per run. Method A uses trimethylsilyl cyanide (TMSCN) in methanol; method B uses sodium or "
              "potassium cyanide with ammonium chloride in aqueous methanol. Later steps (hydrolysis, "
              "reduction) have SOPs of their own."),
        ("p", "Only people named on the cyanide register may carry out this procedure, and a second trained "
              "person must be in the laboratory whenever cyanide is handled."),
    ])]),
    ("Principle", [("rich", "Principle", "principle", [
        ("p", "The amine and the carbonyl compound condense to an imine (or iminium ion), and cyanide adds to "
              "the C=N carbon. Cyanide also adds to the carbonyl group itself and gives the cyanohydrin, which "
              "competes when the imine forms slowly; this is why the imine is made first in method A. Both "
              "additions are reversible."),
        ("p", "In methanol TMSCN is not the reagent that adds: the solvent converts it into HCN and "
              "methoxytrimethylsilane. Every TMSCN reaction in methanol therefore contains free HCN until the "
              "work-up has removed it."),
        ("p", "The products can lose HCN again (retro-Strecker) when they are heated, left in basic "
              "solution or kept on silica. Treat every α-aminonitrile as a compound that can release HCN."),
    ])]),
    ("Before you start", [
        ("boxes", [
            (False, "HCN monitor of the fume cupboard on and reading 0.0 ppm; personal monitor clipped to "
                    "the collar"),
            (False, "Second trained person in the laboratory and told that cyanide work is starting"),
            (False, "Cyanide waste container and 500 mL of fresh quench solution in the fume cupboard"),
            (False, "No acid in the fume cupboard: acid bottles and acidic waste moved out"),
            (False, "TMSCN clear and colourless, no white crust at the cap"),
            (False, "Method A: imine formation checked before any cyanide is added"),
            (False, "Amounts recalculated: no more than 20 mmol of cyanide in the flask"),
        ]),
    ]),
    ("Hazards", [("bul", [
        "Hydrogen cyanide (HCN): bp 26 °C, very toxic by inhalation, skin contact and ingestion; a few "
        "breaths of a high concentration can kill. About one person in five cannot smell it (bitter "
        "almonds), so never rely on smell. UK workplace exposure limits 0.9 ppm (8 h) and 4.5 ppm (15 min).",
        "TMSCN: highly flammable liquid (flash point 1 °C, bp 114–117 °C, d 0.744 g/mL) and very toxic. It "
        "reacts with water, alcohols and acids to give HCN.",
        "NaCN and KCN: very toxic solids. Any acid, and slowly even moist air, releases HCN from them; their "
        "solutions must stay above pH 10.",
        "α-Aminonitriles: assume that they are toxic and that they release HCN on heating, in base and on "
        "silica.",
    ])]),
    ("Controls and PPE", [
        ("p", "Engineering controls: fume cupboard FC-3 or FC-4 with the sash as low as practical; fixed HCN "
              "monitor with alarms at 4.5 ppm (A1) and 9 ppm (A2); the cyanide rotary evaporator R-3 "
              "(exhaust vented into FC-4) and no other evaporator."),
        ("p", "Personal protective equipment (ticked = required for every run):"),
        ("boxes", [
            (True, "Lab coat, buttoned"),
            (True, "Safety goggles (not glasses)"),
            (True, "Nitrile gloves, two pairs, outer pair changed at once after any splash"),
            (False, "Face shield (only for transfers of more than 50 mL of solution)"),
            (True, "Personal HCN monitor"),
        ]),
    ]),
    ("Reagents", [
        ("p", "Reference reactions, 10 mmol scale."),
        ("table", [2300, 900, 1700, 700, 1629], ["Reagent", "MW", "Amount", "Equiv", "Notes"], [
            ["Benzaldehyde", "106.12", "1.06 g (1.02 mL)", "1.0", "freshly opened or distilled; old bottles "
             "contain the acid"],
            ["Benzylamine", "107.15", "1.07 g (1.09 mL)", "1.0", "corrosive"],
            ["Methanol", "–", "20 mL", "–", "reagent grade is fine"],
            ["TMSCN", "99.21", "1.19 g (1.60 mL)", "1.2", "by syringe, in the fume cupboard only"],
            ["4-Methoxybenzaldehyde (method B)", "136.15", "1.36 g (1.22 mL)", "1.0", ""],
            ["NaCN (method B)", "49.01", "0.59 g", "1.2", "weighed on the cyanide balance in FC-3"],
            ["NH4Cl (method B)", "53.49", "0.64 g", "1.2", ""],
            ["Aqueous ammonia, 25% (method B)", "–", "5 mL", "–", "for primary aminonitriles only"],
        ], True),
    ]),
    ("Procedure A: TMSCN in methanol", [
        ("p", "Reference: 2-(benzylamino)-2-phenylacetonitrile from benzaldehyde, benzylamine and TMSCN "
              "(10 mmol)."),
        ("num", 1, [
            "In the fume cupboard, fit a 50 mL round-bottomed flask with a stirrer bar and a septum, vented "
            "through a needle to an oil bubbler that stands inside the cupboard.",
            "Add methanol (20 mL), benzaldehyde (1.02 mL, 10.0 mmol) and benzylamine (1.09 mL, 10.0 mmol) and "
            "stir at room temperature for 2 h.",
            "Check that the imine has formed: a drop of the mixture, evaporated and taken up in CDCl3, shows "
            "the CH=N singlet at δ 8.38 and no CHO signal at δ 10.0.",
            "Cool the flask in an ice bath. Add TMSCN (1.60 mL, 12.0 mmol, 1.2 equiv) through the septum by "
            "syringe over 5 min. Rinse the syringe at once by drawing up quench solution in the fume "
            "cupboard.",
            "Take the ice bath away after 15 min and stir at room temperature for 12–16 h (overnight, with "
            "the sign \"Cyanide reaction in progress\" on the sash).",
            "Check completion on an aliquot by 1H NMR: the CHCN singlet at δ 4.77 has replaced the imine "
            "singlet at δ 8.38.",
            "Concentrate on the cyanide evaporator R-3 with the bath at no more than 30 °C. Empty the receiver "
            "into the cyanide waste container before anyone else uses the evaporator.",
            "Dissolve the residue in EtOAc (40 mL) and wash with saturated NaHCO3 (20 mL) and brine (20 mL). "
            "All aqueous layers go into the cyanide waste container.",
            "Dry over Na2SO4, filter and concentrate (bath 30 °C or less). The crude product is usually at "
            "least 90% pure by 1H NMR and is used as it is: 2.0–2.1 g (90–95%), a pale yellow oil.",
        ]),
    ]),
    ("Procedure B: NaCN / NH4Cl", [
        ("p", "Reference: 2-amino-2-(4-methoxyphenyl)acetonitrile, a primary aminonitrile (10 mmol)."),
        ("num", 2, [
            "In the fume cupboard, dissolve NH4Cl (0.64 g, 12.0 mmol) in 25% aqueous ammonia (5 mL) and water "
            "(5 mL) in a 50 mL flask with a stirrer bar.",
            "Add NaCN (0.59 g, 12.0 mmol), weighed into a capped vial on the cyanide balance in FC-3, and "
            "rinse the vial into the flask with water (2 mL).",
            "Add a solution of 4-methoxybenzaldehyde (1.22 mL, 10.0 mmol) in methanol (10 mL). Close the flask "
            "with a septum vented to the bubbler and stir at room temperature for 16–24 h.",
            "Extract with EtOAc (3 × 20 mL). The aqueous layer stays basic and goes straight into the cyanide "
            "waste container.",
            "Wash the combined organic layers with brine, dry (Na2SO4) and concentrate at 30 °C or less. "
            "Primary aminonitriles are unstable: use the crude product the same day, or keep it at −20 °C "
            "under nitrogen for no more than a week.",
        ]),
    ]),
    ("Choosing conditions", [
        ("table", [2500, 3400, 1829], ["Substrates", "Conditions", "Comment"], [
            ["Aldehyde + primary or secondary alkylamine", "Method A: TMSCN 1.2 equiv, MeOH, rt, 12–16 h",
             "Standard. Imine first (1–2 h)."],
            ["Aldehyde + aniline", "Imine first in MeOH over 4 Å molecular sieves (0.5 g per mmol, 3 h), then "
             "TMSCN 1.5 equiv", "Anilines condense slowly; without the sieves the cyanohydrin dominates."],
            ["Aldehyde + ammonia", "Method B: NaCN / NH4Cl in aqueous NH3 / MeOH, rt, 16–24 h",
             "Unstable products; use them at once."],
            ["Amine available only as its hydrochloride", "Method B with the amine hydrochloride (1.2 equiv) in "
             "place of NH4Cl and NaCN (1.1 equiv) in water / MeOH 1:1",
             "HCN is present: flask vented to the bubbler."],
            ["Ketone + amine", "Method A with TMSCN 2.0 equiv and acetic acid 1.0 equiv, rt, 48–72 h",
             "Slow. Hindered ketones such as pinacolone hardly react."],
            ["Enantiopure amine, e.g. (S)-1-phenylethylamine", "Method A",
             "Two diastereomers; the ratio can change on silica."],
        ], False),
    ]),
    ("Work-up and isolation", [("rich", "Work-up", "workup", [
        ("p", "Keep everything basic until the cyanide has been removed: wash with NaHCO3 or dilute NaOH, "
              "never with acid. An acidic wash of a crude Strecker mixture releases HCN from the excess cyanide "
              "and from the product."),
        ("p", "If purification is needed, crystallise from hexane/EtOAc or run a short, fast column on silica "
              "with hexane/EtOAc, no methanol in the eluent. Expect some retro-Strecker on silica (aldehyde "
              "and amine in the later fractions)."),
        ("p", "Evaporate with the bath at 30 °C or less and do not leave aminonitriles on the high-vacuum line "
              "for long. Store products at −20 °C under nitrogen, labelled \"α-aminonitrile – releases HCN\"."),
    ])]),
    ("Analysis", [
        ("p", "1H NMR (CDCl3) of 2-(benzylamino)-2-phenylacetonitrile: δ 7.55–7.25 (m, 10 H), 4.77 (s, 1 H, "
              "CHCN), 4.08 and 3.98 (2 d, J = 13.0 Hz, 2 H, NCH2), 1.85 (br s, 1 H, NH). 13C: δ 118.8 (CN), "
              "53.6 (CHCN), 51.3 (NCH2)."),
        ("p", "Side products: the cyanohydrin (mandelonitrile) shows its CH at δ 5.5, its O-TMS ether a CH at "
              "δ 5.5 and a 9 H singlet near δ 0.2; the imine CH=N is at δ 8.38."),
        ("p", "IR: the C≡N stretch of α-aminonitriles is very weak (near 2225 cm⁻¹) and often missing."),
        ("p", "LC-MS: aminonitriles lose HCN in the ion source and often show the iminium ion [M+H−27]+ "
              "(m/z 196 for the reference compound) much more strongly than [M+H]+ (m/z 223). A spectrum with "
              "only the imine mass does not mean that the reaction failed; decide by 1H NMR."),
    ]),
    ("Troubleshooting", [
        ("table", [2300, 2300, 3129], ["Symptom", "Likely cause", "Action"], [
            ["Singlet at δ 5.5 and little aminonitrile", "Cyanohydrin: cyanide was added before the imine had "
             "formed, or the amine is a weak nucleophile", "Make the imine first (1–2 h, sieves for anilines); "
             "stirring for a further 24 h converts much of the cyanohydrin."],
            ["Aldehyde and amine come back from the column", "Retro-Strecker on silica",
             "Skip the column if the crude is 90% pure; otherwise a short, fast column without methanol, or "
             "crystallise."],
            ["Ketone gives almost no product", "Ketimine formation is slow",
             "Acetic acid (1.0 equiv), TMSCN 2.0 equiv, 48–72 h; hindered ketones are not suitable."],
            ["Aniline reaction stalls at the imine", "Weakly nucleophilic imine nitrogen, water present",
             "4 Å sieves during imine formation, 1.5 equiv TMSCN, 24 h."],
            ["LC-MS shows only m/z [M+H−27]+", "Loss of HCN in the ion source", "Normal for aminonitriles; "
             "check by 1H NMR."],
            ["HCN alarm during the work-up", "Excess TMSCN or HCN released in the rotary evaporator receiver or "
             "by a wash that was not basic", "Close the sash and step back (see Emergency). Wash with NaHCO3, "
             "never acid; empty the receiver inside the fume cupboard."],
            ["Product darkens and smells on storage", "Slow loss of HCN and decomposition, worst for primary "
             "aminonitriles", "Store at −20 °C under nitrogen; use within a week, primary ones the same day."],
            ["Two sets of signals with an enantiopure amine", "Diastereomers, which equilibrate through the "
             "retro-Strecker reaction", "Report the ratio from the crude spectrum; it can change on silica."],
            ["Low recovery from method B", "Polar, basic product left in the aqueous layer",
             "Saturate the aqueous layer with NaCl and extract three times with EtOAc."],
            ["TMSCN bottle cloudy or with a white solid at the cap", "Hydrolysis by moist air: HCN in the "
             "bottle", "Open it only in the fume cupboard; give a cloudy bottle to the SOP owner for "
             "disposal."],
        ], False),
    ]),
    ("Waste and decontamination", [
        ("p", "All aqueous layers that contain cyanide, the contents of the evaporator receiver and all "
              "rinses go into the cyanide waste container (alkaline, labelled, kept in FC-4). The container "
              "holds 1 M NaOH before the first addition, so its contents stay above pH 10."),
        ("p", "Quench solution: 1 M NaOH containing NaOCl (bleach, about 5% available chlorine), made up "
              "fresh every week. Rinse syringes, needles and flasks with it in the fume cupboard and leave "
              "glassware in it for 24 h before normal washing."),
        ("p", "When the container is three-quarters full, add one volume of quench solution, stir overnight "
              "in the fume cupboard and check with cyanide indicator paper before it is collected. Never mix "
              "cyanide waste with acidic or organic waste."),
    ]),
    ("Emergency", [("rich", "Emergency", "emergency", [
        ("p", "HCN alarm A1 (4.5 ppm): close the sash, stop all additions and step away; resume only when the "
              "reading is back to 0.0 ppm. Alarm A2 "
              "(9 ppm), or any alarm outside the fume cupboard: everyone leaves the laboratory, close the door "
              "and call 2222; do not go back in."),
        ("p", "Exposure (headache, dizziness, breathlessness, collapse): do not enter a contaminated area "
              "yourself. Call 2222 and say \"cyanide\". Trained first aiders give oxygen; "
              "the antidote (hydroxocobalamin) is given by paramedics or hospital staff. No mouth-to-mouth "
              "resuscitation. Skin contact: remove contaminated clothing and wash with plenty of water for "
              "15 min."),
        ("p", "Spills inside the fume cupboard: cover solid cyanide with dry sand, absorb TMSCN or cyanide "
              "solutions with vermiculite, put everything into the cyanide waste bucket and wipe the surface "
              "with quench solution. Any spill outside a fume cupboard: leave the "
              "laboratory and call 2222."),
    ])]),
    ("Questions", [
        ("q", "Can I use acetone cyanohydrin instead of TMSCN?"),
        ("p", "Not under this SOP: it releases HCN just as TMSCN does, reacts more slowly and needs a risk "
              "assessment of its own."),
        ("q", "Can I run a Strecker reaction in a capped vial outside the fume cupboard?"),
        ("p", "No. Every step up to the closed waste container, including weighing and evaporation, is done in "
              "FC-3 or FC-4."),
        ("q", "Can I add acid to make the imine form faster?"),
        ("p", "In method A, up to 1 equiv of acetic acid is allowed (ketones, slow imines). Never add acid to "
              "a method B mixture or to anything else that contains NaCN or KCN."),
        ("q", "Can I scale up?"),
        ("p", "Up to 20 mmol of cyanide per flask. Above that, or for more than one flask at a time, a new risk "
              "assessment signed by the SOP owner is needed."),
        ("q", "My product smells of almonds. Is that normal?"),
        ("p", "No. HCN is being released (retro-Strecker), or the work-up did not remove the excess cyanide. "
              "Keep the product in the fume cupboard and wash a solution of it again with NaHCO3."),
    ]),
    ("Revision history", [
        ("p", "2.1 (October 2024): amine hydrochlorides in method B; new HCN alarm levels. 2.0 (March 2022): "
              "TMSCN replaced acetone cyanohydrin."),
    ]),
    ("Approval", [
        ("fields", [("t", "Approved by "), ("txt", "Approver", "approver", "Prof. Henrik Sørensen"),
                    ("t", " (Head of Safety) on "), ("date", "Approval date", "2024-10-11", "11 October 2024")]),
    ]),
]

_STK_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
_STK_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
           'xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word" '
           'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
           'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
           'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'mc:Ignorable="w14 w15"')
_STK_RSIDS = ["00A31C52", "00B84E17", "0052D9F0", "00E6173B"]
_STK_GOTHIC = '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'


class _StkWriter:
    """Renders the SOP; collects one text unit per paragraph in document order."""

    def __init__(self) -> None:
        self.units: list[str] = []
        self.n_p = 0
        self.n_sdt = 0

    def sdt_id(self) -> int:
        self.n_sdt += 1
        v = int(_hex(f"stk-sdt-{self.n_sdt}", 8), 16) % 2_000_000_000
        return v - 1_000_000_000

    def _pattrs(self) -> str:
        self.n_p += 1
        pid = (0x1C2D3E00 + self.n_p * 0x3B1) & 0x7FFFFFFF
        rsid = _STK_RSIDS[self.n_p % len(_STK_RSIDS)]
        return (f'w14:paraId="{pid:08X}" w14:textId="{(pid ^ 0x5A5A5A5) & 0x7FFFFFFF:08X}" '
                f'w:rsidR="{rsid}" w:rsidRDefault="{rsid}" w:rsidP="{_STK_RSIDS[0]}"')

    @staticmethod
    def run(text: str, rpr: str = "") -> str:
        rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def para(self, inner: str, text: str, ppr: str = "") -> str:
        if text.strip():
            self.units.append(" ".join(text.split()))
        ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
        return f"<w:p {self._pattrs()}>{ppr}{inner}</w:p>"

    def empty(self) -> str:
        return f'<w:p {self._pattrs()}><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>'

    # content controls ------------------------------------------------------------
    def cc(self, props: str, content: str) -> str:
        """A content control; w:id goes after rPr, alias and tag, as Word writes it."""
        m = re.match(r"((?:<w:rPr>.*?</w:rPr>)?(?:<w:alias [^>]*/>)?(?:<w:tag [^>]*/>)?)(.*)", props, re.S)
        return (f'<w:sdt><w:sdtPr>{m.group(1)}<w:id w:val="{self.sdt_id()}"/>{m.group(2)}</w:sdtPr>'
                f"<w:sdtEndPr/><w:sdtContent>{content}</w:sdtContent></w:sdt>")

    def segment(self, seg: tuple) -> tuple[str, str]:
        kind = seg[0]
        if kind == "t":
            return self.run(seg[1]), seg[1]
        if kind == "txt":
            _, alias, tag, value = seg
            return self.cc(f'<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:text/>', self.run(value)), value
        if kind == "date":
            _, alias, iso, shown = seg
            props = (f'<w:alias w:val="{alias}"/><w:tag w:val="{alias.lower().replace(" ", "_")}"/>'
                     f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/>'
                     '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/>'
                     '<w:calendar w:val="gregorian"/></w:date>')
            return self.cc(props, self.run(shown)), shown
        if kind == "ddl":
            _, alias, items, value = seg
            lis = '<w:listItem w:value="Choose an item."/>' + "".join(
                f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(i)}"/>' for i in items)
            props = (f'<w:alias w:val="{alias}"/><w:tag w:val="hazard"/>'
                     f'<w:dropDownList w:lastValue="{escape(value)}">{lis}</w:dropDownList>')
            return self.cc(props, self.run(value)), value
        if kind == "ph":
            _, alias, tag = seg
            props = (f'<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:placeholder><w:docPart '
                     f'w:val="{STK_PH_DOCPART}"/></w:placeholder><w:showingPlcHdr/><w:text/>')
            return self.cc(props, self.run(STK_PH_TEXT, '<w:rStyle w:val="PlaceholderText"/>')), STK_PH_TEXT
        if kind == "title":
            props = ('<w:rPr><w:rStyle w:val="SOPTitleChar"/></w:rPr><w:alias w:val="Title"/><w:tag w:val=""/>'
                     '<w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' '
                     'xmlns:ns1=\'http://schemas.openxmlformats.org/package/2006/metadata/core-properties\' " '
                     'w:xpath="/ns1:coreProperties[1]/ns0:title[1]" '
                     'w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/><w:text/>')
            return self.cc(props, self.run(STK_TITLE, '<w:rStyle w:val="SOPTitleChar"/>')), STK_TITLE
        raise ValueError(kind)

    def checkbox(self, checked: bool, text: str) -> str:
        glyph = "☒" if checked else "☐"
        props = (f"<w:rPr>{_STK_GOTHIC}</w:rPr>")
        box = (f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState '
               'w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
               'w14:font="MS Gothic"/></w14:checkbox>')
        content = self.run(glyph, _STK_GOTHIC.replace('"/>', '" w:hint="eastAsia"/>'))
        sdt = (f'<w:sdt><w:sdtPr>{props}<w:id w:val="{self.sdt_id()}"/>{box}</w:sdtPr><w:sdtEndPr/>'
               f"<w:sdtContent>{content}</w:sdtContent></w:sdt>")
        return self.para(sdt + self.run(" " + text), f"{glyph} {text}",
                         '<w:pStyle w:val="SOPBody"/><w:ind w:left="284" w:hanging="284"/>')

    # blocks -------------------------------------------------------------------
    def blocks(self, blocks: list[tuple]) -> str:
        out = []
        for b in blocks:
            kind = b[0]
            if kind == "p":
                out.append(self.para(self.run(b[1]), b[1], '<w:pStyle w:val="SOPBody"/>'))
            elif kind == "q":
                out.append(self.para(self.run(b[1], "<w:b/>"), b[1],
                                     '<w:pStyle w:val="SOPBody"/><w:keepNext/><w:spacing w:after="0"/>'))
            elif kind == "num":
                for step in b[2]:
                    out.append(self.para(self.run(step), step, '<w:pStyle w:val="ListParagraph"/><w:numPr>'
                                         f'<w:ilvl w:val="0"/><w:numId w:val="{b[1]}"/></w:numPr>'))
            elif kind == "bul":
                for item in b[1]:
                    out.append(self.para(self.run(item), item, '<w:pStyle w:val="ListParagraph"/><w:numPr>'
                                         '<w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>'))
            elif kind == "boxes":
                out += [self.checkbox(checked, text) for checked, text in b[1]]
            elif kind == "fields":
                xml, text = "", ""
                for seg in b[1]:
                    x, t = self.segment(seg)
                    xml += x
                    text += t
                out.append(self.para(xml, text, '<w:pStyle w:val="SOPBody"/>'))
            elif kind == "table":
                out.append(self.table(*b[1:]))
                out.append(self.empty())
            elif kind == "rich":
                _, alias, tag, inner = b
                props = f'<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                out.append(self.cc(props, self.blocks(inner)))
            else:
                raise ValueError(kind)
        return "".join(out)

    def cell(self, width: int, inner: str, fill: str = "") -> str:
        shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>{inner}</w:tc>'

    def table(self, widths: list[int], header: list[str], rows: list[list[str]], repeating: bool) -> str:
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        head = "".join(self.cell(w, self.para(self.run(h, "<w:b/>"), h, '<w:pStyle w:val="TableText"/>'),
                                 "F2F2F2") for w, h in zip(widths, header, strict=True))
        xml = (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
               f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
               f'<w:tr><w:trPr><w:tblHeader/></w:trPr>{head}</w:tr>')
        body = []
        for row in rows:
            cells = "".join(self.cell(w, self.para(self.run(c), c, '<w:pStyle w:val="TableText"/>'))
                            for w, c in zip(widths, row, strict=True))
            tr = f"<w:tr>{cells}</w:tr>"
            if repeating:
                tr = self.cc("<w15:repeatingSectionItem/>", tr)
            body.append(tr)
        if repeating:
            xml += self.cc('<w:alias w:val="Reagent rows"/><w:tag w:val="reagents"/><w15:repeatingSection/>',
                           "".join(body))
        else:
            xml += "".join(body)
        return xml + "</w:tbl>"


def _stk_document(w: _StkWriter) -> str:
    lw, rw = 2410, 7229
    title_p = w.para(w.segment(("title",))[0], STK_TITLE, '<w:pStyle w:val="SOPTitle"/>')
    rows = [f'<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{lw + rw}" w:type="dxa"/>'
            f'<w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>'
            f"{title_p}</w:tc></w:tr>"]
    for label, blocks in STK_ROWS:
        left = w.cell(lw, w.para(w.run(label), label, '<w:pStyle w:val="SOPLabel"/>'), "D9E2F3")
        inner = w.blocks(blocks)
        if inner.endswith("</w:tbl>") or not inner:
            inner += w.empty()
        right = w.cell(rw, inner)
        rows.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{left}{right}</w:tr>")
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
           'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           f'<w:tblGrid><w:gridCol w:w="{lw}"/><w:gridCol w:w="{rw}"/></w:tblGrid>{"".join(rows)}</w:tbl>')
    sect = ('<w:sectPr w:rsidR="00A31C52"><w:headerReference w:type="default" r:id="rId8"/>'
            '<w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
            'w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
    return (_STK_DECL + f"<w:document {_STK_NS}><w:body>{tbl}"
            f'<w:p {w._pattrs()}><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>{sect}</w:body></w:document>')


STK_HEADER = "School of Chemistry · Synthesis Laboratories · Hazardous Procedure SOP"
STK_FOOTER = ("SOP-HP-031 v2.1 · Uncontrolled when printed · Page ", "1", " of ", "4")


def _stk_header_footer(w: _StkWriter) -> tuple[str, str]:
    hdr = (_STK_DECL + f'<w:hdr {_STK_NS}>' + w.para(w.run(STK_HEADER, '<w:color w:val="595959"/>'),
                                                     STK_HEADER, '<w:pStyle w:val="Header"/>') + "</w:hdr>")

    def field(code: str, result: str) -> str:
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
                f'{code} \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')

    a, page, b, pages = STK_FOOTER
    inner = w.run(a) + field("PAGE", page) + w.run(b) + field("NUMPAGES", pages)
    ftr = (_STK_DECL + f'<w:ftr {_STK_NS}>' + w.para(inner, a + page + b + pages, '<w:pStyle w:val="Footer"/>')
           + "</w:ftr>")
    return hdr, ftr


def _stk_styles() -> str:
    def pstyle(sid: str, name: str, ppr: str, rpr: str, based: str = "Normal") -> str:
        return (f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
                f'<w:basedOn w:val="{based}"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')

    return (_STK_DECL + f"<w:styles {_STK_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts "
            'w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" '
            'w:cstheme="minorBidi"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB" '
            'w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing '
            'w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            "</w:style>"
            + pstyle("SOPTitle", "SOP Title", '<w:spacing w:before="120" w:after="120"/>',
                     '<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="30"/>')
            + pstyle("SOPLabel", "SOP Label", '<w:spacing w:after="60"/>', "<w:b/><w:color w:val=\"1F3864\"/>")
            + pstyle("SOPBody", "SOP Body", '<w:spacing w:after="80"/>', "")
            + pstyle("TableText", "Table Text", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>')
            + pstyle("ListParagraph", "List Paragraph", '<w:spacing w:after="60"/><w:ind w:left="360" '
                     'w:hanging="360"/>', "")
            + pstyle("Header", "header", '<w:tabs><w:tab w:val="center" w:pos="4513"/></w:tabs>', "")
            + pstyle("Footer", "footer", '<w:tabs><w:tab w:val="center" w:pos="4513"/></w:tabs>',
                     '<w:sz w:val="16"/>')
            + '<w:style w:type="character" w:customStyle="1" w:styleId="SOPTitleChar"><w:name w:val="SOP Title '
            'Char"/><w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="30"/></w:rPr></w:style>'
            '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
            '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr>'
            '<w:color w:val="808080"/></w:rPr></w:style>'
            '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name '
            'w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
            + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                      for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + '</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr></w:style></w:styles>")


def _stk_numbering() -> str:
    def lvl(fmt: str, text: str, font: str = "") -> str:
        rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
        return (f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>{rpr}</w:lvl>')

    return (_STK_DECL + f"<w:numbering {_STK_NS}>"
            '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="4D2A6C1E"/>'
            '<w:multiLevelType w:val="singleLevel"/>' + lvl("decimal", "%1.") + "</w:abstractNum>"
            '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="61B0E3A9"/>'
            '<w:multiLevelType w:val="singleLevel"/>' + lvl("bullet", "", "Symbol") + "</w:abstractNum>"
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride '
            'w:val="1"/></w:lvlOverride></w:num>'
            '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


def _stk_glossary() -> str:
    parts = [(STK_PH_DOCPART, "GENERAL", STK_PH_TEXT, "{1D8A6B4C-3F0E-4C2A-9B7D-5E6F708192A3}"),
             ("DefaultPlaceholder_-1854013437", "GENERAL", "Click or tap to enter a date.",
              "{7C2E9F10-A4B3-4D1C-8E6F-2A3B4C5D6E7F}"),
             ("DefaultPlaceholder_-1854013438", "GENERAL", "Choose an item.",
              "{0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9}")]
    body = "".join(
        f'<w:docPart><w:docPartPr><w:name w:val="{n}"/><w:category><w:name w:val="{c}"/><w:gallery '
        'w:val="placeholder"/></w:category><w:types><w:type w:val="bbPlcHdr"/></w:types><w:behaviors>'
        f'<w:behavior w:val="content"/></w:behaviors><w:guid w:val="{g}"/></w:docPartPr><w:docPartBody>'
        f'<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{t}</w:t></w:r></w:p>'
        "</w:docPartBody></w:docPart>" for n, c, t, g in parts)
    return _STK_DECL + f"<w:glossaryDocument {_STK_NS}><w:docParts>{body}</w:docParts></w:glossaryDocument>"


def _stk_build() -> tuple[bytes, list[str]]:
    w = _StkWriter()
    hdr, ftr = _stk_header_footer(w)
    head_units = list(w.units)
    w.units = []
    document = _stk_document(w)
    units = head_units[:1] + w.units + head_units[1:]
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    rels_ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    doc_rels = (_STK_DECL + f"<Relationships {rels_ns}>"
                f'<Relationship Id="rId3" Type="{rel}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId1" Type="{rel}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId4" Type="{rel}/fontTable" Target="fontTable.xml"/>'
                f'<Relationship Id="rId8" Type="{rel}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{rel}/footer" Target="footer1.xml"/>'
                f'<Relationship Id="rId10" Type="{rel}/glossaryDocument" Target="glossary/document.xml"/>'
                "</Relationships>")
    root_rels = (_STK_DECL + f"<Relationships {rels_ns}>"
                 f'<Relationship Id="rId3" Type="{rel}/extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                 'metadata/core-properties" Target="docProps/core.xml"/>'
                 f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/>'
                 "</Relationships>")
    ct = (_STK_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{wml}.document.main+xml"/>'
          f'<Override PartName="/word/numbering.xml" ContentType="{wml}.numbering+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{wml}.styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{wml}.settings+xml"/>'
          f'<Override PartName="/word/fontTable.xml" ContentType="{wml}.fontTable+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{wml}.header+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{wml}.footer+xml"/>'
          f'<Override PartName="/word/glossary/document.xml" ContentType="{wml}.document.glossary+xml"/>'
          f'<Override PartName="/word/glossary/styles.xml" ContentType="{wml}.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    settings = (_STK_DECL + f'<w:settings {_STK_NS}><w:zoom w:percent="110"/>'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/'
                'office/word" w:val="15"/></w:compat><w:rsids><w:rsidRoot w:val="00A31C52"/>'
                + "".join(f'<w:rsid w:val="{r}"/>' for r in sorted(_STK_RSIDS))
                + '</w:rsids><w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator '
                'w:val=","/><w15:docId w15:val="{5B7E1C3A-90D2-4F68-A1B3-C4D5E6F70819}"/></w:settings>')
    fonts = (_STK_DECL + f'<w:fonts {_STK_NS}><w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/>'
             '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font '
             'w:name="MS Gothic"><w:altName w:val="ＭＳ ゴシック"/><w:charset w:val="80"/><w:family '
             'w:val="modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="Symbol"><w:charset w:val="02"/>'
             '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>')
    core = (_STK_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/'
            'terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/'
            f'XMLSchema-instance"><dc:title>{escape(STK_TITLE)}</dc:title><dc:subject>SOP-HP-031</dc:subject>'
            "<dc:creator>Aoife Brennan</dc:creator><cp:keywords>cyanide; Strecker; TMSCN; SOP</cp:keywords>"
            "<cp:lastModifiedBy>Henrik Sørensen</cp:lastModifiedBy><cp:revision>14</cp:revision>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2019-05-02T08:41:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-10-14T09:12:00Z</dcterms:modified>'
            "</cp:coreProperties>")
    n_words = sum(len(u.split()) for u in units)
    app = (_STK_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
           'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           "<Template>SOP_template_v5.dotx</Template><TotalTime>412</TotalTime><Pages>4</Pages>"
           f"<Words>{n_words}</Words><Application>Microsoft Office Word</Application><DocSecurity>0"
           "</DocSecurity><Company>School of Chemistry</Company><AppVersion>16.0000</AppVersion></Properties>")
    gloss_rels = (_STK_DECL + f"<Relationships {rels_ns}>"
                  f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/></Relationships>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("word/document.xml", document),
               ("word/_rels/document.xml.rels", doc_rels), ("word/header1.xml", hdr),
               ("word/footer1.xml", ftr), ("word/styles.xml", _stk_styles()),
               ("word/numbering.xml", _stk_numbering()), ("word/settings.xml", settings),
               ("word/fontTable.xml", fonts), ("word/glossary/document.xml", _stk_glossary()),
               ("word/glossary/_rels/document.xml.rels", gloss_rels), ("word/glossary/styles.xml",
                                                                        _stk_styles()),
               ("docProps/core.xml", core), ("docProps/app.xml", app)]
    return _zip(members, STK_ZIP_DATE), units


def build_stk_docx(path: Path) -> None:
    path.write_bytes(_stk_build()[0])


def _stk_units() -> list[str]:
    return _stk_build()[1]


# ---------------------------------------------------------------------------
# 2. OneNote page (Microsoft Graph page content saved as .htm): Claisen-Schmidt chalcones

CHS_NAME = "chalcone-claisen-schmidt-onenote-page.htm"
CHS_TITLE = "Chalcones (Claisen–Schmidt) – how we make them and what goes wrong"
CHS_PAGE = "0-7c1f3a9e5b2d4c68a0e1f2d3c4b5a697!41-2B5C6F1A8E0D3C47!1093"
CHS_USER = "users('k.wojcik@chem.example.ac.uk')"

# Outlines in the order OneNote keeps them (creation order), with their position on the page.
# Blocks: ("h", level, text), ("p", text, tag), ("ol", items), ("ul", items), ("todo", [(done, text)]),
# ("table", header, rows), ("img", alt, w, h), ("file", name, mime), ("cite", url).  A "p" text may
# hold **bold** runs.
CHS_OUTLINES: list[tuple[int, int, int, list[tuple]]] = [
    (48, 120, 600, [
        ("h", 1, "Standard procedure (10 mmol)"),
        ("p", "Last updated by Kasia after the March 2024 teaching-lab run. Works for most aryl aldehyde / "
              "aryl methyl ketone pairs; the awkward ones are in the conditions table on the right.", ""),
        ("ol", [
            "Acetophenone (1.17 mL, 1.20 g, 10.0 mmol) and benzaldehyde (1.02 mL, 1.06 g, 10.0 mmol) in EtOH "
            "(95%, 10 mL), 50 mL flask, stirrer bar, water bath at 20–25 °C.",
            "Add 10% aq. NaOH (5.0 mL, 12.5 mmol) dropwise over 5 min. The solution goes yellow straight away.",
            "Stir 2–4 h at rt. Product starts to come out after 15–60 min; if the whole thing sets solid, add "
            "5 mL EtOH and keep stirring.",
            "Cool in ice for 30 min, filter on a Büchner, wash with ice-cold water until the washings are "
            "neutral to pH paper, then with ice-cold EtOH (2 × 3 mL).",
            "Recrystallise from EtOH, about 5 mL per g, warming only to 50 °C – the chalcone melts at "
            "55–57 °C and oils out if you boil it.",
            "Dry on the filter, then in the desiccator overnight. Typically 1.7–1.9 g (80–90%), pale yellow "
            "needles, mp 55–57 °C.",
        ]),
        ("p", "**Stoichiometry:** 1:1, or 1.05 equiv aldehyde. Never excess ketone (see 1,5-diketone below).",
         "important"),
        ("h", 2, "Why it works"),
        ("p", "Hydroxide makes the enolate of the methyl ketone; it adds to the aldehyde (which has no α-H, so "
              "it cannot enolise itself) to give the aldol, and the aldol loses water by E1cB to the conjugated "
              "enone. The dehydration pulls the equilibrium over, and the chalcone precipitating from EtOH "
              "pulls it further – that is why the choice of solvent matters so much.", ""),
    ]),
    (48, 560, 600, [
        ("h", 1, "Problems we've had (and the fixes)"),
        ("p", "**Oil instead of a solid.** Low-melting chalcones, a warm mixture or too much water. Cool slowly "
              "in ice while scratching with a glass rod, seed with a crystal from an earlier batch, or decant "
              "the water, dissolve the oil in the minimum of warm EtOH and leave it in the fridge overnight. "
              "Alkyl-substituted ones that never solidify: extract with EtOAc and column (hexane/EtOAc 19:1).",
         ""),
        ("p", "**Aldehyde still there after 4 h.** Old benzaldehyde is partly oxidised to its carboxylic acid, "
              "which eats the base. Shake it with 10% Na2CO3, dry and use, or open a new bottle. A NaOH "
              "solution that has stood open for months has picked up CO2 – make it fresh. Electron-rich "
              "aldehydes are simply slow (table).", "important"),
        ("p", "**Benzyl alcohol in the crude NMR (CH2 at δ 4.7).** Cannizzaro reaction: the aldehyde "
              "disproportionates to the alcohol and the sodium salt of the acid (in the filtrate). Too much or "
              "too concentrated base with an aldehyde that reacts slowly with the ketone. Keep NaOH at "
              "1.0–1.25 equiv, add it slowly, no 50% KOH unless the table says so.", ""),
        ("p", "**Extra spot / high-mass peak (M 328 for the parent).** The 1,5-diketone "
              "(1,3,5-triphenylpentane-1,5-dione): a second acetophenone enolate adds to the chalcone. Comes "
              "from excess ketone, long reaction times and warm baths. 1.00–1.05 equiv aldehyde, stop once the "
              "solid has come out and filter – the chalcone in the solid is protected from further reaction.",
         "important"),
        ("p", "**CH(OH) doublet of doublets at δ 5.3 in the crude.** The aldol (β-hydroxy ketone) did not "
              "eliminate: too cold, base too weak or too little. Warm to 40 °C for 1 h with 0.2 equiv more "
              "NaOH, or stir the crude in EtOH with a few drops of conc. HCl.", ""),
        ("p", "**Two sets of doublets, J 15.7 and 12.6 Hz.** E/Z mixture: chalcones isomerise in solution in "
              "daylight. The solid is all E. Make NMR samples just before measuring and wrap solutions in "
              "foil.", ""),
        ("p", "**Flask set solid, stirrer bar stuck.** Add EtOH (5 mL per 10 mmol) and break up the cake with "
              "a spatula. For 50 mmol and more use a 250 mL flask and a big oval bar, or the overhead stirrer.",
         ""),
        ("p", "**Low recovery after recrystallisation.** Too much EtOH (chalcone is quite soluble in warm EtOH). "
              "Use about 5 mL/g, cool to 0 °C, and get a second crop by concentrating the filtrate to a "
              "third.", ""),
        ("p", "**Mixture went dark brown or black.** Furan and pyrrole aldehydes and aminobenzaldehydes "
              "decompose in strong base: run them at 0–5 °C, shorter, with fresh aldehyde. A deep red "
              "solution with 2'-hydroxyacetophenones is normal (phenoxide).", ""),
        ("p", "**2-Acetylpyridine gives mostly the 1,5-diketone.** Its enolate adds to the chalcone faster "
              "than with acetophenone. Use 1.1 equiv aldehyde, 0 °C, 0.5 equiv NaOH and stop after 30 min; "
              "filter whatever has precipitated.", ""),
        ("p", "**Solid so fine that it clogs the filter paper.** It crashed out too fast (base added in one "
              "go, or ice bath too early). Let it stir for another hour at rt so the crystals grow, then cool; "
              "use a sintered funnel (porosity 3).", ""),
        ("p", "**mp low and over a wide range after one recrystallisation.** Usually aldol or 1,5-diketone "
              "still in it, or the solid is wet with EtOH. Check by NMR, dry properly, recrystallise again.",
         ""),
    ]),
    (680, 120, 560, [
        ("h", 1, "Which conditions?"),
        ("table", ["Substrates", "Base / solvent", "Time, temp", "Watch out for"], [
            ["ArCHO (H, halogen, alkyl) + ArCOCH3", "10% NaOH aq / EtOH, 1.25 equiv", "rt, 2–4 h",
             "standard; product precipitates"],
            ["Electron-rich ArCHO (4-OMe, 3,4-di-OMe)", "40% KOH aq (2 equiv) / EtOH", "rt, 12–24 h",
             "often stays in solution: pour onto ice + dilute HCl"],
            ["4-Dimethylaminobenzaldehyde", "KOH (3 equiv) / EtOH", "reflux, 6–8 h",
             "very slow, deep red; 40–60% at best"],
            ["Nitrobenzaldehydes", "10% NaOH, 1.0 equiv", "0 °C → rt, 30–60 min",
             "fast; 1,5-diketone and Cannizzaro if left longer"],
            ["2'-Hydroxyacetophenones", "50% KOH aq (3 equiv) / EtOH", "rt, 24 h",
             "phenoxide, red solution; acidify cold (see Hydroxy chalcones)"],
            ["4-Hydroxybenzaldehyde", "HCl in EtOH (SOCl2 added to ice-cold EtOH)", "rt, 12–24 h",
             "base fails (phenoxide); see Questions"],
            ["Furfural, thiophene-2-carbaldehyde", "10% NaOH / EtOH", "0–5 °C, 1–2 h",
             "darken on standing; fresh aldehyde"],
            ["Acetone + 2 ArCHO (dibenzylideneacetone)", "10% NaOH / EtOH, 2.1 equiv ArCHO", "rt, 30 min",
             "mono-adduct needs 5–10 equiv acetone"],
            ["Any pair, solvent-free", "solid NaOH (1 equiv), mortar and pestle", "grind 5–10 min",
             "paste turns yellow and solid; wash with water"],
        ]),
    ]),
    (1280, 820, 420, [
        ("h", 2, "Acid version (phenolic aldehydes)"),
        ("p", "Add SOCl2 (0.35 mL) dropwise to ice-cold absolute EtOH (10 mL) in the fume cupboard; this gives "
              "about 1 M HCl. Add the ketone and the aldehyde (10 mmol each) and stir at rt for 12–24 h. The "
              "chalcone usually precipitates; otherwise add water (10 mL) and cool. Slower than the NaOH "
              "method, but the phenol does not get deprotonated.", ""),
        ("h", 2, "Scaling up (50–100 mmol)"),
        ("p", "The base addition is only mildly exothermic, but the precipitate gets very thick: 250–500 mL "
              "flask, overhead stirrer, base over 20 min. Filtering and washing takes longer than the "
              "reaction – wash the cake until the filtrate is neutral or the product keeps NaOH.", ""),
        ("p", "Rate rule of thumb: electron-poor aldehydes fast, electron-rich slow; on the ketone side "
              "4'-methoxyacetophenone is slower than acetophenone, 4'-nitroacetophenone faster but messier.",
         ""),
    ]),
    (680, 700, 560, [
        ("h", 1, "Hydroxy chalcones (2'-OH)"),
        ("p", "2'-Hydroxyacetophenone uses up one equivalent of base as the phenoxide, so use 3 equiv KOH (50% "
              "aq). The mixture is deep red-orange and usually stays in solution.", ""),
        ("p", "Work-up: pour onto ice (50 g per 10 mmol) and acidify slowly with 2 M HCl to pH 3–4, keeping it "
              "cold; filter the yellow-orange solid straight away.", ""),
        ("p", "Flavanone in the product (NMR: dd at δ 5.45 for H-2, two dd at δ 3.08 and 2.88 for H-3) means it "
              "was acidified warm or left standing in acid. The ring closure also happens on heating in EtOH "
              "with acid or base – that is how we make flavanones on purpose (separate page).", "important"),
        ("p", "Recrystallise 2'-hydroxychalcones from EtOH/water and keep it short.", ""),
    ]),
    (48, 1300, 600, [
        ("h", 1, "Questions (answered)"),
        ("p", "KOH instead of NaOH?", "question"),
        ("p", "Yes, same number of equivalents. Pellets are only about 85% KOH, so allow for that when you "
              "weigh.", ""),
        ("p", "Why doesn't 4-hydroxybenzaldehyde react with NaOH?", "question"),
        ("p", "The phenoxide pushes electron density into the C=O and the aldehyde becomes too unreactive. Use "
              "the acid method (HCl in EtOH, table) or start from 4-benzyloxybenzaldehyde and take the benzyl "
              "group off afterwards.", ""),
        ("p", "MeOH instead of EtOH?", "question"),
        ("p", "It works, but more chalcones stay in solution in MeOH; EtOH gives the precipitate we rely on.",
         ""),
        ("p", "Aliphatic aldehydes?", "question"),
        ("p", "Enolisable aldehydes condense with themselves. Add the aldehyde slowly (1 h) to the ketone and "
              "base at 0 °C and expect 30–50%. Pivaldehyde has no α-H and behaves normally.", ""),
        ("p", "Can I heat it to make it go faster?", "question"),
        ("p", "Only for the slow, electron-rich aldehydes (table). For normal substrates heating mostly makes "
              "more 1,5-diketone and Cannizzaro products, and the product stays dissolved.", ""),
        ("p", "95% EtOH or absolute?", "question"),
        ("p", "95% is fine – the NaOH solution brings in water anyway.", ""),
        ("p", "Do chalcones need a column?", "question"),
        ("p", "Rarely; recrystallisation is enough. They survive silica and are bright yellow, so you can watch "
              "them. Acetophenone runs close to the chalcone in hexane/EtOAc; toluene separates them better.",
         ""),
    ]),
    (680, 1180, 560, [
        ("h", 1, "Characterisation"),
        ("p", "1H NMR (CDCl3), parent chalcone: δ 8.02 (d, 2H), 7.82 (d, J = 15.7 Hz, 1H, H-β), 7.66–7.62 (m, "
              "2H), 7.58 (m, 1H), 7.54 (d, J = 15.7 Hz, 1H, H-α), 7.51–7.40 (m, 5H).", ""),
        ("p", "J(H-α, H-β) of 15–16 Hz means E; the Z isomer shows about 12.5 Hz.", ""),
        ("p", "13C: C=O at δ 190.5. IR (ATR): C=O at 1660 cm−1, low because it is conjugated.", ""),
        ("p", "LC-MS: chalcone [M+H]+ 209. The 1,5-diketone gives 329, the aldol 227 and often 209 again after "
              "losing water in the source.", ""),
        ("p", "TLC: the chalcone spot is yellow before you even put the plate under the UV lamp.", ""),
        ("p", "Storage: the solids keep for years in a brown vial; solutions isomerise in daylight.", ""),
        ("img", "TLC of run KW-112 after 2 h: starting ketone, co-spot, reaction mixture; hexane/EtOAc 9:1", 320,
         240),
    ]),
    (1280, 560, 420, [
        ("h", 2, "Solvent-free version (teaching lab)"),
        ("p", "Grind the ketone and the aldehyde (5 mmol each) with NaOH pellets (5 mmol, 0.20 g) in a mortar "
              "for 5–10 min. The mixture becomes a yellow paste and then solidifies. Add water, filter, wash "
              "until neutral and recrystallise as usual.", ""),
        ("cite", "https://teaching.chem.example.ac.uk/organic/year2/expt7-chalcones.html"),
    ]),
    (48, 1760, 600, [
        ("h", 1, "Safety and waste"),
        ("p", "NaOH and especially 50% KOH are corrosive – goggles, not glasses. Chalcones and many substituted "
              "benzaldehydes are skin irritants or sensitisers: gloves for the solids.", ""),
        ("p", "Filtrates: neutralise with dilute HCl; EtOH/water goes to the aqueous waste, EtOH mother liquors "
              "to the non-halogenated solvent waste.", ""),
        ("file", "Chalcone_screen_2023.xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ]),
    (1280, 120, 420, [
        ("h", 2, "Before you start"),
        ("todo", [
            (True, "NaOH solution less than a month old (10% = 10 g in 100 mL water)"),
            (True, "Benzaldehyde colourless, no white crust of acid round the cap"),
            (False, "1:1 stoichiometry or 1.05 equiv aldehyde – NOT excess ketone"),
            (True, "Water bath at 20–25 °C for the base addition"),
            (False, "Ice bath ready for the filtration"),
        ]),
    ]),
]
_CHS_TAGS = {"important": "important", "question": "question"}


def _chs_inline(text: str) -> str:
    parts = re.split(r"(\*\*.+?\*\*)", text)
    out = []
    for part in parts:
        if part.startswith("**") and part.endswith("**"):
            out.append(f'<span style="font-weight:bold">{html.escape(part[2:-2], quote=False)}</span>')
        else:
            out.append(html.escape(part, quote=False))
    return "".join(out)


def chs_html() -> str:
    n = 0
    guid = "{" + _guid("chs-page") + "}"

    def eid(kind: str) -> str:
        nonlocal n
        n += 1
        return f'id="{kind}:{guid}{{{n * 3 + 2}}}"'

    ps = 'style="margin-top:0pt;margin-bottom:0pt"'
    res = f"https://graph.microsoft.com/v1.0/{CHS_USER}/onenote/resources"
    lines = ['<html lang="en-GB">', "\t<head>", f"\t\t<title>{html.escape(CHS_TITLE)}</title>",
             '\t\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
             '\t\t<meta name="created" content="2023-02-07T10:14:00.0000000" />', "\t</head>",
             '\t<body data-absolute-enabled="true" style="font-family:Calibri;font-size:11pt">']
    for k, (left, top, width, blocks) in enumerate(CHS_OUTLINES):
        did = ' data-id="_default"' if k == 0 else ""
        lines.append(f'\t\t<div {eid("div")}{did} style="position:absolute;left:{left}px;top:{top}px;'
                     f'width:{width}px">')
        for b in blocks:
            kind = b[0]
            if kind == "h":
                size = "16pt" if b[1] == 1 else "14pt"
                lines.append(f'\t\t\t<h{b[1]} {eid("h" + str(b[1]))} style="font-size:{size};color:#1e4e79;'
                             f'margin-top:0pt;margin-bottom:0pt">{html.escape(b[2], quote=False)}</h{b[1]}>')
            elif kind == "p":
                tag = f' data-tag="{_CHS_TAGS[b[2]]}"' if b[2] else ""
                lines.append(f"\t\t\t<p {eid('p')}{tag} {ps}>{_chs_inline(b[1])}</p>")
            elif kind in ("ol", "ul"):
                lines.append(f"\t\t\t<{kind}>")
                for item in b[1]:
                    lines.append(f"\t\t\t\t<li {eid('li')} {ps}>{_chs_inline(item)}</li>")
                lines.append(f"\t\t\t</{kind}>")
            elif kind == "todo":
                for done, text in b[1]:
                    state = "to-do:completed" if done else "to-do"
                    lines.append(f'\t\t\t<p {eid("p")} data-tag="{state}" {ps}>{html.escape(text, quote=False)}'
                                 "</p>")
            elif kind == "table":
                lines.append(f'\t\t\t<table {eid("table")} style="border:1px solid;border-collapse:collapse">')
                for r, row in enumerate([b[1]] + b[2]):
                    lines.append(f"\t\t\t\t<tr {eid('tr')}>")
                    for cell in row:
                        text = html.escape(cell, quote=False)
                        if r == 0:
                            text = f'<span style="font-weight:bold">{text}</span>'
                        lines.append(f'\t\t\t\t\t<td {eid("td")} style="border:1px solid"><p {eid("p")} {ps}>'
                                     f"{text}</p></td>")
                    lines.append("\t\t\t\t</tr>")
                lines.append("\t\t\t</table>")
            elif kind == "img":
                rid = _hex("chs-img-" + b[1], 16).upper()
                src = f"{res}/0-{rid}!1-2B5C6F1A8E0D3C47!1093/$value"
                lines.append(f'\t\t\t<img {eid("img")} alt="{html.escape(b[1])}" width="{b[2]}" height="{b[3]}" '
                             f'src="{src}" data-src-type="image/png" data-fullres-src="{src}" '
                             'data-fullres-src-type="image/png" />')
            elif kind == "file":
                rid = _hex("chs-file-" + b[1], 16).upper()
                lines.append(f'\t\t\t<object {eid("object")} data-attachment="{b[1]}" type="{b[2]}" '
                             f'data="{res}/0-{rid}!1-2B5C6F1A8E0D3C47!1093/$value" />')
            elif kind == "cite":
                lines.append(f'\t\t\t<p {eid("p")} style="margin-top:0pt;margin-bottom:0pt;font-size:9pt;'
                             f'color:#595959">Pasted from &lt;<a href="{b[1]}">{b[1]}</a>&gt; </p>')
        lines.append("\t\t</div>")
    lines += ["\t</body>", "</html>"]
    return "\n".join(lines) + "\n"


def build_chs_htm(path: Path) -> None:
    path.write_bytes(chs_html().encode("utf-8"))


# ---------------------------------------------------------------------------
# 3. Typst source of a group handbook chapter, saved as .txt: the Knorr pyrazole synthesis

PYZ_NAME = "knorr-pyrazole-typst-source.txt"
PYZ_WIDTH = 92

# ("raw", line) is copied as it is; ("para", text) is wrapped at PYZ_WIDTH; ("item", marker, text)
# is a list item ("- ", "+ " or "/ Term: ") wrapped with a two-space hanging indent.
PYZ_BLOCKS: list[tuple] = [
    ("raw", "// Group handbook, chapter 14 -- handbook/ch14-pyrazoles.typ"),
    ("raw", "// compile from the repository root:  typst compile main.typ handbook.pdf"),
    ("raw", "// last edit: LV 2024-11-04 (regio section rewritten after the HFIP runs)"),
    ("raw", '#import "../template/handbook.typ": chapter, note, warn, checkfirst'),
    ("raw", ""),
    ("raw", "#show: chapter.with("),
    ("raw", "  number: 14,"),
    ("raw", "  title: [Pyrazoles from 1,3-dicarbonyl compounds and hydrazines],"),
    ("raw", '  authors: ("R. Okonkwo", "L. Virtanen"),'),
    ("raw", "  revised: datetime(year: 2024, month: 11, day: 4),"),
    ("raw", ")"),
    ("raw", '#set text(lang: "en", region: "gb")'),
    ("raw", "#let hh = [hydrazine monohydrate]"),
    ("raw", "#let rt = [room temperature]"),
    ("raw", ""),
    ("raw", "= Scope <sec:scope>"),
    ("raw", ""),
    ("para", "This chapter covers the Knorr pyrazole synthesis as we run it: condensation of a hydrazine "
             "with a 1,3-diketone (pyrazoles), a β-keto ester (pyrazolones) or a β-keto nitrile "
             "(5-aminopyrazoles), and the N-alkylation of the NH pyrazoles that come out of it. Making the "
             "1,3-dicarbonyl compounds is in chapter 9."),
    ("raw", ""),
    ("raw", "#checkfirst["),
    ("item", "- ", "Which hydrazine, in which form? #hh is 64~% hydrazine; the 35~% solution needs almost "
                   "twice the volume. Hydrochlorides need a base (@tab:hydrazines)."),
    ("item", "- ", "Is the diketone unsymmetrical? Then you will get two regioisomers: plan how to tell them "
                   "apart (@sec:regio) before you start."),
    ("item", "- ", "Hydrazine hydrate and diketones react with a strong exotherm: add it cold and dropwise."),
    ("item", "- ", "LC-MS shows product + 18? That is the hydrazone or the hydroxypyrazoline, not your "
                   "pyrazole (@sec:trouble)."),
    ("item", "- ", "Hydrazine waste bottle ready and labelled (@sec:safety)."),
    ("raw", "]"),
    ("raw", ""),
    ("raw", "= How the reaction goes <sec:mech>"),
    ("raw", ""),
    ("para", "The NH#sub[2] group of the hydrazine condenses with one carbonyl group to the hydrazone. The "
             "second nitrogen then attacks the other carbonyl group and closes the ring to a "
             "5-hydroxy-4,5-dihydropyrazole (hydroxypyrazoline), which loses water to give the aromatic "
             "pyrazole. With ordinary diketones the dehydration is fast and you never see the intermediate; "
             "with electron-poor diketones, trifluoromethyl diketones above all, the hydroxypyrazoline is "
             "stable enough to isolate and needs acid and heat to dehydrate."),
    ("raw", ""),
    ("para", "Pyrazoles with a free NH are tautomers: 3-methyl-5-phenylpyrazole and 5-methyl-3-phenylpyrazole "
             "are the same compound, and in solution the NH hops between the two nitrogens. That is why the "
             "C3 and C5 signals of NH pyrazoles are often weak or hard to find in the 13C spectrum. A "
             "substituent on N1 fixes the structure, and from then on 1,3- and 1,5-isomers are different "
             "compounds."),
    ("raw", ""),
    ("para", "Hydrazine itself has two equally reactive ends. If the diketone is in excess, both ends react "
             "with different diketone molecules and you get the azine (2:1 adduct) instead of the pyrazole; "
             "this is why we add the diketone to the hydrazine when the hydrazine is not in excess."),
    ("raw", ""),
    ("raw", "= Hydrazines <sec:hydrazines>"),
    ("raw", ""),
    ("raw", "#figure("),
    ("raw", "  table("),
    ("raw", "    columns: (auto, auto, 1fr),"),
    ("raw", "    align: left,"),
    ("raw", "    table.header([*Reagent*], [*What we stock*], [*Notes*]),"),
    ("raw", "    [#hh], [64~% N#sub[2]H#sub[4], $d = 1.03$~g/mL], [1.0--1.1 equiv; strong exotherm with "
            "diketones],"),
    ("raw", "    [Hydrazine sulfate], [solid], [needs 2 equiv NaOAc or NaOH; milder and slower, no exotherm],"),
    ("raw", "    [Methylhydrazine], [liquid, bp 88~°C], [very toxic and flammable; gives regioisomer mixtures],"),
    ("raw", "    [Phenylhydrazine], [liquid, darkens in air], [use the hydrochloride if the liquid is dark],"),
    ("raw", "    [Arylhydrazine hydrochlorides], [solids], [add 1 equiv NaOAc, or run in EtOH with AcOH],"),
    ("raw", "    [tert-Butylhydrazine hydrochloride], [solid], [1 equiv Et#sub[3]N; slow with hindered "
            "diketones],"),
    ("raw", "    [Benzylhydrazine dihydrochloride], [solid], [2 equiv base; the free base oxidises quickly],"),
    ("raw", "  ),"),
    ("raw", "  caption: [Hydrazines in the group stock and how to use them.],"),
    ("raw", ") <tab:hydrazines>"),
    ("raw", ""),
    ("raw", "= Which isomer? <sec:regio>"),
    ("raw", ""),
    ("para", "With an unsymmetrical 1,3-diketone and a substituted hydrazine R-NH-NH#sub[2] two "
             "regioisomers form. In arylhydrazines the NH#sub[2] group is the better nucleophile and attacks "
             "the more electrophilic carbonyl group first (usually the less hindered or the non-conjugated "
             "one, and a trifluoromethyl ketone before anything else). That carbon becomes C3, next to N2; "
             "the other carbonyl carbon becomes C5, next to the substituted N1. In methylhydrazine the "
             "methylated nitrogen is at least as nucleophilic as the NH#sub[2], so both pathways compete."),
    ("raw", ""),
    ("item", "- ", "Aryl methyl diketones (benzoylacetone type) with arylhydrazines in EtOH: mainly the "
                   "1,5-diaryl-3-methyl isomer, but rarely better than 4:1."),
    ("item", "- ", "Aryl trifluoromethyl diketones with arylhydrazines: mainly the 1,5-diaryl-3-trifluoromethyl "
                   "isomer (the celecoxib pattern), usually 10:1 or better."),
    ("item", "- ", "Methylhydrazine is the worst case: in EtOH close to 1:1 with many diketones."),
    ("raw", ""),
    ("para", "Solvent makes a big difference. Fluorinated alcohols (TFE, and HFIP even more) as the solvent "
             "raise the selectivity, for methylhydrazine from near 1:1 in EtOH to 10:1 or better in "
             "HFIP#footnote[S. Fustero et al., J. Org. Chem. 2008, 73, 3523. Our own runs: "
             "#link(\"https://eln.example.org/pz-hfip\")[ELN PZ-031 to PZ-036].]. Arylhydrazine "
             "hydrochlorides in DMAc or NMP at #rt are another option that often improves the ratio. Try "
             "both on 50 mg before a big run."),
    ("raw", ""),
    ("para", "Telling the isomers apart: an NOE between the N-CH#sub[3] (δ 3.7--3.9) or the ortho protons of "
             "the N-aryl group and the neighbouring C5 substituent tells you which group sits at C5; H-4 shows "
             "NOEs to both of its neighbours. The two isomers usually separate on silica, but they run close. "
             "Never assign from the literature ratio alone."),
    ("raw", ""),
    ("raw", "= Procedures <sec:proc>"),
    ("raw", ""),
    ("raw", "== A. 3,5-Dimethylpyrazole (20 mmol)"),
    ("raw", ""),
    ("item", "+ ", "Pentane-2,4-dione (2.05~mL, 2.00~g, 20.0~mmol) in EtOH (10~mL) in a 50~mL flask with an "
                   "internal thermometer, ice bath."),
    ("item", "+ ", "Add #hh (0.97~mL, 1.00~g, 20.0~mmol) dropwise over 10 min, keeping the inside below "
                   "20~°C: the reaction is strongly exothermic."),
    ("item", "+ ", "Stir for 1 h at #rt, then concentrate."),
    ("item", "+ ", "White solid, 1.8--1.9~g (94--99~%), mp 106--108~°C. 1H NMR (CDCl#sub[3]): δ 5.80 (s, 1H, "
                   "H-4), 2.27 (s, 6H); the NH is usually not seen."),
    ("raw", ""),
    ("para", "3,5-Dimethylpyrazole is volatile: do not leave it on the high-vacuum line for long."),
    ("raw", ""),
    ("raw", "== B. 1-Aryl pyrazoles from arylhydrazine hydrochlorides (10 mmol)"),
    ("raw", ""),
    ("item", "+ ", "Diketone (10.0~mmol) and 4-fluorophenylhydrazine hydrochloride (1.71~g, 10.5~mmol) in EtOH "
                   "(20~mL) with AcOH (0.5~mL)."),
    ("item", "+ ", "Heat at reflux for 2--4 h. Follow by LC-MS: the hydrazone and the hydroxypyrazoline both "
                   "show product + 18 and disappear as the pyrazole forms."),
    ("item", "+ ", "Cool, concentrate, take up in EtOAc and wash with saturated NaHCO#sub[3] and then with "
                   "water twice."),
    ("item", "+ ", "Dry, concentrate and separate the regioisomers on silica (hexane/EtOAc); load at most "
                   "1~g per 50~g of silica, because the isomers run close."),
    ("raw", ""),
    ("raw", "== C. Pyrazolones from β-keto esters"),
    ("raw", ""),
    ("para", "Ethyl benzoylacetate (1.73~mL, 1.92~g, 10.0~mmol) and phenylhydrazine (0.98~mL, 1.08~g, "
             "10.0~mmol) in EtOH (15~mL), reflux 3 h. On cooling "
             "2,5-diphenyl-2,4-dihydro-3#emph[H]-pyrazol-3-one crystallises; filter and wash with cold EtOH. "
             "The ester ethoxy group is lost as ethanol in the ring closure."),
    ("raw", ""),
    ("para", "Pyrazolones have three tautomers (CH, OH and NH forms), and which one you see depends on the "
             "solvent. In CDCl#sub[3] the CH form shows a CH#sub[2] singlet near δ 3.8; in DMSO-d#sub[6] the "
             "OH form shows H-4 near δ 5.9 and a very broad OH near δ 11.6. Two spectra that do not agree are "
             "usually two tautomers in two solvents, not two compounds."),
    ("raw", ""),
    ("raw", "== D. 5-Aminopyrazoles from β-keto nitriles"),
    ("raw", ""),
    ("para", "Benzoylacetonitrile (1.45~g, 10.0~mmol) and #hh (0.58~mL, 12.0~mmol) in EtOH (15~mL), reflux "
             "2 h, concentrate and crystallise from toluene: 3-phenyl-1#emph[H]-pyrazol-5-amine. The nitrile "
             "carbon becomes C5 and carries the NH#sub[2]. With methylhydrazine the same reaction gives "
             "mixtures of the 5-amino-1-methyl and 3-amino-1-methyl isomers."),
    ("raw", ""),
    ("raw", "= Following the reaction <sec:monitor>"),
    ("raw", ""),
    ("para", "TLC: pyrazoles are UV-active and usually run well in hexane/EtOAc; hydrazones often streak. "
             "LC-MS is the most useful check, because every intermediate has its own mass: hydrazone and "
             "hydroxypyrazoline at product + 18, the azine at two diketones + hydrazine − 2 H#sub[2]O. In the "
             "1H NMR the pyrazole H-4 is a sharp singlet between δ 5.8 and 6.8, and the hydroxypyrazoline "
             "shows its CH#sub[2] as two doublets near δ 3.0--3.5."),
    ("raw", ""),
    ("raw", "= Scaling up <sec:scale>"),
    ("raw", ""),
    ("para", "Up to 50 mmol, procedure A as written. Above that the hydrazine addition has to be controlled "
             "by the temperature: dropping funnel, internal thermometer, ice bath, and an addition rate that "
             "keeps the inside below 25~°C; the heat comes out immediately, so if the temperature stops "
             "rising when you stop adding, you are dosing correctly. Hydrazine sulfate with NaOAc is a gentler "
             "alternative for the first large run. Never scale up a reaction with methylhydrazine without "
             "talking to the safety officer first."),
    ("raw", ""),
    ("raw", "= Troubleshooting <sec:trouble>"),
    ("raw", ""),
    ("item", "/ Two products with the same mass: ", "Regioisomers (@sec:regio). Change the solvent (HFIP, "
             "DMAc with the hydrochloride) rather than the temperature, and assign by NOE."),
    ("item", "/ Product + 18 that does not go away: ", "The hydroxypyrazoline has not dehydrated. Typical for "
             "trifluoromethyl and other electron-poor diketones. Heat in AcOH at 100 °C for 1--2 h, or in "
             "toluene with 0.1 equiv p-TsOH, and check again."),
    ("item", "/ Mass of two diketones plus hydrazine minus two water: ", "The azine. The diketone was in "
             "excess locally: use 1.1 equiv hydrazine and add the diketone to the hydrazine."),
    ("item", "/ Dark red or brown mixture with an arylhydrazine: ", "The hydrazine is oxidising in air. Use the "
             "hydrochloride, work under nitrogen and do not leave the free base standing in solution."),
    ("item", "/ Nothing happens with hydrazine sulfate: ", "It needs a base to free the hydrazine; add NaOAc "
             "(2 equiv) or aqueous NaOH."),
    ("item", "/ Violent boiling when the hydrazine went in: ", "The exotherm. Add #hh to the cold solution, "
             "dropwise, with an internal thermometer; above 50~mmol use a dropping funnel and a bigger flask."),
    ("item", "/ Pyrazolone NMR makes no sense: ", "Tautomers (section C). Compare spectra in the same solvent."),
    ("item", "/ Hydrazine left in the product: ", "Wash the organic layer twice with water (hydrazine goes "
             "into the water). For N-aryl pyrazoles a 5~% citric acid wash also removes leftover "
             "arylhydrazine; NH and N-alkyl pyrazoles are basic enough to be partly lost into acid, so "
             "skip it for them."),
    ("item", "/ Product lost on the rotavap: ", "Small NH pyrazoles are volatile (section A). Bath at 30~°C, "
             "no long high-vacuum drying."),
    ("raw", ""),
    ("raw", "= N-Alkylation of NH pyrazoles <sec:alkyl>"),
    ("raw", ""),
    ("para", "Alkyl halide (1.1 equiv) with K#sub[2]CO#sub[3] or Cs#sub[2]CO#sub[3] (1.5 equiv) in DMF or "
             "MeCN at 25--60~°C. A 3-substituted pyrazole gives both N-alkyl isomers; alkylation next to the "
             "smaller substituent wins, typically 3:1 to 10:1. If you need the minor isomer, build the ring "
             "with the substituted hydrazine instead (@sec:regio). Assign the isomers by NOE, as above."),
    ("raw", ""),
    ("raw", "= Safety and waste <sec:safety>"),
    ("raw", ""),
    ("raw", "#warn["),
    ("para", "Hydrazine is toxic by every route, corrosive, a skin sensitiser and a presumed human "
             "carcinogen (Carc. 1B); UK workplace exposure limits are 0.02 ppm (8 h) and 0.1 ppm (15 min). "
             "Handle #hh and all substituted hydrazines in the fume cupboard with nitrile gloves and "
             "goggles. We do not use anhydrous hydrazine."),
    ("raw", "]"),
    ("raw", ""),
    ("item", "- ", "Methylhydrazine is volatile, very toxic and flammable: syringe transfers only, in the fume "
                   "cupboard."),
    ("item", "- ", "Phenylhydrazine and other arylhydrazines are toxic, sensitising and Carc. 1B as well; weigh "
                   "the hydrochlorides rather than the free bases when you can."),
    ("item", "- ", "Keep hydrazine away from oxidisers and from rusty metal, which catalyses its "
                   "decomposition."),
    ("item", "- ", "Waste: aqueous layers and washes that contain hydrazine go into the labelled hydrazine "
                   "waste bottle, never mixed with oxidising waste. Organic solvents go to the normal solvent "
                   "waste."),
]


def pyz_text() -> str:
    lines: list[str] = []
    for b in PYZ_BLOCKS:
        if b[0] == "raw":
            lines.append(b[1])
        elif b[0] == "para":
            lines += _wrap(b[1], PYZ_WIDTH)
        else:
            _, marker, text = b
            wrapped = _wrap(marker + text, PYZ_WIDTH)
            lines.append(wrapped[0])
            lines += ["  " + ln for ln in _wrap(" ".join(wrapped[1:]), PYZ_WIDTH - 2)] if len(wrapped) > 1 else []
    return "\n".join(lines) + "\n"


def build_pyz_txt(path: Path) -> None:
    path.write_bytes(pyz_text().encode("utf-8"))


# ---------------------------------------------------------------------------
# 4. Jira issue, printable view saved from the browser (.html): iron reduction of nitroarenes

IRN_NAME = "nitro-reduction-iron-jira-issue.html"
IRN_KEY = "CHEMSUP-2187"
IRN_BASE = "https://jira.chem.example.com"
IRN_SUMMARY = "Fe/NH4Cl nitro reduction stalls at the hydroxylamine on 40 g scale; grey sludge will not filter"
IRN_PEOPLE = {"mk": "Marta Kowalczyk", "do": "Daniel Okafor", "lw": "Li Wei", "ha": "Helen Adebayo",
              "tf": "Tomás Ferreira"}
IRN_FIELDS = [("Type", "Support request"), ("Priority", "Major"), ("Reporter", "@mk"), ("Assignee", "@do"),
              ("Resolution", "Done"), ("Votes", "2"), ("Labels", "iron nitro-reduction scale-up workup"),
              ("Remaining Estimate", "Not Specified"), ("Time Spent", "6h 30m"),
              ("Original Estimate", "Not Specified")]
IRN_ENV = ("Scale-up lab 3.07, 1 L four-necked flask, oil bath; LC-MS system 2, method GEN-5MIN "
           "(positive ion mode, UV 254 nm)")

# Blocks: ("h3", text), ("p", text), ("ul", items), ("ol", items), ("table", header, rows),
# ("panel", title, blocks), ("pre", lines).  In texts ~n~ is a subscript and **x** bold.
IRN_DESCRIPTION: list[tuple] = [
    ("h3", "What happened"),
    ("p", "Reduction of methyl 4-chloro-3-nitrobenzoate to methyl 3-amino-4-chlorobenzoate, 40 g (186 mmol), "
          "with the route-scouting conditions (Fe/NH~4~Cl in EtOH/water). On 2 g this was complete in 1 h. "
          "On 40 g:"),
    ("ul", ["after 3 h at reflux LC-MS shows 62% product, 21% of a peak at M−14 and 9% of a late, "
            "yellow-orange peak (table below)",
            "more time did not help; the mixture went from black to rusty brown",
            "the hot filtration through Celite took 2.5 h and the filtrate was cloudy",
            "the extraction gave an emulsion that had not settled by the next morning"]),
    ("h3", "Conditions used"),
    ("table", ["Reagent", "Amount", "Equiv"], [
        ["methyl 4-chloro-3-nitrobenzoate", "40.0 g (186 mmol)", "1.0"],
        ["iron powder (the 100 mesh bottle from the shelf)", "31.2 g (559 mmol)", "3.0"],
        ["NH~4~Cl", "10.0 g (187 mmol)", "1.0"],
        ["EtOH / water", "400 mL / 40 mL", "–"]]),
    ("p", "Magnetic stirring with the big oval bar; all the iron added at once at room temperature, then "
          "heated to reflux."),
    ("table", ["Peak", "m/z [M+H]+", "Area % at 3 h"], [
        ["product (amine)", "186", "62"], ["peak at M−14", "202", "21"], ["starting material", "216", "4"],
        ["late yellow-orange peak", "384", "9"], ["others", "–", "4"]]),
    ("p", "We need about 900 g of this intermediate for the next campaign, so a procedure that scales would "
          "be great. Attachments: LC-MS overlay of runs 05–07 and a photo of the filter cake."),
]

IRN_COMMENTS: list[tuple[str, str, list[tuple]]] = [
    ("do", "04/Mar/25 11:20", [
        ("p", "Thanks Marta. Three things stand out: the iron, the stirring and the NH~4~Cl. Before changing "
              "anything else:"),
        ("panel", "Check first", [("ol", [
            "**Iron grade.** Use reduced iron powder, 325 mesh (44 µm or finer), from a freshly opened bottle. The "
            "100 mesh material on the shelf is coarse and partly oxidised; on 2 g you get away with it because "
            "the surface per mmol is high and the flask is well stirred.",
            "**Stirring.** Iron is dense (7.9 g/cm³) and lies on the bottom under a magnetic bar. Above about "
            "10 g of iron use an overhead stirrer with a PTFE paddle at 300–400 rpm and check that the metal is "
            "suspended, not just rolling.",
            "**NH~4~Cl: 3–5 equiv, not 1.** It keeps the iron surface active and the mixture near neutral; "
            "with 1 equiv the surface passivates as iron oxide and hydroxide build up.",
            "**Water.** At least 20% of the solvent (EtOH/water 4:1 or 3:1). 10:1 is too dry: the reduction "
            "happens at the wet iron surface.",
            "**Temperature.** 70–80 °C inside the flask, not just on the bath display.",
        ])]),
        ("p", "M−14 is the aryl hydroxylamine and the late peak is the azoxy dimer. Both are typical of a "
              "reduction that runs too slowly (see Li's masses below). Once the azoxy compound has formed it is "
              "slow to reduce further, so the fix is to prevent it, not to cook it longer."),
    ]),
    ("lw", "04/Mar/25 14:02", [
        ("p", "Masses to look for, relative to the nitro compound ArNO~2~ (M):"),
        ("table", ["Species", "Mass", "Notes"], [
            ["nitroso ArNO", "M − 16", "rarely seen, reacts on quickly"],
            ["hydroxylamine ArNHOH", "M − 14", "tails; disproportionates in the vial, so re-inject fresh"],
            ["amine ArNH~2~", "M − 30", "the product"],
            ["azoxy Ar–N(O)=N–Ar", "2M − 48", "pale yellow, elutes late, very non-polar"],
            ["azo Ar–N=N–Ar", "2M − 64", "orange to red"],
            ["hydrazo Ar–NH–NH–Ar", "2M − 62", "oxidises back to the azo compound in air"]]),
        ("p", "Nitroarenes ionise poorly in positive mode, so the MS area of the starting material "
              "underestimates it: use the UV 254 nm areas for conversion. Quench each aliquot into EtOAc/"
              "NaHCO~3~ and inject within 10 min, because the hydroxylamine keeps changing in the vial."),
    ]),
    ("mk", "06/Mar/25 17:45", [
        ("p", "Run 08 with Daniel's changes (325 mesh iron 5 equiv, NH~4~Cl 4 equiv, EtOH/water 3:1, overhead "
              "stirrer at 350 rpm): complete in 90 min at 75 °C inside, 98.6% product, hydroxylamine 0.3%, no "
              "azoxy. But the exotherm took us by surprise: after about 20 min with nothing happening the "
              "internal temperature went from 60 to 84 °C in 4 min. Is that expected?"),
    ]),
    ("ha", "07/Mar/25 09:12", [
        ("p", "Yes, and it is the main hazard of this reaction on scale. A nitro reduction releases about "
              "500–550 kJ per mol of nitro group, roughly 100 kJ for your 186 mmol. With all the iron in at "
              "the start there is an induction period, and when the surface finally activates the heat comes "
              "out in one go. Rules for iron reductions from now on:"),
        ("ul", [
            "**Above 20 g of nitro compound: semi-batch.** Heat the iron, NH~4~Cl and solvent to 70 °C first "
            "(15 min activation), then add the nitro compound as a solution or in portions over 30–60 min "
            "while watching the internal temperature. If the temperature does not rise after the first 10% "
            "of the addition, stop adding and find out why: unreacted nitro compound is accumulating.",
            "**Activation.** A few drops of conc. HCl (about 0.05 equiv) or 15 min of stirring at 70 °C "
            "before the substrate goes in shortens the induction period.",
            "**Never stop halfway.** Do not cool down, filter or concentrate while hydroxylamine is still "
            "present: aryl hydroxylamines are thermally unstable and can decompose exothermically. Take the "
            "reaction to full conversion first.",
            "**Hydrogen.** Fe/AcOH and especially Fe/HCl give off hydrogen: vent through a bubbler into the "
            "fume cupboard, no ignition sources. Fe/NH~4~Cl gives much less.",
            "**Filter cake.** Fine iron and iron oxides can heat up and glow as the cake dries in air. Keep it "
            "wet and put it into a labelled waste pot under water, never into the bin.",
            "Above 100 g, talk to Process Safety before the run; we will do a thermal screening of the "
            "reaction mixture.",
        ]),
    ]),
    ("do", "07/Mar/25 10:30", [
        ("p", "Work-up that works for us on 40 g:"),
        ("ol", [
            "Cool to 50–60 °C, not to room temperature, or the amine may crystallise in the cake.",
            "Add Celite (20 g) to the flask, stir for 5 min and filter warm through a 3 cm Celite pad on a "
            "large sinter, pre-wetted with EtOH.",
            "Wash the cake with warm EtOH (3 × 100 mL) until the filtrate runs colourless; keep the cake wet.",
            "Evaporate most of the EtOH, then add EtOAc (400 mL) and saturated NaHCO~3~ (200 mL).",
            "If it emulsifies, filter the whole two-phase mixture through Celite again (fine iron hydroxide "
            "holds the emulsion together), then add brine.",
            "Wash the organic layer with 5% aqueous disodium EDTA (200 mL) to pull out the iron, then with "
            "brine; dry over Na~2~SO~4~ and concentrate.",
        ]),
        ("p", "Slow filtration means colloidal iron oxide. Mixing Celite into the warm slurry helps more than a "
              "thicker pad; do not let the cake run dry and crack."),
        ("p", "An orange or brown product after work-up usually still holds iron. The EDTA wash or a short "
              "silica plug fixes it. 2-Aminophenols, 2-aminopyridines and other chelating anilines hold on to "
              "iron particularly well: give them two EDTA washes."),
    ]),
    ("tf", "10/Mar/25 08:55", [
        ("p", "Related question for the same procedure: what survives Fe/NH~4~Cl? Our substrate has an aryl "
              "bromide, a ketone next to the nitro group and a nitrile."),
    ]),
    ("do", "10/Mar/25 09:40", [
        ("p", "All three are fine. Our table:"),
        ("table", ["Group", "Fe/NH4Cl", "Note"], [
            ["aryl Cl, Br, I", "survive", "the main reason to choose iron over Pd/C and H~2~ (see CHEMSUP-2102)"],
            ["ketone, aldehyde", "usually survive", "2-nitrobenzaldehydes: the amino aldehyde condenses with "
             "itself, so use it at once"],
            ["alkene, alkyne", "survive", ""],
            ["nitrile, ester, amide", "survive", ""],
            ["benzyl ether, benzyl carbamate", "survive", "not cleaved, unlike with Pd/C and H~2~"],
            ["pyridine N-oxide", "partly reduced", "check by LC-MS; Fe/AcOH removes it completely"],
            ["second nitro group", "both reduced", "selective reduction of one nitro group is not reliable"],
            ["ester or acid ortho to CH~2~ (2-nitrophenylacetates)", "cyclise", "gives the oxindole directly"]]),
        ("p", "If you need it faster and the substrate tolerates acid: iron (5 equiv) in EtOH/AcOH 4:1 at "
              "70 °C, 30–60 min (hydrogen!). For very polar, water-soluble nitro compounds use dithionite: "
              "Na~2~S~2~O~4~ (3–4 equiv) and NaHCO~3~ in THF/water 1:1 at 25–50 °C."),
    ]),
    ("mk", "11/Mar/25 13:10", [
        ("p", "Three follow-up questions before the next batch: (1) can we just use more of the 100 mesh iron "
              "instead of buying new? (2) the next substrate does not dissolve in EtOH/water at all – what "
              "then? (3) how do I know whether a bottle of iron powder is still good?"),
    ]),
    ("do", "11/Mar/25 14:35", [
        ("ol", [
            "Not reliably. Doubling the coarse iron gave us 85% conversion and azoxy again in CHEMSUP-1950. "
            "The surface area, not the amount, decides the rate.",
            "Use THF/EtOH/water 2:2:1, or add THF until the substrate dissolves at 70 °C; keep at least 20% "
            "water in the mixture. A suspension of the nitro compound still works if it dissolves as it "
            "reacts, but it is slower and the exotherm is less predictable.",
            "Quick test: 1 g of the powder in 10 mL of 1 M HCl should fizz steadily within a minute. Old, "
            "oxidised iron is rust-coloured, clumps and hardly reacts. Keep the bottle tightly closed; we do not "
            "pre-activate iron in bulk.",
        ]),
        ("p", "And before anyone asks: catalytic hydrogenation is faster and cleaner when there is no halogen, "
              "but on this substrate it removed the chlorine (CHEMSUP-2102)."),
    ]),
    ("tf", "12/Mar/25 16:21", [
        ("p", "Worked on 5 g: nitrile and bromide intact, 91% after the EDTA wash. Thanks!"),
    ]),
    ("mk", "19/Mar/25 15:58", [
        ("p", "Runs 09–12 (40 g each, semi-batch as Helen described): 92–95% isolated, hydroxylamine below "
              "0.5% before cooling, iron 40–70 ppm in the product after the EDTA wash. CH-SOP-044 is updated to "
              "rev. C with these conditions:"),
        ("pre", ["Fe, reduced, 325 mesh ........ 5.0 equiv (fresh bottle, weigh in air, no drying needed)",
                 "NH4Cl ........................ 4.0 equiv",
                 "EtOH / water 3:1 ............. 10 mL per g of nitro compound",
                 "activation ................... Fe + NH4Cl + solvent, 70 C, 15 min, overhead stirrer 350 rpm",
                 "addition ..................... nitro compound in portions over 45 min, Ti 75-80 C",
                 "end point (IPC) .............. LC-MS UV 254: hydroxylamine < 0.5 %, no SM",
                 "work-up ...................... as in Daniel's comment of 07/Mar/25"]),
        ("p", "Closing as done."),
    ]),
]
IRN_ATTACH = [("LCMS_runs05-07_overlay.pdf", "1.21 MB", "04/Mar/25"), ("filter_cake_run07.jpg", "2.83 MB",
                                                                          "04/Mar/25"),
              ("CHEMSUP-2187_runs.xlsx", "38 kB", "19/Mar/25")]


def _irn_inline(text: str) -> str:
    s = html.escape(text, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"~(\d+)~", r"<sub>\1</sub>", s)
    return s.replace("–", "&#8211;").replace("—", "&#8212;")


def _irn_user(key: str) -> str:
    uid = {"mk": "mkowalczyk", "do": "dokafor", "lw": "lwei", "ha": "hadebayo", "tf": "tferreira"}[key]
    return (f'<a class="user-hover" rel="{uid}" id="commentauthor_{uid}" '
            f'href="{IRN_BASE}/secure/ViewProfile.jspa?name={uid}">{IRN_PEOPLE[key]}</a>')


def _irn_blocks(blocks: list[tuple]) -> str:
    out: list[str] = []
    for b in blocks:
        kind = b[0]
        if kind == "h3":
            anchor = re.sub(r"[^A-Za-z]", "", b[1])
            out.append(f'<h3><a name="{anchor}"></a>{_irn_inline(b[1])}</h3>')
        elif kind == "p":
            out.append(f"<p>{_irn_inline(b[1])}</p>")
        elif kind == "ul":
            out.append('<ul class="alternate" type="square">'
                       + "".join(f"\n\t<li>{_irn_inline(i)}</li>" for i in b[1]) + "\n</ul>")
        elif kind == "ol":
            out.append("<ol>" + "".join(f"\n\t<li>{_irn_inline(i)}</li>" for i in b[1]) + "\n</ol>")
        elif kind == "table":
            rows = ["<tr>\n" + "".join(f"<th class='confluenceTh'>{_irn_inline(h)}</th>\n" for h in b[1])
                    + "</tr>"]
            rows += ["<tr>\n" + "".join(f"<td class='confluenceTd'>{_irn_inline(c) if c else '&nbsp;'}</td>\n"
                                        for c in r) + "</tr>" for r in b[2]]
            out.append("<div class='table-wrap'>\n<table class='confluenceTable'><tbody>\n" + "\n".join(rows)
                       + "\n</tbody></table>\n</div>")
        elif kind == "panel":
            out.append('<div class="panel" style="border-width: 1px;"><div class="panelHeader" '
                       f'style="border-bottom-width: 1px;"><b>{_irn_inline(b[1])}</b></div><div '
                       f'class="panelContent">\n{_irn_blocks(b[2])}\n</div></div>')
        elif kind == "pre":
            body = "\n".join(html.escape(ln, quote=False) for ln in b[1])
            out.append('<div class="preformatted panel" style="border-width: 1px;"><div '
                       f'class="preformattedContent panelContent">\n<pre>{body}\n</pre>\n</div></div>')
    return "\n".join(out)


def irn_html() -> str:
    css = ("body { font-family: Arial, sans-serif; font-size: 12px; } table.grid { border-collapse: "
           "collapse; } .tableBorder { border: 1px solid #bbb; } th.confluenceTh, td.confluenceTd { border: "
           "1px solid #ccc; padding: 3px 4px; } .panel { border-style: solid; border-color: #ccc; margin: 9px "
           "0; } .panelHeader { padding: 4px 12px; background: #f7f7f7; } .panelContent { padding: 6px 12px; }"
           " .preformatted pre { font-family: monospace; white-space: pre-wrap; } .subText { color: #666; }")

    def user(v: str) -> str:
        return _irn_user(v[1:]) if v.startswith("@") else html.escape(v, quote=False)

    fields = ""
    for i in range(0, len(IRN_FIELDS), 2):
        (a, av), (b, bv) = IRN_FIELDS[i], IRN_FIELDS[i + 1]
        fields += (f'<tr>\n<td bgcolor="#f0f0f0" width="20%" valign="top"><b>{a}:</b></td>\n'
                   f'<td bgcolor="#ffffff" width="30%" valign="top">{user(av)}</td>\n'
                   f'<td bgcolor="#f0f0f0" width="20%" valign="top"><b>{b}:</b></td>\n'
                   f'<td bgcolor="#ffffff" width="30%" valign="top">{user(bv)}</td>\n</tr>\n')
    comments = ""
    for n, (who, date, blocks) in enumerate(IRN_COMMENTS):
        cid = 311402 + n * 17
        comments += (f'<tr id="comment-{cid}">\n<td bgcolor="#ffffff" class="comment-body" valign="top">\n'
                     f'<p><font size="-2">Comment by {_irn_user(who)} [ <font color="#336699">{date}</font> ]'
                     f'</font></p>\n<div class="user-content-block">\n{_irn_blocks(blocks)}\n</div>\n'
                     "</td>\n</tr>\n")
    attach = "".join(f'<a href="{IRN_BASE}/secure/attachment/{44810 + i}/{name}">{name}</a>&nbsp;&nbsp;&nbsp;'
                     f'<font size="-2">({size}, {date})</font><br/>\n'
                     for i, (name, size, date) in enumerate(IRN_ATTACH))
    url = f"{IRN_BASE}/browse/{IRN_KEY}"
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
            f"<title>[#{IRN_KEY}] {html.escape(IRN_SUMMARY, quote=False)}</title>\n"
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            '<meta name="application-name" content="JIRA" data-name="jira" data-version="9.12.4">\n'
            f'<link type="text/css" rel="stylesheet" href="{IRN_BASE}/s/3e7b1d0c/912004/1dlckms/_/download/'
            'batch/jira.webresources:global-static/jira.webresources:global-static.css" media="all">\n'
            f"<style>\n{css}\n</style>\n</head>\n"
            '<body id="jira" class="aui-layout aui-theme-default page-type-printable" bgcolor="#ffffff">\n'
            '<table class="grid" id="previous-view" width="100%"><tr><td><b><a href="'
            f'{url}">Back to previous view</a></b></td></tr></table>\n'
            '<table class="tableBorder" cellpadding="5" cellspacing="0" border="0" width="100%">\n'
            '<tr>\n<td bgcolor="#f0f0f0" width="100%" colspan="2" valign="top">\n'
            f'<h3 class="formtitle">[{IRN_KEY}]&nbsp;<a href="{url}">{html.escape(IRN_SUMMARY, quote=False)}</a>'
            '</h3>\n<span class="subText">Created: 04/Mar/25&nbsp;&nbsp;Updated: 19/Mar/25&nbsp;&nbsp;'
            "Resolved: 19/Mar/25</span>\n</td>\n</tr>\n"
            '<tr>\n<td width="20%"><b>Status:</b></td>\n<td width="80%">Resolved</td>\n</tr>\n'
            f'<tr>\n<td width="20%"><b>Project:</b></td>\n<td width="80%"><a href="{IRN_BASE}/browse/CHEMSUP">'
            "Chemistry Support</a></td>\n</tr>\n"
            '<tr>\n<td width="20%"><b>Component/s:</b></td>\n<td width="80%">Route scouting, Scale-up lab</td>\n'
            "</tr>\n"
            '<tr>\n<td width="20%"><b>Affects Version/s:</b></td>\n<td width="80%">None</td>\n</tr>\n'
            '<tr>\n<td width="20%"><b>Fix Version/s:</b></td>\n<td width="80%">None</td>\n</tr>\n</table>\n'
            '<br/>\n<table class="grid" id="issuedetails" cellpadding="2" cellspacing="0" border="0" '
            f'width="100%">\n{fields}'
            '<tr>\n<td bgcolor="#f0f0f0" width="20%" valign="top"><b>Environment:</b></td>\n'
            f'<td bgcolor="#ffffff" colspan="3" valign="top">{html.escape(IRN_ENV, quote=False)}</td>\n</tr>\n'
            "</table>\n<br/>\n"
            '<table class="grid" cellpadding="2" cellspacing="0" border="0" width="100%">\n'
            '<tr><td bgcolor="#f0f0f0"><b>Issue Links:</b></td></tr>\n'
            '<tr><td>relates to&nbsp;<a href="' + IRN_BASE + '/browse/CHEMSUP-2102">CHEMSUP-2102</a>&nbsp;'
            "Pd/C hydrogenation of a chloronitroarene loses the chlorine&nbsp;&nbsp;<font size=\"-2\">"
            "Resolved</font></td></tr>\n</table>\n<br/>\n"
            '<table class="grid" cellpadding="2" cellspacing="0" border="0" width="100%">\n'
            f'<tr><td bgcolor="#f0f0f0" width="20%" valign="top"><b>Attachments:</b></td>\n<td>{attach}</td></tr>\n'
            "</table>\n<br/>\n"
            '<table class="grid" cellpadding="2" cellspacing="0" border="0" width="100%">\n'
            '<tr><td bgcolor="#f0f0f0"><b>Description</b></td></tr>\n'
            f'<tr><td id="descriptionArea">\n<div class="user-content-block">\n{_irn_blocks(IRN_DESCRIPTION)}\n'
            "</div>\n</td></tr>\n</table>\n<br/>\n"
            '<table class="grid" cellpadding="2" cellspacing="0" border="0" width="100%">\n'
            f'<tr><td bgcolor="#f0f0f0"><b>Comments</b></td></tr>\n{comments}</table>\n<br/>\n'
            '<table border="0" cellpadding="3" cellspacing="0" width="100%"><tr><td bgcolor="#bbbbbb" '
            'width="100%"><font size="1">Generated at Wed Mar 19 16:07:44 GMT 2025 by Marta Kowalczyk using '
            "Jira 9.12.4#9120004-sha1:6b2e8f1c4d7a93e05b1f2c3d4e5f60718293a4b5.</font></td></tr></table>\n"
            "</body>\n</html>\n")


def build_irn_html(path: Path) -> None:
    path.write_bytes(irn_html().encode("utf-8"))


# ---------------------------------------------------------------------------
# 5. Vendor booklet printed 2-up as a saddle-stitched booklet (PDF): syringe pumps for slow additions

SYP_NAME = "syringe-pump-booklet-2up.pdf"
SYP_SHEET_W, SYP_SHEET_H = 841.89, 595.28          # A4 landscape sheet
SYP_W, SYP_H = SYP_SHEET_W / 2, SYP_SHEET_H         # one A5 portrait booklet page
SYP_PAGES = 12
SYP_SCALE = 0.97                                    # "fit to printable area" of the booklet print
SYP_ML, SYP_MR, SYP_MT, SYP_MB = 36.0, 36.0, 54.0, 46.0
SYP_BODY = ("DejaVuSans", 8.6, 11.2)
SYP_SMALL = ("DejaVuSans", 7.5, 9.2)
SYP_FORCE_N = 350.0
SYP_GLASS = [("1 mL", 4.61), ("2.5 mL", 7.29), ("5 mL", 10.30), ("10 mL", 14.57), ("25 mL", 23.03),
             ("50 mL", 32.57)]
SYP_PLASTIC = [("1 mL", 4.78), ("3 mL", 8.66), ("5 mL", 12.06), ("10 mL", 14.50), ("20 mL", 19.13),
               ("30 mL", 21.70), ("60 mL", 26.70)]


def _syp_bar(force: float, d_mm: float) -> int:
    area = 3.141592653589793 * d_mm * d_mm / 4.0   # mm2
    return round(force / area * 10.0)               # N/mm2 = MPa; 1 MPa = 10 bar


SYP_SECTIONS = ["How the pump delivers", "Choosing the syringe", "Setting up", "Programming a run",
                "Slow additions in synthesis", "Force and pressure", "Troubleshooting",
                "Care and maintenance", "Questions from users"]

# Flow blocks: ("h1", n), ("h2", text), ("p", text), ("bul", items), ("steps", items),
# ("table", fractions, header, rows), ("box", title, paragraphs), ("toc",), ("break",).
SYP_FLOW: list[tuple] = [
    ("toc",),
    ("box", "Read this first", [
        "The pusher block moves with a force of up to 350 N. Keep fingers out of its path and never hold a "
        "syringe in place by hand while the pump runs.",
        "Never disconnect tubing or a needle while the syringe is under pressure: stop the pump and open the "
        "half-nut lever first.",
        "The MF-200 is not rated for explosive atmospheres. It may stand in a fume cupboard only where no "
        "flammable atmosphere can build up around it.",
        "Switch off and unplug the pump before you wipe up spilled solvent, and keep liquids out of the "
        "lead-screw slot.",
    ]),
    ("break",),
    ("h1", 1),
    ("p", "A stepper motor turns a lead screw, which moves the pusher block against the syringe plunger. The "
          "pump does not measure flow: it calculates the plunger speed from the flow rate you enter and the "
          "internal diameter of the syringe. The diameter enters squared, so a diameter that is 5% too large "
          "gives about 10% too much flow."),
    ("p", "At low rates the motor moves in single steps of 0.16 µm of plunger travel. Each step delivers a "
          "small pulse of liquid; the smaller the syringe, the smaller the pulse and the smoother the flow. "
          "Use the smallest syringe that holds the whole volume you want to add."),
    ("p", "Before any liquid moves, the plunger tip, air bubbles and soft tubing are compressed. At the start "
          "of a run, and after every change of rate, the real flow therefore lags behind the set value until "
          "this slack is taken up: more than an hour at 0.1 mL/h with a 50 mL plastic syringe, minutes "
          "with a glass syringe and no air."),
    ("h2", "Specifications"),
    ("table", [0.42, 0.58], ["Item", "MF-200"], [
        ["Syringes", "one or two, 10 µL to 60 mL"],
        ["Flow range", "0.01 µL/h to 90 mL/min, depending on the syringe"],
        ["Accuracy / reproducibility", "±0.5% / ±0.05% of the set rate"],
        ["Linear force", "up to 350 N; levels 30%, 50% and 100%"],
        ["Step", "0.16 µm of plunger travel"],
        ["Power", "24 V DC, 25 W, external mains adapter"],
    ]),
    ("h1", 2),
    ("p", "Glass gas-tight syringes (PTFE-tipped plunger, Luer lock) are the choice for organic solvents, for "
          "air- and moisture-sensitive reagents and for anything that must not touch rubber. Plastic "
          "disposable syringes with a polypropylene barrel are fine for aqueous solutions and short runs, but "
          "their rubber plunger seals swell in CH2Cl2, THF, toluene and ether and then stick or leak. "
          "All-polypropylene syringes without a rubber seal survive most solvents for a few hours."),
    ("p", "The nominal volume printed on the barrel says nothing about the internal diameter: a 10 mL glass "
          "syringe and a 10 mL plastic syringe differ, and so do different brands. Select the syringe from "
          "the library, or enter the measured diameter."),
    ("table", [0.5, 0.25, 0.25], ["Syringe in the library", "Volume", "Diameter, mm"],
     [["Glass gas-tight, 1000 series", v, f"{d:.2f}"] for v, d in SYP_GLASS]
     + [["Plastic, Luer-Lok", v, f"{d:.2f}"] for v, d in SYP_PLASTIC]),
    ("p", "Syringe not in the library? Measure the length L (mm) between the zero mark and the full-volume "
          "mark V (mL) and calculate d = √(4000·V / (π·L)). Example: a 10 mL scale that is 56.0 mm long "
          "gives d = 15.08 mm."),
    ("h1", 3),
    ("steps", [
        "Fill the syringe, hold it tip up, tap it and push out all the air. For air-sensitive reagents flush "
        "a glass syringe three times with nitrogen first.",
        "Fit the needle or the tubing (Luer lock; PTFE tubing 1/16 inch outside, 0.5–0.8 mm inside "
        "diameter). Fill the line by hand until liquid reaches the tip.",
        "Lay the syringe in the V-block with its flange in the slot and close the clamp finger-tight.",
        "Open the half-nut lever, slide the pusher block against the plunger and close the lever. The pusher "
        "must touch the plunger: any gap is a delay at the start.",
        "Enter the syringe, the rate and the target volume (section 4).",
        "Press PRIME: the pump runs at ten times the set rate, for at most 60 s, until the first drop "
        "appears at the tip. Then press RUN to start the timed addition.",
        "Place the needle tip above the liquid for dropwise addition; put it below the surface only when "
        "the procedure asks for it (section 5).",
    ]),
    ("box", "Height matters", [
        "Put the pump at the same height as the outlet or lower. A syringe above the outlet can siphon: "
        "glass plungers move freely, and the liquid runs out faster than set, even when the pump is not running.",
    ]),
    ("h1", 4),
    ("p", "Rate = volume ÷ time. Enter the volume you want to add as the target volume, not the size of the "
          "syringe: the pump stops at the target and shows TARGET REACHED."),
    ("table", [0.3, 0.3, 0.4], ["Volume to add", "Over", "Set rate"], [
        ["10 mL", "2 h", "5.0 mL/h"], ["2.5 mL", "30 min", "5.0 mL/h"], ["50 mL", "8 h", "6.25 mL/h"],
        ["1.0 mL", "4 h", "0.25 mL/h (250 µL/h)"]]),
    ("p", "The MF-200 accepts µL/min, µL/h, mL/min and mL/h. Most wrong runs start with a rate in µL/min "
          "entered as mL/h or the other way round; 1 mL/h is 16.7 µL/min."),
    ("table", [0.4, 0.6], ["Syringe", "Useful range for slow additions"], [
        ["1 mL", "10 µL/h to 5 mL/h"], ["5 mL", "50 µL/h to 25 mL/h"], ["10 mL", "0.1 to 50 mL/h"],
        ["25 mL", "0.25 to 120 mL/h"], ["50 or 60 mL", "0.5 to 250 mL/h"]]),
    ("p", "In dual mode two syringes of the same type and size deliver at the same rate; the MF-200 cannot run "
          "two different rates at once."),
    ("p", "After a power cut the pump does not restart by itself unless Resume after power loss is switched "
          "on in the SETUP menu. The display keeps the volume already delivered."),
    ("h1", 5),
    ("p", "Slow addition keeps the concentration of the added reagent low, so that it cannot react with "
          "itself or with the product, it spreads the heat of an exothermic reaction, and it gives the high "
          "dilution that ring closures need. What counts is the rate at which the reagent is used up: adding "
          "faster than that only accumulates it in the flask."),
    ("p", "The pump keeps adding even when the reaction has stopped, for example when the cooling or the "
          "stirring has failed. Watch the internal temperature, and stay with additions that must be stopped "
          "when the temperature rises."),
    ("h2", "Needle above or below the surface?"),
    ("p", "Above the surface the drops fall into the mixture or run down the wall; this suits most "
          "additions. Below the surface is for volatile reagents or additions into a cold mixture, but the "
          "reaction mixture can diffuse back into the needle, react there and block it, and any overpressure "
          "in the flask pushes the mixture up the needle when the rate is low."),
    ("h2", "Cold reactions"),
    ("p", "At −78 °C the needle tip sits in the cold gas above the mixture, and concentrated solutions freeze or "
          "crystallise at the tip. Keep the tip 1–2 cm above the surface and let the drops run down the cold "
          "wall, use a more dilute solution, or lead PTFE tubing down the inside wall of the flask."),
    ("h2", "Air-sensitive reagents"),
    ("p", "Glass gas-tight syringe flushed three times with nitrogen, Luer lock, PTFE tubing through a septum "
          "and a slight positive pressure of nitrogen in the flask (bubbler). Plastic syringes let moisture "
          "and air through over a few hours."),
    ("h2", "Suspensions and overnight runs"),
    ("p", "Suspensions cannot be pumped: the solid settles in the barrel. Use a dropping funnel or add "
          "portions instead. For overnight additions set the target volume, secure the tubing with clips, put "
          "a drip tray under the syringe and an unattended-operation notice with your name and the reagent "
          "on the fume cupboard."),
    ("h1", 6),
    ("p", "The pressure a syringe can build up is the pump force divided by the plunger area. Small syringes "
          "reach very high pressures when the outlet is blocked: far more than Luer fittings, needles or "
          "glass barrels can take."),
    ("table", [0.34, 0.22, 0.22, 0.22], ["Glass syringe", "d, mm", "100% force", "30% force"],
     [[v, f"{d:.2f}", f"{_syp_bar(SYP_FORCE_N, d)} bar", f"{_syp_bar(0.3 * SYP_FORCE_N, d)} bar"]
      for v, d in SYP_GLASS]),
    ("p", "Luer lock fittings and PTFE tubing with flangeless fittings hold about 7 bar, and glass syringes of "
          "2.5 mL and less can crack at the tip when the outlet is blocked. Use force level 30% for glass "
          "syringes up to 5 mL, 50% for 10 to 25 mL, and 100% only for 50 mL syringes or viscous liquids."),
    ("p", "A STALL alarm means that the pump could not move at the set force. Never raise the force to push "
          "through a blockage: stop, open the half-nut lever and find the blockage."),
    ("h1", 7),
    ("table", [0.3, 0.33, 0.37], ["Symptom", "Cause", "Remedy"], [
        ["Nothing comes out for the first 10–30 min", "Slack: gap at the pusher, compressible plunger tip, "
         "air in the syringe", "Close the gap, remove the air, PRIME until the first drop, glass syringe for "
         "slow rates"],
        ["Drops come in bursts at low rates", "Large syringe, single motor steps, bubble in the line",
         "Smaller syringe, shorter tubing, no air"],
        ["Less delivered than programmed", "Wrong diameter in the library; liquid leaking past the plunger",
         "Check the syringe entry; check delivery by weighing water (section 8)"],
        ["STALL alarm", "Blocked needle or tubing, needle too fine, plunger stuck, force level too low for a "
         "viscous liquid", "Stop and release first; clear or change the needle (20 G or wider); dilute or "
         "warm the solution"],
        ["Liquid behind the plunger, leaking barrel", "Plunger seal attacked (plastic syringe in CH2Cl2 or "
         "THF) or worn PTFE tip", "Glass gas-tight syringe; new plunger tip"],
        ["Syringe empties faster than set, or keeps running after STOP", "Siphoning: syringe higher than the "
         "outlet, or vacuum in the flask", "Lower the pump; vent the flask; clamp the tubing when stopped"],
        ["Reaction mixture climbs into the needle", "Tip below the surface and gas or pressure in the flask",
         "Tip above the liquid; vent the flask through a bubbler"],
        ["Crystals or ice at the needle tip in a cold reaction", "Tip in the cold gas above the mixture; too "
         "concentrated", "Tip 1–2 cm above the surface, drops down the wall, more dilute solution"],
        ["Motor runs, plunger does not move", "Half-nut lever open or syringe not clamped",
         "Close the lever; check the clamp and the flange slot"],
        ["Glass syringe cracked", "Clamp overtightened, or full force against a blocked outlet",
         "Finger-tight clamp; force level 30% for small glass syringes"],
        ["Program lost after a power cut", "Resume after power loss is off", "Switch it on in SETUP"],
    ]),
    ("h1", 8),
    ("bul", [
        "Rinse glass syringes straight after use with the solvent, then acetone, and pull the plunger out to "
        "dry. Do not let reagents dry in the barrel.",
        "A stuck glass plunger usually means dried salts or polymer: soak the syringe in warm water or "
        "solvent, never force it.",
        "Never swap plungers between glass barrels; each plunger is matched to its barrel.",
        "Do not put PTFE-tipped plungers in a drying oven above 60 °C: the tip deforms and leaks.",
        "Wipe spills off the pump at once. Every six months clean the lead screw and the guide rods with a "
        "lint-free cloth and apply a thin film of the PTFE grease supplied.",
        "Delivery check once a year or after a repair: pump water at 10.0 mL/h for 30 min into a tared vial "
        "and weigh it. Expect 4.99 g (±0.03 g) at 20 °C.",
    ]),
    ("h1", 9),
    ("h2", "Can the pump withdraw?"),
    ("p", "Yes, in WITHDRAW mode, at slow rates; otherwise dissolved gas comes out as bubbles."),
    ("h2", "Why does the volume on the display not match the syringe scale?"),
    ("p", "The pump counts what it has pushed. The slack at the start is not delivered liquid, and the "
          "graduation of plastic syringes is only accurate to about ±5%."),
    ("h2", "Can I pump n-BuLi and other pyrophoric solutions?"),
    ("p", "Yes, with a glass gas-tight syringe with Luer lock, PTFE tubing and a nitrogen-flushed system, and "
          "no more liquid in the syringe than you could deal with in an emergency. Follow your laboratory's "
          "rules for pyrophoric reagents; never use a plastic syringe."),
    ("h2", "Why do bubbles appear during long runs with ether or CH2Cl2?"),
    ("p", "Low-boiling solvents form bubbles when they warm up in the barrel or when the plunger is pulled "
          "back. Fill the syringe at room temperature, do not withdraw them, and keep the syringe out of "
          "sunlight and out of the warm air above a hot plate."),
]
SYP_COVER = [(70, "DejaVuSans-Bold", 10, "MERIDIAN FLUIDICS"), (112, "DejaVuSans-Bold", 22, "MF-200 Syringe Pump"),
             (160, "DejaVuSans", 11.5, "Slow additions in the synthesis lab:"),
             (178, "DejaVuSans", 11.5, "set-up, syringes and troubleshooting"),
             (208, "DejaVuSans", 9, "User guide · quick reference"),
             (226, "DejaVuSans", 8, "Document MF-200-UG-EN, revision D, 03/2024")]
SYP_BACK = ["Meridian Fluidics Ltd", "Unit 4, Harbour Road Industrial Estate", "Service and spare parts:",
            "service@meridianfluidics.example", "+44 1632 960418", "MF-200-UG-EN rev. D (03/2024)",
            "Printed in the United Kingdom"]
SYP_RUNNING = ("MF-200 Syringe Pump · User guide", "Rev. D · 03/2024")


def _syp_fonts() -> None:
    for name, file in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, _font_path(file)))


def _syp_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    for w in text.split(" "):
        if pdfmetrics.stringWidth(w, font, size) > width:
            raise SystemExit(f"booklet: {w!r} does not fit into {width:.0f} pt")
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


class _SypFlow:
    """Lays the flow blocks out on booklet pages 2 .. SYP_PAGES - 1."""

    def __init__(self, toc: dict[int, int]) -> None:
        self.pages: dict[int, list[tuple]] = {p: [] for p in range(1, SYP_PAGES + 1)}
        self.page = 2
        self.y = SYP_H - SYP_MT
        self.toc = toc
        self.starts: dict[int, int] = {}
        self.width = SYP_W - SYP_ML - SYP_MR

    def new_page(self) -> None:
        self.page += 1
        if self.page > SYP_PAGES - 1:
            raise SystemExit("booklet: content does not fit on the booklet pages")
        self.y = SYP_H - SYP_MT

    def need(self, h: float) -> None:
        if self.y - h < SYP_MB:
            self.new_page()

    def text(self, x: float, font: str, size: float, s: str, lead: float, colour=(0.1, 0.1, 0.1)) -> None:
        self.y -= lead
        self.pages[self.page].append(("text", x, self.y, font, size, colour, s))

    def para(self, text: str, indent: float = 0.0, first: str = "", style=SYP_BODY) -> None:
        font, size, lead = style
        lines = _syp_wrap(text, font, size, self.width - indent)
        for i, ln in enumerate(lines):
            self.need(lead)
            if i == 0 and first:
                self.pages[self.page].append(("text", SYP_ML + indent - 10, self.y - lead, font, size,
                                              (0.1, 0.1, 0.1), first))
            self.text(SYP_ML + indent, font, size, ln, lead)
        self.y -= 3.5

    def table(self, fractions: list[float], header: list[str], rows: list[list[str]]) -> None:
        font, size, lead = SYP_SMALL
        widths = [f * self.width for f in fractions]

        def cells(row: list[str], bold: bool) -> list[list[str]]:
            f = "DejaVuSans-Bold" if bold else font
            return [_syp_wrap(c, f, size, w - 6) if c else [""] for c, w in zip(row, widths, strict=True)]

        def draw(row: list[str], bold: bool) -> None:
            wrapped = cells(row, bold)
            h = max(len(c) for c in wrapped) * lead + 4
            x = SYP_ML
            top = self.y
            ops = self.pages[self.page]
            ops.append(("rect", SYP_ML, top - h, self.width, h, (0.9, 0.92, 0.95) if bold else None))
            for c, w in zip(wrapped, widths, strict=True):
                yy = top - 1
                for ln in c:
                    yy -= lead
                    if ln:
                        ops.append(("text", x + 3, yy + 1.5, "DejaVuSans-Bold" if bold else font, size,
                                    (0.1, 0.1, 0.1), ln))
                x += w
            self.y = top - h

        head_h = max(len(c) for c in cells(header, True)) * lead + 4
        self.y -= 3
        self.need(head_h + 2 * lead + 4)
        draw(header, True)
        for row in rows:
            h = max(len(c) for c in cells(row, False)) * lead + 4
            if self.y - h < SYP_MB:
                self.new_page()
                draw(header, True)
            draw(row, False)
        self.y -= 7

    def box(self, title: str, paras: list[str]) -> None:
        font, size, lead = SYP_BODY
        wrapped = [_syp_wrap(p, font, size, self.width - 16) for p in paras]
        h = 8 + lead + sum(len(w) * lead + 3 for w in wrapped) + 4
        self.need(h + 6)
        top = self.y - 3
        self.pages[self.page].append(("box", SYP_ML, top - h, self.width, h))
        self.y = top - 4
        self.text(SYP_ML + 8, "DejaVuSans-Bold", size + 0.5, title, lead, (0.55, 0.1, 0.05))
        for w in wrapped:
            for ln in w:
                self.text(SYP_ML + 8, font, size, ln, lead)
            self.y -= 3
        self.y = top - h - 8

    def run(self, blocks: list[tuple]) -> None:
        for b in blocks:
            kind = b[0]
            if kind == "break":
                self.new_page()
            elif kind == "toc":
                self.text(SYP_ML, "DejaVuSans-Bold", 13, "Contents", 18)
                self.y -= 4
                for n, title in enumerate(SYP_SECTIONS, 1):
                    self.text(SYP_ML, SYP_BODY[0], 9, f"{n}  {title}", 13.5)
                    page = str(self.toc.get(n, 0))
                    x = SYP_W - SYP_MR - pdfmetrics.stringWidth(page, SYP_BODY[0], 9)
                    self.pages[self.page].append(("text", x, self.y, SYP_BODY[0], 9, (0.1, 0.1, 0.1), page))
                self.y -= 14
            elif kind == "h1":
                if self.y < SYP_H - SYP_MT - 1:
                    self.new_page()
                self.starts[b[1]] = self.page
                self.text(SYP_ML, "DejaVuSans-Bold", 12, f"{b[1]}  {SYP_SECTIONS[b[1] - 1]}", 15,
                          (0.05, 0.25, 0.45))
                self.y -= 4
            elif kind == "h2":
                self.need(14 + 2 * SYP_BODY[2])
                self.y -= 2
                self.text(SYP_ML, "DejaVuSans-Bold", 9, b[1], 12)
                self.y -= 1
            elif kind == "p":
                self.para(b[1])
            elif kind == "bul":
                for item in b[1]:
                    self.para(item, 12, "•")
            elif kind == "steps":
                for n, item in enumerate(b[1], 1):
                    self.para(item, 14, f"{n}.")
            elif kind == "table":
                self.table(*b[1:])
            elif kind == "box":
                self.box(b[1], b[2])


def _syp_pages() -> dict[int, list[tuple]]:
    _syp_fonts()
    first = _SypFlow({})
    first.run(SYP_FLOW)
    flow = _SypFlow(first.starts)
    flow.run(SYP_FLOW)
    if flow.starts != first.starts:
        raise SystemExit("booklet: contents page numbers did not settle")
    pages = flow.pages
    grey = (0.35, 0.35, 0.35)
    for p in range(2, SYP_PAGES):
        ops = pages[p]
        if p > 2:
            ops.append(("text", SYP_ML, SYP_H - 30, "DejaVuSans", 7, grey, SYP_RUNNING[0]))
            right = SYP_RUNNING[1]
            ops.append(("text", SYP_W - SYP_MR - pdfmetrics.stringWidth(right, "DejaVuSans", 7), SYP_H - 30,
                        "DejaVuSans", 7, grey, right))
            ops.append(("line", SYP_ML, SYP_H - 34, SYP_W - SYP_MR, SYP_H - 34))
        num = str(p)
        ops.append(("text", (SYP_W - pdfmetrics.stringWidth(num, "DejaVuSans", 8)) / 2, 24, "DejaVuSans", 8,
                    grey, num))
    cover = pages[1]
    cover.append(("band", 0, SYP_H - 250, SYP_W, 250))
    for down, font, size, s in SYP_COVER:
        cover.append(("text", SYP_ML, SYP_H - down, font, size, (1, 1, 1), s))
    back = pages[SYP_PAGES]
    y = 150
    for s in SYP_BACK:
        back.append(("text", SYP_ML, y, "DejaVuSans", 8, (0.25, 0.25, 0.25), s))
        y -= 11
    return pages


def _syp_imposition() -> list[tuple[int, int]]:
    """Saddle-stitch order: (left page, right page) for the front and back of every sheet."""
    order = []
    lo, hi = 1, SYP_PAGES
    while lo < hi:
        order.append((hi, lo))
        order.append((lo + 1, hi - 1))
        lo, hi = lo + 2, hi - 2
    return order


def _syp_draw(c, ops: list[tuple]) -> None:
    for op in ops:
        kind = op[0]
        if kind == "text":
            _, x, y, font, size, colour, s = op
            c.setFillColorRGB(*colour)
            c.setFont(font, size)
            c.drawString(x, y, s)
        elif kind == "line":
            c.setStrokeColorRGB(0.6, 0.6, 0.6)
            c.setLineWidth(0.5)
            c.line(*op[1:])
        elif kind == "rect":
            _, x, y, w, h, fill = op
            c.setStrokeColorRGB(0.65, 0.65, 0.65)
            c.setLineWidth(0.4)
            if fill:
                c.setFillColorRGB(*fill)
            c.rect(x, y, w, h, stroke=1, fill=1 if fill else 0)
        elif kind == "box":
            _, x, y, w, h = op
            c.setStrokeColorRGB(0.55, 0.1, 0.05)
            c.setFillColorRGB(1.0, 0.96, 0.93)
            c.setLineWidth(0.8)
            c.rect(x, y, w, h, stroke=1, fill=1)
        elif kind == "band":
            _, x, y, w, h = op
            c.setFillColorRGB(0.05, 0.25, 0.45)
            c.rect(x, y, w, h, stroke=0, fill=1)


def build_syp_pdf(path: Path) -> None:
    pages = _syp_pages()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(SYP_SHEET_W, SYP_SHEET_H), invariant=1, pageCompression=1)
    c.setCreator("PScript5.dll Version 5.2.2")
    c.setProducer("Acrobat Distiller 23.0 (Windows)")
    c.setTitle("MF-200_UserGuide_RevD_booklet")
    c.setAuthor("tech.pubs")
    for left, right in _syp_imposition():
        for half, p in ((0, left), (1, right)):
            c.saveState()
            c.translate(half * SYP_W + SYP_W * (1 - SYP_SCALE) / 2, SYP_H * (1 - SYP_SCALE) / 2)
            c.scale(SYP_SCALE, SYP_SCALE)
            _syp_draw(c, pages[p])
            c.restoreState()
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


def _syp_units() -> list[str]:
    pages = _syp_pages()
    return [op[6] for p in range(1, SYP_PAGES + 1) for op in pages[p] if op[0] == "text"]


# ---------------------------------------------------------------------------
# 6. Mailchimp HTML newsletter saved as .eml: stirring (magnetic and overhead)

STIR_NAME = "stirring-mailchimp-newsletter.eml"
STIR_SUBJECT = "Bench Notes #14: Is your reaction actually being stirred?"
STIR_PREHEADER = ("Stir bars, overhead stirrers and why your two-phase reaction stalled – plus the new "
                  "stirrer loan scheme.")
STIR_U, STIR_ID, STIR_E = "7d0c1a2b3c4d5e6f7a8b9c0d1", "a41c9e27b3", "4f1a2b3c4d"
STIR_BOUNDARY = "_----------=_MCPart_1182364501"
STIR_ARCHIVE = "https://mailchi.mp/chem.example.ac.uk/bench-notes-14"

# Content blocks: ("h1", text), ("h2", text), ("p", text), ("ul", items), ("ol", items),
# ("table", header, rows), ("box", title, items), ("qa", question, answer), ("button", text, url),
# ("divider",), ("image", alt, file, width).  **x** is bold.
STIR_BLOCKS: list[tuple] = [
    ("image", "Bench Notes – Chemistry Technical Services", "bench-notes-header.png", 564),
    ("h1", "Is your reaction actually being stirred?"),
    ("p", "Most of the “failed” reactions we were asked about this term were not failed chemistry at all. "
          "The stirrer bar had stopped, or it was turning happily in a reaction that needed far more mixing "
          "than a bar can give. This issue is about stirring: magnetic bars, overhead stirrers, two-phase "
          "reactions and what to do when the bar spins out. – Gareth Pryce, Technical Services"),
    ("box", "Check first", [
        "Is the bar really turning? Look from the side, not from the top, and look for a vortex.",
        "Right bar for the flask: oval (egg-shaped) for round-bottomed flasks, cylindrical for flat bottoms, "
        "about half to two-thirds of the width of the flask bottom.",
        "Flask centred on the plate and as close to it as possible.",
        "Speed turned up slowly from zero, not started at full speed.",
        "Anything thick, anything with a metal powder, anything above about 500 mL: overhead stirrer.",
    ]),
    ("h2", "Magnetic stirring: what really happens"),
    ("p", "The drive magnet under the top plate turns and drags the bar round with it. The coupling falls off "
          "steeply with distance, so every centimetre of oil bath, heating block or crystallising dish between "
          "the plate and the flask weakens it. With the flask 3–4 cm above the plate in a deep oil bath, a small "
          "bar decouples even at a moderate speed."),
    ("p", "Shape matters as much as size. In a round-bottomed flask a cylindrical bar touches the glass only at "
          "its two ends: it rattles, grinds the glass and throws itself off. Oval bars sit in the curve of the "
          "flask. On flat bottoms, cylindrical bars with a pivot ring in the middle run most smoothly."),
    ("table", ["Vessel", "Bar", "Notes"], [
        ["Round-bottomed flask, 10–100 mL", "oval, 15–25 mm", "the most common source of “not stirring”"],
        ["Round-bottomed flask, 250 mL–1 L", "oval, 30–40 mm", "thick or viscous: overhead stirrer"],
        ["Beaker or conical flask", "cylindrical with pivot ring, 25–50 mm", "centre the vessel on the plate"],
        ["Vials, 4–20 mL", "micro bar, 8–12 mm", "check from the side that it turns"],
        ["Pear-shaped flask", "small round bar", "stirs badly; use it for evaporations, not reactions"],
    ]),
    ("p", "Start at zero and turn the speed up slowly. A bar switched on at full speed jumps and rattles. Most "
          "single-phase reactions need a visible vortex, not a deep one: 400–800 rpm in a 50–250 mL flask is "
          "typical."),
    ("h2", "Vials and multi-position blocks"),
    ("p", "An ordinary plate has one drive magnet in the middle. In a heating block with many vials only the "
          "vials over the centre stir properly; the ones at the edge sit outside the magnet's reach and their "
          "bars just twitch. Use a multi-position stirring plate for parallel reactions, or check every vial "
          "from the side before you walk away."),
    ("h2", "When the bar spins out"),
    ("p", "A decoupled bar twitches in one place while the drive magnet turns underneath. The usual causes are "
          "too high a speed, too much distance between plate and flask, a mixture that has thickened, a flask "
          "that is off-centre, or an old bar whose magnet has weakened after years of hot baths. Turn the "
          "speed down to zero, let the bar find the magnet again and ramp up slowly; then lower the bath, "
          "centre the flask or change to a bigger bar."),
    ("p", "**Why it matters for safety:** a bar that stops in a heated reaction stops the mixing, the bottom "
          "of the flask overheats and the mixture can bump. During an addition, reagent that is not mixed in "
          "accumulates and can react all at once when the stirring comes back. If the stirring stops during an "
          "exothermic addition, stop the addition first, cool the flask, and only then restart the stirring, "
          "slowly."),
    ("h2", "Time for an overhead stirrer"),
    ("p", "Use one for volumes above about 500 mL, for thick slurries and precipitates, for viscous mixtures, "
          "for dense metal powders that a bar cannot lift, and for long reactions in which a bar would grind a "
          "solid catalyst, molecular sieves or a reagent into fines."),
    ("ol", [
        "Clamp the motor on the stand rod above the flask and clamp the flask separately; never let the flask "
        "hang from the stirrer shaft.",
        "Fit the PTFE stirrer bearing (stirrer guide) in the centre neck, push the shaft through it and set the "
        "paddle a few millimetres above the bottom of the flask.",
        "Turn the shaft by hand before you switch on. It must be vertical and centred; a wobble means "
        "misalignment, which wears the bearing and breaks glass.",
        "Tighten the chuck or the flexible coupling, start at about 50 rpm and then go to 150–400 rpm.",
        "Under nitrogen, use a bearing with a gas-tight seal and keep a slight positive pressure through a "
        "bubbler.",
    ]),
    ("table", ["Impeller", "Good for"], [
        ["Half-moon PTFE paddle", "round-bottomed flasks, general use, slurries"],
        ["Anchor", "viscous mixtures; it sweeps the wall, so heat transfer is better"],
        ["Three-blade propeller", "thin liquids and keeping solids suspended in beakers"],
        ["Dissolver disc", "high shear: dispersing solids and breaking up lumps"],
    ]),
    ("p", "More speed is not always better: a paddle that splashes throws material onto the walls above the "
          "liquid, where it dries and no longer reacts."),
    ("h2", "Two phases, one problem"),
    ("p", "In a two-phase reaction (aqueous base and an organic solvent, a solid base in an organic solvent, a "
          "gas over a liquid) the reaction happens at the interface, or after the reagent has crossed into the "
          "other phase. The rate then depends on how hard you stir, not only on temperature and concentration. "
          "That is why a reaction that works in a vial is often slow in a 1 L flask."),
    ("p", "**A quick test:** run the same small reaction twice, at 300 and at 900 rpm. If the faster-stirred "
          "one is faster, the reaction is limited by mixing: stir harder, change to an overhead stirrer, or "
          "find conditions with a single phase."),
    ("p", "Solid bases such as K2CO3 and Cs2CO3 are ground finer by the bar as the reaction runs, and the "
          "reaction speeds up as they do. Results then depend on which bar was used. Grind the base to a fine "
          "powder before use, so that the bar is not doing the milling. Gas from a balloon dissolves only at "
          "the surface; a vortex that pulls the gas down helps a lot."),
    ("h2", "Heating and stirring on the same plate"),
    ("p", "The plate’s temperature probe belongs in the bath or, better, in the reaction mixture. With the "
          "probe in the bath the mixture runs a few degrees below the display. Without any probe the plate "
          "only controls its own surface: a plate set to 150 °C under an oil bath does not give you a 150 °C "
          "bath."),
    ("p", "Clamp the probe. A probe that falls out of the bath reads room temperature, and the plate heats at "
          "full power until its safety circuit cuts in. Set that independent safety limit 20–25 °C above your "
          "working temperature and below the flash point of the bath oil."),
    ("p", "Aluminium heating blocks heat faster than oil baths and hold the flask closer to the magnet, so "
          "bars couple better. Do not fill the block with oil."),
    ("h2", "Troubleshooting at a glance"),
    ("table", ["Symptom", "Likely cause", "Fix"], [
        ["Bar jumps and rattles", "started too fast, wrong shape for the flask, flask off-centre",
         "stop, centre the flask, restart from zero; oval bar in round flasks"],
        ["Bar stops when the product precipitates", "slurry too thick", "more solvent, or an overhead stirrer"],
        ["Works in a vial, slow in a 1 L flask", "mixing-limited: two phases, a solid base or a gas",
         "stir harder, overhead stirrer, test at two speeds"],
        ["Grey or black specks in a white product", "worn PTFE coating, or a bar grinding a metal reagent or "
         "catalyst", "throw away scratched or split bars; overhead stirrer"],
        ["Bar stops when the bath gets hot", "old bar with a weakened magnet, or a deep bath lifting the flask",
         "new bar; oil only up to the level of the solvent"],
        ["Flask temperature overshoots", "probe in the wrong place or fallen out", "clamp the probe in the "
         "mixture; check the control mode"],
        ["Overhead shaft wobbles or squeaks", "shaft not vertical, dry or worn bearing",
         "realign; a drop of solvent on a glass bearing, or a new PTFE bearing"],
        ["Glass shaft or paddle broke", "started at high speed in a thick slurry, or misaligned",
         "start slowly, turn by hand first, PTFE-coated steel shaft"],
        ["Results differ between people", "different bars, speeds and flasks",
         "write the bar and the speed into the procedure, e.g. “oval 25 mm, 600 rpm”"],
    ]),
    ("h2", "Reader questions"),
    ("qa", "Why do old stirrer bars turn black?", "The PTFE surface is slightly porous and picks up metal "
           "residues (palladium, copper) and coloured by-products. A discoloured bar carries traces of metal "
           "into the next reaction. Keep separate bars for metal-catalysed reactions and throw them away when "
           "they are dark; fish lost bars out with the magnetic retriever before you filter, not after."),
    ("qa", "How fast should I stir?", "Fast enough that the whole surface moves and there is a small vortex. "
           "For two-phase reactions, as fast as the bar stays coupled – or use the overhead stirrer."),
    ("qa", "My bar is stuck at the bottom of a thick slurry. How do I get it going again?", "Not by turning "
           "the speed up. Switch off, add solvent, break up the cake with a spatula and restart from zero; if "
           "it sets again, change to the overhead stirrer."),
    ("qa", "When do I need a glass-coated bar?", "PTFE is attacked by alkali metals, so reactions with sodium "
           "or potassium metal need glass-coated bars. They also avoid PTFE wear in long, abrasive slurries, "
           "but they break more easily: never drop them into a flask."),
    ("qa", "Can I stir overnight without anyone there?", "Yes, if the flask and the probe are clamped, the "
           "safety limit is set and an unattended-operation sign with your name and the reagents is on the "
           "fume cupboard."),
    ("divider",),
    ("h2", "News: overhead stirrer loan scheme"),
    ("p", "Six overhead stirrers with PTFE paddles and bearings for 100 mL to 2 L flasks are now in the "
          "Technical Services store (room G.14). Book them for up to two weeks. We also run 15-minute demos, "
          "“Setting up an overhead stirrer”, every Thursday at 14:00 in lab 1.05 during March."),
    ("button", "Book an overhead stirrer", "https://booking.chem.example.ac.uk/equipment/overhead-stirrer"),
]
STIR_FOOTER = [
    "Copyright © 2025 School of Chemistry Technical Services, All rights reserved.",
    "You are receiving this email because you work in a School of Chemistry laboratory.",
    "Our mailing address is:",
    "School of Chemistry Technical Services",
    "Room G.14, Ramsay Building",
    "1 Science Road",
    "Eastholm EH9 9ZZ",
    "United Kingdom",
]


def _stir_track(url: str) -> str:
    return (f"https://chem.us21.list-manage.com/track/click?u={STIR_U}&amp;id={_hex(url, 10)}"
            f"&amp;e={STIR_E}")


def _stir_inline(text: str) -> str:
    s = html.escape(text, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


def _stir_text_block(inner: str, align: str = "left", pad: str = "9px 18px") -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" '
            'style="min-width:100%;">\n    <tbody class="mcnTextBlockOuter">\n        <tr>\n            '
            '<td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">\n              '
            "<!--[if mso]>\n\t\t\t\t<table align=\"left\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" "
            "width=\"100%\" style=\"width:100%;\">\n\t\t\t\t<tr>\n\t\t\t\t<![endif]-->\n\t\t\t\n\t\t\t\t"
            "<!--[if mso]>\n\t\t\t\t<td valign=\"top\" width=\"600\" style=\"width:600px;\">\n\t\t\t\t"
            "<![endif]-->\n                <table align=\"left\" border=\"0\" cellpadding=\"0\" "
            "cellspacing=\"0\" style=\"max-width:100%; min-width:100%;\" width=\"100%\" "
            "class=\"mcnTextContentContainer\">\n                    <tbody><tr>\n                        \n"
            f'                        <td valign="top" class="mcnTextContent" style="padding: {pad}; '
            f'text-align: {align};">\n                        \n{inner}\n                        </td>\n'
            "                    </tr>\n                </tbody></table>\n\t\t\t\t<!--[if mso]>\n\t\t\t\t</td>\n"
            "\t\t\t\t<![endif]-->\n                \n\t\t\t\t<!--[if mso]>\n\t\t\t\t</tr>\n\t\t\t\t</table>\n"
            "\t\t\t\t<![endif]-->\n            </td>\n        </tr>\n    </tbody>\n</table>")


def _stir_table(header: list[str], rows: list[list[str]]) -> str:
    th = "".join(f'<td style="border:1px solid #d0d7de;padding:6px;background-color:#eef3f8;">'
                 f"<strong>{_stir_inline(h)}</strong></td>" for h in header)
    trs = "".join("<tr>" + "".join(f'<td style="border:1px solid #d0d7de;padding:6px;vertical-align:top;">'
                                   f"{_stir_inline(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    return ('<table border="1" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse;'
            f'font-size:13px;line-height:150%;">\n<tbody><tr>{th}</tr>\n{trs}</tbody></table>')


def _stir_body_html() -> str:
    parts: list[str] = []
    for b in STIR_BLOCKS:
        kind = b[0]
        if kind == "image":
            src = f"https://mcusercontent.com/{STIR_U}/images/{_hex(b[2], 24)}/{b[2]}"
            parts.append('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock" '
                         'style="min-width:100%;">\n    <tbody class="mcnImageBlockOuter">\n            <tr>\n'
                         '                <td valign="top" style="padding:9px" class="mcnImageBlockInner">\n'
                         '                    <table align="left" width="100%" border="0" cellpadding="0" '
                         'cellspacing="0" class="mcnImageContentContainer" style="min-width:100%;">\n'
                         '                        <tbody><tr>\n                            <td '
                         'class="mcnImageContent" valign="top" style="padding-right: 9px; padding-left: 9px; '
                         'padding-top: 0; padding-bottom: 0; text-align:center;">\n'
                         f'                                    <img align="center" alt="{html.escape(b[1])}" '
                         f'src="{src}" width="{b[3]}" style="max-width:1200px; padding-bottom: 0; display: '
                         'inline !important; vertical-align: bottom;" class="mcnImage">\n'
                         "                            </td>\n                        </tr>\n"
                         "                    </tbody></table>\n                </td>\n            </tr>\n"
                         "    </tbody>\n</table>")
        elif kind == "h1":
            parts.append(_stir_text_block(f'<h1 style="text-align: left;">{_stir_inline(b[1])}</h1>'))
        elif kind == "h2":
            parts.append(_stir_text_block(f"<h2>{_stir_inline(b[1])}</h2>"))
        elif kind == "p":
            parts.append(_stir_text_block(f"<p>{_stir_inline(b[1])}</p>"))
        elif kind in ("ul", "ol"):
            items = "".join(f'\n<li style="margin-bottom:6px;">{_stir_inline(i)}</li>' for i in b[1])
            parts.append(_stir_text_block(f"<{kind}>{items}\n</{kind}>"))
        elif kind == "table":
            parts.append(_stir_text_block(_stir_table(b[1], b[2])))
        elif kind == "qa":
            parts.append(_stir_text_block(f"<p><strong>{_stir_inline(b[1])}</strong><br>\n"
                                          f"{_stir_inline(b[2])}</p>"))
        elif kind == "box":
            items = "".join(f"\n<li>{_stir_inline(i)}</li>" for i in b[2])
            inner = (f'<h3 style="color:#7a1f0e;">{_stir_inline(b[1])}</h3>\n<ul>{items}\n</ul>')
            parts.append('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnBoxedTextBlock" '
                         'style="min-width:100%;">\n    <!--[if gte mso 9]>\n\t<table align="center" border="0" '
                         'cellspacing="0" cellpadding="0" width="100%">\n\t<![endif]-->\n\t<tbody '
                         'class="mcnBoxedTextBlockOuter">\n        <tr>\n            <td valign="top" '
                         'class="mcnBoxedTextBlockInner">\n                <table align="left" border="0" '
                         'cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;" '
                         'class="mcnBoxedTextContentContainer">\n                    <tbody><tr>\n'
                         '                        <td style="padding-top:9px; padding-left:18px; '
                         'padding-bottom:9px; padding-right:18px;">\n                            <table '
                         'border="0" cellspacing="0" class="mcnTextContentContainer" width="100%" '
                         'style="min-width: 100% !important;background-color: #FFF4EE;border: 2px solid '
                         '#7A1F0E;">\n                                <tbody><tr>\n'
                         '                                    <td valign="top" class="mcnTextContent" '
                         'style="padding: 18px;color: #222222;font-family: Helvetica;font-size: 14px;'
                         f'font-weight: normal;text-align: left;">\n{inner}\n'
                         "                                    </td>\n                                </tr>\n"
                         "                            </tbody></table>\n                        </td>\n"
                         "                    </tr>\n                </tbody></table>\n            </td>\n"
                         "        </tr>\n    </tbody>\n    <!--[if gte mso 9]>\n\t</table>\n\t<![endif]-->\n"
                         "</table>")
        elif kind == "button":
            parts.append('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" '
                         'style="min-width:100%;">\n    <tbody class="mcnButtonBlockOuter">\n        <tr>\n'
                         '            <td style="padding-top:0; padding-right:18px; padding-bottom:18px; '
                         'padding-left:18px;" valign="top" align="left" class="mcnButtonBlockInner">\n'
                         '                <table border="0" cellpadding="0" cellspacing="0" '
                         'class="mcnButtonContentContainer" style="border-collapse: separate !important;'
                         'border-radius: 4px;background-color: #1F4E79;">\n                    <tbody>\n'
                         '                        <tr>\n                            <td align="center" '
                         'valign="middle" class="mcnButtonContent" style="font-family: Arial; font-size: '
                         '16px; padding: 14px;">\n                                <a class="mcnButton " '
                         f'title="{html.escape(b[1])}" href="{_stir_track(b[2])}" target="_blank" '
                         'style="font-weight: bold;letter-spacing: normal;line-height: 100%;text-align: '
                         f'center;text-decoration: none;color: #FFFFFF;">{html.escape(b[1])}</a>\n'
                         "                            </td>\n                        </tr>\n"
                         "                    </tbody>\n                </table>\n            </td>\n"
                         "        </tr>\n    </tbody>\n</table>")
        elif kind == "divider":
            parts.append('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" '
                         'style="min-width:100%;">\n    <tbody class="mcnDividerBlockOuter">\n        <tr>\n'
                         '            <td class="mcnDividerBlockInner" style="min-width: 100%; padding: 18px;">'
                         '\n                <table class="mcnDividerContent" border="0" cellpadding="0" '
                         'cellspacing="0" width="100%" style="min-width: 100%;border-top: 2px solid '
                         '#EAEAEA;">\n                    <tbody><tr>\n                        <td>\n'
                         "                            <span></span>\n                        </td>\n"
                         "                    </tr>\n                </tbody></table>\n            </td>\n"
                         "        </tr>\n    </tbody>\n</table>")
    return "".join(parts)


_STIR_CSS = (
    "\t\tp{\n\t\t\tmargin:10px 0;\n\t\t\tpadding:0;\n\t\t}\n\t\ttable{\n\t\t\tborder-collapse:collapse;\n\t\t}\n"
    "\t\th1,h2,h3,h4,h5,h6{\n\t\t\tdisplay:block;\n\t\t\tmargin:0;\n\t\t\tpadding:0;\n\t\t}\n"
    "\t\timg,a img{\n\t\t\tborder:0;\n\t\t\theight:auto;\n\t\t\toutline:none;\n\t\t\ttext-decoration:none;\n"
    "\t\t}\n\t\tbody,#bodyTable,#bodyCell{\n\t\t\theight:100%;\n\t\t\tmargin:0;\n\t\t\tpadding:0;\n"
    "\t\t\twidth:100%;\n\t\t}\n\t\t.mcnPreviewText{\n\t\t\tdisplay:none !important;\n\t\t}\n"
    "\t\t#outlook a{\n\t\t\tpadding:0;\n\t\t}\n\t\t.ReadMsgBody{\n\t\t\twidth:100%;\n\t\t}\n"
    "\t\t.ExternalClass{\n\t\t\twidth:100%;\n\t\t}\n\t\t.templateContainer{\n\t\t\tmax-width:600px "
    "!important;\n\t\t}\n\t\t.mcnTextContent{\n\t\t\tword-break:break-word;\n\t\t}\n"
    "\t\t#templateBody .mcnTextContent,#templateBody .mcnTextContent p{\n\t\t\tcolor:#202020;\n"
    "\t\t\tfont-family:Helvetica;\n\t\t\tfont-size:16px;\n\t\t\tline-height:150%;\n\t\t\ttext-align:left;\n"
    "\t\t}\n\t\th1{\n\t\t\tcolor:#1F4E79;\n\t\t\tfont-family:Helvetica;\n\t\t\tfont-size:26px;\n"
    "\t\t\tfont-weight:bold;\n\t\t\tline-height:125%;\n\t\t}\n\t\th2{\n\t\t\tcolor:#1F4E79;\n"
    "\t\t\tfont-size:20px;\n\t\t\tfont-weight:bold;\n\t\t\tline-height:125%;\n\t\t}\n"
    "\t@media only screen and (max-width: 480px){\n\t\tbody,table,td,p,a,li,blockquote{\n"
    "\t\t\t-webkit-text-size-adjust:none !important;\n\t\t}\n\t\tbody{\n\t\t\twidth:100% !important;\n"
    "\t\t\tmin-width:100% !important;\n\t\t}\n\t\t.mcnImage{\n\t\t\twidth:100% !important;\n\t\t}\n"
    "\t\t.mcnTextContent,.mcnBoxedTextContentColumn{\n\t\t\tpadding-right:18px !important;\n"
    "\t\t\tpadding-left:18px !important;\n\t\t}\n}")


def stir_html() -> str:
    unsub = (f"https://chem.us21.list-manage.com/unsubscribe?u={STIR_U}&amp;id=3b9f0d2c71&amp;e={STIR_E}"
             "&amp;c=" + STIR_ID)
    prefs = f"https://chem.us21.list-manage.com/profile?u={STIR_U}&amp;id=3b9f0d2c71&amp;e={STIR_E}"
    footer = "<br>\n".join(
        f"<em>{html.escape(line, quote=False)}</em>" if i == 0 else html.escape(line, quote=False)
        for i, line in enumerate(STIR_FOOTER))
    footer_html = (f"{footer}<br>\n<br>\nWant to change how you receive these emails?<br>\nYou can <a "
                   f'href="{prefs}">update your preferences</a> or <a href="{unsub}">unsubscribe from this list'
                   "</a>.<br>\n<br>")
    preheader_td = (f'<a href="{_stir_track(STIR_ARCHIVE)}" target="_blank">View this email in your browser</a>')
    badge = ('<a href="https://login.mailchimp.com/signup/email-referral/?aid=' + STIR_U + '" title="Intuit '
             'Mailchimp" target="_blank"><img src="https://cdn-images.mailchimp.com/monkey_rewards/'
             'intuit-mc-rewards-text-dark.svg" alt="Intuit Mailchimp" width="139" height="54" '
             'style="margin: 0 auto !important;"></a>')
    return ("<!doctype html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:v=\"urn:schemas-microsoft-com:"
            "vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n    <head>\n        <!-- NAME: 1 COLUMN "
            "-->\n        <!--[if gte mso 15]>\n        <xml>\n            <o:OfficeDocumentSettings>\n"
            "            <o:AllowPNG/>\n            <o:PixelsPerInch>96</o:PixelsPerInch>\n"
            "            </o:OfficeDocumentSettings>\n        </xml>\n        <![endif]-->\n"
            '        <meta charset="UTF-8">\n        <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '        <meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"        <title>{html.escape(STIR_SUBJECT, quote=False)}</title>\n        \n"
            f'    <style type="text/css">\n{_STIR_CSS}</style></head>\n    <body>\n'
            "        <!--*|IF:MC_PREVIEW_TEXT|*-->\n        <!--[if !gte mso 9]><!----><span "
            'class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; '
            'max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">'
            f"{html.escape(STIR_PREHEADER, quote=False)}</span><!--<![endif]-->\n"
            "        <!--*|END:IF|*-->\n        <center>\n"
            '            <table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" '
            'width="100%" id="bodyTable">\n                <tr>\n                    <td align="center" '
            'valign="top" id="bodyCell">\n                        <!-- BEGIN TEMPLATE // -->\n'
            '                        <!--[if (gte mso 9)|(IE)]>\n                        <table align="center" '
            'border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;">\n'
            '                        <tr>\n                        <td align="center" valign="top" width="600" '
            'style="width:600px;">\n                        <![endif]-->\n'
            '                        <table border="0" cellpadding="0" cellspacing="0" width="100%" '
            'class="templateContainer">\n                            <tr>\n'
            '                                <td valign="top" id="templatePreheader">'
            + _stir_text_block(preheader_td, "center", "0px 18px 9px")
            + '</td>\n                            </tr>\n                            <tr>\n'
            '                                <td valign="top" id="templateBody">' + _stir_body_html()
            + '</td>\n                            </tr>\n                            <tr>\n'
            '                                <td valign="top" id="templateFooter">'
            + _stir_text_block(footer_html, "center") + _stir_text_block(badge, "center")
            + "</td>\n                            </tr>\n                        </table>\n"
            "                        <!--[if (gte mso 9)|(IE)]>\n                        </td>\n"
            "                        </tr>\n                        </table>\n                        "
            "<![endif]-->\n                        <!-- // END TEMPLATE -->\n                    </td>\n"
            "                </tr>\n            </table>\n        </center>\n"
            f'    <img src="https://chem.us21.list-manage.com/track/open.php?u={STIR_U}&amp;id={STIR_ID}&amp;'
            f'e={STIR_E}" height="1" width="1" alt=""></body>\n</html>\n')


def _stir_plain_inline(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"\1", text)


def stir_plain() -> str:
    rule = "-" * 60
    out = [f"View this email in your browser ({STIR_ARCHIVE})", ""]
    for b in STIR_BLOCKS:
        kind = b[0]
        if kind in ("h1", "h2"):
            out += [f"** {b[1]}", rule]
        elif kind == "p":
            out += [_stir_plain_inline(b[1]), ""]
        elif kind in ("ul", "ol"):
            for n, item in enumerate(b[1], 1):
                out.append(("* " if kind == "ul" else f"{n}. ") + _stir_plain_inline(item))
            out.append("")
        elif kind == "box":
            out += [f"** {b[1]}", rule] + [f"* {i}" for i in b[2]] + [""]
        elif kind == "table":
            for row in [b[1]] + b[2]:
                out += row + [""]
        elif kind == "qa":
            out += [b[1], b[2], ""]
        elif kind == "button":
            out += [f"{b[1]} ({b[2]})", ""]
        elif kind == "divider":
            out += ["=" * 60, ""]
    out += ["=" * 60, ""] + STIR_FOOTER + [
        "", "Want to change how you receive these emails?",
        f"You can ** update your preferences (https://chem.us21.list-manage.com/profile?u={STIR_U}"
        f"&id=3b9f0d2c71&e={STIR_E})",
        f"or ** unsubscribe from this list (https://chem.us21.list-manage.com/unsubscribe?u={STIR_U}"
        f"&id=3b9f0d2c71&e={STIR_E}&c={STIR_ID})", ""]
    return "\n".join(out)


def _stir_qp(text: str) -> str:
    enc = quopri.encodestring(text.encode("utf-8"), quotetabs=False, header=False).decode("ascii")
    return enc.replace("\n", "\r\n")


def stir_eml_bytes() -> bytes:
    unsub = (f"<https://chem.us21.list-manage.com/unsubscribe?u={STIR_U}&id=3b9f0d2c71&t=b&e={STIR_E}"
             f"&c={STIR_ID}>, <mailto:unsubscribe-mc.us21_{STIR_U}.{STIR_ID}-{STIR_E}@unsubscribe."
             "mailchimpapp.net?subject=unsubscribe>")
    dkim_b = base64.b64encode(b"".join(hashlib.sha256(f"stir-dkim-{i}".encode()).digest()
                                       for i in range(4))).decode("ascii")
    dkim_bh = base64.b64encode(hashlib.sha256(b"stir-dkim-bh").digest()).decode("ascii")
    headers = [
        "Return-Path: <bounce-mc.us21_112233445.987654-j.ramirez=chem.example.ac.uk@mail182.atl221."
        "mcsv.net>",
        "Delivered-To: j.ramirez@chem.example.ac.uk",
        "Received: from mail182.atl221.mcsv.net (mail182.atl221.mcsv.net [198.2.182.182])\r\n\tby "
        "mx1.chem.example.ac.uk (Postfix) with ESMTPS id 4Z8kQ31x2Lz9sWc\r\n\tfor "
        "<j.ramirez@chem.example.ac.uk>; Tue, 11 Mar 2025 09:02:14 +0000 (GMT)",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mcsv.net;\r\n\ts=k2; t=1741683725;\r\n"
        "\tbh=" + dkim_bh + ";\r\n\th=From:Reply-To:To:Subject:Date:Message-ID:List-ID:"
        "List-Unsubscribe:\r\n\t List-Unsubscribe-Post:Content-Type:MIME-Version;\r\n\tb="
        + "\r\n\t ".join(dkim_b[i:i + 64] for i in range(0, len(dkim_b), 64)),
        "Subject: " + STIR_SUBJECT,
        "From: =?utf-8?Q?Chemistry=20Technical=20Services?= <techservices@chem.example.ac.uk>",
        "Reply-To: =?utf-8?Q?Chemistry=20Technical=20Services?= <techservices@chem.example.ac.uk>",
        "To: <j.ramirez@chem.example.ac.uk>",
        "Date: Tue, 11 Mar 2025 09:02:05 +0000",
        f"Message-ID: <{_hex('stir-msgid', 24)}.{_hex('stir-msgid2', 12)}@mail182.atl221.mcdlv.net>",
        f"X-Mailer: MailChimp Mailer - **CID{STIR_ID}{_hex('stir-cid', 10)}**",
        f"X-Campaign: mailchimp{STIR_U}.{STIR_ID}",
        f"X-campaignid: mailchimp{STIR_U}.{STIR_ID}",
        f"X-Report-Abuse: Please report abuse for this campaign here:\r\n https://mailchimp.com/contact/abuse/"
        f"?u={STIR_U}&id={STIR_ID}&e={STIR_E}",
        f"X-MC-User: {STIR_U}",
        "Feedback-ID: 112233445:112233445.987654:us21:mc",
        f"List-ID: {STIR_U}mc list <{STIR_U}.3b9f0d2c71.list-id.mcsv.net>",
        "X-Accounttype: ff",
        f"List-Unsubscribe: {unsub}",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Sender: \"Chemistry Technical Services\" <techservices=chem.example.ac.uk@mail182.atl221.mcsv.net>",
        "x-mcda: FALSE",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{STIR_BOUNDARY}"',
    ]
    body = ["", "This is a multi-part message in MIME format", "", f"--{STIR_BOUNDARY}",
            'Content-Type: text/plain; charset="utf-8"; format="fixed"',
            "Content-Transfer-Encoding: quoted-printable", "", _stir_qp(stir_plain()), "",
            f"--{STIR_BOUNDARY}", 'Content-Type: text/html; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable", "", _stir_qp(stir_html()), "",
            f"--{STIR_BOUNDARY}--", ""]
    return "\r\n".join(headers + body).encode("ascii")


def build_stir_eml(path: Path) -> None:
    path.write_bytes(stir_eml_bytes())


# ---------------------------------------------------------------------------


def visible_strings() -> dict[str, list[str]]:
    """Text units per guide stem (the DOCX and the booklet PDF only)."""
    return {
        Path(STK_NAME).stem: _stk_units(),
        Path(SYP_NAME).stem: _syp_units(),
    }


SUFFIXES = {Path(n).stem: Path(n).suffix for n in (STK_NAME, SYP_NAME)}
ONENOTE_STEMS = {Path(CHS_NAME).stem}
TYPST_STEMS = {Path(PYZ_NAME).stem}
JIRA_STEMS = {Path(IRN_NAME).stem}
MAILCHIMP_STEMS = {Path(STIR_NAME).stem}
BOOKLET_STEMS = {Path(SYP_NAME).stem}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    builds = [(STK_NAME, build_stk_docx), (CHS_NAME, build_chs_htm), (PYZ_NAME, build_pyz_txt),
              (IRN_NAME, build_irn_html), (SYP_NAME, build_syp_pdf), (STIR_NAME, build_stir_eml)]
    for name, build in builds:
        path = OUT_DIR / name
        build(path)
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
