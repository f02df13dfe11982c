"""Generate the five generated guides of the fresh10 held-out part deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh10/make_fresh10_guides.py

Writes (the sixth guide, glycosylation-imidate-zotero-note.md, is a static file):
    evals/fresh10/guides/acid-chlorides-slack-channel-export.html
        a Slack channel archive as rendered by slack-export-viewer: a dark sidebar with the
        channel list and direct messages, a sticky channel header, day dividers, one
        message-container per message (avatar block with initials, user name, an APP label for
        the bot, time link, message body), thread replies as indented containers after the
        parent with "n replies - last reply ..." lines, reactions, "(edited)" marks, pinned
        messages, Slack mrkdwn rendered to HTML (*bold*, _italic_, `code`, fenced ``` blocks
        as <pre>, "> " quotes as <blockquote>, line breaks as <br/>, <@U...> mentions, :emoji:
        codes as Unicode), a CSV snippet upload shown as a <pre> preview, a link unfurl
        (message-attachment) and an export footer.  The advice is scattered over threads.
    evals/fresh10/guides/wohl-ziegler-impress-notes-pages.pdf
        a LibreOffice Impress talk exported to PDF as NOTES PAGES (reportlab canvas, A4
        portrait, DejaVu Sans embedded, creator "Impress", producer "LibreOffice 24.2"): one
        page per slide, the slide drawn as a 16:9 miniature in the upper half (title bar,
        bullets with sub-bullets, tables drawn cell by cell, typed step numbers, the slide's
        own footer and number in small print) and the speaker notes as paragraphs below it; the
        notes-master header (left) and date (right) at the top, footer and page number at the
        bottom.  Most of the detail is in the notes.
    evals/fresh10/guides/ftir-atr-irscan-man-page.txt
        a preformatted manual page as nroff writes it for a terminal ("cat" page), UTF-8:
        66-line pages with the running header IRSCAN(1) ... IRSCAN(1) and a footer with the
        source, the date and the page number on every page, blank padding lines around them,
        section headings and option names in BOLD BY OVERSTRIKE ("N\\bNA\\bA..."), arguments
        UNDERLINED BY OVERSTRIKE ("_\\bf"), paragraphs filled (ragged right) at 78 columns
        with a 7-column indent and two spaces after a sentence, tagged paragraphs (tag at 7,
        text at 14), numbered indented paragraphs, and tbl boxes drawn with box-drawing
        characters (bold header row).  No form feeds: pages are padded with blank lines.
    evals/fresh10/guides/lawesson-thionation-smartart.docx
        a Word group guide written as raw WordprocessingML: Title / Subtitle / Heading 1 /
        List Bullet styles, two tables with repeated header rows, ENDNOTES (word/endnotes.xml,
        lower-roman numbering, endnote references in the text carry no text), a section break
        into a LANDSCAPE section holding the troubleshooting table and back to portrait, and two
        SMARTART diagrams (a vertical list "Check first" and a process diagram holding the
        whole standard procedure): their text exists only in word/diagrams/dataN.xml (dgm:pt
        points with a:p paragraphs) and again in the cached drawing word/diagrams/drawingN.xml,
        never in document.xml - python-docx and any reader of document.xml do not see it.
    evals/fresh10/guides/ester-hydrolysis-epub-chapter.html
        an EPUB 3 content document (XHTML, one chapter of an e-book) saved as .html: XML
        declaration, epub namespace, <section epub:type="chapter"> with nested subchapter
        sections, a drop cap (<span class="dropcap">E</span>ster...), EPUB PAGE-BREAK markers
        (<span epub:type="pagebreak" .../>) inside paragraphs, note references as superscript
        links (the digit joins the preceding word) with the notes as <aside
        epub:type="footnote"> at the end, a sidebar <aside epub:type="sidebar">, tables with
        <caption>, a figure whose content is only in the alt text, a glossary <dl>, <sub> in
        formulas, and SOFT HYPHENS (U+00AD) inserted into every long word, so that
        "saponification" is stored as "sa\\u00adpo\\u00adni..." in the file.

Re-running produces byte-identical files.  The visible text of the PDF and the DOCX is held in
the module-level data structures below; `visible_strings()` returns it, one string per text unit
(PDF: header, date, footer, page number, slide footer, slide title, subtitle, bullet, numbered
step, table cell, notes paragraph; DOCX: one string per w:p of the document, header, footer and
endnotes and one per a:p of the SmartArt data).  `man_plain_lines()` returns the man page as a
reader sees it (overstrike removed, one string per line).  The two .html are read from the built
files by the verifier.  `SUFFIXES` maps the two binary stems to their file types; `MAN_STEMS`
names the man page.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "guides"
ZIP_DATE = (2025, 3, 6, 15, 42, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


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

# ---------------------------------------------------------------------------
# 1. Slack channel archive (slack-export-viewer style HTML): acid chlorides

SLACK_NAME = "acid-chlorides-slack-channel-export.html"
SLACK_WORKSPACE = "Okoro Lab"
SLACK_CHANNEL = "synthesis-help"
SLACK_CHANNELS = ["general", "instruments", "lab-orders", "random", "safety", "synthesis-help"]
SLACK_USERS = {
    "U04LH": ("lena.hartmann", "Lena Hartmann", "LH", "#4a7fb5"),
    "U04MD": ("marek.dvorak", "Marek Dvořák", "MD", "#b5654a"),
    "U04AB": ("aisha.bello", "Aisha Bello", "AB", "#5fa35a"),
    "U04KO": ("kwame.owusu", "Kwame Owusu", "KO", "#8a5fb5"),
    "U04RM": ("rosa.medina", "Rosa Medina", "RM", "#c49a2c"),
    "U04TF": ("tom.fairley", "Tom Fairley", "TF", "#3aa3a3"),
    "U04JI": ("jun.ito", "Jun Ito", "JI", "#b54a7f"),
    "B01SB": ("SafetyBot", "SafetyBot", "SB", "#777777"),
}
SLACK_EMOJI = {":+1:": "\U0001f44d", ":pray:": "\U0001f64f", ":grimacing:": "\U0001f62c",
               ":white_check_mark:": "\u2705", ":warning:": "\u26a0\ufe0f",
               ":sweat_smile:": "\U0001f605", ":eyes:": "\U0001f440", ":fire:": "\U0001f525",
               ":pushpin:": "\U0001f4cc", ":100:": "\U0001f4af", ":wave:": "\U0001f44b",
               ":thinking_face:": "\U0001f914"}

# Each message: (ts, user, text, extras).  extras may hold "replies" (list of messages),
# "reactions" [(emoji, n)], "edited" True, "file" (name, kind, preview lines), "attachment"
# (title, text lines), "pinned" True.  Text is Slack mrkdwn: *bold*, _italic_, `code`,
# ```pre```, "> " quote lines, <@U...> mentions, :emoji: codes; a newline is a line break.
SLACK_MESSAGES = [
    ("1740393122.004100", "U04KO",
     "Welcome to #synthesis-help :wave: Ask anything about reactions and work-ups here. "
     "Pinned: Lena's acid chloride procedure and the reagent table (see the :pushpin: "
     "messages below). Please reply in threads so the answers stay together.",
     {"pinned": True}),
    ("1740397841.005200", "U04LH",
     "*Standard procedure: acid chloride with oxalyl chloride / cat. DMF (10 mmol)*\n"
     "1. Oven-dried 100 mL flask with stir bar: carboxylic acid (10.0 mmol) in dry CH2Cl2 "
     "(30 mL) under N2, with a needle outlet to the bubbler (never a closed system, three "
     "gases come off).\n"
     "2. Add DMF (2 drops, about 0.05 equiv).\n"
     "3. Cool to 0 °C and add oxalyl chloride (1.3 mL, 15 mmol, 1.5 equiv) dropwise over "
     "10 min by syringe.\n"
     "4. Take the ice bath away and stir at room temperature until the gas evolution stops "
     "and the mixture is clear, usually 1–2 h.\n"
     "5. Check conversion with the MeOH quench (see the aliquot thread), not by TLC of the "
     "reaction itself.\n"
     "6. Concentrate on the hood rotavap with the base trap, add dry toluene (10 mL), "
     "concentrate again and repeat the toluene chase once.\n"
     "7. Use the crude acid chloride straight away: dissolve it in dry CH2Cl2 and add it to "
     "the amine (1.0–1.1 equiv) and Et3N (2.0 equiv) at 0 °C.\n"
     "8. Rinse syringes and the flask with a little MeOH in the hood before they go to the "
     "sink.",
     {"pinned": True, "reactions": [(":pushpin:", 3), (":pray:", 4)]}),
    ("1740398310.005900", "U04KO",
     "Reagent table for the wiki, tell me if anything is wrong:\n"
     "```reagent              equiv     conditions                  off-gas         use it for\n"
     "(COCl)2 + cat. DMF   1.2–1.5   CH2Cl2, 0 °C → rt, 1–2 h    CO, CO2, HCl    default, "
     "mild, excess evaporates\n"
     "SOCl2 in toluene     1.5–2     70–80 °C, 1–3 h             SO2, HCl        robust acids, "
     "larger scale\n"
     "SOCl2 neat           5–10      reflux (bp 76 °C), 1–2 h    SO2, HCl        simple aromatic "
     "acids only\n"
     "Ghosez's reagent     1.1–1.3   CH2Cl2, rt, 1–2 h           none            acid-sensitive "
     "groups (Boc, acetals)```",
     {"pinned": True, "reactions": [(":+1:", 5)], "edited": True}),
    ("1740406502.007700", "U04MD",
     "oxalyl chloride in, 30 min at rt and no bubbling at all, still a white suspension. "
     "acid is 4-bromobenzoic, reagent bottle is new. what am I missing?",
     {"replies": [
         ("1740406688.007900", "U04LH",
          "Did you add the DMF? Without it oxalyl chloride reacts very slowly with most "
          "acids. 2 drops per 10 mmol is enough.", {}),
         ("1740406911.008100", "U04MD",
          "...forgot it :sweat_smile: added 2 drops, fizzing like mad now", {}),
         ("1740407102.008300", "U04LH",
          "Good. The suspension clearing up is the sign it's working: the acid chloride "
          "is usually soluble in CH2Cl2 even when the acid isn't. But don't overdo the DMF. "
          "Above about 0.1 equiv you start to see the dimethylamide (M+27 compared with the "
          "acid) and dimethylcarbamoyl chloride, which is a carcinogen.", {}),
         ("1740407391.008500", "U04KO",
          "and hood only please, the off-gas is CO + CO2 + HCl. CO has no smell.", {}),
     ], "reactions": [(":white_check_mark:", 1)]}),
    ("1740480127.011300", "B01SB",
     ":warning: *Reminder* Oxalyl chloride and DMF release carbon monoxide. Work in a fume "
     "hood only; the CO detector for B.214 is on the wall next to hood 3. Vent reactions "
     "through a bubbler, never into the room.",
     {"attachment": ("Safety notice SN-07: gas-evolving reactions",
                     ["Never run a gas-evolving reaction in a sealed flask or under a balloon.",
                      "A popped septum or a cracked flask during an acid chloride prep means "
                      "the outlet was blocked."])}),
    ("1740490066.013800", "U04AB",
     "how do I actually know when the acid chloride is done? TLC only shows my acid :thinking_face:",
     {"replies": [
         ("1740490299.014000", "U04LH",
          "The acid chloride hydrolyses on the silica, so TLC of the reaction mixture always "
          "looks like acid. Quench an aliquot first: take one drop into 0.5 mL of MeOH with "
          "a drop of Et3N, wait 2 min, then run TLC or LCMS. You see the methyl ester "
          "(M+14 compared with the acid) if it's done.", {}),
         ("1740490431.014200", "U04TF",
          "I prefer benzylamine for LCMS, the benzylamide ionises much better than a methyl "
          "ester. One drop into 0.2 mL of 10% BnNH2 in CH2Cl2.", {}),
         ("1740490702.014400", "U04LH",
          "Here are the aliquot checks as a table. IR also works if you're near the ATR: "
          "the acid chloride C=O sits near 1800 cm⁻¹, the acid near 1700 cm⁻¹.",
          {"file": ("aliquot_checks.csv", "CSV", [
              "quench,how,what you see,watch out",
              "MeOH + Et3N,1 drop into 0.5 mL MeOH + 1 drop Et3N; 2 min,methyl ester "
              "(M+14 vs acid),anhydride also gives ester plus acid",
              "BnNH2,1 drop into 0.2 mL 10% BnNH2 in CH2Cl2; 2 min,benzylamide (M+89 vs "
              "acid),best for LCMS",
              "water,1 drop into MeCN/water,acid only,useless: cannot tell the acid chloride "
              "from the acid"])}),
         ("1740490815.014600", "U04AB", "perfect thanks :pray:", {}),
     ], "reactions": [(":100:", 2)]}),
    ("1740576230.017900", "U04RM",
     "Made the acid chloride of Boc-Phe with oxalyl chloride/DMF and the Boc group is gone "
     "(LCMS shows the free amine after the MeOH quench). Is that expected?",
     {"replies": [
         ("1740576511.018100", "U04LH",
          "Yes, the HCl that comes off cleaves Boc groups and tert-butyl esters. Two options:\n"
          "• Ghosez's reagent (1-chloro-N,N,2-trimethyl-1-propenylamine, 1.1–1.3 equiv, "
          "CH2Cl2, rt, 1–2 h). It makes the acid chloride under neutral conditions and the "
          "by-product is just N,N-dimethylisobutyramide.\n"
          "• Better for Boc-amino acids: don't make the acid chloride at all. Boc-amino acid "
          "chlorides cyclise to the N-carboxyanhydride and lose tert-butyl chloride, and "
          "they racemise. Use the normal coupling conditions from the amide FAQ instead.",
          {}),
         ("1740576790.018300", "U04RM", "ok, coupling reagent it is. thanks!", {}),
     ]}),
    ("1740661954.021000", "U04TF",
     "5-methoxyindole-2-carboxylic acid + SOCl2 at reflux = black tar :fire: any "
     "suggestions?",
     {"replies": [
         ("1740662233.021200", "U04LH",
          "Electron-rich heteroaromatic acids (indoles, pyrroles, furans, thiophenes with "
          "donors) don't survive hot SOCl2; the ring gets chlorinated or polymerises with "
          "the HCl and SO2. Use oxalyl chloride with cat. DMF at 0 °C, keep it short "
          "(30–60 min) and use the acid chloride at once.", {}),
         ("1740662501.021400", "U04JI",
          "same story with my 2-furoic acid last year, the oxalyl chloride route at 0 °C "
          "was fine", {}),
     ]}),
    ("1740744219.024600", "U04JI",
     "our SOCl2 bottle has gone yellow-orange. still ok to use?",
     {"replies": [
         ("1740744530.024800", "U04KO",
          "Old thionyl chloride turns yellow to orange as it decomposes to sulfur chlorides "
          "(S2Cl2, SCl2). It still works for simple cases, but it gives coloured products "
          "and sulfur impurities. For anything that matters use a fresh bottle, which "
          "should be colourless to pale yellow. Old bottles also build up pressure, so open "
          "them in the hood, pointing away from you.", {}),
         ("1740744687.025000", "U04KO",
          "I've ordered two 100 mL bottles, they'll be on the shelf in the acids cabinet on "
          "Thursday.", {"reactions": [(":pray:", 2)]}),
     ]}),
    ("1740822043.027300", "U04AB",
     "LCMS of my crude acid chloride (benzylamine quench) shows amide, but also about 40% "
     "acid and a peak at 2M–18. I used 1.05 equiv oxalyl chloride and added Et3N at the start "
     "to keep it basic. Anhydride?",
     {"replies": [
         ("1740822407.027500", "U04LH",
          "Yes, 2M–18 is the symmetrical anhydride. It forms when acid chloride meets "
          "carboxylate that hasn't reacted yet, and adding Et3N in the chlorination step "
          "makes lots of carboxylate. Leave the base out of this step, use 1.3–1.5 equiv "
          "oxalyl chloride and make sure the reagent is in excess the whole time.", {}),
         ("1740822690.027700", "U04LH",
          "Also note that an anhydride gives one molecule of amide (or methyl ester) plus "
          "one molecule of acid in the quench. So if a quench shows a lot of acid, think "
          "anhydride, not only incomplete reaction.", {"reactions": [(":eyes:", 1)]}),
     ]}),
    ("1740998315.031900", "U04MD",
     "Evaporated my SOCl2 reaction on the shared rotavap yesterday and now the pump smells "
     "of acid. sorry <@U04KO> :grimacing:",
     {"replies": [
         ("1740998701.032100", "U04KO",
          "Thionyl chloride, oxalyl chloride and acid chloride reactions only go on the hood "
          "rotavap in hood 3. It has a KOH pellet trap between the condenser and the pump, "
          "plus a dry ice cold trap. HCl and SO2 corrode the pump and the seals, and the "
          "vapour eats the shared controller. I'll change the oil today.", {}),
         ("1740998922.032300", "U04LH",
          "And chase with toluene twice after the first evaporation. Toluene takes the last "
          "SOCl2 and the dissolved HCl/SO2 with it, otherwise the leftover reagent reacts "
          "with your amine in the next step.", {}),
     ]}),
    ("1741085830.035500", "U04RM",
     "nicotinic acid + SOCl2 gave a white solid that won't dissolve in CH2Cl2. Did it fail?",
     {"replies": [
         ("1741086104.035700", "U04TF",
          "That's normal. Pyridinecarboxylic acids and amino acids come out as the acid "
          "chloride hydrochloride (nicotinoyl chloride · HCl), which is insoluble in CH2Cl2. Use it "
          "as a suspension and add one extra equivalent of base in the coupling step. "
          "Don't try to free-base it first, it falls apart.", {}),
     ]}),
    ("1741168472.038800", "U04TF",
     "Made the amide from (S)-2-phenylpropanoic acid via the acid chloride and ee dropped "
     "from 99% to 71% :(",
     {"replies": [
         ("1741168839.039000", "U04LH",
          "Acid chlorides with an α-H form ketenes with Et3N, and the ketene is achiral. "
          "Add the acid chloride to the amine at –20 to 0 °C, add the base last and slowly, "
          "use a weaker base (pyridine or N-methylmorpholine, no more than 1.2 equiv) and "
          "keep the whole thing cold. For valuable α-chiral acids, skip the acid chloride.",
          {}),
         ("1741169002.039200", "U04AB",
          "also don't leave the acid chloride standing around, the HCl alone racemises some "
          "of them", {}),
     ]}),
    ("1741251177.042300", "U04JI",
     "quick ones:\n"
     "1) how do I get rid of leftover oxalyl chloride / SOCl2 at the end of the day?\n"
     "2) can I store the acid chloride over the weekend?",
     {"replies": [
         ("1741251540.042500", "U04KO",
          "1) Add it dropwise to a large beaker of stirred ice-water in the hood (never water "
          "into the reagent), then neutralise with solid NaHCO3 in small portions before it "
          "goes into the aqueous waste.", {}),
         ("1741251692.042700", "U04LH",
          "2) Aroyl chlorides (benzoyl type) keep for months in the fridge under N2. "
          "Aliphatic acid chlorides with α-H darken within days, so make them fresh. "
          "Either way, check again with the MeOH quench before you use an old batch.", {}),
     ]}),
    ("1741337908.045100", "U04MD",
     "amide step gave me the methyl ester instead of the amide??",
     {"replies": [
         ("1741338144.045300", "U04LH",
          "Any methanol around? The usual culprits: the amine hydrochloride was added as a "
          "solution in MeOH, or the flask was rinsed with MeOH and not dried. Acid chlorides "
          "react with MeOH faster than with most amines. Keep alcohols out of the whole "
          "sequence until the coupling is finished.", {}),
         ("1741338367.045500", "U04MD", "...the amine was a MeOH stock solution. yep.", {}),
     ]}),
    ("1741423650.048200", "U04AB",
     "tried to make the diacid chloride of succinic acid with SOCl2 and got succinic "
     "anhydride instead",
     {"replies": [
         ("1741423901.048400", "U04LH",
          "Succinic and glutaric acids close to the cyclic anhydride under these conditions "
          "(five- and six-membered rings form easily). Buy succinyl chloride, or use the "
          "anhydride directly if the next step allows it.", {}),
     ]}),
    ("1741508802.051600", "U04KO",
     "Summary from the last two weeks for the wiki, *check these first* when an acid chloride "
     "step goes wrong:\n"
     "• Did you add the DMF (oxalyl chloride route)?\n"
     "• Is the SOCl2 or oxalyl chloride fresh and colourless?\n"
     "• Did you check conversion with a MeOH or BnNH2 quench instead of TLC?\n"
     "• Was the system open to a bubbler and everything dry?\n"
     "• Did the excess reagent and HCl really leave (two toluene chases)?\n"
     "> Most failed couplings after an acid chloride step trace back to the last point: "
     "leftover reagent eats the amine.",
     {"reactions": [(":+1:", 6), (":white_check_mark:", 2)]}),
]


def _slack_inline(text: str) -> str:
    """Slack mrkdwn (one line, no code fences) to HTML."""
    out = escape(text)
    out = re.sub(r"&lt;@(U\w+|B\w+)&gt;", lambda m: '<span class="mention">@'
                 + SLACK_USERS[m.group(1)][0] + "</span>", out)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    out = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"<b>\1</b>", out)
    out = re.sub(r"(?<![\w])_([^_\n]+)_(?![\w])", r"<i>\1</i>", out)
    def emoji(m: re.Match) -> str:
        code = m.group(0)
        if code in SLACK_EMOJI:
            return f'<span class="emoji" title="{code}">{SLACK_EMOJI[code]}</span>'
        return f'<span class="emoji-missing">{code}</span>'

    return re.sub(r":[a-z0-9_+]+:", emoji, out)


def _slack_msg_body(text: str) -> str:
    parts = re.split(r"```", text)
    html_parts: list[str] = []
    for i, part in enumerate(parts):
        if i % 2 == 1:
            html_parts.append('<pre class="pre">' + escape(part) + "</pre>")
            continue
        lines = part.split("\n")
        chunk: list[str] = []
        for line in lines:
            if line.startswith("> "):
                if chunk:
                    html_parts.append("<br/>".join(chunk))
                    chunk = []
                html_parts.append('<blockquote>' + _slack_inline(line[2:]) + "</blockquote>")
            else:
                chunk.append(_slack_inline(line))
        if any(c for c in chunk):
            html_parts.append("<br/>".join(chunk))
    return "<p>" + "".join(html_parts) + "</p>"


def _slack_time(ts: str) -> str:
    import datetime

    t = datetime.datetime.fromtimestamp(float(ts), tz=datetime.UTC)
    return t.strftime("%Y-%m-%d %H:%M:%S")


def _slack_message(ts: str, uid: str, text: str, extras: dict, reply: bool = False) -> str:
    user, real, initials, colour = SLACK_USERS[uid]
    cls = "message-container reply" if reply else "message-container"
    bot = ' <span class="bot-label">APP</span>' if uid.startswith("B") else ""
    pin = ('<div class="pinned">\U0001f4cc Pinned by kwame.owusu</div>'
           if extras.get("pinned") else "")
    edited = ' <span class="edited">(edited)</span>' if extras.get("edited") else ""
    html_out = [f'<div class="{cls}">', pin, f'<div id="{ts}" class="message">',
                f'<div class="user_icon" style="background-color:{colour}" '
                f'title="{escape(real)}">{initials}</div>',
                f'<div class="username">{user}{bot}</div>',
                f'<a href="#{ts}" class="time">{_slack_time(ts)}</a>',
                '<div class="msg">', _slack_msg_body(text) + edited]
    if "file" in extras:
        name, kind, lines = extras["file"]
        html_out += ['<div class="message-upload">',
                     f'<a href="../../files/{ts}/{name}" class="upload-link">{name}</a> '
                     f'<span class="upload-type">{kind} snippet · {len(lines)} lines</span>',
                     '<pre class="snippet">' + escape("\n".join(lines)) + "</pre>", "</div>"]
    if "attachment" in extras:
        title, lines = extras["attachment"]
        html_out += ['<div class="message-attachment" style="border-left-color:#e8912d">',
                     f'<div class="attachment-title"><a href="https://intranet.example.org/'
                     f'safety/sn-07">{escape(title)}</a></div>']
        html_out += [f'<div class="attachment-text">{escape(line)}</div>' for line in lines]
        html_out.append("</div>")
    html_out.append("</div>")
    if extras.get("reactions"):
        html_out.append('<div class="reactions">' + "".join(
            f'<span class="reaction">{SLACK_EMOJI[e]} {n}</span>' for e, n in extras["reactions"])
            + "</div>")
    replies = extras.get("replies", [])
    if replies:
        last = _slack_time(replies[-1][0])
        html_out.append(f'<div class="thread-info">{len(replies)} '
                        f'{"reply" if len(replies) == 1 else "replies"} · last reply {last}</div>')
    html_out.append("</div>")
    for r in replies:
        html_out.append(_slack_message(*r, reply=True))
    html_out.append("</div>")
    return "\n".join(x for x in html_out if x)


_SLACK_CSS = """
body { margin: 0; font-family: Lato, "Helvetica Neue", Arial, sans-serif; font-size: 15px; }
#slack-archive-viewer { display: flex; height: 100vh; }
#sidebar { width: 220px; background: #3f0e40; color: #cfc3cf; overflow-y: auto; padding: 12px; }
#sidebar h3 { color: #fff; font-size: 15px; margin: 16px 0 6px 0; }
#sidebar .list a { color: #cfc3cf; text-decoration: none; }
#sidebar .active a { color: #fff; font-weight: bold; }
.messages { flex: 1; overflow-y: auto; padding: 16px 24px; }
.channel-header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ddd; }
.message-container { margin: 10px 0; }
.message-container.reply { margin-left: 48px; border-left: 3px solid #e0e0e0; padding-left: 10px; }
.user_icon { float: left; width: 36px; height: 36px; border-radius: 4px; color: #fff;
  text-align: center; line-height: 36px; font-weight: bold; margin-right: 10px; }
.username { display: inline; font-weight: 900; }
.bot-label { background: #ddd; font-size: 10px; padding: 1px 3px; border-radius: 2px; }
.time { color: #616061; font-size: 12px; margin-left: 6px; text-decoration: none; }
.msg { margin-left: 46px; }
.msg p { margin: 2px 0; }
.edited { color: #888; font-size: 12px; }
.pre, .snippet { background: #f8f8f8; border: 1px solid #ddd; padding: 8px; font-family: Monaco,
  Menlo, Consolas, monospace; font-size: 12px; white-space: pre; overflow-x: auto; }
blockquote { border-left: 4px solid #ddd; margin: 4px 0; padding-left: 10px; color: #555; }
.mention { background: #e8f5fa; color: #1264a3; }
.reactions { margin-left: 46px; }
.reaction { border: 1px solid #ddd; border-radius: 12px; padding: 0 6px; font-size: 12px; }
.thread-info { margin-left: 46px; color: #1264a3; font-size: 13px; }
.pinned { color: #e8912d; font-size: 12px; margin-left: 46px; }
.message-attachment { border-left: 4px solid #ddd; padding-left: 10px; margin: 4px 0; }
.attachment-title { font-weight: bold; }
.upload-type { color: #888; font-size: 12px; }
.day-divider { text-align: center; color: #616061; font-weight: bold; font-size: 13px;
  border-top: 1px solid #eee; margin: 18px 0 6px 0; padding-top: 6px; }
"""


def build_slack_html(path: Path) -> None:
    import datetime

    head = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
            f"<title>Slack Export - #{SLACK_CHANNEL}</title>",
            '<meta name="generator" content="slack-export-viewer 1.1.4">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<style>" + _SLACK_CSS + "</style>", "</head>", "<body>",
            '<div id="slack-archive-viewer">', '<div id="sidebar">',
            f'<h2 class="workspace">{escape(SLACK_WORKSPACE)}</h2>',
            '<h3 id="channel-title">Channels</h3>', '<ul class="list" id="channel-list">']
    for ch in SLACK_CHANNELS:
        active = ' class="active"' if ch == SLACK_CHANNEL else ""
        head.append(f'<li{active}><a href="../{ch}/index.html"># {ch}</a></li>')
    head += ["</ul>", '<h3 id="dm-title">Direct Messages</h3>', '<ul class="list" id="dm-list">']
    for uid in ("U04LH", "U04KO"):
        head.append(f'<li><a href="../dm/{SLACK_USERS[uid][0]}/index.html">'
                    f"{SLACK_USERS[uid][0]}</a></li>")
    head += ["</ul>", "</div>", '<div class="messages">',
             '<div class="channel-header">',
             f'<h1 class="channel-name"># {SLACK_CHANNEL}</h1>',
             '<div class="channel-purpose">Reactions, work-ups, "why did this fail" questions. '
             "Threads please.</div>", "</div>"]
    body: list[str] = []
    last_day = None
    for ts, uid, text, extras in SLACK_MESSAGES:
        day = datetime.datetime.fromtimestamp(float(ts), tz=datetime.UTC)
        label = day.strftime("%A, %d %B %Y")
        if label != last_day:
            body.append(f'<div class="day-divider">{label}</div>')
            last_day = label
        body.append(_slack_message(ts, uid, text, extras))
    tail = ['<div class="export-footer">Exported from Slack on 2025-03-14 by kwame.owusu. '
            "Files and images are not included in this archive.</div>",
            "</div>", "</div>", "</body>", "</html>", ""]
    path.write_text("\n".join(head + body + tail), encoding="utf-8", newline="\n")
# ---------------------------------------------------------------------------
# 2. LibreOffice Impress notes pages exported to PDF: Wohl-Ziegler bromination

IMPRESS_NAME = "wohl-ziegler-impress-notes-pages.pdf"
IMP_HEADER = "Group meeting – benzylic bromination"
IMP_DATE = "12/03/2025"
IMP_FOOTER = "K. Mensah – NBS / Wohl–Ziegler troubleshooting"
IMP_SLIDE_FOOTER = "Mensah group · 12 March 2025"

# One dict per slide: title, optional subtitle, bullets [(level, text)], table (rows, first row
# header, column widths as fractions), steps (numbered list typed as "1." ...), notes
# (paragraphs of the speaker notes).
IMP_SLIDES: list[dict] = [
    {"title": "NBS bromination at benzylic and allylic positions",
     "subtitle": "Wohl–Ziegler reactions: what goes wrong and how we fix it",
     "bullets": [(0, "Kofi Mensah – group meeting, 12 March 2025"),
                 (0, "Based on 41 runs in the group ELN, 2023–2025")],
     "notes": [
         "Why this talk: we make a benzylic bromide almost every week, mostly as an "
         "alkylating agent for amines, phenols and malonates, and in the last two years about "
         "a third of the runs in the ELN needed a repeat. The failures fall into four groups: "
         "NBS quality, initiation, over-bromination and the solvent. Each gets a slide, then "
         "a procedure, a troubleshooting table and safety.",
         "Everything here is for side-chain (benzylic) and allylic C–H bromination. Bromination "
         "of the aromatic ring itself is a side reaction in this talk, not the goal.",
     ]},
    {"title": "The reaction in one slide",
     "bullets": [(0, "ArCH3 + NBS (1.0 equiv) → ArCH2Br + succinimide"),
                 (0, "Radical chain: Br· takes a benzylic H, ArCH2· takes Br from Br2"),
                 (0, "NBS only supplies Br2 at low concentration: NBS + HBr → succinimide + Br2"),
                 (0, "Start the chain with AIBN, dibenzoyl peroxide (BPO) or light"),
                 (1, "Oxygen stops the chain – degas")],
     "notes": [
         "The key point is the low, steady Br2 concentration. NBS itself is not the brominating "
         "agent; it reacts with the HBr formed in each cycle to release one Br2. As long as "
         "Br2 stays low, the radical path wins over the two ionic side reactions: addition of "
         "Br2 to alkenes and electrophilic bromination of electron-rich rings.",
         "Perfectly white, freshly recrystallised NBS sometimes shows an induction period of "
         "10–30 min until enough HBr has built up. Wait for it; do not add more initiator "
         "during the first 30 min at temperature.",
         "Oxygen is a radical inhibitor. Sparge the mixture with nitrogen for 10 min before "
         "heating and keep it under nitrogen.",
     ]},
    {"title": "Solvent: CCl4 is out",
     "table": ([["Solvent", "bp (°C)", "Comment"],
                ["CCl4", "77", "classic; toxic and ozone-depleting – not used here"],
                ["PhCF3 (trifluorotoluene)", "102", "our default; behaves much like CCl4"],
                ["MeCN", "82", "fast, but brominates electron-rich rings"],
                ["Methyl acetate", "57", "greener option; slower, use light"],
                ["Chlorobenzene", "131", "for unreactive substrates that need heat"],
                ["CH2Cl2", "40", "only for light-initiated runs"]],
               [0.34, 0.14, 0.52]),
     "notes": [
         "Trifluorotoluene (PhCF3) has replaced CCl4 in all our procedures. Use 0.25 M in "
         "substrate; above 0.5 M the succinimide slurry gets too thick to stir.",
         "One old habit no longer works: in CCl4 the succinimide floats to the top when the "
         "reaction is finished, because it is less dense than the solvent. In PhCF3 and MeCN "
         "it does not float (in MeCN much of it dissolves), so never use floating solid as the "
         "end point. Use the 1H NMR of an aliquot instead (slide 6).",
         "In MeCN, succinimide stays partly in solution and has to be removed by aqueous "
         "washes during the work-up.",
     ]},
    {"title": "Initiation",
     "bullets": [(0, "AIBN: 10-h half-life at 65 °C, about 1 h at 82 °C"),
                 (1, "2–5 mol%; a second portion after 2 h if the reaction stalls"),
                 (0, "BPO: 10-h half-life at 73 °C"),
                 (0, "Light: 30 W white LED floodlight at 5 cm, or a 450 nm LED strip"),
                 (0, "Internal temperature at least 75 °C for AIBN runs")],
     "notes": [
         "AIBN only works when it decomposes, and at 65 °C it needs about 10 h to lose half of "
         "its activity. The most common failure in our ELN is a run that was simply not hot "
         "enough: a block set to 80 °C gave an internal temperature of 68 °C in PhCF3. Always "
         "read the internal temperature; for AIBN runs it must be at least 75 °C.",
         "At 80–85 °C AIBN is half gone after about an hour, so long reactions run out of "
         "initiator. If the conversion stops rising, add a second portion of 2.5 mol% AIBN "
         "rather than heating longer.",
         "Photochemical initiation works at room temperature or at gentle reflux of CH2Cl2 or "
         "methyl acetate; put the lamp 5 cm from the flask and cool the flask with a fan.",
     ]},
    {"title": "NBS quality decides half the outcome",
     "bullets": [(0, "White = good; yellow or orange = Br2 and HBr inside"),
                 (0, "Yellow NBS → ring bromination, dibromide, Br2 addition to alkenes"),
                 (0, "Recrystallise 10 g NBS from 100 mL water at 90–95 °C"),
                 (0, "Store in the fridge, dark, tightly closed"),
                 (0, "Assay: iodometric titration, 100 mg NBS ≙ 11.2 mL 0.1 M thiosulfate")],
     "notes": [
         "NBS slowly releases bromine on storage, and old bottles are yellow to orange. Before "
         "a run that matters, recrystallise it: dissolve 10 g in 100 mL of water preheated to "
         "90–95 °C, filter hot if necessary, cool quickly in ice, collect the white needles "
         "and dry them under vacuum in the dark. Do not keep the solution hot for longer than "
         "needed, because NBS hydrolyses in hot water.",
         "If you need to know the active bromine content, dissolve 100 mg NBS with excess KI "
         "in aqueous acetic acid and titrate the iodine with 0.1 M sodium thiosulfate: pure "
         "NBS needs 11.2 mL.",
     ]},
    {"title": "Mono- versus dibromide",
     "bullets": [(0, "ArCHBr2 forms as soon as ArCH2Br builds up"),
                 (0, "Use 0.95–1.0 equiv NBS and stop at 90% conversion"),
                 (0, "Follow by 1H NMR of an aliquot, not by TLC"),
                 (1, "ArCH3 δ 2.4 · ArCH2Br δ 4.5 · ArCHBr2 δ 6.6")],
     "notes": [
         "The monobromide is almost as reactive as the starting material, so a few percent of "
         "dibromide appears long before the starting material is gone. Pushing to full "
         "conversion with extra NBS always ends with 10–20% dibromide, which is hard to "
         "separate. It is better to stop at about 90% conversion and carry the leftover "
         "toluene derivative through the next step.",
         "TLC is useless here: starting material, mono- and dibromide usually run together. "
         "Take 0.1 mL of the mixture, blow off the solvent, dissolve in CDCl3 and integrate "
         "the CH3, CH2Br and CHBr2 signals. Stop when the starting material is below 10% or "
         "the dibromide is above 5%.",
     ]},
    {"title": "Rescue: dibromide back to monobromide",
     "bullets": [(0, "Crude mixture in THF"),
                 (0, "Diethyl phosphite (1.05 equiv per ArCHBr2) + DIPEA (1.05 equiv)"),
                 (0, "0 °C → rt, 3–5 h; follow the δ 6.6 signal"),
                 (0, "The monobromide is not touched")],
     "notes": [
         "When a run has overshot, the dibromide can be reduced selectively back to the "
         "monobromide. Work out the amount of dibromide from the 1H NMR integrals, dissolve the "
         "crude product in THF (about 5 mL per gram), cool to 0 °C and add diethyl phosphite "
         "and DIPEA, 1.05 equiv each per mol of dibromide, then let it warm to room "
         "temperature.",
         "Example from the ELN: a 10 mmol run with 20% dibromide needed 2.1 mmol of diethyl "
         "phosphite (0.27 mL) and 2.1 mmol of DIPEA (0.37 mL). After 4 h the CHBr2 signal had "
         "gone. Dilute with EtOAc, wash with 1 M HCl and then water, dry over MgSO4 and "
         "concentrate.",
     ]},
    {"title": "Ring bromination instead of the side chain",
     "bullets": [(0, "Electron-rich rings: anisoles, acetanilides, phenols, thiophenes"),
                 (0, "Ionic pathway: Br2/HBr build-up and polar solvents"),
                 (0, "MeCN makes it worse – NBS in MeCN is a ring-bromination method"),
                 (0, "Fix: PhCF3, freshly recrystallised NBS, light, lower temperature")],
     "notes": [
         "If the product has the right mass but the CH3 singlet is still there and an aromatic "
         "proton is missing, the ring has been brominated. This is electrophilic substitution, "
         "and it needs Br2 or polarised NBS; it is fast with methoxy- or acylamino-substituted "
         "arenes and in polar solvents.",
         "Switch to PhCF3, use white NBS, initiate with light at 40–50 °C instead of AIBN at "
         "85 °C, and protect free phenols and anilines (as acetates or acetamides) before the "
         "bromination.",
     ]},
    {"title": "Allylic bromination",
     "bullets": [(0, "Cyclohexene → 3-bromocyclohexene"),
                 (0, "Unsymmetrical alkenes: mixtures of allylic isomers (transposed C=C)"),
                 (0, "Too much Br2 → vicinal dibromide by addition"),
                 (0, "Allylic bromides decompose: use crude and cold")],
     "notes": [
         "The allyl radical is delocalised, so unless the alkene is symmetrical you get the "
         "bromide at both ends, often with the double bond moved. Plan for a mixture or choose "
         "a substrate where both ends give the same product.",
         "The vicinal dibromide (addition of Br2 across the double bond) is the signature of "
         "too much free bromine: yellow NBS, too fast heating, or a run that was left "
         "standing in the light before the initiator was added.",
         "Most allylic bromides do not survive silica chromatography or storage at room "
         "temperature; filter, concentrate cold and use them the same day.",
     ]},
    {"title": "Standard procedure (10 mmol)",
     "steps": ["Methyl 4-methylbenzoate (1.50 g, 10.0 mmol), NBS (1.78 g, 10.0 mmol) and AIBN "
               "(82 mg, 0.50 mmol) in PhCF3 (40 mL)",
               "Sparge with N2 for 10 min",
               "Heat: block at 90 °C, internal temperature 80–85 °C",
               "1H NMR aliquot every hour",
               "Stop when SM < 10% or dibromide > 5%",
               "Cool to 0 °C and filter off the succinimide",
               "Wash with water (2 × 20 mL) and brine, dry over MgSO4",
               "Concentrate at ≤ 40 °C; use crude or recrystallise from hexane"],
     "notes": [
         "This run usually takes 2–4 h and gives methyl 4-(bromomethyl)benzoate in 70–80% "
         "yield after recrystallisation, with 3–5% of the dibromide left in the crude product.",
         "In step 3, the mixture turns orange after 10–20 min at temperature and then pales "
         "to a light yellow while the reaction runs; a persistent deep orange colour means Br2 "
         "is accumulating (see the troubleshooting slides).",
         "In step 6, rinse the filter cake with a little cold PhCF3. Keep the bath at 40 °C or "
         "below in step 8, because benzylic bromides start to decompose when they are heated "
         "neat.",
     ]},
    {"title": "Troubleshooting (1): it won't start, or it won't stop",
     "table": ([["Symptom", "Cause", "Fix"],
                ["Nothing after 1 h", "O2; too cold; dead initiator",
                 "degas, check internal T ≥ 75 °C, add 2.5 mol% AIBN"],
                ["Stalls at about 50%", "AIBN used up", "add 2.5 mol% AIBN every 2 h"],
                ["Sudden violent boiling after a quiet start", "induction period, then a fast "
                 "chain", "above 20 mmol add NBS in four portions"],
                ["Deep orange colour does not fade", "Br2 accumulating",
                 "cool, sparge with N2, recrystallise the NBS next time"]],
               [0.30, 0.30, 0.40]),
     "notes": [
         "The violent boil-up is the one to fear on scale. After an induction period the chain "
         "starts everywhere at once, the heat released takes the mixture to reflux and solvent "
         "comes out of the top of the condenser. Above 20 mmol, add the NBS in four portions, "
         "waiting for each to be consumed (colour change, NMR) before adding the next, and "
         "never add all the initiator to a cold mixture and then heat it quickly.",
         "A deep orange colour that does not fade means Br2 is building up faster than the "
         "chain uses it, so the ionic side reactions are about to take over.",
     ]},
    {"title": "Troubleshooting (2): wrong or disappearing product",
     "table": ([["Symptom", "Cause", "Fix"],
                ["Dibromide above 10%", "too much NBS or too long", "diethyl phosphite rescue "
                 "(slide 7)"],
                ["Ring-brominated product", "ionic pathway", "PhCF3, white NBS, light"],
                ["Product gone after the column", "benzylic bromide decomposed on silica",
                 "use crude, or a fast plug with 5% EtOAc in hexane"],
                ["Product turns pink or brown on storage", "HBr-catalysed decomposition",
                 "store at –20 °C in the dark over a little K2CO3"]],
               [0.30, 0.30, 0.40]),
     "notes": [
         "Electron-rich benzylic bromides (4-methoxybenzyl type) hydrolyse and polymerise on "
         "silica; check the crude 1H NMR and, if it is above 85% pure, use it directly in the "
         "alkylation.",
         "Decomposition on storage is autocatalytic because it releases HBr. Keep the bromide "
         "cold and dark, and for storage longer than a week over a few grains of solid K2CO3.",
     ]},
    {"title": "Safety",
     "bullets": [(0, "Benzylic bromides are lachrymators and alkylating agents: hood only"),
                 (1, "Decontaminate glassware with 5% ethanolamine in ethanol"),
                 (0, "Never heat NBS in DMF: exothermic decomposition"),
                 (0, "AIBN gives tetramethylsuccinonitrile (toxic) and N2"),
                 (0, "Above 50 mmol: portionwise NBS, agree the plan with me first")],
     "notes": [
         "Benzyl bromide and its relatives make your eyes stream at very low concentrations "
         "and alkylate DNA. Weigh, transfer and rotavap them only in the hood, and rinse "
         "syringes, flasks and spatulas with 5% ethanolamine in ethanol before they leave the "
         "hood; the amine destroys the bromide within minutes.",
         "Solutions of NBS in DMF can decompose exothermically on heating. DMF is not a solvent "
         "for Wohl–Ziegler reactions in this group under any circumstances.",
         "AIBN releases nitrogen and forms tetramethylsuccinonitrile, which is toxic; both are "
         "reasons to run the reaction in the hood with a bubbler outlet.",
     ]},
    {"title": "Check first / take-home",
     "bullets": [(0, "Check first: NBS colour, internal temperature, degassing"),
                 (0, "Stop at 90% conversion; rescue dibromide with diethyl phosphite"),
                 (0, "PhCF3 instead of CCl4; never MeCN for electron-rich arenes"),
                 (0, "Benzylic bromides: use crude, store cold, handle in the hood")],
     "notes": [
         "If a bromination fails, check three things before changing the conditions: is the "
         "NBS white, did the internal temperature reach 75 °C, and was the mixture degassed? "
         "In the ELN these three explain 11 of the 14 failed runs.",
         "Questions to me or on the group channel. The slides and the ELN entries are in the "
         "group folder under Methods/Bromination.",
     ]},
]
IMP_PAGES = len(IMP_SLIDES)


def _imp_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, font, size, width)


def _imp_draw_slide(c, slide: dict, n: int, x0: float, y0: float, w: float, h: float) -> None:
    """Draw the slide miniature (16:9) with its own title, bullets, table or steps."""
    c.saveState()
    c.setStrokeColor(colors.HexColor("#9a9a9a"))
    c.setLineWidth(0.6)
    c.setFillColor(colors.white)
    c.rect(x0, y0, w, h, stroke=1, fill=1)
    c.setFillColor(colors.HexColor("#1f4e79"))
    c.rect(x0, y0 + h - 5, w, 5, stroke=0, fill=1)
    pad = 18
    inner = w - 2 * pad
    y = y0 + h - 32
    if n == 1:
        y = y0 + h - 80
        c.setFont("DVSans-Bold", 16)
        for line in _imp_wrap(slide["title"], "DVSans-Bold", 16, inner):
            c.drawCentredString(x0 + w / 2, y, line)
            y -= 20
        c.setFont("DVSans", 10.5)
        c.setFillColor(colors.HexColor("#404040"))
        for line in _imp_wrap(slide["subtitle"], "DVSans", 10.5, inner):
            c.drawCentredString(x0 + w / 2, y - 4, line)
            y -= 14
        y -= 22
        c.setFont("DVSans", 8.5)
        for _, text in slide["bullets"]:
            c.drawCentredString(x0 + w / 2, y, text)
            y -= 12
    else:
        c.setFont("DVSans-Bold", 14)
        c.drawString(x0 + pad, y, slide["title"])
        y -= 24
        c.setFillColor(colors.HexColor("#202020"))
        for level, text in slide.get("bullets", []):
            size = 9.2 if level == 0 else 8.2
            indent = pad + 4 + level * 16
            bullet = "●" if level == 0 else "–"
            c.setFont("DVSans", size)
            c.drawString(x0 + indent, y, bullet)
            lines = _imp_wrap(text, "DVSans", size, w - indent - pad - 10)
            for line in lines:
                c.drawString(x0 + indent + 10, y, line)
                y -= size + 3.2
            y -= 3
        for i, text in enumerate(slide.get("steps", []), start=1):
            c.setFont("DVSans", 8)
            c.drawString(x0 + pad + 2, y, f"{i}.")
            for line in _imp_wrap(text, "DVSans", 8, inner - 16):
                c.drawString(x0 + pad + 16, y, line)
                y -= 10.2
            y -= 1.5
        if "table" in slide:
            rows, fracs = slide["table"]
            widths = [f * inner for f in fracs]
            size = 7.6
            for r, row in enumerate(rows):
                font = "DVSans-Bold" if r == 0 else "DVSans"
                cells = [_imp_wrap(t, font, size, widths[i] - 6) for i, t in enumerate(row)]
                rh = max(len(cl) for cl in cells) * (size + 2) + 5
                xx = x0 + pad
                if r == 0:
                    c.setFillColor(colors.HexColor("#dce6f2"))
                    c.rect(xx, y - rh + size + 2, inner, rh, stroke=0, fill=1)
                    c.setFillColor(colors.HexColor("#202020"))
                c.setStrokeColor(colors.HexColor("#8a8a8a"))
                c.setLineWidth(0.4)
                for i, cl in enumerate(cells):
                    c.rect(xx, y - rh + size + 2, widths[i], rh, stroke=1, fill=0)
                    c.setFont(font, size)
                    yy = y - 1
                    for line in cl:
                        c.drawString(xx + 3, yy, line)
                        yy -= size + 2
                    xx += widths[i]
                y -= rh
    c.setFillColor(colors.HexColor("#7f7f7f"))
    c.setFont("DVSans", 6.5)
    c.drawString(x0 + pad, y0 + 7, IMP_SLIDE_FOOTER)
    c.drawRightString(x0 + w - pad, y0 + 7, str(n))
    c.restoreState()


def build_impress_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import Frame

    global IMP_PAGES
    _register_sans()
    pw, ph = A4
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("nbs-bromination-group-meeting")
    c.setAuthor("Kofi Mensah")
    c.setCreator("Impress")
    c.setProducer("LibreOffice 24.2")
    notes_style = ParagraphStyle("notes", fontName="DVSans", fontSize=10.5, leading=14.2,
                                 spaceAfter=7)
    sw = 450.0
    sh = sw * 9 / 16
    sx = (pw - sw) / 2
    sy = ph - 58 - sh
    for n, slide in enumerate(IMP_SLIDES, start=1):
        c.setFont("DVSans", 8)
        c.setFillColor(colors.HexColor("#595959"))
        c.drawString(sx, ph - 32, IMP_HEADER)
        c.drawRightString(sx + sw, ph - 32, IMP_DATE)
        c.drawString(sx, 30, IMP_FOOTER)
        c.drawRightString(sx + sw, 30, str(n))
        _imp_draw_slide(c, slide, n, sx, sy, sw, sh)
        frame = Frame(sx, 52, sw, sy - 52 - 22, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0, showBoundary=0)
        story = [Paragraph(escape(p), notes_style) for p in slide["notes"]]
        frame.addFromList(story, c)
        if story:
            raise SystemExit(f"notes of slide {n} do not fit on the notes page")
        c.showPage()
    c.save()
    IMP_PAGES = len(IMP_SLIDES)


def _imp_units() -> list[str]:
    units = [IMP_HEADER, IMP_DATE, IMP_FOOTER, IMP_SLIDE_FOOTER]
    units += [str(n) for n in range(1, len(IMP_SLIDES) + 1)]
    for slide in IMP_SLIDES:
        units.append(slide["title"])
        if "subtitle" in slide:
            units.append(slide["subtitle"])
        units += [t for _, t in slide.get("bullets", [])]
        units += [f"{i}. {t}" for i, t in enumerate(slide.get("steps", []), start=1)]
        if "table" in slide:
            units += [cell for row in slide["table"][0] for cell in row]
        units += slide["notes"]
    return units
# ---------------------------------------------------------------------------
# 3. Preformatted manual page (nroff "cat" page with overstrike): FT-IR / ATR spectra

MAN_NAME = "ftir-atr-irscan-man-page.txt"
MAN_TITLE = "IRSCAN(1)"
MAN_CENTER = "FT-IR Lab Tools Manual"
MAN_SOURCE = "FT-IR Lab Tools 2.4"
MAN_DATE = "18 March 2025"
MAN_WIDTH = 78
MAN_PAGE_LINES = 66
MAN_BODY_LINES = 54

# Source in a small roff-like form.  Inline {B}...{B} is bold (overstrike c\bc), {I}...{I} is
# italic (underline _\bc).  Directives: SH section, SS subsection, P paragraph, TP tagged
# paragraph (tag, text), IP indented paragraph with a hanging label, NF literal lines,
# TBL boxed table (rows, column widths).
MAN_SRC: list[tuple] = [
    ("SH", "NAME"),
    ("P", "irscan - record, check and export FT-IR spectra on the shared ATR spectrometer "
          "(room B.118)"),
    ("SH", "SYNOPSIS"),
    ("NF", ["{B}irscan{B} [{B}-b{B}] [{B}-n{B} {I}scans{I}] [{B}-r{B} {I}resolution{I}] "
            "[{B}-R{B} {I}range{I}] [{B}--atr-correct{B}]",
            "       [{B}-o{B} {I}file{I}] [{B}--note{B} {I}text{I}] {I}sample-id{I}",
            "{B}irscan --background{B} [{B}-n{B} {I}scans{I}]",
            "{B}irscan --clean-check{B}",
            "{B}irscan --check{B} {I}file{I}"]),
    ("SH", "DESCRIPTION"),
    ("P", "{B}irscan{B} drives the group's FT-IR spectrometer (single-reflection diamond ATR "
          "accessory, DTGS detector, KBr beamsplitter, 4000-400 cm⁻¹).  It records a sample "
          "spectrum against the most recent background, runs a set of automatic quality "
          "checks, writes the spectrum to your folder and prints a one-line verdict.  A "
          "spectrum that fails a check is still saved, but the exit status tells you why it "
          "failed (see {B}EXIT STATUS{B} and {B}DIAGNOSTICS{B})."),
    ("P", "The checks look at the strongest band (too strong or too weak), carbon dioxide and "
          "water vapour lines, noise, negative bands and the age of the background.  They do "
          "not tell you whether the compound is right.  That is your job; the section "
          "{B}READING THE SPECTRUM{B} lists the bands that most often mislead."),
    ("P", "The instrument stays switched on.  After a power cut it needs 30 minutes to "
          "stabilise before {B}irscan{B} accepts a background."),
    ("SH", "OPTIONS"),
    ("TP", "{B}-b{B}, {B}--background{B}",
     "Record a new background with the crystal clean and the clamp raised.  Backgrounds "
     "older than 60 minutes are refused for sample scans; take a new one at the start of each "
     "session and whenever the room humidity has changed (door to the corridor open, "
     "weather)."),
    ("TP", "{B}-n{B} {I}scans{I}",
     "Number of co-added scans, default 16.  Use 32 or 64 for weak samples.  The noise falls "
     "with the square root of the number of scans: four times as many scans halves the noise "
     "and takes four times as long.  The background should have at least as many scans as "
     "the sample."),
    ("TP", "{B}-r{B} {I}resolution{I}",
     "Resolution in cm⁻¹, default 4, which is right for solids and liquids.  2 cm⁻¹ only "
     "doubles the noise for condensed samples; 8 cm⁻¹ is acceptable for quick identity "
     "checks."),
    ("TP", "{B}-R{B} {I}range{I}",
     "Range to save, default 4000-400.  The diamond absorbs between about 2300 and "
     "1900 cm⁻¹, so that region is always noisier than the rest."),
    ("TP", "{B}--atr-correct{B}",
     "Apply the ATR correction before saving.  ATR band intensities grow towards low "
     "wavenumber because the penetration depth grows with the wavelength; the correction "
     "makes the spectrum look like a transmission spectrum.  Use it only when you compare "
     "with a transmission (KBr) library spectrum, and say so when you report the data."),
    ("TP", "{B}-o{B} {I}file{I}",
     "Output name without extension; default is the sample id.  Files are written in "
     "JCAMP-DX and CSV."),
    ("TP", "{B}--note{B} {I}text{I}",
     "Free text stored in the file header (notebook page, batch, solvent it came from)."),
    ("TP", "{B}--clean-check{B}",
     "Measure the empty crystal against the background.  The crystal counts as clean when no "
     "band exceeds 0.005 absorbance units.  Run it before the background and after cleaning "
     "up a sticky sample."),
    ("TP", "{B}--check{B} {I}file{I}",
     "Re-run the quality checks on a saved spectrum without measuring."),
    ("SH", "SAMPLE PREPARATION"),
    ("SS", "Solids on the ATR"),
    ("P", "Put 1-2 mg of powder on the middle of the crystal so that it covers the whole "
          "2 mm diamond.  Lower the pressure clamp and turn it until the slip clutch clicks; "
          "watch the live preview and stop when the band heights no longer grow.  Hard "
          "crystalline solids give weak spectra unless they are ground to a fine powder first "
          "(agate mortar, 30 s).  Different polymorphs give different solid-state spectra, so "
          "compare batches as the same solid form or as solutions."),
    ("SS", "Oils and liquids"),
    ("P", "One drop is enough; do not use the clamp.  Volatile liquids evaporate during the "
          "scan and give shrinking bands: cover them with the volatile-liquid cap.  For a "
          "sample in solution, put one drop of a concentrated solution in a volatile solvent "
          "(CH2Cl2, Et2O, acetone) on the crystal, let it evaporate for 30 s and measure the "
          "film."),
    ("SS", "KBr pellets (transmission)"),
    ("P", "Grind 1-2 mg of sample with 150-200 mg of dry KBr in the agate mortar, press in the "
          "13 mm die at 8-10 tonnes for 1-2 minutes and measure in the transmission holder.  "
          "KBr is hygroscopic: keep it in the oven at 110 °C or in the desiccator and grind "
          "quickly.  Amine hydrochlorides exchange chloride for bromide in the pellet and give "
          "a spectrum that differs from the literature; press them in KCl instead."),
    ("TBL", [["Method", "Sample", "Good for", "Watch out for"],
             ["ATR (diamond)", "1-2 mg or 1 drop", "routine, fast, no preparation",
              "weak high-wavenumber bands; poor contact"],
             ["KBr pellet", "1-2 mg in 150-200 mg KBr", "library comparison, publication",
              "water bands, Cl/Br exchange"],
             ["Film from solution", "1 drop", "oils, gums, small amounts",
              "leftover solvent bands"],
             ["Nujol mull", "5 mg", "air-sensitive solids", "hides C-H bands"]],
     [14, 15, 14, 15]),
    ("SH", "EXAMPLES"),
    ("P", "A routine spectrum of a solid, from clean crystal to exported file:"),
    ("IP", "1.", "{B}irscan --clean-check{B}; if it fails, clean the crystal (see {B}CLEANING"
                 "{B}) and repeat."),
    ("IP", "2.", "{B}irscan -b{B} with the clamp raised and nothing on the crystal."),
    ("IP", "3.", "Put 1-2 mg of the dry, ground sample on the crystal and lower the clamp until "
                 "the clutch clicks."),
    ("IP", "4.", "{B}irscan -n 16 -r 4 --note \"AF-0231, recryst. EtOAc\" AF-0231-3{B}"),
    ("IP", "5.", "Read the verdict line.  Exit status 0 means the spectrum passed; anything "
                 "else, look the code up below before measuring again."),
    ("IP", "6.", "Raise the clamp, wipe off the sample and clean the crystal with isopropanol "
                 "on a lens tissue."),
    ("IP", "7.", "Report the strongest 5-10 bands as whole numbers, with the method, e.g. "
                 "\"IR (ATR) 2953, 1718 (C=O), 1275, 1108 cm⁻¹\"."),
    ("SH", "CLEANING"),
    ("P", "Wipe the crystal with isopropanol on a lens tissue, then once with a dry tissue.  "
          "Sticky or polymeric residues: acetone first, then isopropanol.  Never scratch the "
          "crystal with a spatula, and never leave acids, amines or solvent puddles on it.  "
          "The second instrument in B.120 has a ZnSe crystal: it is attacked by acids and "
          "strong bases, so only neutral samples go on it.  Isopropanol left on the crystal "
          "shows up as bands at 2970, 1130 and 950 cm⁻¹; wait until it has evaporated before "
          "you take the background."),
    ("SH", "READING THE SPECTRUM"),
    ("P", "Bands that do not belong to your compound usually come from the short list below.  "
          "Check it before you assign a band."),
    ("TBL", [["Source", "Bands (cm⁻¹)", "What to do"],
             ["CO2 in the beam", "2360 + 2340 doublet, 667", "new background; breathe away"],
             ["Water vapour", "sharp lines 3900-3500 and 1900-1300", "dry the bench, new "
              "background"],
             ["Water in the sample or KBr", "broad 3400, 1640", "dry sample and KBr"],
             ["Hydrocarbon grease", "2955, 2920, 2850, 1465, 1375", "wipe joints; triturate"],
             ["Silicone grease", "1260 sharp, 1100-1000 broad, 800", "avoid silicone on joints"],
             ["CH2Cl2", "1265, 740, 705", "dry longer"],
             ["EtOAc", "1740, 1240, 1045", "dry longer"],
             ["Acetone", "1715, 1365, 1220", "dry longer"],
             ["Phthalate plasticiser", "1725, 1280, 1120", "no plastic vials or tubing"]],
     [22, 20, 19]),
    ("P", "A carbonyl band from residual EtOAc (1740 cm⁻¹) or acetone (1715 cm⁻¹) is easily "
          "mistaken for an ester or a ketone in your compound.  Check the 1H NMR for the "
          "solvent before you assign it."),
    ("P", "ATR spectra are not identical to transmission spectra: strong bands appear a few "
          "cm⁻¹ lower and the low-wavenumber bands look too strong.  Compare like with like, "
          "or use {B}--atr-correct{B}."),
    ("SH", "EXIT STATUS"),
    ("TP", "{B}0{B}", "Spectrum recorded and all checks passed."),
    ("TP", "{B}1{B}", "Usage error (unknown option, missing sample id)."),
    ("TP", "{B}2{B}", "No background, or background older than 60 minutes."),
    ("TP", "{B}3{B}", "Strongest band above 1.5 absorbance units (saturated)."),
    ("TP", "{B}4{B}", "Strongest band below 0.05 absorbance units (too weak)."),
    ("TP", "{B}5{B}", "Carbon dioxide or water vapour lines above the limit."),
    ("TP", "{B}6{B}", "Noise above 0.002 absorbance units between 2600 and 2500 cm⁻¹."),
    ("TP", "{B}7{B}", "Negative bands deeper than -0.01 absorbance units."),
    ("TP", "{B}8{B}", "Instrument not ready (laser, detector or interferometer)."),
    ("SH", "DIAGNOSTICS"),
    ("P", "Each message is followed by the most likely cause and the fix.  Check the exit "
          "status first, then the spectrum itself."),
    ("TP", "{B}background too old{B} (status 2)",
     "The last background is more than 60 minutes old.  Clean the crystal, run "
     "{B}irscan --clean-check{B}, then {B}irscan -b{B}."),
    ("TP", "{B}saturated band{B} (status 3)",
     "On the ATR this is rare; in a KBr pellet it means too much sample.  Press a new pellet "
     "with 0.5-1 mg of sample in 200 mg KBr.  Flat-topped bands cannot be used for band "
     "positions."),
    ("TP", "{B}weak spectrum{B} (status 4)",
     "Poor contact between sample and crystal.  Grind the solid, cover the whole crystal and "
     "tighten the clamp until the clutch clicks.  For a film from solution, use a more "
     "concentrated drop.  If it stays weak, raise the number of scans to 64."),
    ("TP", "{B}CO2/H2O above limit{B} (status 5)",
     "A doublet at 2360 and 2340 cm⁻¹ (pointing up or down) is carbon dioxide that changed "
     "between background and sample, usually from breathing over the instrument.  Sharp "
     "spiky lines at 3900-3500 and 1900-1300 cm⁻¹ are water vapour.  Take a fresh background "
     "and measure straight away.  If the water lines come back every time, the desiccant in "
     "the spectrometer is exhausted: the humidity indicator in the side window turns from "
     "blue to pink.  Tell the instrument manager; the cartridges are changed, not "
     "regenerated, by users."),
    ("TP", "{B}noisy spectrum{B} (status 6)",
     "Too few scans or too little sample.  Double the scans twice (16 to 64) before you "
     "suspect the instrument.  Noise only between 2300 and 1900 cm⁻¹ is the diamond and is "
     "normal."),
    ("TP", "{B}negative bands{B} (status 7)",
     "The crystal was dirty when the background was recorded, so the dirt is subtracted from "
     "every later spectrum.  Clean the crystal, check it with {B}--clean-check{B} and record "
     "a new background before measuring again."),
    ("TP", "{B}instrument not ready{B} (status 8)",
     "The instrument is still warming up (30 minutes after a power cut) or the laser has "
     "failed.  Wait, then run {B}irscan --clean-check{B}.  If it still fails, do not open the "
     "instrument; email ir-support and put the \"out of order\" card on the keyboard."),
    ("TP", "{B}sloping baseline{B} (no status)",
     "In a KBr pellet the particles are too coarse and scatter the light, worst at high "
     "wavenumber; grind sample and KBr together for longer.  Distorted, derivative-shaped "
     "bands in a pellet have the same cause.  A cloudy pellet means wet KBr, coarse "
     "particles or too little pressure."),
    ("TP", "{B}bands shrink during the scan{B} (no status)",
     "A volatile liquid or residual solvent evaporating.  Use the volatile-liquid cap, or dry "
     "the sample before measuring."),
    ("SH", "FILES"),
    ("TP", "{I}/srv/ir/spectra/<user>/{I}", "Saved spectra (.jdx and .csv)."),
    ("TP", "{I}/srv/ir/backgrounds/{I}", "Backgrounds, kept for 7 days."),
    ("TP", "{I}~/.irscanrc{I}", "Personal defaults, e.g. \"scans = 32\"."),
    ("TP", "{I}/var/log/irscan.log{I}", "Verdicts of all runs; the instrument manager reads it "
                                        "weekly."),
    ("SH", "ENVIRONMENT"),
    ("TP", "{B}IRSCAN_USER{B}", "Overrides the login name used for the spectra folder."),
    ("TP", "{B}IRSCAN_SCANS{B}", "Default number of scans when {B}-n{B} is not given."),
    ("SH", "BUGS"),
    ("P", "The CO2 check cannot tell atmospheric carbon dioxide from a compound that really "
          "absorbs near 2350 cm⁻¹; use {B}--check{B} and your own judgement for such samples.  "
          "Bands of alkynes, nitriles, azides and isocyanates (2300-2000 cm⁻¹) fall on the "
          "diamond absorption and look weaker and noisier than in a KBr spectrum."),
    ("SH", "SEE ALSO"),
    ("P", "{B}irexport{B}(1), {B}irlib{B}(1), {B}lab-sop-ir{B}(7).  Instrument manager: "
          "Dr Sunita Rao, extension 4417."),
    ("SH", "AUTHOR"),
    ("P", "Written by the group's instrument committee; report errors in this page to "
          "ir-support."),
]


_MAN_ABBREVIATIONS = {"e.g.", "i.e.", "recryst.", "cf."}


def _man_tokens(text: str) -> list[list[tuple[str, str]]]:
    """Split styled text into words; each word is a list of (char, style)."""
    words: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    style = ""
    i = 0
    while i < len(text):
        if text.startswith("{B}", i):
            style = "" if style == "B" else "B"
            i += 3
            continue
        if text.startswith("{I}", i):
            style = "" if style == "I" else "I"
            i += 3
            continue
        ch = text[i]
        if ch == " ":
            if cur:
                words.append(cur)
                cur = []
        else:
            cur.append((ch, style))
        i += 1
    if cur:
        words.append(cur)
    return words


def _man_plain(word) -> str:
    return "".join(ch for ch, _ in word)


def _man_render(word) -> str:
    out = []
    for ch, st in word:
        if st == "B":
            out.append(f"{ch}\b{ch}")
        elif st == "I":
            out.append(f"_\b{ch}")
        else:
            out.append(ch)
    return "".join(out)


def _man_fill(text: str, indent: int) -> list[tuple[str, str]]:
    """Fill (ragged right) with two spaces after a sentence end.  Returns (rendered, plain)."""
    words = _man_tokens(text)
    width = MAN_WIDTH - indent
    lines: list[tuple[str, str]] = []
    cur_r: list[str] = []
    cur_p: list[str] = []
    length = 0
    for k, w in enumerate(words):
        plain = _man_plain(w)
        sep = ""
        if cur_p:
            prev = cur_p[-1]
            sentence_end = re.search(r"[.!?]\)?$", prev) and prev not in _MAN_ABBREVIATIONS
            sep = "  " if sentence_end and (plain[:1].isupper() or plain[:1] in "\"(") else " "
        if cur_p and length + len(sep) + len(plain) > width:
            lines.append(("".join(cur_r), "".join(cur_p)))
            cur_r, cur_p, length, sep = [], [], 0, ""
        cur_r += [sep, _man_render(w)]
        cur_p += [sep, plain]
        length += len(sep) + len(plain)
    if cur_p:
        lines.append(("".join(cur_r), "".join(cur_p)))
    pad = " " * indent
    return [(pad + r, pad + p) for r, p in lines]


def _man_strip(s: str) -> str:
    return re.sub(r".\x08", "", s)


def _man_table(rows: list[list[str]], widths: list[int]) -> list[tuple[str, str]]:
    def wrap(cell: str, w: int) -> list[str]:
        out, cur = [], ""
        for word in cell.split(" "):
            if cur and len(cur) + 1 + len(word) > w:
                out.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        out.append(cur)
        return out

    def rule(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * (w + 2) for w in widths) + right

    lines = [rule("┌", "┬", "┐")]
    for r, row in enumerate(rows):
        cells = [wrap(c, widths[i]) for i, c in enumerate(row)]
        for k in range(max(len(c) for c in cells)):
            parts = []
            for i, c in enumerate(cells):
                txt = c[k] if k < len(c) else ""
                if r == 0:
                    txt = "".join(f"{ch}\b{ch}" if ch != " " else " " for ch in txt) + \
                        " " * (widths[i] - len(txt))
                else:
                    txt = txt.ljust(widths[i])
                parts.append(" " + txt + " ")
            lines.append("│" + "│".join(parts) + "│")
        lines.append(rule("├", "┼", "┤") if r + 1 < len(rows) else rule("└", "┴", "┘"))
    return [("       " + ln, "       " + _man_strip(ln)) for ln in lines]


def man_body_lines() -> list[tuple[str, str]]:
    """Rendered body lines (with overstrike) and their plain text."""
    out: list[tuple[str, str]] = []
    after_heading = False
    for item in MAN_SRC:
        kind = item[0]
        if kind in ("SH", "SS"):
            if out:
                out.append(("", ""))
            pad = "" if kind == "SH" else "   "
            out.append((pad + _man_render_keep("{B}" + item[1] + "{B}"), pad + item[1]))
            after_heading = True
            continue
        if not after_heading:
            out.append(("", ""))
        after_heading = False
        if kind == "P":
            out += _man_fill(item[1], 7)
        elif kind == "NF":
            out += [("       " + _man_render_keep(line), "       " + _man_plain_keep(line))
                    for line in item[1]]
        elif kind == "TP":
            tag, text = item[1], item[2]
            tag_r, tag_p = _man_render_keep(tag), _man_plain_keep(tag)
            if len(tag_p) + 1 <= 7:
                body = _man_fill(text, 14)
                r, p = body[0]
                fill = " " * (7 - len(tag_p))
                body[0] = ("       " + tag_r + fill + r[14:], "       " + tag_p + fill + p[14:])
                out += body
            else:
                out.append(("       " + tag_r, "       " + tag_p))
                out += _man_fill(text, 14)
        elif kind == "IP":
            label, text = item[1], item[2]
            body = _man_fill(text, 11)
            r, p = body[0]
            body[0] = ("       " + label.ljust(4) + r[11:], "       " + label.ljust(4) + p[11:])
            out += body
        elif kind == "TBL":
            out += _man_table(item[1], item[2])
    return out


def _man_render_keep(text: str) -> str:
    """Render styled text keeping its own spacing (no filling)."""
    out, style, i = [], "", 0
    while i < len(text):
        if text.startswith("{B}", i) or text.startswith("{I}", i):
            st = text[i + 1]
            style = "" if style == st else st
            i += 3
            continue
        ch = text[i]
        if ch != " " and style == "B":
            out.append(f"{ch}\b{ch}")
        elif ch != " " and style == "I":
            out.append(f"_\b{ch}")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _man_plain_keep(text: str) -> str:
    return text.replace("{B}", "").replace("{I}", "")


def _man_header() -> tuple[str, str]:
    left, mid, right = MAN_TITLE, MAN_CENTER, MAN_TITLE
    gap = MAN_WIDTH - len(left) - len(right) - len(mid)
    line = left + " " * (gap // 2) + mid + " " * (gap - gap // 2) + right
    return line, line


def _man_footer(page: int) -> tuple[str, str]:
    left, mid, right = MAN_SOURCE, MAN_DATE, str(page)
    gap = MAN_WIDTH - len(left) - len(right) - len(mid)
    line = left + " " * (gap // 2) + mid + " " * (gap - gap // 2) + right
    return line, line


def man_pages() -> list[list[tuple[str, str]]]:
    body = man_body_lines()
    while body and not body[-1][1]:
        body.pop()
    pages = []
    for start in range(0, len(body), MAN_BODY_LINES):
        chunk = body[start:start + MAN_BODY_LINES]
        while chunk and not chunk[0][1]:
            chunk = chunk[1:]
        page = [("", "")] * 3 + [_man_header()] + [("", "")] * 2
        page += chunk + [("", "")] * (MAN_BODY_LINES - len(chunk))
        page += [("", "")] * 2 + [_man_footer(len(pages) + 1)] + [("", "")] * 3
        assert len(page) == MAN_PAGE_LINES
        pages.append(page)
    return pages


def build_man_txt(path: Path) -> None:
    lines = [r.rstrip() for page in man_pages() for r, _ in page]
    data = "\n".join(lines) + "\n"
    path.write_bytes(data.encode("utf-8"))


def man_plain_lines() -> list[str]:
    """The page as a reader sees it: overstrike removed, one string per line."""
    return [p.rstrip() for page in man_pages() for _, p in page]
# ---------------------------------------------------------------------------
# 4. Word document with SmartArt diagrams, endnotes and a landscape section: Lawesson's reagent

DOCX_NAME = "lawesson-thionation-smartart.docx"
LR_HEADER = "GG-09 Thionation with Lawesson’s reagent · version 3"
LR_FOOTER = "Printed copies are not controlled · page "

# Endnote texts (Word numbers endnotes i, ii, iii ...; the marks carry no text).
LR_ENDNOTES = [
    "Lawesson’s reagent (LR) is 2,4-bis(4-methoxyphenyl)-1,3,2,4-dithiadiphosphetane "
    "2,4-disulfide, C14H14O2P2S4, MW 404.5, mp 228–231 °C.",
    "Adapted from a published chromatography-free process; on 50 g scale ethylene glycol at "
    "95 °C replaced the ethanol.",
    "In our hands methyl and ethyl esters survived 3 h at 80 °C with 0.55 equiv LR (six "
    "examples, 2024).",
    "H2S: workplace limit 5 ppm (8 h) and 10 ppm (15 min). Above about 100 ppm the sense of "
    "smell fails, so a fading smell is not a sign of safety.",
]

LR_CHECK_FIRST = [
    ("Reagent", "Is the Lawesson’s reagent a free-flowing pale yellow powder? A grey, sticky or "
                "strongly smelling reagent has hydrolysed."),
    ("Temperature", "Is the internal temperature high enough for the reagent to dissolve, "
                    "about 80 °C in toluene?"),
    ("Stoichiometry", "0.5–0.6 equiv per carbonyl group: each molecule of LR thionates two "
                      "C=O groups."),
    ("Water", "Dry solvent, dry substrate: water destroys the reagent and releases H2S."),
    ("Other carbonyls", "Which other C=O groups in the molecule could react, and at what "
                        "temperature?"),
]

LR_STEPS = [
    ("Set up", "In the hood: oven-dried 100 mL flask, N-benzylbenzamide (1.06 g, 5.00 mmol), "
               "Lawesson’s reagent (1.11 g, 2.75 mmol, 0.55 equiv), dry toluene (25 mL), N2 "
               "inlet and an outlet through a bleach bubbler."),
    ("Heat", "Heat to 80 °C internal (block at 90 °C). The reagent dissolves to a clear yellow "
             "solution within 15 min."),
    ("Monitor", "TLC every 30 min (hexane/EtOAc 3:1, UV): the thioamide runs above the amide "
                "as a yellow spot. Usually complete in 1–2 h."),
    ("Destroy the by-product", "Cool to 70 °C, add ethanol (10 mL) and stir at 70 °C for 1 h."),
    ("Concentrate", "Evaporate on the hood rotavap with the bleach trap."),
    ("Wash", "Take up in EtOAc (50 mL), wash with saturated NaHCO3 (2 × 20 mL), water and "
             "brine, dry over MgSO4."),
    ("Purify", "Short column (hexane/EtOAc 4:1) or recrystallise from ethanol; expect 85–95% of "
               "N-benzylthiobenzamide as a yellow solid."),
    ("Clean up", "Glassware, syringes and the aqueous washes go into the bleach bath in the "
                 "hood overnight."),
]

# Body: (kind, payload).  kinds: title, subtitle, h1, p, bullet, table, smartart, landscape,
# portrait.  "[[n]]" in a paragraph is an endnote reference.
LR_BODY: list[tuple] = [
    ("title", "Thionation with Lawesson’s reagent"),
    ("subtitle", "Group guide GG-09 · version 3 · March 2025 · owner: Petra Lindgren"),
    ("h1", "1. Scope"),
    ("p", "This guide covers the conversion of amides, lactams and ketones into thioamides, "
          "thiolactams and thioketones with Lawesson’s reagent[[1]], and the slower "
          "conversion of esters into thionoesters. It explains how to choose conditions, "
          "gives the standard procedure as a diagram, and collects the problems we have met "
          "in the group since 2021. Read the safety section before the first run: every "
          "thionation releases hydrogen sulfide."),
    ("h1", "2. How the reagent works"),
    ("p", "Lawesson’s reagent is a dimer. In hot solution it opens into two reactive "
          "dithiophosphine ylides, and each of these converts one C=O into C=S through a "
          "four-membered thiaoxaphosphetane, much like a Wittig reaction. One molecule of LR "
          "therefore thionates two carbonyl groups, and 0.5 equiv is the theoretical amount; "
          "we use 0.5–0.6 equiv per carbonyl."),
    ("p", "The reagent is almost insoluble in cold toluene and only dissolves, and becomes "
          "reactive, at about 80 °C. In THF it is partly soluble at room temperature, which is "
          "enough for reactive amides. The reactivity order is amides and lactams, then "
          "ketones, then esters; carbamates such as Boc and Cbz groups are normally not "
          "touched."),
    ("h1", "3. Choosing the conditions"),
    ("table", [["Substrate", "LR (equiv)", "Solvent and temperature", "Time", "Notes"],
               ["Secondary or tertiary amide", "0.5–0.6", "THF at rt, or toluene at 80 °C",
                "2–16 h (THF), 1–3 h (toluene)", "standard case"],
               ["Primary amide", "0.5", "THF at rt", "4–16 h", "heating gives the nitrile"],
               ["Lactam", "0.5–0.6", "toluene, 80–100 °C", "1–4 h", "five- to seven-membered "
                "rings react fast"],
               ["Diaryl ketone", "0.6", "toluene at reflux", "2–6 h", "diaryl thioketones are "
                "deep blue"],
               ["Ester", "1.0–2.0", "xylene at reflux (140 °C)", "12–48 h", "slow, often "
                "incomplete"]]),
    ("p", "Toluene is the default solvent for anything that needs heat, THF for reactive amides "
          "at room temperature and xylene only for esters and very hindered amides. Avoid "
          "alcohols, water and DMSO, which react with the reagent, and old THF that contains "
          "peroxides, which oxidise thioamides back to amides. Work at about 0.2 M in "
          "substrate; at higher concentration the reagent forms a thick slurry before it "
          "dissolves."),
    ("p", "Hindered amides and esters that need hours at reflux often convert in 5–15 min at "
          "150 °C in a sealed microwave vial (toluene, 0.6 equiv LR). Fill the vial to at most "
          "two thirds, and vent it in the hood after cooling because H2S builds up pressure."),
    ("h1", "4. Check first"),
    ("p", "When a thionation fails, go through these five points before changing anything "
          "else. They account for most failed runs in the group notebook."),
    ("smartart", 1),
    ("h1", "5. Standard procedure: secondary amide to thioamide (5 mmol)"),
    ("p", "The procedure is kept as a diagram on the hood door; the same diagram follows. For "
          "other substrates take the conditions from section 3 and keep steps 4 to 8."),
    ("smartart", 2),
    ("h1", "6. Work-up without a fight on the column"),
    ("p", "The phosphorus by-products of LR are the real problem of this reaction. They are "
          "moderately polar, smell, streak on silica and co-elute with many thioamides, so a "
          "direct column often gives a product that still smells and contains phosphorus. "
          "Heating the finished reaction with ethanol (step 4) converts the main by-product "
          "into a very polar ethyl thiophosphonate that stays on the baseline or goes into the "
          "aqueous NaHCO3 wash[[2]]."),
    ("p", "If the product is a solid that crystallises well, it is often quicker to skip the "
          "column: after the ethanol treatment and the washes, recrystallise from ethanol or "
          "toluene/heptane."),
    ("h1", "7. Selectivity"),
    ("bullet", "Amide next to an ester: thionate at 80 °C or below with 0.55 equiv LR and stop "
               "when the amide is gone; the ester survives[[3]]."),
    ("bullet", "Amide next to a ketone: the amide reacts first in THF at room temperature; in "
               "hot toluene both react."),
    ("bullet", "Two different amides: tertiary amides react faster than secondary ones, and "
               "anilides are the slowest."),
    ("bullet", "Free hydroxy groups near the amide cyclise: β-hydroxy amides give thiazolines "
               "(M–2 compared with the amide). Protect the OH as an acetate or TBS ether first."),
    ("bullet", "Stereocentres next to the new C=S epimerise more easily than next to the amide, "
               "because the α-H of a thioamide is more acidic."),
    ("h1", "8. Analysis"),
    ("p", "LCMS: the thioamide is M+16 compared with the amide. 13C NMR: the C=S carbon of a "
          "thioamide appears at δ 195–210, against about δ 170 for the amide C=O. 1H NMR: the "
          "NH of a secondary thioamide moves 1–1.5 ppm downfield. Thioamides are usually pale "
          "to bright yellow, and they run higher on silica than the parent amides. IR is not "
          "useful: the C=S stretch is weak and mixed with other bands."),
    ("h1", "9. Alternatives to Lawesson’s reagent"),
    ("table", [["Reagent", "Typical use", "Advantage", "Drawback"],
               ["Lawesson’s reagent", "amides, lactams, ketones", "mild, selective, soluble "
                "when hot", "smelly by-products that co-elute"],
               ["P4S10 with hexamethyldisiloxane (HMDO)", "amides, esters, ketones",
                "by-products removed by an aqueous work-up", "heterogeneous, needs reflux"],
               ["P4S10–pyridine complex", "amides, lactams", "crystalline and storable, clean "
                "products", "needs higher temperatures"]]),
    ("p", "For P4S10/HMDO use P4S10 (0.25–0.33 equiv per carbonyl) with HMDO (5 equiv per mol "
          "of P4S10) in toluene or xylene at reflux; the by-products are hydrolysed by a "
          "K2CO3 wash."),
    ("landscape", None),
    ("h1", "10. Troubleshooting"),
    ("trouble", None),
    ("portrait", None),
    ("h1", "11. Safety and waste"),
    ("p", "Every thionation gives hydrogen sulfide: the reagent releases it with moist air and "
          "water, and the work-up releases more. Weigh LR in the hood, run the reaction with "
          "an outlet through a bubbler filled with bleach, and do all aqueous work-up in the "
          "hood[[4]]."),
    ("p", "Soak glassware, syringes and needles overnight in the bleach bath in the hood (5% "
          "sodium hypochlorite); it oxidises the sulfur residues and removes the smell. Collect "
          "the aqueous washes in the labelled “sulfide – basic” container. Never add acid to "
          "sulfide waste and never pour it into the acid waste: acid releases H2S at once."),
    ("p", "Store LR under nitrogen in a desiccator in the fridge, and let the bottle reach room "
          "temperature before opening it so that no water condenses on the powder."),
]

LR_TROUBLE_HEAD = ["Symptom", "Probable cause", "What to do"]
LR_TROUBLE = [
    ["The whole corridor smells of rotten eggs", "H2S from LR meeting water: wet solvent, "
     "weighing on the open bench, work-up outside the hood", "Weigh and work up in the hood; "
     "bleach bubbler on the outlet; glassware into the bleach bath"],
    ["No reaction after 4 h at 60 °C in toluene; yellow solid still in the flask",
     "LR only dissolves and reacts from about 80 °C", "Raise the internal temperature to "
     "80–90 °C, or use THF at room temperature for amides"],
    ["Hindered tertiary amide still unreacted after 3 h at 90 °C", "steric hindrance",
     "Toluene at reflux, then xylene at 140 °C; up to 1.0 equiv LR"],
    ["Nitrile instead of the primary thioamide", "dehydration of the primary amide at high "
     "temperature", "Run at room temperature in THF with 0.5 equiv LR and stop when done"],
    ["Product smells and contains phosphorus after the column", "LR by-products co-eluted",
     "Use the ethanol work-up (section 6) or change to P4S10/HMDO"],
    ["Ester or ketone elsewhere in the molecule also thionated", "too much LR or too hot",
     "0.5 equiv at 80 °C or below; follow by TLC and stop when the amide is gone"],
    ["Thioamide turns back into the amide (M–16) during work-up or on the column",
     "hydrolysis under acidic conditions, or oxidation by peroxides", "No acid washes, "
     "peroxide-free solvents, fast column; store cold under nitrogen"],
    ["Loss of ee or dr next to the new thioamide", "epimerisation through the more acidic "
     "α-H", "Lowest temperature that works (THF at rt), short reaction time, no base in the "
     "work-up"],
    ["Yellow precipitate on cooling that is not product", "unreacted LR and polymeric "
     "by-product", "Filter it off before the work-up"],
    ["Thiazoline (M–2) instead of the thioamide", "free OH next to the amide cyclised",
     "Protect the OH before the thionation"],
    ["Reagent grey and sticky, poor conversion", "hydrolysed LR", "New bottle; store under "
     "N2 in a desiccator in the fridge; weigh quickly"],
    ["Blue thioketone fades to colourless", "oxidation or dimerisation of the thioketone",
     "Use it at once under nitrogen in the dark; only diaryl thioketones keep"],
]

_W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
         'xmlns:v="urn:schemas-microsoft-com:vml" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'mc:Ignorable="w14 wp14"')
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
_SUBS = ("CH2Cl2", "H2S", "P4S10", "K2CO3", "MgSO4", "NaHCO3", "N2", "C14H14O2P2S4")


def _lr_runs(text: str, rpr: str = "") -> str:
    """Runs for a text: subscripts for the digits of formulas, endnote references."""
    out: list[str] = []
    for piece in re.split(r"(\[\[\d+\]\])", text):
        m = re.fullmatch(r"\[\[(\d+)\]\]", piece)
        if m:
            out.append('<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                       f'<w:endnoteReference w:id="{m.group(1)}"/></w:r>')
            continue
        if not piece:
            continue
        pattern = "(" + "|".join(re.escape(f) for f in sorted(_SUBS, key=len, reverse=True)) + ")"
        for seg in re.split(pattern, piece):
            if not seg:
                continue
            if seg in _SUBS:
                for part in re.findall(r"\d+|\D+", seg):
                    sub = '<w:vertAlign w:val="subscript"/>' if part.isdigit() else ""
                    out.append(f"<w:r><w:rPr>{rpr}{sub}</w:rPr><w:t>{escape(part)}</w:t></w:r>")
            else:
                out.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">'
                           f"{escape(seg)}</w:t></w:r>")
    return "".join(out).replace("<w:rPr></w:rPr>", "")


def _lr_p(text: str, style: str = "", rpr: str = "", ppr: str = "") -> str:
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    props = f"<w:pPr>{st}{ppr}</w:pPr>" if (st or ppr) else ""
    return f"<w:p>{props}{_lr_runs(text, rpr)}</w:p>"


def _lr_table(rows: list[list[str]], widths: list[int], header_repeat: bool = True) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>', f"<w:tblGrid>{grid}"
           "</w:tblGrid>"]
    for r, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r == 0 and header_repeat else ""
        out.append(f"<w:tr>{trpr}")
        for i, cell in enumerate(row):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if r == 0 else ""
            rpr = "<w:b/>" if r == 0 else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/>{shade}</w:tcPr>'
                       + _lr_p(cell, "TableText", rpr) + "</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


_LR_PORTRAIT = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" '
                'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>')
_LR_LANDSCAPE = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" '
                 'w:right="1417" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" '
                 'w:gutter="0"/>')


def _lr_sectpr(landscape_page: bool) -> str:
    size = _LR_LANDSCAPE if landscape_page else _LR_PORTRAIT
    return ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/>'
            '<w:footerReference w:type="default" r:id="rId9"/>'
            f'{size}<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')


def _lr_inline_diagram(n: int, cx: int, cy: int) -> str:
    base = 10 + (n - 1) * 5
    return ('<w:p><w:pPr><w:pStyle w:val="Diagram"/></w:pPr><w:r><w:drawing>'
            '<wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{n}" name="Diagram {n}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic xmlns:a="{_A}"><a:graphicData uri="{_DGM}">'
            f'<dgm:relIds xmlns:dgm="{_DGM}" xmlns:r="{_REL}" r:dm="rId{base}" '
            f'r:lo="rId{base + 1}" r:qs="rId{base + 2}" r:cs="rId{base + 3}"/>'
            "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>")


def _lr_guid(n: int, k: int) -> str:
    import hashlib

    h = hashlib.md5(f"lr-{n}-{k}".encode()).hexdigest().upper()
    return f"{{{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}}}"


def _lr_nodes(n: int) -> list[tuple[str, str]]:
    return LR_CHECK_FIRST if n == 1 else [(f"Step {i}: {t}", d) for i, (t, d) in
                                          enumerate(LR_STEPS, start=1)]


def _a_paras(title: str, detail: str) -> str:
    return (f'<a:p><a:r><a:rPr lang="en-GB" b="1" dirty="0"/><a:t>{escape(title)}</a:t></a:r>'
            f'</a:p><a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>{escape(detail)}</a:t>'
            "</a:r></a:p>")


def _lr_data_model(n: int) -> str:
    layout = ("urn:microsoft.com/office/officeart/2005/8/layout/vList2" if n == 1 else
              "urn:microsoft.com/office/officeart/2005/8/layout/process4")
    cat = "list" if n == 1 else "process"
    doc_id = _lr_guid(n, 0)
    pts = [f'<dgm:pt modelId="{doc_id}" type="doc"><dgm:prSet loTypeId="{layout}" '
           f'loCatId="{cat}" qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/'
           'simple1" qsCatId="simple" csTypeId="urn:microsoft.com/office/officeart/2005/8/'
           'colors/accent1_2" csCatId="accent1" phldr="0"/><dgm:spPr/><dgm:t><a:bodyPr/>'
           '<a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>']
    cxns = []
    for k, (title, detail) in enumerate(_lr_nodes(n), start=1):
        node, par, sib, cxn = (_lr_guid(n, 100 + k), _lr_guid(n, 200 + k), _lr_guid(n, 300 + k),
                               _lr_guid(n, 400 + k))
        pts.append(f'<dgm:pt modelId="{node}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/><dgm:t>'
                   f"<a:bodyPr/><a:lstStyle/>{_a_paras(title, detail)}</dgm:t></dgm:pt>")
        for tid, typ in ((par, "parTrans"), (sib, "sibTrans")):
            pts.append(f'<dgm:pt modelId="{tid}" type="{typ}" cxnId="{cxn}"><dgm:prSet/>'
                       '<dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr '
                       'lang="en-GB"/></a:p></dgm:t></dgm:pt>')
        cxns.append(f'<dgm:cxn modelId="{cxn}" srcId="{doc_id}" destId="{node}" srcOrd="{k - 1}" '
                    f'destOrd="0" parTransId="{par}" sibTransId="{sib}"/>')
    rel = 10 + (n - 1) * 5 + 4
    return (_XML_DECL + f'<dgm:dataModel xmlns:dgm="{_DGM}" xmlns:a="{_A}" xmlns:r="{_REL}">'
            f'<dgm:ptLst>{"".join(pts)}</dgm:ptLst><dgm:cxnLst>{"".join(cxns)}</dgm:cxnLst>'
            '<dgm:bg/><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/'
            f'drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="{_DSP}" relId="rId{rel}" '
            'minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext>'
            "</dgm:extLst></dgm:dataModel>")


def _lr_drawing(n: int, cx: int, cy: int) -> str:
    nodes = _lr_nodes(n)
    h = cy // len(nodes)
    shapes = []
    for k, (title, detail) in enumerate(nodes, start=1):
        y = (k - 1) * h
        shapes.append(
            f'<dsp:sp modelId="{_lr_guid(n, 500 + k)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/>'
            '<dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm>'
            f'<a:off x="0" y="{y + 20000}"/><a:ext cx="{cx}" cy="{h - 40000}"/></a:xfrm>'
            '<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr '
            'val="accent1"><a:hueOff val="0"/></a:schemeClr></a:solidFill><a:ln w="12700">'
            '<a:solidFill><a:schemeClr val="lt1"/></a:solidFill></a:ln></dsp:spPr>'
            '<dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef '
            'idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0">'
            '<a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr '
            'val="lt1"/></a:fontRef></dsp:style><dsp:txBody><a:bodyPr spcFirstLastPara="0" '
            'vert="horz" wrap="square" lIns="68580" tIns="34290" rIns="68580" bIns="34290" '
            'numCol="1" spcCol="1270" anchor="ctr" anchorCtr="0"><a:noAutofit/></a:bodyPr>'
            f"<a:lstStyle/>{_a_paras(title, detail)}</dsp:txBody><dsp:txXfrm>"
            f'<a:off x="0" y="{y + 20000}"/><a:ext cx="{cx}" cy="{h - 40000}"/></dsp:txXfrm>'
            "</dsp:sp>")
    return (_XML_DECL + f'<dsp:drawing xmlns:dgm="{_DGM}" xmlns:dsp="{_DSP}" xmlns:a="{_A}">'
            '<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/>'
            f'</dsp:nvGrpSpPr><dsp:grpSpPr/>{"".join(shapes)}</dsp:spTree></dsp:drawing>')


def _lr_layout(n: int) -> str:
    uid = ("urn:microsoft.com/office/officeart/2005/8/layout/vList2" if n == 1 else
           "urn:microsoft.com/office/officeart/2005/8/layout/process4")
    return (_XML_DECL + f'<dgm:layoutDef xmlns:dgm="{_DGM}" xmlns:a="{_A}" uniqueId="{uid}">'
            '<dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="'
            + ("list" if n == 1 else "process") + '" pri="4000"/></dgm:catLst>'
            '<dgm:sampData><dgm:dataModel><dgm:ptLst><dgm:pt modelId="0" type="doc"/>'
            '<dgm:pt modelId="1"><dgm:prSet phldr="1"/></dgm:pt></dgm:ptLst><dgm:cxnLst>'
            '<dgm:cxn modelId="4" srcId="0" destId="1" srcOrd="0" destOrd="0"/></dgm:cxnLst>'
            '<dgm:bg/><dgm:whole/></dgm:dataModel></dgm:sampData>'
            '<dgm:layoutNode name="linear"><dgm:varLst><dgm:animLvl val="lvl"/>'
            '<dgm:resizeHandles val="exact"/></dgm:varLst><dgm:alg type="lin"><dgm:param '
            'type="linDir" val="fromT"/><dgm:param type="vertAlign" val="mid"/></dgm:alg>'
            '<dgm:shape xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:constrLst>'
            '<dgm:constr type="w" for="ch" forName="parentText" refType="w"/><dgm:constr '
            'type="h" for="ch" forName="parentText" refType="primFontSz" refFor="ch" '
            'refForName="parentText" fact="0.52"/><dgm:constr type="primFontSz" for="ch" '
            'forName="parentText" op="equ" val="65"/></dgm:constrLst><dgm:ruleLst/>'
            '<dgm:forEach name="Name0" axis="ch" ptType="node"><dgm:layoutNode '
            'name="parentText" styleLbl="node1"><dgm:varLst><dgm:chMax val="0"/><dgm:bulletEnabled '
            'val="1"/></dgm:varLst><dgm:alg type="tx"><dgm:param type="parTxLTRAlign" val="l"/>'
            '</dgm:alg><dgm:shape type="roundRect" r:blip="" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><dgm:adjLst/></dgm:shape>'
            '<dgm:presOf axis="desOrSelf" ptType="node"/><dgm:constrLst><dgm:constr '
            'type="tMarg" refType="primFontSz" fact="0.3"/></dgm:constrLst><dgm:ruleLst>'
            '<dgm:rule type="primFontSz" val="5" fact="NaN" max="NaN"/></dgm:ruleLst>'
            "</dgm:layoutNode></dgm:forEach></dgm:layoutNode></dgm:layoutDef>")


_LR_QUICKSTYLE = (
    _XML_DECL + f'<dgm:styleDef xmlns:dgm="{_DGM}" xmlns:a="{_A}" uniqueId="urn:microsoft.com/'
    'office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/>'
    '<dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d><a:camera '
    'prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl '
    'name="node1"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" '
    'dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" '
    'g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
    '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef '
    'idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl>'
    "</dgm:styleDef>")
_LR_COLORS = (
    _XML_DECL + f'<dgm:colorsDef xmlns:dgm="{_DGM}" xmlns:a="{_A}" uniqueId="urn:microsoft.com/'
    'office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/>'
    '<dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl '
    'name="node1"><dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst>'
    '<dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/>'
    '<dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/>'
    "</dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>")

_LR_DIAGRAM_SIZE = {1: (5760000, 3200000), 2: (5760000, 5400000)}


def _lr_document() -> str:
    body: list[str] = []
    for kind, payload in LR_BODY:
        if kind == "title":
            body.append(_lr_p(payload, "Title"))
        elif kind == "subtitle":
            body.append(_lr_p(payload, "Subtitle"))
        elif kind == "h1":
            body.append(_lr_p(payload, "Heading1"))
        elif kind == "p":
            body.append(_lr_p(payload))
        elif kind == "bullet":
            body.append(_lr_p(payload, "ListBullet"))
        elif kind == "table":
            ncol = len(payload[0])
            widths = [9638 // ncol] * ncol
            body.append(_lr_table(payload, widths))
            body.append(_lr_p(""))
        elif kind == "smartart":
            cx, cy = _LR_DIAGRAM_SIZE[payload]
            body.append(_lr_inline_diagram(payload, cx, cy))
        elif kind == "landscape":
            body.append(f"<w:p><w:pPr>{_lr_sectpr(False)}</w:pPr></w:p>")
        elif kind == "trouble":
            body.append(_lr_table([LR_TROUBLE_HEAD] + LR_TROUBLE, [4200, 4900, 5187]))
        elif kind == "portrait":
            body.append(f"<w:p><w:pPr>{_lr_sectpr(True)}</w:pPr></w:p>")
    body.append(_lr_sectpr(False))
    return (_XML_DECL + f"<w:document {_W_NS}><w:body>" + "".join(body)
            + "</w:body></w:document>")


def _lr_hdr_ftr(tag: str) -> str:
    if tag == "hdr":
        inner = _lr_p(LR_HEADER, "Header")
    else:
        inner = ('<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr>'
                 f'<w:r><w:t xml:space="preserve">{escape(LR_FOOTER)}</w:t></w:r>'
                 '<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:rPr><w:noProof/>'
                 "</w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p>")
    return _XML_DECL + f"<w:{tag} {_W_NS}>{inner}</w:{tag}>"


def _lr_endnotes() -> str:
    notes = ['<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>'
             "</w:endnote>",
             '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
             'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator'
             "/></w:r></w:p></w:endnote>"]
    for i, text in enumerate(LR_ENDNOTES, start=1):
        notes.append(f'<w:endnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/>'
                     '</w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                     '<w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>'
                     f"{_lr_runs(text)}</w:p></w:endnote>")
    return _XML_DECL + f"<w:endnotes {_W_NS}>{''.join(notes)}</w:endnotes>"


def _style(sid: str, name: str, ppr: str = "", rpr: str = "", typ: str = "paragraph",
           based: str = "Normal", extra: str = "") -> str:
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="{typ}" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{extra}'
            f"<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")


_LR_STYLES = (
    _XML_DECL + f"<w:styles {_W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts "
    'w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
    'w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" '
    'w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing '
    'w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    + _style("Title", "Title", '<w:spacing w:after="80"/>', '<w:sz w:val="52"/><w:color '
             'w:val="1F3864"/>')
    + _style("Subtitle", "Subtitle", "", '<w:i/><w:color w:val="595959"/>')
    + _style("Heading1", "heading 1", '<w:keepNext/><w:spacing w:before="240" w:after="80"/>'
             '<w:outlineLvl w:val="0"/>', '<w:b/><w:sz w:val="28"/><w:color w:val="2F5496"/>')
    + _style("ListBullet", "List Bullet", '<w:numPr><w:numId w:val="1"/></w:numPr><w:ind '
             'w:left="360" w:hanging="360"/>')
    + _style("TableText", "Table Text", '<w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/>', '<w:sz w:val="19"/>')
    + _style("Diagram", "Diagram", '<w:jc w:val="center"/>')
    + _style("Header", "header", '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab '
             'w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/>',
             '<w:sz w:val="18"/>')
    + _style("Footer", "footer", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>')
    + _style("EndnoteText", "endnote text", '<w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/>', '<w:sz w:val="20"/>')
    + _style("EndnoteReference", "endnote reference", "", '<w:vertAlign w:val="superscript"/>',
             typ="character", based="")
    + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr>'
    '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left '
    'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" '
    'w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>')

_LR_NUMBERING = (
    _XML_DECL + f'<w:numbering {_W_NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType '
    'w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
    '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" '
    'w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId '
    'w:val="0"/></w:num></w:numbering>')

_LR_SETTINGS = (
    _XML_DECL + f'<w:settings {_W_NS}><w:zoom w:percent="110"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:endnotePr><w:numFmt '
    'w:val="lowerRoman"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/'
    'office/word" w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>')

_LR_CORE = (
    _XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>GG-09 Thionation with '
    "Lawesson’s reagent</dc:title><dc:creator>Petra Lindgren</dc:creator><cp:lastModifiedBy>"
    'Petra Lindgren</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created '
    'xsi:type="dcterms:W3CDTF">2023-05-09T08:14:00Z</dcterms:created><dcterms:modified '
    'xsi:type="dcterms:W3CDTF">2025-03-06T15:42:00Z</dcterms:modified></cp:coreProperties>')
_LR_APP = (
    _XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>214</TotalTime><Pages>5</Pages>'
    "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
    "<Company>Department of Chemistry</Company><AppVersion>16.0000</AppVersion></Properties>")


def build_lawesson_docx(path: Path) -> None:
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    dml = "application/vnd.openxmlformats-officedocument.drawingml"
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
            ("rId3", "numbering", "numbering.xml"), ("rId4", "endnotes", "endnotes.xml"),
            ("rId8", "header", "header1.xml"), ("rId9", "footer", "footer1.xml")]
    rel_xml = [f'<Relationship Id="{i}" Type="{_REL}/{t}" Target="{tg}"/>' for i, t, tg in rels]
    for n in (1, 2):
        base = 10 + (n - 1) * 5
        rel_xml += [
            f'<Relationship Id="rId{base}" Type="{_REL}/diagramData" '
            f'Target="diagrams/data{n}.xml"/>',
            f'<Relationship Id="rId{base + 1}" Type="{_REL}/diagramLayout" '
            f'Target="diagrams/layout{n}.xml"/>',
            f'<Relationship Id="rId{base + 2}" Type="{_REL}/diagramQuickStyle" '
            f'Target="diagrams/quickStyle{n}.xml"/>',
            f'<Relationship Id="rId{base + 3}" Type="{_REL}/diagramColors" '
            f'Target="diagrams/colors{n}.xml"/>',
            f'<Relationship Id="rId{base + 4}" Type="http://schemas.microsoft.com/office/2007/'
            f'relationships/diagramDrawing" Target="diagrams/drawing{n}.xml"/>']
    doc_rels = (_XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                '2006/relationships">' + "".join(rel_xml) + "</Relationships>")
    root_rels = (_XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/relationships"><Relationship Id="rId3" Type="http://schemas.'
                 'openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
                 'Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.'
                 'openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                 'Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.'
                 'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                 'Target="word/document.xml"/></Relationships>')
    overrides = [("/word/document.xml", f"{wml}.document.main+xml"),
                 ("/word/styles.xml", f"{wml}.styles+xml"),
                 ("/word/settings.xml", f"{wml}.settings+xml"),
                 ("/word/numbering.xml", f"{wml}.numbering+xml"),
                 ("/word/endnotes.xml", f"{wml}.endnotes+xml"),
                 ("/word/header1.xml", f"{wml}.header+xml"),
                 ("/word/footer1.xml", f"{wml}.footer+xml"),
                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties"
                  "+xml"),
                 ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument."
                  "extended-properties+xml")]
    for n in (1, 2):
        overrides += [(f"/word/diagrams/data{n}.xml", f"{dml}.diagramData+xml"),
                      (f"/word/diagrams/layout{n}.xml", f"{dml}.diagramLayout+xml"),
                      (f"/word/diagrams/quickStyle{n}.xml", f"{dml}.diagramStyle+xml"),
                      (f"/word/diagrams/colors{n}.xml", f"{dml}.diagramColors+xml"),
                      (f"/word/diagrams/drawing{n}.xml",
                       "application/vnd.ms-office.drawingml.diagramDrawing+xml")]
    ct = (_XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.'
          'openxmlformats-package.relationships+xml"/><Default Extension="xml" '
          'ContentType="application/xml"/>' + "".join(
              f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides) + "</Types>")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels),
               ("word/_rels/document.xml.rels", doc_rels),
               ("word/document.xml", _lr_document()), ("word/styles.xml", _LR_STYLES),
               ("word/settings.xml", _LR_SETTINGS), ("word/numbering.xml", _LR_NUMBERING),
               ("word/endnotes.xml", _lr_endnotes()), ("word/header1.xml", _lr_hdr_ftr("hdr")),
               ("word/footer1.xml", _lr_hdr_ftr("ftr"))]
    for n in (1, 2):
        cx, cy = _LR_DIAGRAM_SIZE[n]
        members += [(f"word/diagrams/data{n}.xml", _lr_data_model(n)),
                    (f"word/diagrams/layout{n}.xml", _lr_layout(n)),
                    (f"word/diagrams/quickStyle{n}.xml", _LR_QUICKSTYLE),
                    (f"word/diagrams/colors{n}.xml", _LR_COLORS),
                    (f"word/diagrams/drawing{n}.xml", _lr_drawing(n, cx, cy))]
    members += [("docProps/core.xml", _LR_CORE), ("docProps/app.xml", _LR_APP)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    path.write_bytes(out.getvalue())


def _lr_plain(text: str) -> str:
    return re.sub(r"\[\[\d+\]\]", "", text)


def _lr_units() -> list[str]:
    """One string per w:p (document, header, footer, endnotes) and per a:p of the diagrams."""
    units: list[str] = [LR_HEADER, LR_FOOTER + "1"]
    for kind, payload in LR_BODY:
        if kind in ("title", "subtitle", "h1", "p", "bullet"):
            units.append(_lr_plain(payload))
        elif kind == "table":
            units += [c for row in payload for c in row]
        elif kind == "trouble":
            units += [c for row in [LR_TROUBLE_HEAD] + LR_TROUBLE for c in row]
        elif kind == "smartart":
            for title, detail in _lr_nodes(payload):
                units += [title, detail]
    units += LR_ENDNOTES
    return units
# ---------------------------------------------------------------------------
# 5. EPUB 3 chapter (XHTML content document saved as .html): ester hydrolysis

EPUB_NAME = "ester-hydrolysis-epub-chapter.html"
SHY = "\u00ad"

# Blocks: ("h2", id, text), ("h3", text), ("p", text), ("pd", text) first paragraph with a drop
# cap, ("ol", [items]), ("ul", [items]), ("table", id, caption, rows), ("aside", title, [items]),
# ("figure", id, alt, caption), ("dl", [(term, definition)]).  Inline: {pb:213} page-break
# marker, {fn:1} note reference, H2O-style formulas get <sub> for digits after letters in the
# formulas listed in _EP_FORMULAS.
EP_BLOCKS: list[tuple] = [
    ("pd", "Ester hydrolysis is usually the last step before an amide coupling or the final "
           "deprotection of a target, and it is often treated as a formality. Most failures "
           "are not failures of the reaction at all: the acid is formed but lost in the "
           "work-up, or a second group in the molecule reacts as well. This chapter first gives "
           "the standard conditions and then works through the problems in the order in which "
           "they appear at the bench."),
    ("h2", "s9-1", "9.1 Choosing the conditions"),
    ("p", "Basic hydrolysis (saponification) is irreversible, because the carboxylate that is "
          "formed is no longer attacked by the alcohol; acidic hydrolysis is an equilibrium and "
          "needs a large excess of water and heat. For almost all methyl and ethyl esters the "
          "first choice is lithium hydroxide in a mixture of THF, methanol and water at room "
          "temperature. Table 9.1 lists the alternatives and what each of them is for."),
    ("table", "t9-1", "Table 9.1 Conditions for cleaving esters",
     [["Conditions", "Typical use", "Notes"],
      ["LiOH·H2O (2–5 equiv), THF/MeOH/H2O 3:1:1, rt, 1–16 h", "methyl and ethyl esters",
       "the default; one clear phase"],
      ["NaOH (1–2 M, 2–5 equiv), MeOH or EtOH with water, rt to 60 °C",
       "robust substrates, larger scale", "cheap; sodium salts may precipitate"],
      ["KOTMS (1.5–3 equiv), dry THF, rt, 2–16 h", "base-sensitive or water-insoluble esters",
       "anhydrous; the acid is released in the acidic work-up"],
      ["LiI (5 equiv), pyridine or EtOAc, reflux, 6–24 h", "hindered methyl esters",
       "SN2 attack at the methyl group"],
      ["TFA/CH2Cl2 1:1, rt, 1–4 h", "tert-butyl esters", "add Et3SiH (2 equiv) as a cation "
       "scavenger"],
      ["H2 (1 atm), 10% Pd/C, MeOH or EtOAc, rt", "benzyl esters", "neutral conditions"],
      ["6 M HCl, reflux, 4–24 h", "robust esters, amino acid esters", "harsh; an equilibrium"]]),
    ("h2", "s9-2", "9.2 A standard procedure"),
    ("p", "The following procedure for a methyl ester on a 5 mmol scale works for most "
          "substrates, and the amounts scale linearly."),
    ("ol", ["Dissolve the methyl ester (5.0 mmol) in THF (15 mL) and MeOH (5 mL) in a 100 mL "
            "round-bottomed flask.",
            "Add a solution of LiOH·H2O (630 mg, 15 mmol, 3 equiv) in water (5 mL); the mixture "
            "should form one clear phase.",
            "Stir at room temperature and follow the reaction by LC-MS or TLC every hour.",
            "When the ester has gone, remove the THF and MeOH on the rotary evaporator at 30 °C "
            "or below.",
            "Dilute the aqueous residue with water (20 mL) and wash it with Et2O (2 × 15 mL) to "
            "remove neutral impurities; keep the aqueous phase.",
            "Cool the aqueous phase in ice and acidify it with 1 M HCl to pH 2–3, checking with "
            "indicator paper.",
            "Extract with EtOAc (3 × 20 mL), wash the combined extracts with brine, dry them "
            "over Na2SO4 and concentrate.",
            "If the acid precipitates on acidification, collect it by filtration, wash it with "
            "cold water and dry it under vacuum instead of extracting."]),
    ("p", "The ether wash in step 5 is the cheapest purification in the whole sequence: "
          "unreacted ester, the alcohol from the ester and any neutral by-products leave with "
          "the ether while the carboxylate stays behind.{pb:214} Do not skip it when the crude "
          "acid is to be used without chromatography."),
    ("h2", "s9-3", "9.3 Why three solvents?"),
    ("p", "Lithium hydroxide is insoluble in THF, and most esters are insoluble in water. "
          "Methanol makes the mixture one phase; without it the reaction runs only at the "
          "interface and can take days. An ethyl or benzyl ester in this mixture is first "
          "transesterified to the methyl ester, which does no harm, because the methyl ester is "
          "then hydrolysed in turn. Lithium is preferred to sodium or potassium because lithium "
          "carboxylates and LiOH stay in solution in THF-rich mixtures, and the lithium cation "
          "activates the carbonyl group.{fn:1}"),
    ("p", "TLC of the reaction mixture can mislead: a spot on the baseline may be the lithium "
          "salt of the acid or simply LiOH. To see the free acid on a plate, add 1% acetic acid "
          "to the eluent. LC-MS is more reliable, and the acid usually shows up best in "
          "negative mode as [M–H]–."),
    ("h2", "s9-4", "9.4 Slow or incomplete hydrolysis"),
    ("p", "Esters of tertiary or α,α-disubstituted acids and 2,6-disubstituted benzoates "
          "hydrolyse slowly, because the hydroxide cannot reach the carbonyl carbon. Heating the "
          "standard mixture to 50–60 °C helps up to a point; beyond that the methanol and THF "
          "evaporate and the mixture separates into two phases. Two reagents avoid the problem. "
          "Potassium trimethylsilanolate (KOTMS) is a soluble, anhydrous source of nucleophilic "
          "oxygen that works in dry THF.{fn:2} Lithium iodide cleaves methyl esters by SN2 "
          "attack at the methyl carbon, so the crowding around the carbonyl group does not "
          "matter; it fails for ethyl and larger esters."),
    ("p", "A reaction that stops at 50–70% conversion with LiOH has usually run out of base. "
          "Carboxylic acids elsewhere in the molecule, ammonium salts and acidic NH groups "
          "(sulfonamides, imides) each consume one equivalent. Count them and add one extra "
          "equivalent of LiOH for each."),
    ("p", "Flat aromatic esters are often insoluble in the standard mixture. Dissolve them "
          "first in more THF or a little DMSO, and keep the water content at or above 20% by "
          "volume so that the hydroxide stays in solution."),
    ("figure", "f9-1", "Flow chart of the work-up decisions after a saponification: acidify, "
                       "check the pH, then filter, extract or salt out.",
     "Figure 9.1 Work-up decisions after a saponification."),
    ("h2", "s9-5", "9.5 When something else reacts"),
    ("h3", "Epimerisation"),
    ("p", "Stereocentres α to the ester carbonyl can epimerise through the enolate, especially "
          "in α-aryl and α-amino esters. Use LiOH (1.2–1.5 equiv) at 0 °C and stop as soon as "
          "the ester has gone, and compare the ee or dr of the product with that of the "
          "starting ester. If epimerisation persists, change the protecting-group strategy "
          "rather than the base: a tert-butyl ester (removed with TFA) or a benzyl ester "
          "(removed by hydrogenolysis) never sees hydroxide."),
    ("h3", "Elimination and conjugate addition"),
    ("p", "β-Acyloxy, β-amino and β-sulfonyl esters eliminate under basic conditions to give "
          "α,β-unsaturated acids. Low temperature and short reaction times help, and KOTMS in "
          "THF at 0 °C is often better than aqueous hydroxide.{pb:215} α,β-Unsaturated esters "
          "themselves can add methoxide to the double bond; the by-product is the β-methoxy "
          "acid, 32 mass units heavier than the expected acid. Leave out the methanol and use "
          "THF/water 3:1 with LiOH."),
    ("h3", "Other esters in the molecule"),
    ("p", "Acetates, benzoates and other esters elsewhere in the molecule will be cleaved as "
          "well, acetates usually faster than the methyl ester. tert-Butyl esters, amides and "
          "carbamates such as Boc and Cbz groups survive the standard conditions."),
    ("h3", "β-Keto esters and hydroxy esters"),
    ("p", "Hydroxide attacks the ketone of a β-keto ester as well as the ester group, which "
          "cleaves the carbon chain (a retro-Claisen reaction), and the β-keto acid that does "
          "form loses CO2 easily on acidification or warming. If the β-keto acid is wanted, "
          "hydrolyse at 0 °C, acidify cold and use the acid at once; if the ketone is wanted, "
          "heat the acidified mixture to complete the decarboxylation."),
    ("p", "γ- and δ-Hydroxy acids close to lactones when the aqueous phase is acidified, "
          "sometimes within minutes. Acidify at 0 °C only to pH 4–5 and extract immediately, or "
          "keep the compound as its lithium salt."),
    ("h2", "s9-6", "9.6 Getting the acid out of the water"),
    ("p", "The commonest complaint about ester hydrolysis is that the reaction worked but "
          "nothing is left in the flask. In most cases the acid is still in the aqueous phase. "
          "Check first that the pH really reached 2–3 after acidification: a large excess of "
          "LiOH, or a basic group in the molecule, consumes more HCl than expected. Test the "
          "aqueous phase with indicator paper after each extraction."),
    ("aside", "Check first",
     ["Is the ester really gone? Use LC-MS of the reaction mixture, not TLC alone.",
      "Did the aqueous phase reach pH 2–3 after acidification?",
      "Which phase holds the acid? Keep both phases, and take a sample of each for LC-MS, "
      "until the product is in hand.",
      "How many equivalents of base did other acidic groups consume?"]),
    ("p", "Small and polar acids (fewer than about eight carbon atoms, or with extra OH, NH or "
          "heteroaromatic groups) partition poorly into EtOAc. Saturate the aqueous phase with "
          "NaCl and extract five times with EtOAc or 2-MeTHF, or with CH2Cl2/iPrOH 3:1.{fn:3} If "
          "that fails, evaporate the water and carry the lithium salt into the next step; "
          "lithium carboxylates react well with most amide coupling reagents."),
    ("p", "Amino acids and other zwitterions do not extract at any pH. Adjust the solution to "
          "the isoelectric point, where many of them precipitate, or capture them on an "
          "ion-exchange resin."),
    ("p", "Boc groups survive a brief, cold acidification with 1 M HCl, but not a long contact "
          "at pH 1. Use 1 M KHSO4 or 10% citric acid to reach pH 3–4 instead; both are gentle "
          "enough for Boc groups and tert-butyl esters.{pb:216}"),
    ("h2", "s9-7", "9.7 Troubleshooting at a glance"),
    ("table", "t9-2", "Table 9.2 Symptoms, causes and remedies",
     [["Symptom", "Likely cause", "Remedy"],
      ["Ester still present after 16 h, two liquid phases", "no methanol, or too much water",
       "add MeOH until the mixture is clear"],
      ["Reaction stops at about 50%", "base consumed by acidic groups",
       "one extra equivalent of LiOH per acidic group"],
      ["Hindered ester untouched", "hydroxide cannot reach the carbonyl group",
       "KOTMS in THF, or LiI for methyl esters"],
      ["Product 32 mass units too heavy (unsaturated ester)", "methoxide added to the C=C",
       "THF/water without MeOH"],
      ["Loss of ee at the α-carbon", "enolisation", "LiOH (1.2 equiv) at 0 °C, or a tert-butyl "
       "ester instead"],
      ["Nothing extracted after acidification", "pH not low enough, or the acid is too polar",
       "check the pH, salt out, extract with CH2Cl2/iPrOH 3:1"],
      ["Lactone instead of the hydroxy acid", "acid-catalysed lactonisation during work-up",
       "acidify cold to pH 4–5 and extract at once"],
      ["Ketone instead of the β-keto acid", "decarboxylation", "work cold and use the acid at "
       "once"],
      ["Boc group lost during work-up", "prolonged contact with strong acid",
       "1 M KHSO4 or citric acid to pH 3–4"],
      ["White inorganic solid in the crude acid", "lithium salts carried through",
       "dissolve in EtOAc, filter, wash with water"]]),
    ("h2", "s9-8", "9.8 Acidic conditions"),
    ("p", "tert-Butyl esters are removed with TFA/CH2Cl2 1:1 at room temperature in 1–4 h. The "
          "tert-butyl cation that is released alkylates electron-rich arenes, thioethers and "
          "indoles; add triethylsilane (2 equiv) or anisole as a scavenger. Neat formic acid at "
          "room temperature for 12 h is a milder alternative when other acid-sensitive groups "
          "are present. Simple alkyl esters need 6 M HCl at reflux, which only robust molecules "
          "survive; because acidic hydrolysis is reversible, run it in a large excess of "
          "water."),
    ("h2", "s9-9", "Key terms"),
    ("dl", [("BAc2", "Base-promoted, acyl–oxygen cleavage, bimolecular: the usual mechanism of "
                     "saponification."),
            ("Saponification", "Hydrolysis of an ester by hydroxide; irreversible because the "
                               "carboxylate is formed."),
            ("KOTMS", "Potassium trimethylsilanolate, Me3SiOK, a moisture-sensitive white "
                      "powder."),
            ("Isoelectric point", "The pH at which a zwitterion carries no net charge and is "
                                  "least soluble in water.")]),
]
EP_NOTES = {
    1: "The monohydrate LiOH·H2O (41.96 g/mol) is the usual commercial form. Anhydrous LiOH "
       "(23.95 g/mol) takes up CO2 and water from the air, so weigh the monohydrate unless a "
       "procedure says otherwise.",
    2: "KOTMS takes up water and CO2 quickly. Weigh it fast under nitrogen and close the bottle "
       "at once.",
    3: "A 3:1 mixture of CH2Cl2 and isopropanol is denser than water, so the organic phase is "
       "the lower one.",
}
_EP_FORMULAS = ("LiOH·H2O", "CH2Cl2", "Et3SiH", "Et2O", "Na2SO4", "KHSO4", "CO2", "Me3SiOK",
                "H2O", "H2")


def _ep_hyphenate(word: str) -> str:
    """Insert soft hyphens into long words the way an e-book production tool does (V-CV)."""
    if len(word) < 9 or not word.isalpha():
        return word
    vowels = "aeiouyAEIOUY"
    out = []
    last = 0
    for i in range(3, len(word) - 3):
        if (word[i - 1] in vowels and word[i] not in vowels and word[i + 1] in vowels
                and i - last >= 3):
            out.append(word[last:i])
            last = i
    out.append(word[last:])
    return SHY.join(out)


def _ep_inline(text: str) -> str:
    """Escape, hyphenate, subscript formulas, page breaks and note references."""
    parts = re.split(r"(\{pb:\d+\}|\{fn:\d+\})", text)
    out = []
    for part in parts:
        m = re.fullmatch(r"\{pb:(\d+)\}", part)
        if m:
            out.append(f'<span epub:type="pagebreak" role="doc-pagebreak" id="page_{m.group(1)}" '
                       f'aria-label=" {m.group(1)}. "/>')
            continue
        m = re.fullmatch(r"\{fn:(\d+)\}", part)
        if m:
            n = m.group(1)
            out.append(f'<sup><a epub:type="noteref" role="doc-noteref" href="#fn{n}" '
                       f'id="fnref{n}">{n}</a></sup>')
            continue
        text_out = re.sub(r"[A-Za-z]{9,}", lambda m: _ep_hyphenate(m.group(0)), part)
        text_out = escape(text_out)
        for f in sorted(_EP_FORMULAS, key=len, reverse=True):
            sub = re.sub(r"(?<=[A-Za-z)])(\d+)", r"<sub>\1</sub>", escape(f))
            text_out = text_out.replace(escape(f), sub.replace("<sub>", "\x01").replace(
                "</sub>", "\x02"))
        out.append(text_out.replace("\x01", "<sub>").replace("\x02", "</sub>"))
    return "".join(out)


_EP_CSS_LINK = '<link rel="stylesheet" type="text/css" href="../Styles/stylesheet.css"/>'


def build_epub_html(path: Path) -> None:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<!DOCTYPE html>",
             '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/'
             'ops" lang="en-GB" xml:lang="en-GB">', "<head>", '<meta charset="UTF-8"/>',
             "<title>Chapter 9. Ester hydrolysis</title>", _EP_CSS_LINK,
             '<link rel="stylesheet" type="text/css" href="../Styles/page_styles.css"/>',
             "</head>", '<body epub:type="bodymatter">',
             '<section epub:type="chapter" role="doc-chapter" id="ch09" '
             'aria-labelledby="ch09-title">',
             '<span epub:type="pagebreak" role="doc-pagebreak" id="page_211" '
             'aria-label=" 211. "/>',
             "<header>", '<p class="chapter-number"><span class="label">Chapter</span> 9</p>',
             '<h1 id="ch09-title" class="chapter-title">Ester hydrolysis: when a simple '
             "saponification goes wrong</h1>",
             '<p class="chapter-epigraph"><em>' + _ep_inline(
                 "Nothing is easier than hydrolysing an ester, until the acid refuses to come "
                 "out of the water.") + "</em></p>", "</header>"]
    section_open = False
    for block in EP_BLOCKS:
        kind = block[0]
        if kind == "h2":
            if section_open:
                lines.append("</section>")
            lines.append(f'<section epub:type="subchapter" id="{block[1]}">')
            lines.append(f"<h2>{_ep_inline(block[2])}</h2>")
            section_open = True
        elif kind == "h3":
            lines.append(f'<h3 class="run-in">{_ep_inline(block[1])}</h3>')
        elif kind == "pd":
            text = block[1]
            lines.append(f'<p class="first"><span class="dropcap">{text[0]}</span>'
                         f"{_ep_inline(text[1:])}</p>")
        elif kind == "p":
            lines.append(f'<p class="indent">{_ep_inline(block[1])}</p>')
        elif kind in ("ol", "ul"):
            lines.append(f'<{kind} class="procedure">')
            lines += [f"<li><p>{_ep_inline(item)}</p></li>" for item in block[1]]
            lines.append(f"</{kind}>")
        elif kind == "table":
            _, tid, caption, rows = block
            lines += [f'<table id="{tid}" class="tab">', f"<caption>{_ep_inline(caption)}"
                      "</caption>", "<thead>", "<tr>"]
            lines += [f'<th scope="col">{_ep_inline(c)}</th>' for c in rows[0]]
            lines += ["</tr>", "</thead>", "<tbody>"]
            for row in rows[1:]:
                lines.append("<tr>" + "".join(f"<td>{_ep_inline(c)}</td>" for c in row) + "</tr>")
            lines += ["</tbody>", "</table>"]
        elif kind == "aside":
            _, title, items = block
            lines += ['<aside epub:type="sidebar" role="doc-tip" class="box">',
                      f'<h3 class="box-title">{_ep_inline(title)}</h3>', '<ul class="check">']
            lines += [f"<li>{_ep_inline(item)}</li>" for item in items]
            lines += ["</ul>", "</aside>"]
        elif kind == "figure":
            _, fid, alt, caption = block
            lines += [f'<figure id="{fid}" class="fig">',
                      f'<img src="../Images/{fid}.png" alt="{escape(alt)}"/>',
                      f"<figcaption>{_ep_inline(caption)}</figcaption>", "</figure>"]
        elif kind == "dl":
            lines.append('<dl epub:type="glossary" class="terms">')
            for term, definition in block[1]:
                lines += [f'<dt epub:type="glossterm"><dfn>{_ep_inline(term)}</dfn></dt>',
                          f'<dd epub:type="glossdef">{_ep_inline(definition)}</dd>']
            lines.append("</dl>")
    if section_open:
        lines.append("</section>")
    lines.append('<section epub:type="footnotes" role="doc-endnotes" class="notes">')
    lines.append('<h2 class="notes-title">Notes</h2>')
    for n, text in EP_NOTES.items():
        lines.append(f'<aside epub:type="footnote" role="doc-footnote" id="fn{n}"><p>'
                     f'<a href="#fnref{n}" role="doc-backlink">{n}.</a> {_ep_inline(text)}</p>'
                     "</aside>")
    lines += ["</section>", "</section>", "</body>", "</html>", ""]
    path.write_text("\n".join(lines), encoding="utf-8", newline="\n")
# ---------------------------------------------------------------------------


def visible_strings() -> dict[str, list[str]]:
    """Visible text units per guide stem (PDF and DOCX only)."""
    return {
        Path(IMPRESS_NAME).stem: _imp_units(),
        Path(DOCX_NAME).stem: _lr_units(),
    }


SUFFIXES = {Path(n).stem: Path(n).suffix for n in (IMPRESS_NAME, DOCX_NAME)}
MAN_STEMS = {Path(MAN_NAME).stem}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    paths = [OUT_DIR / SLACK_NAME, OUT_DIR / IMPRESS_NAME, OUT_DIR / MAN_NAME,
             OUT_DIR / DOCX_NAME, OUT_DIR / EPUB_NAME]
    build_slack_html(paths[0])
    build_impress_pdf(paths[1])
    build_man_txt(paths[2])
    build_lawesson_docx(paths[3])
    build_epub_html(paths[4])
    for p in paths:
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
