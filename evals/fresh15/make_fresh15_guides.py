"""Generate the six guides of the fresh15 held-out part deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh15/make_fresh15_guides.py

Writes:
    evals/fresh15/guides/henry-nitroaldol-discourse-thread.html
        a DISCOURSE forum topic saved from the browser ("Webpage, complete"): the Ember page with
        the site header, the sidebar (categories, tags), the topic title with category badges and
        tags, the post stream (one <article> per post: avatar, user names and flair as adjacent
        spans, relative date, the "cooked" post HTML, like counts and Reply buttons), QUOTES as
        <aside class="quote"> (the quoted text appears twice in the page), the discourse-solved
        "Solved by ... in post #4" box in the first post (an excerpt of the solution, again
        duplicated), a WIKI post with a summary table, a time gap, a small-action post, @mentions,
        an onebox link preview, the topic map (views, likes, users), the timeline, the "Suggested
        Topics" table, a hovered USER CARD left in the DOM, and the whole topic once more as
        HTML-escaped JSON inside the data-preloaded attribute.
    evals/fresh15/guides/vacuum-filtration-wordpress-chrome-print.pdf
        a WORDPRESS blog post with its comments PRINTED TO PDF FROM CHROME ("Save as PDF" with
        headers and footers; reportlab, A4, DejaVu Sans embedded, creator a Chrome user agent,
        producer "Skia/PDF m124"): on every page Chrome's date/time and page title at the top and
        the post URL and "n/7" at the bottom; the printed site header and menu, the post title,
        the byline, the body (headings, paragraphs broken across pages, bullet lists, a table
        with borders, a pull quote), tags, share and "Like" widgets, related posts, the author
        box, post navigation, the comment list with NESTED REPLIES (indented, "says:", dates,
        "Reply"), the "Leave a Reply" form and the theme footer.
    evals/fresh15/guides/gas-cylinders-regulators-altchunk.docx
        a Word SOP ASSEMBLED BY A DOCUMENT-MANAGEMENT SYSTEM (raw WordprocessingML, no
        python-docx): a native title, document-control table, purpose and scope, emergency and
        revision-history sections, a header and a footer - and between them five w:altChunk
        elements that import HTML PARTS (word/afchunk1.htm ... afchunk5.htm, relationship type
        aFChunk): the hazards, storage, regulator, procedure, leak-test, changeover and
        troubleshooting sections exist only as HTML inside the package (one chunk in
        windows-1252), so a reader of word/document.xml or python-docx sees none of them.
    evals/fresh15/guides/michaelis-arbuzov-jekyll-kramdown.md
        the SOURCE of a page of a group wiki built with JEKYLL and the Just the Docs theme:
        YAML front matter (layout, parent, grand_parent, nav_order, a scale variable), kramdown
        block IALs ({: .note }, {: .warning }, {: .no_toc }, {: .text-delta }, {:toc}), Liquid
        tags ({% include %} with parameters, {% capture %}, {% if %}, {% comment %} with an
        outdated note, {{ page.* }} and {{ site.data.* }} variables), kramdown footnotes,
        abbreviations (*[HWE]: ...), definition lists, a table with a table IAL, <details
        markdown="block"> troubleshooting, math in $$ ... $$ and a {% highlight %} block.
    evals/fresh15/guides/parallel-reaction-station-zendesk-csv.csv
        a vendor HELP-CENTRE export (Zendesk Guide articles) as a COMMA-separated CSV: a header
        row with the API field names, one article per row, the article BODY AS HTML in one cell
        (paragraphs, headings, lists, tables, callout divs, inline styles pasted from a word
        processor, &nbsp; and &deg; entities), doubled quotes inside quoted cells, bare LF
        inside cells and CRLF between rows, label lists, ISO timestamps, a DRAFT row with
        outdated values and a German (de) translation row.
    evals/fresh15/guides/mannich-reaction-word-plain-text.txt
        a Word SOP SAVED AS PLAIN TEXT (UTF-8 with BOM, CRLF): one line per paragraph (no
        wrapping), the TOC field result as "number TAB title TAB page" lines, multilevel heading
        numbers written as text followed by a tab, list numbers and BULLETS AS WORD WRITES THEM
        ("1.", "a)", "•", "o", "§" each followed by a tab), TABLES AS TAB-SEPARATED ROWS (a cell
        with two paragraphs breaks its row over two lines), footnote reference numbers glued to
        the text and the footnotes after a rule at the end.

The text of every guide is held in this script.  visible_strings() returns the text units of the
DOCX (one string per native paragraph and per HTML block of the chunks) and of the PDF (one
string per drawn line); the other layouts are split into units by the verifier.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
import zipfile
from pathlib import Path

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


def _hex(seed: str, n: int) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n].upper()


def _x(text: str) -> str:
    return html.escape(text, quote=False)


def _zip(members: list[tuple[str, bytes]], date: tuple[int, ...]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return out.getvalue()


def _oneline(s: str) -> str:
    """Collapse the source line breaks of a hand-written HTML fragment; keep one line per block."""
    s = re.sub(r"\s*\n\s*", " ", s.strip())
    s = re.sub(r"\s+(</(?:p|li|td|th|h\d)>)", r"\1", s)
    s = re.sub(r"(<(?:p|li|td|th|h\d)(?: [^>]*)?>)\s+", r"\1", s)
    return re.sub(r"(</(?:p|ul|ol|li|table|thead|tbody|tr|aside|blockquote|h\d|div)>)\s*", "\\1\n", s).strip()


# ---------------------------------------------------------------------------
# 1. Discourse forum topic saved from the browser: the Henry (nitroaldol) reaction

HNY_NAME = "henry-nitroaldol-discourse-thread.html"
HNY_SITE = "ChemBench Community"
HNY_HOST = "https://forum.chembench.example.org"
HNY_TOPIC_ID = 48213
HNY_SLUG = "henry-nitroaldol-reaction-stalls-at-50-and-reverses-on-work-up"
HNY_TITLE = "Henry (nitroaldol) reaction stalls at ~50 % and reverses on work-up – what am I doing wrong?"
HNY_TAGS = ["henry-reaction", "nitroaldol", "work-up", "safety"]
HNY_USERS = {
    "mkowalski": ("Marta Kowalski", "PhD student", 5),
    "felix_h": ("Felix Hartmann", "Process chemist", 41),
    "dr_ananya": ("Ananya Raman", "Group leader", 17),
    "j_okafor": ("Joseph Okafor", "Postdoc", 28),
    "lucia_r": ("Lucía Romero", "PhD student", 9),
    "b_nwosu": ("Blessing Nwosu", "Safety advisor", 33),
    "rpatel": ("Rohan Patel", "", 2),
    "tomasz_b": ("Tomasz Baran", "Research technician", 12),
}

# (post number, user, ISO time, relative date, likes, reply-to post, flags, cooked HTML)
HNY_POSTS: list[tuple[int, str, str, str, int, int, str, str]] = [
    (1, "mkowalski", "2025-03-03T14:12:00Z", "Mar 3", 2, 0, "solved-box", """
<p>Hi all, I am running a Henry reaction between 4-chlorobenzaldehyde and nitromethane to get
1-(4-chlorophenyl)-2-nitroethanol, and it never goes past about 50 % conversion by TLC.</p>
<p>Conditions: aldehyde (1.41 g, 10 mmol), nitromethane (1.6 mL, 30 mmol, 3 equiv) and Et<sub>3</sub>N
(0.28 mL, 2 mmol, 0.2 equiv) in THF (20 mL) at room temperature for 24 h. Work-up: poured into saturated
NaHCO<sub>3</sub>, extracted with EtOAc, rotavap with the bath at 45 °C.</p>
<p>What is weird: the crude <sup>1</sup>H NMR shows MORE aldehyde than the TLC suggested before the
work-up, and there are yellow needles in the flask (mp about 110 °C).</p>
<p>Things I tried:</p>
<ul>
<li>48 h instead of 24 h: no change</li>
<li>1 equiv of Et<sub>3</sub>N: more of the yellow stuff</li>
<li>warming to 50 °C: worse on both counts</li>
</ul>
<p>Any ideas? <img src="./henry_files/thinking.png" title=":thinking:" class="emoji" alt=":thinking:"
loading="lazy" width="20" height="20"></p>
"""),
    (2, "felix_h", "2025-03-03T15:02:00Z", "Mar 3", 6, 0, "", """
<p>Three things are hurting you, and they are really the same thing: the Henry reaction is an
equilibrium.</p>
<ol>
<li>3 equiv of nitromethane in dilute THF is not enough to push it. For aryl aldehydes the equilibrium
constant is modest, and about 50 % is where it sits under your conditions. Use 5–10 equiv of
nitromethane, or run it neat.</li>
<li>Your work-up is basic. NaHCO<sub>3</sub>, plus the Et<sub>3</sub>N still in the flask, plus 45 °C
on the rotavap gives you the retro-Henry reaction. The nitro alcohol falls apart into aldehyde and
nitromethane, the nitromethane leaves in the rotavap and cannot come back. That is why you see more
aldehyde after the work-up than before it.</li>
<li>Warm plus more base means dehydration. Your yellow needles are almost certainly the nitroolefin,
1-chloro-4-(2-nitrovinyl)benzene.</li>
</ol>
<p>Quench with acid before you concentrate anything: 1 M HCl until the aqueous layer is at pH 3–4, or
acetic acid (2 equiv relative to the base) if the molecule has acid-sensitive groups. Keep the rotavap
bath at 30 °C or below.</p>
"""),
    (3, "mkowalski", "2025-03-03T16:40:00Z", "Mar 3", 1, 2, "", """
<aside class="quote no-group" data-username="felix_h" data-post="2" data-topic="48213">
<div class="title"><div class="quote-controls"></div><img loading="lazy" alt="" width="24" height="24"
src="./henry_files/felix_h_48.png" class="avatar"> felix_h:</div>
<blockquote><p>Your work-up is basic.</p></blockquote>
</aside>
<p>Oh. I never thought of bicarbonate as a base in this sense. So the pH of the work-up matters more
than the reaction time? And is Et<sub>3</sub>N even the right base here?</p>
"""),
    (4, "dr_ananya", "2025-03-04T09:15:00Z", "Mar 4", 11, 3, "solution", """
<p><a class="mention" href="/u/mkowalski">@mkowalski</a> this is the procedure we use in my group for
aryl aldehydes. It has worked for about 30 substrates so far.</p>
<p><strong>Henry reaction, 10 mmol scale (aryl aldehydes)</strong></p>
<ol>
<li>Dissolve the aldehyde (10.0 mmol) in nitromethane (5.4 mL, 100 mmol, 10 equiv). No other solvent;
for poorly soluble aldehydes add up to 5 mL of THF.</li>
<li>Cool to 0 °C in an ice bath under nitrogen.</li>
<li>Add 1,1,3,3-tetramethylguanidine (TMG, 0.13 mL, 1.0 mmol, 0.1 equiv) dropwise over 2 min. A pale
yellow colour is normal; deep yellow-orange means dehydration is starting, so keep it cold.</li>
<li>Stir at 0 °C and check by TLC every 30 min (hexane–EtOAc 3:1: aldehyde R<sub>f</sub> 0.6, nitro
alcohol R<sub>f</sub> 0.3, the nitroolefin R<sub>f</sub> 0.7 and bright yellow on the plate). Most aryl
aldehydes are done in 1–3 h.</li>
<li>Quench at 0 °C with 1 M HCl (2 mL), then dilute with EtOAc (30 mL) and water (20 mL).</li>
<li>Separate, wash the organic layer with water and brine, and dry it over Na<sub>2</sub>SO<sub>4</sub>.</li>
<li>Concentrate with the bath at 30 °C or below. It takes a while, because nitromethane boils at
101 °C; be patient rather than turning up the bath.</li>
</ol>
<p>Typical result: 85–92 % of the nitro alcohol as a pale yellow oil that often solidifies in the
fridge, more than 95 % pure by NMR and good enough for most next steps.</p>
<p>Why TMG and not Et<sub>3</sub>N: TMG deprotonates nitromethane fast at 0 °C, so the addition is
over before the elimination gets going. Et<sub>3</sub>N at room temperature is slow, so you give the
dehydration 24 h to happen.</p>
<p>Electron-poor aldehydes (4-nitro, 4-cyano, 2-chloro) are fast, often under 1 h, and the most
prone to dehydration. Electron-rich ones (4-methoxy, 4-dimethylamino) are slow and stop at lower
conversion: give them more time at 0 °C rather than warming them up.</p>
"""),
    (5, "mkowalski", "2025-03-04T17:30:00Z", "Mar 4", 3, 4, "", """
<p>Ran it this afternoon exactly like that: complete after 1.5 h, 88 % after work-up, and no yellow
needles. Marked as the solution. Thank you! <img src="./henry_files/tada.png" title=":tada:"
class="emoji" alt=":tada:" loading="lazy" width="20" height="20"></p>
"""),
    (6, "j_okafor", "2025-03-06T11:05:00Z", "Mar 6", 5, 2, "gap:2 days later", """
<p>Since people keep asking about the yellow by-product in this thread: it is the elimination product,
the conjugated nitroolefin. You get it when the reaction runs warm or long, when you use a full
equivalent of base or a hydroxide base, or when you concentrate the crude with acid or base still in it
and heat it.</p>
<p>If you <em>want</em> the nitroolefin, do not fight it:</p>
<ul>
<li>One pot: aldehyde, nitromethane (3–5 equiv) and ammonium acetate (1 equiv) in acetic acid at
100 °C for 2–6 h.</li>
<li>Two steps (milder): make the nitro alcohol as above, then MsCl (1.2 equiv) and Et<sub>3</sub>N
(2.5 equiv) in CH<sub>2</sub>Cl<sub>2</sub> at 0 °C for 30 min.</li>
</ul>
<p>Nitroolefins are strong Michael acceptors, lachrymators and skin irritants. Gloves, fume cupboard,
and do not leave them lying around on the balance.</p>
"""),
    (7, "lucia_r", "2025-03-07T08:47:00Z", "Mar 7", 1, 0, "", """
<p>Related question: I use nitroethane instead of nitromethane with benzaldehyde and get a 1:1 mixture
of diastereomers that changes with time. Is that normal?</p>
"""),
    (8, "felix_h", "2025-03-07T10:20:00Z", "Mar 7", 4, 7, "", """
<p><a class="mention" href="/u/lucia_r">@lucia_r</a> yes, for two reasons. The C–C bond formation itself
is barely selective with simple bases, and the carbon carrying the nitro group is acidic, so under the
basic conditions the product epimerises there (and the retro-Henry scrambles it further). The ratio you
isolate depends on time and work-up: quench early and cold.</p>
<p>You can read the ratio from the <sup>1</sup>H NMR: the CH(OH) doublet of the anti isomer has
J ≈ 8–9 Hz, the syn isomer J ≈ 3–4 Hz. If you need one diastereomer reliably you need a
catalyst-controlled asymmetric Henry reaction, and that is a different thread.</p>
"""),
    (9, "b_nwosu", "2025-03-08T13:30:00Z", "Mar 8", 9, 0, "staff", """
<p><strong>Moderator note on safety</strong>, because this thread is getting a lot of views:</p>
<ul>
<li>Nitromethane is a flammable liquid (flash point 35 °C) and an energetic material. It can detonate
under shock or strong confinement, and it is sensitised by amines, bases and some metal oxides.</li>
<li>Never store nitromethane mixed with amines or other bases. Make the mixture, use it, quench it.</li>
<li>Never isolate or dry nitronate salts, for example the sodium salt that forms with NaOH. Dry metal
nitronates are shock-sensitive. Always acidify them in solution at 0 °C.</li>
<li>Do not heat nitromethane with base in a closed vessel, and do not distil nitromethane residues to
dryness.</li>
<li>Above 20 mL of nitromethane per run you need a written risk assessment and a thermal screen of the
reaction mixture from the safety group before you start. Adding the base is exothermic: on scale, add it
slowly at 0 °C with an internal thermometer.</li>
<li>Quenched, acidic Henry residues go into the halogen-free organic waste. Never combine nitromethane
waste with amine waste.</li>
</ul>
"""),
    (10, "rpatel", "2025-03-11T19:02:00Z", "Mar 11", 0, 0, "", """
<p>What about ketones? I tried cyclohexanone with nitromethane and Et<sub>3</sub>N and got nothing after
3 days.</p>
"""),
    (11, "dr_ananya", "2025-03-12T08:10:00Z", "Mar 12", 3, 10, "", """
<p>Ketones are much poorer substrates: the equilibrium lies on the side of the starting materials and
the tertiary nitro alcohol reverts easily. Expect low conversion whatever you do. What sometimes works
is nitromethane as the solvent, 0.2–0.5 equiv of TMG and several days at room temperature, followed by
a cold acidic work-up. Honestly, for most ketones I would look for another route.</p>
<p>Enolisable aliphatic aldehydes are in between: self-aldol condensation competes. Use catalytic TMG at
0 °C (not NaOH), add the aldehyde slowly to the nitromethane and base, and keep the reaction time
short.</p>
"""),
    (12, "mkowalski", "2025-03-14T12:00:00Z", "Mar 14", 8, 0, "wiki", """
<p><strong>Summary of this thread</strong> (wiki post: anyone with trust level 1 can edit it)</p>
<div class="md-table">
<table>
<thead><tr><th>Symptom</th><th>Likely cause</th><th>What to do</th></tr></thead>
<tbody>
<tr><td>Stalls at 40–60 % conversion</td><td>Equilibrium; too little nitromethane</td>
<td>10 equiv of nitromethane or neat; do not heat</td></tr>
<tr><td>More aldehyde after work-up than before</td><td>Retro-Henry during a basic or hot work-up</td>
<td>Acid quench (1 M HCl to pH 3–4); bath at 30 °C or below</td></tr>
<tr><td>Yellow needles, new spot above the product</td><td>Dehydration to the nitroolefin</td>
<td>0 °C, 0.1 equiv TMG, short time, acid quench</td></tr>
<tr><td>Dark red-brown mixture, baseline material on TLC</td><td>Too much base; the nitroolefin
polymerises</td><td>Less base, colder; start again</td></tr>
<tr><td>Aliphatic aldehyde gives a mess</td><td>Self-aldol condensation</td><td>Add the aldehyde slowly;
catalytic TMG at 0 °C</td></tr>
<tr><td>Diastereomer ratio drifts</td><td>Epimerisation next to the nitro group</td><td>Quench early and
cold</td></tr>
<tr><td>Product falls apart on the column</td><td>Retro-Henry on silica during a long column</td><td>Short
plug, or use the crude</td></tr>
<tr><td>Nitro alcohol turns yellow in storage</td><td>Slow dehydration</td><td>Store at 2–8 °C under
nitrogen; use within 2 weeks</td></tr>
<tr><td>No reaction at all</td><td>Inactive base: an old TMG bottle that has taken up CO<sub>2</sub> and
water</td><td>Fresh bottle; store it under nitrogen</td></tr>
</tbody>
</table>
</div>
"""),
    (13, "tomasz_b", "2025-03-20T15:44:00Z", "Mar 20", 4, 12, "", """
<p>Purification tip: these nitro alcohols streak on silica, and long columns lost me about 10 % of the
material. I now run a short plug (hexane–EtOAc 4:1, then 2:1) and recovery is fine.</p>
<p>Also: do not leave the product in CDCl<sub>3</sub> overnight. Old, slightly acidic
CDCl<sub>3</sub> turned mine yellow by the next morning; filter the CDCl<sub>3</sub> through basic
alumina or run the spectrum straight away.</p>
<aside class="onebox allowlistedgeneric" data-onebox-src="https://www.organic-chemistry.example.org/namedreactions/henry-reaction.shtm">
<header class="source"><a href="https://www.organic-chemistry.example.org/namedreactions/henry-reaction.shtm"
target="_blank" rel="noopener nofollow ugc">organic-chemistry.example.org</a></header>
<article class="onebox-body"><h3><a href="https://www.organic-chemistry.example.org/namedreactions/henry-reaction.shtm"
target="_blank" rel="noopener nofollow ugc">Henry Reaction</a></h3>
<p>Mechanism, recent literature and selected examples of the nitroaldol reaction.</p></article>
</aside>
"""),
]

HNY_SUGGESTED = [
    ("Knoevenagel condensation turns black above 5 g", "Reactions", 6, "540", "Feb 12"),
    ("Bumping when removing nitromethane on the rotavap", "Techniques", 3, "811", "Jan 30"),
    ("Best TLC stain for nitro compounds?", "Techniques", 9, "1.9k", "Dec '24"),
    ("Storing aldehydes: do I really need to distil benzaldehyde every time?", "Reactions", 12, "3.1k",
     "Nov '24"),
]


def _hny_time_ms(iso: str) -> int:
    import calendar
    import time

    return calendar.timegm(time.strptime(iso, "%Y-%m-%dT%H:%M:%SZ")) * 1000


def _hny_title_attr(iso: str) -> str:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{int(iso[8:10])} {months[int(iso[5:7]) - 1]} {iso[:4]} {iso[11:16]}"


def _hny_svg(icon: str) -> str:
    return (f'<svg class="fa d-icon d-icon-{icon} svg-icon svg-string" xmlns="http://www.w3.org/2000/svg">'
            f'<use href="#{icon}"></use></svg>')


def _hny_avatar(user: str, size: int = 48) -> str:
    return (f'<img loading="lazy" width="{size}" height="{size}" src="./henry_files/{user}_{size}.png" '
            f'class="avatar" title="{user}" aria-label="{user}" alt="">')


def _hny_post(post: tuple) -> str:
    n, user, iso, rel, likes, reply_to, flags, cooked = post
    name, flair, _ = HNY_USERS[user]
    cooked = _oneline(cooked)
    classes = ["topic-post", "clearfix", "regular"]
    if user == "mkowalski":
        classes.insert(2, "topic-owner")
    if flags == "solution":
        classes.append("accepted-answer")
    if flags == "staff":
        classes.append("moderator")
    if flags == "wiki":
        classes.append("wiki")
    out = []
    if flags.startswith("gap:"):
        out.append('<div class="time-gap small-action"><div class="topic-avatar"></div>'
                   f'<div class="small-action-desc timegap">{_x(flags[4:])}</div></div>')
    reply_tab = ""
    if reply_to:
        ru = HNY_POSTS[reply_to - 1][1]
        reply_tab = (f'<a class="reply-to-tab" href="/t/{HNY_SLUG}/{HNY_TOPIC_ID}/{reply_to}" tabindex="0" '
                     f'title="jump to the post this replies to">{_hny_svg("share")}{_hny_avatar(ru, 24)}'
                     f"<span>{ru}</span></a>")
    solved_box = ""
    if flags == "solved-box":
        sol = _oneline(HNY_POSTS[3][7])
        excerpt = re.search(r"<p><strong>(.*?)</strong></p>", sol).group(1)
        solved_box = (f'<aside class="quote accepted-answer title-only accepted-answer-expanded" data-post="4" '
                      f'data-topic="{HNY_TOPIC_ID}" data-expanded="true"><div class="title"><div '
                      f'class="accepted-answer--solver-accepter"><div class="accepted-answer--solver">'
                      f'{_hny_svg("square-check")}Solved by <a href="/u/dr_ananya" data-user-card="dr_ananya">'
                      f'dr_ananya</a> in <a href="/t/{HNY_SLUG}/{HNY_TOPIC_ID}/4">post #4</a></div></div>'
                      f'<div class="quote-controls"></div></div><blockquote>'
                      f'<p><a class="mention" href="/u/mkowalski">@mkowalski</a> this is the procedure we use '
                      f"in my group for aryl aldehydes.</p><p>{excerpt}</p></blockquote></aside>")
    edited = ""
    if flags == "wiki":
        edited = (f'<div class="post-info wiki" title="this post is a wiki">{_hny_svg("far-pen-to-square")}'
                  '</div><div class="post-info edits"><button class="widget-button btn-flat has-icon" '
                  f'title="post last edited Mar 21">{_hny_svg("pencil")}<span class="d-button-label">4'
                  "</span></button></div>")
    like_label = f"{likes} people liked this post" if likes != 1 else "1 person liked this post"
    likes_btn = ""
    if likes:
        likes_btn = (f'<button class="widget-button btn-flat button-count like-count highlight-action '
                     f'regular-likes btn-icon-text" title="{like_label}"><span class="d-button-label">{likes}'
                     "</span></button>")
    solution_btn = ""
    if flags == "solution":
        solution_btn = (f'<button class="widget-button btn-flat post-action-menu__solved accepted fade-out '
                        f'btn-icon-text" title="This reply has been marked as the solution">'
                        f'{_hny_svg("square-check")}<span class="d-button-label">Solution</span></button>')
    replies = {2: 2, 4: 1, 7: 1, 10: 1, 12: 1}.get(n, 0)
    replies_btn = ""
    if replies:
        replies_btn = (f'<button class="widget-button btn-flat show-replies btn-icon-text" aria-expanded="false">'
                       f'<span class="d-button-label">{replies} Repl{"y" if replies == 1 else "ies"}</span>'
                       f'{_hny_svg("chevron-down")}</button>')
    badge = ""
    if flags == "staff":
        badge = f'<span class="svg-icon-title" title="This user is a moderator">{_hny_svg("shield-halved")}</span>'
    flair_html = f'<span class="user-title">{_x(flair)}</span>' if flair else ""
    out.append(
        f'<div class="{" ".join(classes)}" data-post-number="{n}">'
        f'<article id="post_{n}" aria-label="post #{n} by @{user}" role="region" data-post-id="{193400 + n * 7}" '
        f'data-topic-id="{HNY_TOPIC_ID}" data-user-id="{HNY_USERS[user][2] * 37}" class="boxed onscreen-post">'
        f'<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card '
        f'main-avatar" href="/u/{user}" data-user-card="{user}" aria-hidden="true">{_hny_avatar(user)}</a>'
        f'</div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">'
        f'<div class="names trigger-user-card"><span class="first username{" staff moderator" if badge else ""}">'
        f'<a href="/u/{user}" data-user-card="{user}">{user}</a>{badge}</span><span class="second full-name">'
        f'<a href="/u/{user}" data-user-card="{user}">{_x(name)}</a></span>{flair_html}</div>'
        f'<div class="post-infos">{reply_tab}{edited}<div class="post-info post-date"><a class="post-date" '
        f'href="/t/{HNY_SLUG}/{HNY_TOPIC_ID}/{n}" data-share-url="/t/{HNY_SLUG}/{HNY_TOPIC_ID}/{n}" '
        f'data-post-number="{n}"><span title="{_hny_title_attr(iso)}" data-time="{_hny_time_ms(iso)}" '
        f'class="relative-date">{rel}</span></a></div><div class="read-state read" title="Post is read">'
        f'{_hny_svg("circle")}</div></div></div>'
        f'<div class="regular contents"><div class="cooked">\n{solved_box}{cooked}\n</div>'
        f'<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">'
        f'<div class="double-button">{likes_btn}<button class="widget-button btn-flat toggle-like like btn-icon" '
        f'title="like this post">{_hny_svg("far-heart")}</button></div>{solution_btn}'
        f'<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to '
        f'clipboard">{_hny_svg("d-post-share")}</button><button class="widget-button btn-flat reply create '
        f'fade-out btn-icon-text" title="begin composing a reply to this post">{_hny_svg("reply")}'
        f'<span class="d-button-label">Reply</span></button></div>{replies_btn}</nav></section></div>'
        f'<section class="post-actions"></section><div class="post-links-container"></div></div></div>'
        f"</article></div>")
    return "\n".join(out)


def _hny_preloaded() -> str:
    posts = []
    for n, user, iso, _rel, likes, reply_to, flags, cooked in HNY_POSTS:
        posts.append({"id": 193400 + n * 7, "username": user, "name": HNY_USERS[user][0], "created_at": iso,
                      "cooked": _oneline(cooked), "post_number": n, "reply_to_post_number": reply_to or None,
                      "reads": 240 - n * 9, "wiki": flags == "wiki", "accepted_answer": flags == "solution",
                      "actions_summary": [{"id": 2, "count": likes}] if likes else []})
    topic = {"post_stream": {"posts": posts, "stream": [p["id"] for p in posts]}, "id": HNY_TOPIC_ID,
             "title": HNY_TITLE, "fancy_title": HNY_TITLE, "posts_count": len(HNY_POSTS) + 1,
             "views": 2417, "like_count": 57, "tags": HNY_TAGS, "category_id": 12, "closed": True,
             "has_accepted_answer": True, "accepted_answer": {"post_number": 4, "username": "dr_ananya"}}
    site = {"default_archetype": "regular", "notification_types": {"mentioned": 1, "replied": 2}}
    data = {"site": json.dumps(site, sort_keys=True), f"topic_{HNY_TOPIC_ID}": json.dumps(topic, sort_keys=True)}
    return html.escape(json.dumps(data, sort_keys=True), quote=True)


def hny_html() -> str:
    url = f"{HNY_HOST}/t/{HNY_SLUG}/{HNY_TOPIC_ID}"
    side_cats = [("Reactions", 412), ("Techniques", 288), ("Instruments", 131), ("Safety", 96), ("Site feedback", 14)]
    side_tags = ["work-up", "scale-up", "chromatography", "safety", "nmr", "henry-reaction"]
    sidebar = ['<div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">'
               '<div class="sidebar-sections"><div class="sidebar-section" data-section-name="community">'
               '<div class="sidebar-section-header-wrapper"><button class="sidebar-section-header">'
               '<span class="sidebar-section-header-text">Community</span></button></div><ul '
               'class="sidebar-section-content"><li class="sidebar-section-link-wrapper"><a '
               'class="sidebar-section-link" href="/latest"><span class="sidebar-section-link-content-text">'
               'Topics</span></a></li><li class="sidebar-section-link-wrapper"><a class="sidebar-section-link" '
               'href="/u"><span class="sidebar-section-link-content-text">Users</span></a></li><li '
               'class="sidebar-section-link-wrapper"><a class="sidebar-section-link" href="/about">'
               '<span class="sidebar-section-link-content-text">About</span></a></li></ul></div>'
               '<div class="sidebar-section" data-section-name="categories"><div '
               'class="sidebar-section-header-wrapper"><button class="sidebar-section-header"><span '
               'class="sidebar-section-header-text">Categories</span></button></div><ul '
               'class="sidebar-section-content">']
    for cat, count in side_cats:
        slug = cat.lower().replace(" ", "-")
        sidebar.append(f'<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link" href="/c/{slug}">'
                       f'<span class="sidebar-section-link-content-text">{cat}</span><span '
                       f'class="sidebar-section-link-content-badge">{count}</span></a></li>')
    sidebar.append('</ul></div><div class="sidebar-section" data-section-name="tags"><div '
                   'class="sidebar-section-header-wrapper"><button class="sidebar-section-header"><span '
                   'class="sidebar-section-header-text">Tags</span></button></div><ul class="sidebar-section-content">')
    for tag in side_tags:
        sidebar.append(f'<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link" href="/tag/{tag}">'
                       f'<span class="sidebar-section-link-content-text">{tag}</span></a></li>')
    sidebar.append("</ul></div></div></section></div>")
    tags = "".join(f'<a href="/tag/{t}" data-tag-name="{t}" class="discourse-tag simple">{t}</a>' for t in HNY_TAGS)
    posts = "\n".join(_hny_post(p) for p in HNY_POSTS)
    closed = ('<div class="small-action onscreen-post" data-post-number="14"><div class="topic-avatar">'
              f'{_hny_svg("lock")}</div><div class="small-action-desc"><div class="small-action-contents">'
              '<p>This topic was automatically closed 30 days after the last reply. New replies are no longer '
              'allowed.</p></div></div></div>')
    topic_map = ('<div class="topic-map --op"><section class="topic-map__contents"><div '
                 'class="topic-map__stats"><button class="topic-map__likes-trigger"><span class="number">57</span>'
                 '<span class="topic-map__stat-label">likes</span></button><button class="topic-map__links-trigger">'
                 '<span class="number">1</span><span class="topic-map__stat-label">link</span></button>'
                 '<button class="topic-map__users-trigger"><span class="number">8</span><span '
                 'class="topic-map__stat-label">users</span></button><div class="topic-map__views"><span '
                 'class="number">2.4k</span><span class="topic-map__stat-label">views</span></div></div>'
                 '<div class="topic-map__additional-contents"><div class="summarization-buttons"><button '
                 f'class="btn btn-primary topic-strategy-summarization">{_hny_svg("discourse-sparkles")}<span '
                 'class="d-button-label">Summarize</span></button></div></div></section></div>')
    timeline = ('<div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper">'
                '<a class="start-date" title="Jump to the first post">Mar 3</a></div><div class="timeline-scrollarea">'
                '<div class="timeline-padding"></div><div class="timeline-scroller"><div class="timeline-handle">'
                '</div><div class="timeline-scroller-content"><div class="timeline-replies">4 / 14</div>'
                '<div class="timeline-ago">Mar 2025</div></div></div></div><div class="timeline-date-wrapper">'
                '<a class="now-date" title="Jump to the last post">Apr 19</a></div></div></div>')
    rows = []
    for title, cat, n_rep, views, act in HNY_SUGGESTED:
        rows.append(f'<tr class="topic-list-item"><td class="main-link topic-list-data"><span class="link-top-line">'
                    f'<a href="/t/{_hex(title, 6).lower()}" class="title raw-link raw-topic-link">{_x(title)}</a>'
                    f'</span><div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/'
                    f'{cat.lower()}"><span class="badge-category__name">{cat}</span></a></div></td>'
                    f'<td class="num posts-map posts topic-list-data">{n_rep}</td><td class="num views '
                    f'topic-list-data">{views}</td><td class="num topic-list-data age activity">{act}</td></tr>')
    suggested = ('<div class="more-topics__container"><div class="more-topics__lists"><div '
                 'class="more-topics__list" role="complementary" aria-labelledby="suggested-topics-title">'
                 '<h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3>'
                 '<div class="topic-list-container"><table class="topic-list"><thead class="topic-list-header">'
                 '<tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">'
                 'Views</th><th class="activity num">Activity</th></tr></thead><tbody class="topic-list-body">'
                 + "".join(rows) + '</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? '
                 'Browse other topics in <a href="/c/reactions" class="badge-category__wrapper"><span '
                 'class="badge-category__name">Reactions</span></a> or <a href="/latest">view latest topics</a>.'
                 "</h3></div></div></div>")
    user_card = ('<div id="user-card" class="user-card show show-badges user-card-felix_h" aria-labelledby='
                 '"discourse-user-card-title" style="left: 412px; top: 630px;"><div class="card-content">'
                 '<div class="user-card-avatar"><a class="card-huge-avatar" href="/u/felix_h">'
                 + _hny_avatar("felix_h", 120) + '</a></div><div class="names"><span class="first username">'
                 '<a href="/u/felix_h" id="discourse-user-card-title">felix_h</a></span><h2 class="full-name">'
                 'Felix Hartmann</h2><h3 class="user-title">Process chemist</h3></div><div '
                 'class="location-and-website"><span class="location">' + _hny_svg("location-dot")
                 + '<span>Basel</span></span></div><div class="card-row metadata-row"><div class="metadata">'
                 '<h3><span class="desc">Joined</span> <span class="relative-date">Jun \'19</span></h3><h3>'
                 '<span class="desc">Posts</span> 1.1k</h3><h3><span class="desc">Solutions</span> 87</h3></div>'
                 '</div><div class="card-row"><div class="bio"><p>Scale-up and process safety. Opinions are my own.'
                 '</p></div></div></div></div>')
    head = (f'<!DOCTYPE html>\n<!-- saved from url=(0{len(url):03d}){url} -->\n<html lang="en" class="desktop-view '
            'not-mobile-device text-size-normal no-touch discourse-no-touch anon"><head><meta http-equiv='
            '"Content-Type" content="text/html; charset=UTF-8">\n'
            f"<title>{_x(HNY_TITLE)} - Reactions - {HNY_SITE}</title>\n"
            '<meta name="description" content="Hi all, I am running a Henry reaction between 4-chlorobenzaldehyde '
            'and nitromethane …">\n<meta name="generator" content="Discourse 3.3.2 - '
            'https://github.com/discourse/discourse version 2c9f3ab1e4c0e0c7a2f3bd1a5c0e8b5d2e0a7c41">\n'
            f'<link rel="canonical" href="{url}">\n<meta property="og:site_name" content="{HNY_SITE}">\n'
            f'<meta property="og:title" content="{_x(HNY_TITLE)}">\n<meta property="og:url" content="{url}">\n'
            '<meta property="article:published_time" content="2025-03-03T14:12:00+00:00">\n'
            '<link rel="stylesheet" href="./henry_files/desktop_7c1d2e3f.css" data-target="desktop">\n'
            '<link rel="stylesheet" href="./henry_files/discourse-solved_4a1b.css" data-target="discourse-solved">\n'
            '<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",'
            f'"headline":{json.dumps(HNY_TITLE)},"datePublished":"2025-03-03T14:12:00Z","author":{{"@type":"Person",'
            '"name":"mkowalski"}},"interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":13}}'
            "</script>\n</head>\n")
    body = (f'<body class="docked archetype-regular category-reactions tags-{" tags-".join(HNY_TAGS)} '
            'has-sidebar-page">\n'
            f'<div id="data-preloaded" data-preloaded="{_hny_preloaded()}"></div>\n'
            '<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" '
            'id="skip-link" class="skip-link">Skip to main content</a>\n<div class="d-header-wrap"><header '
            'class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button '
            f'class="btn btn-flat btn-sidebar-toggle" title="Toggle sidebar">{_hny_svg("bars")}</button></div>'
            f'<div class="title"><a href="/"><img id="site-logo" class="logo-big" src="./henry_files/logo.png" '
            f'alt="{HNY_SITE}"></a></div><div class="panel" role="navigation"><span class="header-buttons">'
            '<button class="btn btn-primary btn-small sign-up-button btn-text"><span class="d-button-label">'
            'Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text">'
            f'{_hny_svg("user")}<span class="d-button-label">Log In</span></button></span><ul class="icons '
            f'd-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" title="Search">'
            f'{_hny_svg("magnifying-glass")}</a></li></ul></div></div></div></header></div>\n'
            '<div id="main-outlet-wrapper" class="wrap" role="main">\n' + "".join(sidebar) + "\n"
            '<div id="main-outlet"><div class="container"><div class="topic-title"><div class="title-wrapper">'
            f'<h1 data-topic-id="{HNY_TOPIC_ID}"><a href="/t/{HNY_SLUG}/{HNY_TOPIC_ID}" class="fancy-title">'
            f'<span class="topic-status">{_hny_svg("square-check")}</span><span dir="auto">{_x(HNY_TITLE)}'
            '</span></a></h1><div class="topic-category"><div class="categories-wrapper"><a '
            'class="badge-category__wrapper" href="/c/synthesis"><span class="badge-category__name">Synthesis'
            '</span></a><a class="badge-category__wrapper" href="/c/synthesis/reactions"><span '
            f'class="badge-category__name">Reactions</span></a></div><div class="list-tags">{tags}</div></div>'
            '</div></div></div>\n<div class="container posts"><div class="row"><section class="topic-area" '
            f'id="topic" data-topic-id="{HNY_TOPIC_ID}"><div class="posts-wrapper"><div class="post-stream">\n'
            + posts + "\n" + closed + "\n</div>\n" + topic_map + "\n</div></section>\n" + timeline + "\n"
            "</div></div>\n" + suggested + "\n</div></div>\n" + user_card + "\n"
            '<div class="powered-by-discourse"><a class="btn btn-flat" href="https://discourse.org/powered-by">'
            "Powered by Discourse</a></div>\n"
            "</div></section>\n</body></html>\n")
    return head + body


def build_hny_html(path: Path) -> None:
    path.write_bytes(hny_html().encode("utf-8"))


# ---------------------------------------------------------------------------
# 2. WordPress blog post with comments, printed to PDF from Chrome: vacuum filtration

FLT_NAME = "vacuum-filtration-wordpress-chrome-print.pdf"
FLT_TITLE = "Filtration that doesn’t take all afternoon: funnels, papers, sinters and Celite"
FLT_SITE = "The Filter Flask"
FLT_URL = "https://thefilterflask.example.net/2025/03/18/filtration-that-doesnt-take-all-afternoon/"
FLT_PRINTED = "02/04/2025, 16:27"
FLT_AGENT = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/124.0.0.0 Safari/537.36")

FLT_BLOCKS: list[tuple] = [
    ("site", FLT_SITE, "Practical notes from a process chemistry lab",
     ["Home", "Techniques", "Work-up", "Safety", "About", "Contact"]),
    ("title", FLT_TITLE),
    ("meta", "March 18, 2025 · Aoife Brennan · Techniques, Work-up · 11 Comments"),
    ("figure", "Filtering a slurry on a porosity 3 sinter with a Celite pad. Photo: the author."),
    ("p", "Filtration is the step nobody plans. The reaction is done, the solid has come out, you pour it onto "
          "a funnel – and forty minutes later the liquid level has hardly moved. Almost every slow or leaky "
          "filtration I have been asked about comes down to one of three things: the wrong filter medium for "
          "the particle size, a solid that has not been allowed to grow, or a cake that has been squeezed shut. "
          "Here is what I teach new starters in our lab."),
    ("h2", "1. Pick the funnel for the job"),
    ("p", "Büchner funnels (porcelain or polypropylene) with a paper disc are the default for collecting a "
          "product. Use a Hirsch funnel for less than about 1 g: a small cake on a big funnel is hard to wash and "
          "hard to recover. Sintered glass funnels are the better choice when the filtrate is the product "
          "(removing a drying agent, catalyst residues or salts), when the solvent would attack paper, or when "
          "you want to wash and dry the solid under nitrogen."),
    ("p", "Sinters are graded by pore size. The old porosity numbers and the ISO 4793 classes describe the "
          "same thing:"),
    ("table", ["Porosity", "ISO class", "Pore size", "Good for"],
     [["0", "P250", "160–250 µm", "gas dispersion, coarse granules"],
      ["1", "P160", "100–160 µm", "coarse crystals; holding a Celite pad"],
      ["2", "P100", "40–100 µm", "crystalline products; drying agents"],
      ["3", "P40", "16–40 µm", "most recrystallised products; fine salts"],
      ["4", "P16", "10–16 µm", "fine precipitates (slow)"],
      ["5", "P1.6", "1.0–1.6 µm", "almost never needed in synthesis"]],
     [70, 80, 95, 242]),
    ("p", "For a Celite pad a porosity 2 or 3 sinter is plenty: the pad does the filtering, the sinter only "
          "holds the pad."),
    ("h2", "2. Paper grades in one paragraph"),
    ("p", "Grade 1 (about 11 µm particle retention) is the general-purpose paper. Grade 4 (20–25 µm) is fast "
          "and fine for coarse crystals. Grade 5 (2.5 µm) catches fine precipitates but is slow. Glass microfibre "
          "papers (GF/A about 1.6 µm, GF/F about 0.7 µm) are both fine and fast, and they survive solvents and "
          "acids that soften cellulose; use them for fine inorganic precipitates. Never use cellulose paper with "
          "concentrated nitric or sulfuric acid or with strong oxidants."),
    ("h2", "3. A set-up that does not fail"),
    ("ul", ["Use a heavy-walled filter flask (Büchner flask), clamped at the neck. Ordinary conical flasks "
            "can implode under vacuum; check filter flasks for star cracks before every use.",
            "Put a trap between the flask and the vacuum source, so that filtrate cannot be sucked into the "
            "pump or the house vacuum.",
            "Seal the funnel to the flask with a rubber cone (a Guko) or a bung that fits.",
            "The paper must lie flat, cover every hole and not climb the wall. A paper that curls up at the "
            "edge lets solid round the side.",
            "Wet the paper with the solvent of the slurry and apply the vacuum before you pour.",
            "Fill the flask to no more than about two thirds before you empty it."]),
    ("h2", "4. Pouring, washing and drying the cake"),
    ("p", "Swirl the slurry and pour it in portions onto the centre of the funnel. Rinse the last solid out of "
          "the flask with some of the filtrate (it is already saturated), not with fresh solvent."),
    ("p", "To wash the cake, break the vacuum first. Cover the cake with cold wash solvent, stir up the top few "
          "millimetres with a spatula without touching the paper, leave it to soak for about 30 s, then apply "
          "the vacuum again. Two or three small washes remove far more mother liquor than one large one. Use a "
          "wash solvent in which the product is poorly soluble, chilled to 0–5 °C."),
    ("p", "Pull air through the cake for 10–15 min to remove most of the solvent. If the cake cracks, the air "
          "takes the short way through the cracks and the rest of the cake stays wet: press the cracks closed "
          "with a flat glass stopper, or lay a sheet of rubber over the funnel so that the vacuum presses the "
          "cake down."),
    ("quote", "“A filtration is only as fast as the finest five per cent of the particles.”"),
    ("h2", "5. When it is slow: fines, gels and colloids"),
    ("p", "A filtration that starts fast and then stops has blinded: fine particles have formed a tight skin on "
          "the filter. Do not keep pouring. These are the options, roughly in the order I try them:"),
    ("ol", ["Let the slurry settle and decant the clear liquid through the filter first; add the thick bottom "
            "part last.",
            "Digest the solid: stir the slurry for 30–60 min, warm it if the product allows, and let it cool "
            "slowly. Small particles dissolve and large ones grow (Ostwald ripening), and the same solid then "
            "filters in minutes.",
            "Use a wider funnel. Filtration time rises with the thickness of the cake; the same solid in a "
            "funnel of twice the diameter gives a cake a quarter as thick.",
            "Add a filter aid: either a pad of Celite on the filter, or body feed – stir 1–2 g of Celite per "
            "gram of solid into the slurry before you pour, so that the fines are spread through an open cake.",
            "Switch to pressure: cover the funnel and push with nitrogen at 0.2–0.5 bar instead of pulling a "
            "vacuum. Pressure filtration does not boil off the solvent and does not drive the fines into the "
            "paper as hard."]),
    ("p", "Gelatinous hydroxides from aluminium or other metal hydride work-ups are the classic slow "
          "filtration. Body feed with Celite and a generous wash with warm solvent work better than any paper."),
    ("h2", "6. Making a Celite pad properly"),
    ("ol", ["Take a sinter (porosity 2 or 3) or a Büchner with a paper; the pad should be 1–2 cm deep. For a "
            "60 mm funnel that is about 10 g of Celite.",
            "Slurry the Celite in the solvent of your filtration, pour it onto the filter and let it settle "
            "under gentle vacuum. Do not tip dry Celite into the funnel and then add solvent: it packs unevenly "
            "and fines go straight through.",
            "Press the surface lightly flat and cover it with a disc of filter paper or a thin layer of sand, "
            "so that the pad is not dug up when you pour.",
            "Wash the pad with clean solvent until the filtrate runs clear, empty the flask, then filter your "
            "mixture.",
            "Never let a pad run dry and crack halfway through; keep liquid on it."]),
    ("p", "Celite 545 is coarser and faster; Hyflo Super-Cel is finer and catches more. For finely divided "
          "palladium I use a thicker pad (2–3 cm) of the finer grade, and I filter twice if the filtrate is "
          "still grey."),
    ("h2", "7. Troubleshooting"),
    ("h3", "The filtrate is cloudy"),
    ("p", "Fines are getting through. Pour the filtrate back through the same cake: the cake itself is now "
          "the best filter you have. If it is still cloudy, use a finer paper (GF/F), a second paper on top of "
          "the first, or a Celite pad. Cloudiness that appears in the flask only after a while is usually "
          "product crystallising from the cold filtrate, not a leak."),
    ("h3", "Solid creeps round the edge of the paper"),
    ("p", "The paper is too small, was not wetted, or has curled. Wet it and seat it under vacuum before you "
          "pour; if necessary use two papers."),
    ("h3", "The solvent boils in the flask and solid forms in the funnel stem"),
    ("p", "Volatile solvents (diethyl ether, dichloromethane, pentane) evaporate under full vacuum, cool the "
          "filtrate and make the product crystallise in the stem. Use just enough vacuum to move the liquid, "
          "or bleed in air through a tap on the trap."),
    ("h3", "The paper tears or lifts when I pour"),
    ("p", "Pour onto the centre, not onto the edge of the paper, and break the stream with a glass rod. For "
          "strongly acidic mixtures use a hardened paper or a glass microfibre paper."),
    ("h3", "My product ends up in the filtrate"),
    ("p", "The wash solvent dissolves it, or the wash was warm. Check by evaporating a few drops of the "
          "filtrate on a watch glass. Wash with a cold anti-solvent, and use the mother liquor rather than "
          "fresh solvent to transfer the last of the solid."),
    ("h3", "Filtrate was sucked into the vacuum"),
    ("p", "The flask was overfull or there was no trap. Stop, vent, empty the trap and check the pump. Tell "
          "the technician if liquid reached the house vacuum."),
    ("h3", "The sinter gets slower every time"),
    ("p", "Its pores are blocked: see cleaning, below. A sinter that stays slow after cleaning has been "
          "damaged by alkali or heat and should be replaced."),
    ("h2", "8. Cleaning and looking after sinters"),
    ("ul", ["Rinse straight after use, and backwards if you can: turn the funnel upside down on the filter "
            "flask and pull solvent through from the stem side.",
            "Organic residues: soak overnight in concentrated sulfuric acid (fume cupboard, face shield), then "
            "rinse with plenty of water and finally acetone.",
            "Inorganic residues and metals: warm dilute hydrochloric or nitric acid. Palladium residues may "
            "need aqua regia, made fresh in small amounts and never stored in a closed bottle.",
            "Never clean a sinter with hot concentrated alkali (including alcoholic KOH): it dissolves the "
            "glass and widens the pores.",
            "Dry at no more than 150 °C, and put the sinter into the oven cold. A sudden change of temperature "
            "cracks the frit away from the funnel wall.",
            "Do not scrub the frit with a brush or a spatula; loose bits of glass block the pores."]),
    ("h2", "9. A few words on safety"),
    ("p", "Catalyst residues such as palladium on carbon can ignite when air is pulled through a cake that is "
          "wet with solvent. Keep such cakes wet with water, never suck them dry, and transfer them wet to a "
          "labelled waste container. A filter flask under vacuum is a pressure vessel in reverse: use "
          "heavy-walled flasks only, and wear eye protection when you filter."),
    ("small", "Tags: Celite, filter paper, filtration, sintered funnel, work-up"),
    ("small", "Share this:   X   Facebook   LinkedIn   Email"),
    ("small", "Like this:   Like   Loading..."),
    ("h4", "Related"),
    ("related", [("Drying agents: which one and how much", "March 2, 2025", "Work-up"),
                 ("Emulsions: ten things to try before you give up", "January 20, 2025", "Work-up")]),
    ("author", "Aoife Brennan",
     "Process chemist in Cork. I write up the things I keep explaining at the bench. View all posts by Aoife "
     "Brennan"),
    ("nav", "Previous post: Drying agents: which one and how much",
     "Next post: Stirring slurries that do not want to stir"),
    ("h2", "11 thoughts on “" + FLT_TITLE + "”"),
    ("comment", 0, "Dan O’Leary", "March 18, 2025 at 9:42 pm",
     "How much Celite do you use for the body feed after an aluminium hydride work-up? We always end up with "
     "a grey sludge that takes an hour."),
    ("comment", 1, "Aoife Brennan", "March 19, 2025 at 8:05 am",
     "About 2 g of Celite per gram of the hydride you used, stirred in for 15 min before you filter, then "
     "wash with warm THF or ethyl acetate. Adding anhydrous sodium sulfate at the same time also helps: it "
     "takes up the water and makes the solid granular."),
    ("comment", 0, "Priya N.", "March 19, 2025 at 1:17 pm",
     "Can I dry sinters at 200 °C to get them really dry for air-sensitive work?"),
    ("comment", 1, "Aoife Brennan", "March 19, 2025 at 6:40 pm",
     "I would not go above 150 °C. The glass itself can take more, but the frit is fused to the funnel wall "
     "and repeated hot cycles crack that joint. For air-sensitive work, dry at 120–150 °C overnight and let "
     "the sinter cool under vacuum."),
    ("comment", 0, "Martin K.", "March 20, 2025 at 10:30 am",
     "What do you do for really small amounts, say 20 mg?"),
    ("comment", 1, "Aoife Brennan", "March 20, 2025 at 12:02 pm",
     "A Pasteur pipette with a small plug of cotton wool or glass wool, with a 1 cm layer of Celite on top "
     "if you need it; push the liquid through with a pipette bulb. For crystals I want to keep, a Hirsch "
     "funnel with a 1 cm paper disc."),
    ("comment", 0, "Lena", "March 22, 2025 at 4:51 pm",
     "Our house vacuum is so weak that filtrations of fine solids take forever. Is it worth getting a pump "
     "just for filtrations?"),
    ("comment", 1, "Aoife Brennan", "March 22, 2025 at 7:15 pm",
     "Yes. A small diaphragm pump (about 100 mbar is plenty for a filtration) with a trap in front of it "
     "makes a big difference. An oil-sealed pump is overkill, and solvent vapour will ruin its oil."),
    ("comment", 0, "Tom W.", "March 25, 2025 at 8:12 am",
     "Tip from our lab: mark the two-thirds level on every filter flask with a marker pen. It has saved our "
     "trap more than once."),
    ("comment", 0, "Sofia R.", "April 1, 2025 at 11:03 am",
     "Is a paper or a sinter better for collecting a product that will be tested for residual metals?"),
    ("comment", 1, "Aoife Brennan", "April 1, 2025 at 2:36 pm",
     "A sinter, or a glass microfibre paper. Cellulose paper sheds fibres into the solid, and they turn up "
     "as ash when the sample is ignited for the residue test."),
    ("h2", "Leave a Reply"),
    ("small", "Your email address will not be published. Required fields are marked *"),
    ("form", ["Comment *", "Name *", "Email *", "Website"]),
    ("small", "☐ Save my name, email, and website in this browser for the next time I comment."),
    ("button", "Post Comment"),
    ("small", "This site uses Akismet to reduce spam. Learn how your comment data is processed."),
    ("footer", FLT_SITE, "Proudly powered by WordPress"),
]

FLT_W, FLT_H = 595.28, 841.89
FLT_X0, FLT_X1 = 54.0, 541.0
FLT_TOP, FLT_BOTTOM = 792.0, 54.0
_FLT_FONTS = {"serif": "DejaVuSerif", "serif-i": "DejaVuSerif-Italic", "sans": "DejaVuSans",
              "sans-b": "DejaVuSans-Bold", "sans-i": "DejaVuSans-Oblique"}


def _flt_fonts() -> None:
    for name, file in (("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                       ("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                       ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, _font_path(file)))


def _flt_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for w in text.split(" "):
        trial = w if not cur else cur + " " + w
        if cur and pdfmetrics.stringWidth(trial, _FLT_FONTS[font], size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


class _FltLayout:
    """Flows the blocks over A4 pages; every page is a list of drawing operations."""

    def __init__(self):
        self.pages: list[list[tuple]] = [[]]
        self.y = FLT_TOP

    def need(self, h: float) -> None:
        if self.y - h < FLT_BOTTOM:
            self.pages.append([])
            self.y = FLT_TOP

    def text(self, x: float, s: str, font: str, size: float, lead: float, grey: float = 0.0) -> None:
        self.need(lead)
        self.y -= lead
        self.pages[-1].append(("text", x, self.y, s, font, size, grey))

    def para(self, s: str, font: str, size: float, lead: float, x: float = FLT_X0, width: float = FLT_X1 - FLT_X0,
             grey: float = 0.0, before: float = 0.0, after: float = 6.0, marker: str = "") -> None:
        self.y -= before
        for k, line in enumerate(_flt_wrap(s, font, size, width)):
            self.text(x, line, font, size, lead, grey)
            if k == 0 and marker:
                self.pages[-1].append(("text", x - 16, self.y, marker, font, size, grey))
        self.y -= after

    def op(self, *args) -> None:
        self.pages[-1].append(args)


def _flt_layout() -> _FltLayout:  # noqa: C901 - one branch per block kind
    L = _FltLayout()
    x0, x1 = FLT_X0, FLT_X1
    for block in FLT_BLOCKS:
        kind = block[0]
        if kind == "site":
            L.text(x0, block[1], "sans-b", 15, 18)
            L.text(x0, block[2], "sans", 8.5, 12, 0.4)
            L.text(x0, "   ".join(block[3]), "sans", 9, 18)
            L.op("rule", x0, L.y - 8, x1, 0.8)
            L.y -= 24
        elif kind == "title":
            L.para(block[1], "sans-b", 20, 25, after=4)
        elif kind == "meta":
            L.para(block[1], "sans", 8.5, 12, grey=0.4, after=10)
        elif kind == "figure":
            L.need(150)
            L.op("box", x0, L.y - 130, x1 - x0, 130, 0.85)
            L.y -= 130
            L.para(block[1], "sans-i", 8, 11, grey=0.4, before=2, after=12)
        elif kind == "p":
            L.para(block[1], "serif", 10, 15)
        elif kind in ("h2", "h3", "h4"):
            size, lead, before = {"h2": (14, 18, 12), "h3": (11, 15, 6), "h4": (10, 14, 10)}[kind]
            L.need(lead + 45)
            L.para(block[1], "sans-b", size, lead, before=before, after=4)
        elif kind in ("ul", "ol"):
            for k, item in enumerate(block[1]):
                marker = "•" if kind == "ul" else f"{k + 1}."
                L.para(item, "serif", 10, 15, x=x0 + 22, width=x1 - x0 - 22, after=3, marker=marker)
            L.y -= 5
        elif kind == "table":
            head, rows, widths = block[1], block[2], block[3]
            for r, row in enumerate([head] + rows):
                font = "sans-b" if r == 0 else "sans"
                cells = [_flt_wrap(c, font, 8.5, w - 10) for c, w in zip(row, widths)]
                h = max(len(c) for c in cells) * 12 + 8
                L.need(h)
                top = L.y
                x = x0
                for c, w in zip(cells, widths):
                    L.op("cell", x, top - h, w, h, 0.93 if r == 0 else 1.0)
                    for k, line in enumerate(c):
                        L.op("text", x + 5, top - 14 - k * 12, line, font, 8.5, 0.0)
                    x += w
                L.y = top - h
            L.y -= 10
        elif kind == "quote":
            L.y -= 6
            start_page, start_y = len(L.pages), L.y
            L.para(block[1], "serif-i", 13, 18, x=x0 + 18, width=x1 - x0 - 36, after=0)
            if len(L.pages) == start_page:
                L.op("rule", x0 + 6, start_y, x0 + 6, 2.5, L.y - 4)
            L.y -= 12
        elif kind == "small":
            L.para(block[1], "sans", 8.5, 12, grey=0.3, after=6)
        elif kind == "related":
            for title, date, cat in block[1]:
                L.text(x0, title, "sans-b", 9, 13)
                L.text(x0, f"{date}   In \"{cat}\"", "sans", 8, 11, 0.45)
                L.y -= 4
            L.y -= 6
        elif kind == "author":
            L.need(70)
            L.op("circle", x0 + 18, L.y - 22, 16, 0.75)
            L.para(block[1], "sans-b", 10, 14, x=x0 + 46, width=x1 - x0 - 46, before=4, after=2)
            L.para(block[2], "sans", 9, 13, x=x0 + 46, width=x1 - x0 - 46, after=10)
        elif kind == "nav":
            L.op("rule", x0, L.y - 4, x1, 0.5)
            L.y -= 6
            L.para(block[1], "sans", 9, 13, after=2)
            L.para(block[2], "sans", 9, 13, after=8)
        elif kind == "comment":
            depth, who, when, body = block[1], block[2], block[3], block[4]
            x = x0 + 36 * depth
            L.need(60)
            L.op("circle", x + 12, L.y - 14, 12, 0.8)
            L.text(x + 32, f"{who} says:", "sans-b", 9.5, 13)
            L.text(x + 32, when, "sans", 8, 11, 0.45)
            L.para(body, "serif", 9.5, 14, x=x + 32, width=x1 - x - 32, before=3, after=1)
            L.text(x + 32, "Reply", "sans", 8, 11, 0.2)
            L.y -= 10
        elif kind == "form":
            for label in block[1]:
                L.text(x0, label, "sans", 9, 13)
                h = 60 if label.startswith("Comment") else 20
                L.need(h + 6)
                L.op("cell", x0, L.y - h - 2, x1 - x0, h, 1.0)
                L.y -= h + 10
        elif kind == "button":
            L.need(26)
            L.op("box", x0, L.y - 22, 96, 20, 0.2)
            L.op("text", x0 + 12, L.y - 15, block[1], "sans-b", 9, 1.0)
            L.y -= 30
        elif kind == "footer":
            L.op("rule", x0, L.y - 6, x1, 0.5)
            L.y -= 8
            L.text(x0, block[1], "sans-b", 10, 14)
            L.text(x0, block[2], "sans", 8.5, 12, 0.4)
    return L


def _flt_chrome(page: int, total: int) -> list[tuple]:
    title = FLT_TITLE + " – " + FLT_SITE
    return [("text", 22, FLT_H - 18, FLT_PRINTED, "sans", 7.5, 0.0),
            ("ctext", FLT_W / 2, FLT_H - 18, title, "sans", 7.5, 0.0),
            ("text", 22, 16, FLT_URL, "sans", 7.5, 0.0),
            ("rtext", FLT_W - 22, 16, f"{page}/{total}", "sans", 7.5, 0.0)]


def _flt_build() -> tuple[bytes, list[str]]:
    _flt_fonts()
    L = _flt_layout()
    total = len(L.pages)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(FLT_W, FLT_H), invariant=1, pageCompression=1)
    c.setCreator(FLT_AGENT)
    c.setProducer("Skia/PDF m124")
    c.setTitle(FLT_TITLE + " – " + FLT_SITE)
    units: list[str] = []
    for n, ops in enumerate(L.pages, 1):
        for op in _flt_chrome(n, total) + ops:
            kind = op[0]
            if kind in ("text", "ctext", "rtext"):
                _, x, y, s, font, size, grey = op
                c.setFillGray(grey)
                c.setFont(_FLT_FONTS[font], size)
                if kind == "text":
                    c.drawString(x, y, s)
                elif kind == "ctext":
                    c.drawCentredString(x, y, s)
                else:
                    c.drawRightString(x, y, s)
                units.append(s)
            elif kind == "rule":
                _, xa, ya, xb, width = op[:5]
                c.setLineWidth(width)
                c.setStrokeGray(0.6)
                if len(op) > 5:
                    c.line(xa, ya, xa, op[5])
                else:
                    c.line(xa, ya, xb, ya)
            elif kind in ("box", "cell"):
                _, x, y, w, h, grey = op
                c.setFillGray(grey)
                c.setStrokeGray(0.55)
                c.setLineWidth(0.5)
                c.rect(x, y, w, h, stroke=1 if kind == "cell" else 0, fill=1)
            elif kind == "circle":
                _, x, y, r, grey = op
                c.setFillGray(grey)
                c.circle(x, y, r, stroke=0, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue(), units


def build_flt_pdf(path: Path) -> None:
    path.write_bytes(_flt_build()[0])


def flt_units() -> list[str]:
    return _flt_build()[1]


# ---------------------------------------------------------------------------
# 3. Word SOP assembled by a document-management system from HTML altChunks: gas cylinders

GCY_NAME = "gas-cylinders-regulators-altchunk.docx"
GCY_ZIP_DATE = (2024, 9, 26, 11, 4, 52)
GCY_TITLE = "Compressed gas cylinders and regulators"
GCY_HEADER = "Faculty of Science · Technical Services · TS-SOP-022 v4.1"
GCY_FOOTER = ("Controlled document. Printed copies are uncontrolled: check the DocuVault register for the current "
              "version.")
GCY_CONTROL = [("Document number", "TS-SOP-022"), ("Version", "4.1"), ("Status", "Approved"),
               ("Owner", "Technical Services, Faculty of Science"),
               ("Approved by", "Faculty Health and Safety Committee"), ("Effective date", "01/10/2024"),
               ("Next review", "30/09/2026"), ("Classification", "Internal")]

# (style, text) for native paragraphs; ("CHUNK", n) for an altChunk; ("TABLE", name) for a native table
GCY_BODY: list[tuple[str, object]] = [
    ("Title", GCY_TITLE),
    ("Subtitle", "Standard operating procedure TS-SOP-022: storage, connection, leak testing, use and changeover"),
    ("TABLE", "control"),
    ("Heading1", "1 Purpose"),
    ("Normal", "This procedure describes how compressed gas cylinders are stored, moved, connected, used and "
               "changed in the laboratories of the Faculty of Science, and what to do when a regulator or a "
               "connection misbehaves."),
    ("Heading1", "2 Scope"),
    ("Normal", "It applies to all staff and students who use gases from cylinders of up to 50 L water capacity, "
               "including lecture bottles. It does not cover the bulk liquid nitrogen supply, cryogenic dewars or "
               "the piped gases from the central manifolds, which have their own procedures (TS-SOP-019 and "
               "TS-SOP-025)."),
    ("CHUNK", 1),
    ("CHUNK", 2),
    ("CHUNK", 3),
    ("CHUNK", 4),
    ("CHUNK", 5),
    ("Heading1", "13 Emergencies"),
    ("Normal", "Large leak of an inert gas: leave the room, close the door, warn others and call Technical "
               "Services on extension 4400 (out of hours, the porters' lodge on extension 2222). Do not go back in "
               "to close the valve."),
    ("Normal", "Leak of a flammable or toxic gas: if it is safe, close the cylinder valve; otherwise leave, "
               "raise the alarm and keep people away from the room."),
    ("Normal", "Fire near a cylinder: evacuate, raise the alarm and tell the fire service that there is a gas "
               "cylinder involved and where it is. Never try to move a cylinder that has been heated."),
    ("Heading1", "14 Related documents"),
    ("ListBullet", "TS-SOP-019 Bulk liquid nitrogen supply"),
    ("ListBullet", "TS-SOP-025 Piped gas services"),
    ("ListBullet", "HS-GN-07 Risk assessment of hazardous gases"),
    ("ListBullet", "BCGA Code of Practice CP44, The storage of gas cylinders"),
    ("Heading1", "15 Revision history"),
    ("TABLE", "history"),
]
GCY_HISTORY = [("Version", "Date", "Change", "Author"),
               ("4.1", "26/09/2024", "Section 11 (troubleshooting) added; CO alarm level stated", "R. Okoye"),
               ("4.0", "14/03/2023", "Cylinders travel in lifts unaccompanied; lecture bottles added", "R. Okoye"),
               ("3.2", "02/11/2021", "Regulator service interval changed from 10 to 5 years", "M. Doyle")]

GCY_CHUNKS: dict[int, tuple[str, str]] = {
    1: ("utf-8", """
<h1>3 Responsibilities</h1>
<ul>
<li><b>Supervisors</b> make sure that everyone who changes a cylinder or a regulator has had the practical
training (record TS-TR-022), and that a risk assessment covers each flammable, toxic or oxidising gas used in
their laboratories.</li>
<li><b>Users</b> check the cylinder and the regulator before every use, leak-test every new connection and
close the cylinder valve at the end of the working day.</li>
<li><b>Technical Services</b> order and deliver cylinders, run the gas store, service or replace regulators
every five years and take faulty regulators out of use.</li>
</ul>
<h1>4 Hazards</h1>
<p>A full cylinder is at 200–300 bar. If the valve is knocked off, the cylinder becomes a projectile that can
go through a brick wall. Most incidents, however, come from the gas itself.</p>
<ul>
<li><b>Asphyxiant gases</b> (nitrogen, argon, helium, carbon dioxide) displace air without any warning. A
leak from a 50 L cylinder into a small room can lower the oxygen concentration to a dangerous level within
minutes. Carbon dioxide is also toxic: its workplace exposure limits are 5000 ppm over 8 h and 15000 ppm over
15 min.</li>
<li><b>Flammable gases</b> (hydrogen, propane, acetylene). Hydrogen has a lower explosive limit of 4 % in air,
ignites with very little energy and burns with an almost invisible flame.</li>
<li><b>Oxidising gases</b> (oxygen, nitrous oxide). Oil and grease can ignite spontaneously in oxygen under
pressure, so oxygen regulators and fittings must be oxygen-clean and are never lubricated.</li>
<li><b>Toxic and corrosive gases</b> (carbon monoxide, ammonia, hydrogen chloride, chlorine): see section
12.</li>
</ul>
<p>Identify a cylinder by its label, never by its colour. The shoulder colours of EN 1089-3 are only a
help:</p>
<table class="grid">
<tr><th>Gas</th><th>Shoulder colour</th></tr>
<tr><td>Oxygen</td><td>White</td></tr>
<tr><td>Nitrogen</td><td>Black</td></tr>
<tr><td>Argon</td><td>Dark green</td></tr>
<tr><td>Helium</td><td>Brown</td></tr>
<tr><td>Carbon dioxide</td><td>Grey</td></tr>
<tr><td>Hydrogen and other flammable gases</td><td>Red</td></tr>
<tr><td>Acetylene</td><td>Maroon</td></tr>
<tr><td>Toxic or corrosive gases</td><td>Yellow</td></tr>
<tr><td>Other inert gases</td><td>Bright green</td></tr>
<tr><td>Other oxidising gases</td><td>Light blue</td></tr>
</table>
<p class="note">The body colour is not standardised and differs between suppliers. A black cylinder with a
white shoulder is oxygen; a black cylinder with a black shoulder is nitrogen.</p>
"""),
    2: ("utf-8", """
<h1>5 Storage and transport</h1>
<p>Full and empty cylinders are kept in the gas store (room G.14), not in laboratories. A laboratory may hold
only the cylinders in use plus one spare of each gas, and never more than two cylinders of flammable gas.</p>
<ul>
<li>Store and use cylinders upright, secured by a chain or strap at about two thirds of their height, one
restraint per cylinder.</li>
<li>Keep the valve cap or guard on whenever no regulator is fitted.</li>
<li>Keep flammable gases at least 3 m from oxidising gases, or separate them by a fire-resisting wall.</li>
<li>Keep cylinders away from heat sources, electrical panels and escape routes, and out of direct
sunlight.</li>
<li>Do not keep cylinders of inert gas in cold rooms or other small rooms without ventilation.</li>
<li>Tag empty cylinders EMPTY and return them to the store within a week.</li>
</ul>
<h2>5.1 Moving cylinders</h2>
<ul>
<li>Use a cylinder trolley with a chain, even for a few metres. Never roll a cylinder on its edge, drag it or
carry it by the valve.</li>
<li>Remove the regulator and fit the valve cap before a cylinder is moved.</li>
<li>Cylinders travel in the lift <b>unaccompanied</b>: put the cylinder in, hang the sign "Gas cylinder in
transit – do not enter" on the door, send the lift and meet it on the other floor. A leak in a closed lift car
can asphyxiate anyone inside.</li>
<li>Lecture bottles are carried in their transport box.</li>
</ul>
"""),
    3: ("windows-1252", """
<h1>6 Regulators and connections</h1>
<p>The regulator reduces the cylinder pressure to a constant working pressure. It has two gauges: the
<b>inlet (contents) gauge</b>, usually 0–315 bar, shows the pressure in the cylinder; the <b>outlet
(delivery) gauge</b>, usually 0–4 or 0–10 bar, shows the pressure you have set. The adjusting knob sets the
outlet pressure; the outlet valve (a needle valve or a ball valve) after the regulator controls the flow.</p>
<h2>6.1 Single-stage or two-stage?</h2>
<p>The outlet pressure of a single-stage regulator drifts as the cylinder empties (typically it rises by a few
tenths of a bar), so it has to be readjusted from time to time. A two-stage regulator keeps the outlet pressure
almost constant to the end. Two-stage regulators are required for the carrier gases of gas chromatographs,
Schlenk lines and
anything that runs unattended overnight.</p>
<h2>6.2 Choosing and fitting the right regulator</h2>
<ul>
<li>Use a regulator made for the gas: the gas name is on its body. Brass regulators are fine for inert gases
and hydrogen, and oxygen-clean brass regulators for oxygen; corrosive gases such as ammonia and hydrogen
chloride need stainless steel.</li>
<li>Cylinder outlets differ between gas groups, so that the wrong regulator cannot be fitted: flammable gases
have left-hand threads (the nut has a notch or groove), inert gases and oxygen right-hand threads.</li>
<li><b>Never use an adaptor</b> to fit a regulator to a cylinder of another gas group, and never modify a
fitting.</li>
<li>Do not put PTFE tape on the cylinder connection: it seals metal to metal (bullnose) or with a sealing
washer. PTFE tape is only for tapered pipe threads downstream of the regulator, and never on oxygen
equipment.</li>
<li>Regulators are serviced or replaced every five years; the date is on the label on the body. Do not use a
regulator that is out of date, has a cracked gauge glass or has been dropped.</li>
</ul>
<p>Tubing: use metal tubing or a hose rated for the pressure, with crimped or compression fittings. Hose clips
are acceptable only on the low-pressure side below 1 bar, for example to a bubbler.</p>
"""),
    4: ("utf-8", """
<h1>7 Connecting a regulator</h1>
<ol>
<li>Check the cylinder label: gas, grade and hazard diamond. Do not rely on the colour.</li>
<li>Secure the cylinder before you take off the cap.</li>
<li>Check the cylinder outlet for dirt, oil and damage. On inert gas cylinders you may crack the valve (open
and close it quickly, outlet pointing away from people) to blow out dust; never crack a flammable, toxic or
oxygen cylinder.</li>
<li>Check that the adjusting knob of the regulator is fully wound out (anticlockwise), so that no pressure
reaches the outlet when the cylinder is opened.</li>
<li>Fit the regulator, with a new sealing washer if the connection uses one, and tighten it firmly with the
correct spanner. Do not use excessive force or an extension bar.</li>
<li>Stand to the side of the regulator, with the gauges facing away from you, and open the cylinder valve
slowly.</li>
<li>Leak-test the connection (section 8) before you set a pressure.</li>
</ol>
<h1>8 Leak testing</h1>
<p>Every new connection is leak-tested before use. Check again whenever you smell gas, hear hissing, or see
the contents gauge fall faster than your gas use explains.</p>
<h2>8.1 Leak detection fluid</h2>
<p>Brush or spray leak detection fluid (for example Snoop) onto every joint. A leak shows as bubbles that grow,
or as foam within 1 min. Do not use washing-up liquid: it contains chloride and can corrode brass and
stainless steel fittings. Wipe the fluid off afterwards. Never look for a leak with a flame.</p>
<h2>8.2 Pressure-drop test</h2>
<ol>
<li>Open the cylinder valve, set the outlet pressure and close the outlet valve.</li>
<li>Close the cylinder valve and note the reading of the inlet gauge.</li>
<li>Wait 5 min. If the inlet reading falls, there is a leak between the cylinder and the outlet valve, usually
at the cylinder connection. If the inlet reading stays steady but the outlet reading rises, the regulator seat
leaks (creep): take the regulator out of use.</li>
</ol>
<p>For hydrogen and toxic gases use the portable gas detector as well as the fluid, and do the pressure-drop
test with nitrogen before the gas itself is connected.</p>
<h1>9 Using the gas and shutting down</h1>
<ul>
<li>Set the outlet pressure with the adjusting knob (clockwise raises it) and control the flow with the outlet
valve, not with the cylinder valve.</li>
<li>Use the lowest pressure that does the job: 0.2–0.5 bar is enough for Schlenk lines, balloons and bubblers.
Glassware is never connected to the full regulator pressure without a relief device.</li>
<li>Where gas is fed into glassware, fit a pressure relief device or an oil bubbler, and a non-return valve or
an empty trap wherever liquid could be sucked back.</li>
<li>At the end of the day close the cylinder valve, let the gas in the regulator escape through the outlet,
wind the adjusting knob out (anticlockwise) and close the outlet valve. Winding the knob out protects the
diaphragm from the full cylinder pressure the next time the valve is opened.</li>
<li>A cylinder left in use overnight needs an overnight-running notice with the gas, the user's name and a
contact number.</li>
</ul>
<h1>10 Changing a cylinder</h1>
<ol>
<li>Change the cylinder when the contents gauge reads about 10 bar. Never empty a cylinder completely: leave at
least 2 bar in it, so that air and moisture cannot get in.</li>
<li>Close the cylinder valve, release the pressure from the regulator and wind the adjusting knob out.</li>
<li>Undo the connection, fit the valve cap and tag the cylinder EMPTY.</li>
<li>Fit the regulator to the new cylinder as in section 7 and leak-test it (section 8).</li>
<li>Record the change in the cylinder log on the laboratory door.</li>
</ol>
"""),
    5: ("utf-8", """
<h1>11 Troubleshooting</h1>
<table class="grid">
<tr><th>Problem</th><th>Likely cause</th><th>Action</th></tr>
<tr><td>Hissing at the cylinder connection after fitting the regulator</td><td>Missing or damaged sealing
washer, dirt on the bullnose, or a crossed thread</td><td>Close the valve, vent, remove the regulator, inspect
it and refit with a new washer; leak-test again</td></tr>
<tr><td>Outlet pressure creeps up while the outlet valve is closed</td><td>Regulator seat leaking
(creep)</td><td>Close the cylinder valve, vent, label the regulator "Faulty – do not use" and return it to
Technical Services</td></tr>
<tr><td>The relief valve on the regulator vents</td><td>Creep has raised the outlet pressure above the relief
setting</td><td>As for creep; never plug or tighten a relief valve</td></tr>
<tr><td>Contents gauge falls overnight although nothing was running</td><td>Leak at the cylinder connection or
downstream</td><td>Pressure-drop test (8.2); leak detection fluid on all joints</td></tr>
<tr><td>Outlet pressure drops when the flow is increased</td><td>Single-stage droop, a regulator too small for
the flow, or a nearly empty cylinder</td><td>Check the contents gauge; use a two-stage or higher-capacity
regulator</td></tr>
<tr><td>The regulator frosts up or ice forms on the outlet</td><td>A high flow of carbon dioxide or nitrous
oxide cools the gas as it expands</td><td>Reduce the flow; for carbon dioxide at high flow use an electrically
heated regulator</td></tr>
<tr><td>Pressure on the outlet gauge but no gas at the apparatus</td><td>Outlet valve or a downstream tap
closed, a blocked bubbler or a frozen outlet</td><td>Check every valve in order, from the cylinder
outwards</td></tr>
<tr><td>Gauge needle does not return to zero</td><td>Damaged gauge</td><td>Replace the regulator</td></tr>
<tr><td>Cylinder valve is stiff or will not open</td><td>Damaged or seized valve</td><td>Do not use tools or
extensions on it; tag the cylinder and return it to the supplier through Technical Services</td></tr>
<tr><td>Gas escapes at the valve spindle when the valve is open</td><td>Worn valve gland</td><td>Close the valve;
if it still leaks, move the cylinder outdoors if that is safe and call Technical Services</td></tr>
<tr><td>The portable detector or a CO alarm sounds</td><td>Leak of a flammable or toxic gas</td><td>Close the
cylinder valve if it is safe to do so, leave, warn others and call extension 4400</td></tr>
</table>
<h1>12 Flammable, toxic and oxidising gases</h1>
<ul>
<li><b>Hydrogen</b>: no more than one cylinder per laboratory. Fit a flashback arrestor after the regulator
wherever hydrogen feeds a burner or a flame, and keep the tubing as short as possible.</li>
<li><b>Toxic gases</b> (carbon monoxide, ammonia, chlorine, hydrogen chloride, hydrogen sulfide): only in a
ventilated gas cabinet or a fume cupboard, with a fixed detector and alarm, a named responsible person and the
smallest cylinder that will do. The CO detectors alarm at 30 ppm; the workplace exposure limits for carbon
monoxide are 20 ppm over 8 h and 100 ppm over 15 min.</li>
<li><b>Ammonia</b> attacks brass and copper: use stainless steel regulators and fittings only.</li>
<li><b>Oxygen</b>: keep oil, grease and hand cream away from valves and fittings. Open the valve slowly:
opening it fast heats the gas by compression and can ignite the valve seat.</li>
<li><b>Acetylene</b>: open the valve no more than one and a half turns, so that it can be shut quickly. Never
let acetylene touch copper, or brass with more than 70 % copper (explosive acetylides). The gas is dissolved
in acetone inside the cylinder, so acetylene cylinders are always used upright.</li>
<li><b>Lecture bottles</b>: use a regulator made for them, never a needle valve alone, and return them to the
supplier; they are not refilled in house.</li>
</ul>
"""),
}

_GCY_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
_GCY_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_GCY_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _gcy_run(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{_x(text)}</w:t></w:r>'


def _gcy_p(style: str, text: str, units: list[str], bold: bool = False) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style != "Normal" else ""
    units.append(" ".join(text.split()))
    return f"<w:p>{ppr}{_gcy_run(text, bold)}</w:p>"


def _gcy_table(rows: list[tuple[str, ...]], widths: list[int], units: list[str], header: bool) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        cells = []
        for j, (text, w) in enumerate(zip(row, widths)):
            bold = (header and i == 0) or (not header and j == 0)
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="E7EEF5"/>' if bold else ""
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{shade}</w:tcPr>'
                         f'{_gcy_p("TableText", text, units, bold)}</w:tc>')
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header and i == 0 else ""
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _gcy_chunk_html(n: int) -> bytes:
    enc, body = GCY_CHUNKS[n]
    meta = ('<meta charset="utf-8">' if enc == "utf-8"
            else '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    doc = (f'<!DOCTYPE html>\r\n<html>\r\n<head>\r\n{meta}\r\n<meta name="generator" content="DocuVault Composer '
           f'9.4 (section export)">\r\n<title>TS-SOP-022 section {n}</title>\r\n<style>\r\nbody {{ font-family: '
           'Calibri, sans-serif; font-size: 11pt; }\r\nh1 { font-size: 14pt; color: #1F3864; }\r\nh2 { font-size: '
           '12pt; color: #1F3864; }\r\ntable.grid { border-collapse: collapse; }\r\ntable.grid td, table.grid th '
           '{ border: 1px solid #808080; padding: 2pt 4pt; vertical-align: top; }\r\np.note { font-style: '
           'italic; }\r\n</style>\r\n</head>\r\n<body>\r\n' + body.strip().replace("\n", "\r\n")
           + "\r\n</body>\r\n</html>\r\n")
    return doc.encode(enc)


def _gcy_build() -> tuple[bytes, list[str]]:
    units: list[str] = []
    header_units: list[str] = []
    parts = []
    for style, val in GCY_BODY:
        if style == "CHUNK":
            parts.append(f'<w:altChunk r:id="rIdChunk{val}"/>')
        elif style == "TABLE" and val == "control":
            parts.append(_gcy_table(GCY_CONTROL, [2800, 6226], units, header=False))
        elif style == "TABLE":
            parts.append(_gcy_table(GCY_HISTORY, [1000, 1500, 4726, 1800], units, header=True))
        else:
            parts.append(_gcy_p(style, str(val), units))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" '
            'w:left="1304" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
    doc = f'{_GCY_DECL}<w:document {_GCY_NS}><w:body>{"".join(parts)}{sect}</w:body></w:document>'
    hdr = f'{_GCY_DECL}<w:hdr {_GCY_NS}>{_gcy_p("Header", GCY_HEADER, header_units)}</w:hdr>'
    page = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE '
            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    ftr = (f'{_GCY_DECL}<w:ftr {_GCY_NS}>{_gcy_p("Footer", GCY_FOOTER, header_units)}<w:p><w:pPr><w:pStyle '
           f'w:val="Footer"/><w:jc w:val="right"/></w:pPr>{_gcy_run("Page ")}{page}</w:p></w:ftr>')
    header_units.append("Page 1")
    styles = (f'{_GCY_DECL}<w:styles {_GCY_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" '
              'w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:b/><w:sz w:val="40"/><w:color w:val="1F3864"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:i/><w:sz w:val="24"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn '
              'w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="28"/><w:color w:val="1F3864"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn '
              'w:val="Normal"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn '
              'w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
              '</w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn '
              'w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style><w:style w:type="table" '
              'w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" '
              'w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" '
              'w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
              "</w:styles>")
    settings = (f'{_GCY_DECL}<w:settings {_GCY_NS}><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
                '</w:compat></w:settings>')
    chunk_ct = "".join(f'<Override PartName="/word/afchunk{n}.htm" ContentType="text/html"/>' for n in GCY_CHUNKS)
    ct = (f'{_GCY_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.footer+xml"/>' + chunk_ct +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'extended-properties+xml"/></Types>')
    rels = (f'{_GCY_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/></Relationships>')
    chunk_rels = "".join(f'<Relationship Id="rIdChunk{n}" Type="{_GCY_R}aFChunk" Target="afchunk{n}.htm"/>'
                         for n in GCY_CHUNKS)
    doc_rels = (f'{_GCY_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId2" Type="{_GCY_R}styles" Target="styles.xml"/>'
                f'<Relationship Id="rId3" Type="{_GCY_R}settings" Target="settings.xml"/>'
                f'<Relationship Id="rId8" Type="{_GCY_R}header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{_GCY_R}footer" Target="footer1.xml"/>{chunk_rels}</Relationships>')
    core = (f'{_GCY_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{_x(GCY_TITLE)}</dc:title><dc:creator>DocuVault</dc:creator>"
            "<cp:keywords>TS-SOP-022; gas cylinders; regulators</cp:keywords><cp:revision>1</cp:revision>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-26T11:04:52Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-09-26T11:04:52Z</dcterms:modified>'
            "</cp:coreProperties>")
    app = (f'{_GCY_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Application>DocuVault Composer 9.4</Application><Company>Faculty of Science</Company></Properties>")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
               ("docProps/app.xml", app), ("word/document.xml", doc), ("word/_rels/document.xml.rels", doc_rels),
               ("word/styles.xml", styles), ("word/settings.xml", settings), ("word/header1.xml", hdr),
               ("word/footer1.xml", ftr)]
    data = [(name, text.encode("utf-8")) for name, text in members]
    data += [(f"word/afchunk{n}.htm", _gcy_chunk_html(n)) for n in GCY_CHUNKS]
    return _zip(data, GCY_ZIP_DATE), header_units[:1] + units + header_units[1:]


def build_gcy_docx(path: Path) -> None:
    path.write_bytes(_gcy_build()[0])


def gcy_native_units() -> list[str]:
    """Text units of the native WordprocessingML paragraphs (header, body, footer), without the chunks."""
    return _gcy_build()[1]


def gcy_chunks() -> dict[str, str]:
    """Part name -> decoded HTML of each altChunk part."""
    return {f"word/afchunk{n}.htm": _gcy_chunk_html(n).decode(GCY_CHUNKS[n][0]) for n in GCY_CHUNKS}


# ---------------------------------------------------------------------------
# 4. Jekyll / kramdown page source (Just the Docs theme): the Michaelis-Arbuzov reaction

ARB_NAME = "michaelis-arbuzov-jekyll-kramdown.md"
ARB_TEXT = """---
layout: default
title: Michaelis–Arbuzov reaction
parent: Phosphorus chemistry
grand_parent: Reactions
nav_order: 3
has_toc: false
last_modified_date: 2025-01-28
scale_mmol: 50
reviewed_by: E. Lindqvist
---

# Michaelis–Arbuzov reaction
{: .no_toc }

Dialkyl alkylphosphonates from trialkyl phosphites and alkyl halides, the way we run it in the group.
{: .fs-6 .fw-300 }

{% include status-badge.html status="reviewed" date=page.last_modified_date by=page.reviewed_by %}

<details open markdown="block">
  <summary>
    Table of contents
  </summary>
  {: .text-delta }
1. TOC
{:toc}
</details>

---

## What the reaction does {#overview}

A trialkyl phosphite attacks an alkyl halide at carbon to give an alkoxyphosphonium salt. The halide ion \
released in that step then attacks one of the O-alkyl groups of the salt, which creates the P=O bond of the \
phosphonate and a new alkyl halide:

$$
\\mathrm{P(OEt)_3 + R{-}X \\longrightarrow [R{-}P(OEt)_3]^{+}\\,X^{-} \\longrightarrow R{-}P(O)(OEt)_2 + Et{-}X}
$$

Both steps are SN2 reactions, and that explains almost everything about the scope:

- Reactivity of the halide: RI > RBr > RCl. Primary, benzylic and allylic halides work well; secondary \
halides are slow and give alkenes by elimination; tertiary, aryl and vinyl halides do not react under these \
conditions.
- The alkyl halide formed in the second step (ethyl bromide from triethyl phosphite and a bromide) is itself a \
substrate. If it stays in the flask it competes for the phosphite and gives diethyl ethylphosphonate. That is \
why we distil it out as it forms.

{: .note }
Most of what we make this way ends up in Horner–Wadsworth–Emmons olefinations (see \
[HWE olefination]({% link reactions/olefination/hwe.md %})). Triethyl phosphonoacetate and the other common \
HWE reagents are cheap: buy them, and make only the ones you cannot buy.

## Reagents {#reagents}

Triethyl phosphite
: P(OEt)<sub>3</sub>, bp 156 °C, density 0.969 g/mL. Our default reagent. It oxidises in air \
to triethyl phosphate and is hydrolysed by water to diethyl phosphite; neither impurity takes part in the \
reaction, so an old bottle simply behaves as if you had added less phosphite.

Trimethyl phosphite
: bp 111 °C; gives dimethyl phosphonates. The by-product is methyl bromide (bp 4 °C), a toxic gas, or methyl \
iodide. Run it only in a fume cupboard with the receiver vented to the back of the cupboard, and use \
triethyl phosphite unless you really need the methyl groups.

Triisopropyl phosphite
: bp about 180 °C. The by-product, isopropyl bromide, is a poor SN2 substrate and does not compete. Useful when \
the halide is precious and you cannot distil the by-product out.

Check every bottle by <sup>31</sup>P NMR before a large run. Shifts in CDCl<sub>3</sub>, referenced to \
external H<sub>3</sub>PO<sub>4</sub> at \
0 ppm:

| Species | δP (ppm) | What it tells you |
|:--------|---------:|:------------------|
| Triethyl phosphite | +139 | starting material |
| Diethyl phosphite, HP(O)(OEt)<sub>2</sub> | +7 to +8 | hydrolysis; \
a doublet with <sup>1</sup>J(PH) of about 690 Hz in the coupled spectrum |
| Triethyl phosphate | −1 | air oxidation |
| Diethyl benzylphosphonate | +26.5 | the product of the standard procedure |
| Diethyl ethylphosphonate | about +33 | the ethyl bromide side reaction |
| Enol (vinyl) phosphate | −5 to −7 | Perkow product from an α-halo ketone |
{: .table-striped }

## Standard procedure: diethyl benzylphosphonate, {{ page.scale_mmol }} mmol {#procedure}

{% capture scale_note %}
Written for {{ page.scale_mmol }} mmol of halide. At other scales keep the phosphite at 1.2 equiv and the \
flask no more than half full.
{% endcapture %}
{% include callout.html type="tip" content=scale_note %}

1. Fit a 50 mL two-necked flask with a stirrer bar, a thermometer that dips into the liquid and a short \
distillation head with a condenser and a receiver cooled in ice. Flush the apparatus with nitrogen and keep \
a slow nitrogen stream through the head.
2. Charge triethyl phosphite (10.3 mL, 60 mmol, 1.2 equiv) and heat it to 120 °C (oil bath about 130 °C).
3. Add benzyl bromide (5.95 mL, 50 mmol) dropwise over 20–30 min, keeping the internal temperature at \
120–130 °C. Ethyl bromide starts to distil at a head temperature of about 38 °C.
4. After the addition, raise the bath and hold the mixture at 140–150 °C for 2 h, or until no more ethyl \
bromide distils.
5. Check completion by <sup>31</sup>P NMR of one drop in CDCl<sub>3</sub>: only the product (+26.5 ppm) and the excess \
phosphite (+139 ppm) should be left. On TLC (hexane–EtOAc 1:1, UV) benzyl bromide runs at Rf 0.8 and the \
phosphonate at Rf 0.3.
6. Cool to about 60 °C and remove the excess phosphite under vacuum (about 1 mbar) with the bath at up to \
90 °C.
7. Distil the product: bp 106–108 °C at 1 mmHg. Colourless oil, 10.3–10.8 g (90–95 %).

Expected <sup>1</sup>H NMR (CDCl<sub>3</sub>): δ 7.35–7.20 (m, 5H), 4.05–3.95 (m, 4H, OCH<sub>2</sub>), \
3.14 (d, <sup>2</sup>J(PH) = 21.6 Hz, \
2H, PCH<sub>2</sub>), 1.23 (t, J = 7.1 Hz, 6H).

{: .warning }
The reaction is exothermic once it starts. Above 10 mmol never mix all the halide with all the phosphite \
cold and then heat the lot: the induction period ends suddenly and ethyl bromide boils off faster than the \
condenser can take it. Add the halide to the hot phosphite and stop the addition if no ethyl bromide distils.

{% if page.scale_mmol > 100 %}
Above 100 mmol, ask the process safety group for a thermal screen of the mixture before you start.
{% endif %}

## Other substrates {#scope}

| Halide | Conditions | Notes |
|:-------|:-----------|:------|
| Benzyl and allyl bromides | 120–150 °C, 2–4 h | the standard procedure |
| Primary alkyl bromides | 150–160 °C, 6–16 h | slower; distil the ethyl bromide out continuously |
| Primary alkyl iodides | 100–120 °C, 1–3 h | fast; protect from light |
| Primary alkyl chlorides | 160 °C for 24 h, or add NaI (10 mol%) | sluggish; the in situ halide exchange helps[^nai] |
| α-Bromo esters, e.g. ethyl 2-bromopropanoate | 120–140 °C, 3 h | gives HWE reagents directly |
| α-Halo ketones | avoid | the Perkow reaction gives the enol phosphate[^perkow] |
| Secondary halides | poor | elimination; use the Michaelis–Becker reaction |
| Aryl and vinyl halides | no reaction | need a palladium-catalysed P–C coupling instead |

## Side reactions you will meet {#side-reactions}

### The Perkow reaction

With α-halo ketones the phosphite can attack the carbonyl carbon instead of the carbon carrying the halogen. \
The result is a dialkyl vinyl phosphate (an enol phosphate), not the β-ketophosphonate. α-Chloro ketones give \
mainly the Perkow product, α-iodo ketones mainly the Arbuzov product, and bromomethyl ketones such as \
phenacyl bromide give mixtures, with more enol phosphate at higher temperature. You can spot \
the enol phosphate by its <sup>31</sup>P shift (about −5 ppm \
instead of about +20 ppm) and by two vinyl CH<sub>2</sub> signals at δ 4.9 and 5.3 in the <sup>1</sup>H NMR.

For β-ketophosphonates we do not use the Arbuzov reaction at all: see \
[Making β-ketophosphonates]({% link reactions/phosphorus/beta-ketophosphonates.md %}).

### Diethyl ethylphosphonate

This comes from the ethyl bromide that stays in the flask. It is hard to separate from many products by \
distillation or by chromatography, so prevent it instead: distil the ethyl bromide out as it forms, keep a \
slow nitrogen stream over the head, and never run the reaction under reflux, which returns the ethyl bromide \
to the flask.

### Hydrolysis

Dialkyl phosphonates survive an aqueous work-up at room temperature, but lose one ester group when they are \
heated with aqueous acid or base. Keep work-ups cold and neutral.

## Troubleshooting {#troubleshooting}

<details markdown="block">
<summary>Nothing distils and the halide is still there after 2 h</summary>

- Too cold: the reaction needs 120–160 °C inside the flask, not in the bath. Put a thermometer in the liquid.
- Chlorides are slow: heat to 160 °C, add 10 mol% NaI, or make the bromide.
- Spent phosphite: a bottle that shows mostly +8 ppm (diethyl phosphite) or −1 ppm (triethyl phosphate) \
instead of +139 ppm will not react. Use a new bottle or distil it.
</details>

<details markdown="block">
<summary>Crude <sup>31</sup>P NMR shows a second phosphonate at about +33 ppm</summary>

Diethyl ethylphosphonate from ethyl bromide that stayed in the flask: the distillation head was missing, too \
long or flooded. Next time use a short head, a nitrogen stream and add the halide to the hot phosphite. It \
boils lower than most products, so a careful fractional distillation removes it.
</details>

<details markdown="block">
<summary>Big doublet at +8 ppm in the crude</summary>

Diethyl phosphite: the triethyl phosphite was wet or old. It does no harm to the reaction, but you had less \
phosphite than you thought. Distil the phosphite under nitrogen and store it over 4 Å molecular sieves under \
nitrogen.
</details>

<details markdown="block">
<summary>The mixture went dark brown or black</summary>

Overheating above 170 °C, or a sensitive benzylic halide decomposing. Keep the internal temperature at \
150 °C or below. Electron-rich benzylic chlorides such as 4-methoxybenzyl chloride are run at 110–120 °C for \
longer.
</details>

<details markdown="block">
<summary>Sudden boil-up, ethyl bromide coming out of the top of the condenser</summary>

Everything was mixed cold and heated together, and the induction period ended all at once. Add the halide \
slowly to the hot phosphite, and stop the addition if no ethyl bromide distils, because unreacted halide is \
accumulating.
</details>

<details markdown="block">
<summary>Vinyl phosphate in the product (about −5 ppm) from an α-halo ketone</summary>

That is the Perkow reaction. Use the iodo ketone at a lower temperature, or make the β-ketophosphonate by \
the acylation route instead.
</details>

<details markdown="block">
<summary>A secondary halide gave mostly alkene</summary>

Elimination wins at 150 °C. Use the Michaelis–Becker reaction: diethyl phosphite deprotonated with KOtBu \
in THF, then the halide, at room temperature to 60 °C.
</details>

<details markdown="block">
<summary>The whole corridor smells of phosphite</summary>

Trialkyl phosphites can be smelled at very low levels. Keep bottles closed, transfer by syringe, and rinse \
syringes and glassware with bleach in the fume cupboard before they leave it: bleach oxidises the phosphite \
to the phosphate, which hardly smells.
</details>

## Safety {#safety}

- Trialkyl phosphites are harmful, irritate eyes and skin and can cause skin sensitisation. Work in the fume \
cupboard with nitrile gloves.
- Benzyl bromide and allyl bromide are lachrymators; weigh them in the fume cupboard.
- Ethyl bromide and methyl bromide are volatile and harmful. Collect the distillate in the ice-cooled \
receiver and put it in the halogenated waste.
- The oil bath at 150 °C stays behind the sash for the whole run.

## FAQ {#faq}

Can I just run it under reflux?
: No. Ethyl bromide would run back into the flask and give diethyl ethylphosphonate. Use a distillation head.

Do I need to dry the phosphite?
: Only if <sup>31</sup>P NMR shows more than about 5 % diethyl phosphite. Otherwise add a little more phosphite.

Can I purify the phosphonate by column instead of distillation?
: Yes, on silica with hexane–EtOAc 1:1 up to pure EtOAc; phosphonates are polar (Rf 0.2–0.3 in 1:1). \
Non-aromatic phosphonates hardly show under UV, so use an iodine chamber. On more than 20 g distillation is \
quicker.

How do I store the product?
: Diethyl alkylphosphonates are stable. A closed bottle at room temperature is fine for years.

{% comment %}
Old version (2019): 2.0 equiv of phosphite, everything mixed at room temperature and heated at reflux for 24 h.
Replaced after the ethylphosphonate problems on the 2020 scale-up. Kept here for reference only.
{% endcomment %}

{% highlight text %}
31P{1H} quick check (Bruker, 162 MHz)
pulse program: zgpg30   ns: 16   d1: 2 s   sw: 300 ppm   o1p: 50 ppm
reference: H3PO4 (external) = 0 ppm
{% endhighlight %}

[^nai]: The iodide is released again in the second step, so 10 mol% is enough.
[^perkow]: α-Halo esters and amides do not do this; only α-halo ketones and aldehydes do.

*[HWE]: Horner–Wadsworth–Emmons
*[TLC]: thin-layer chromatography

---

[Back to top](#top){: .btn .btn-outline }

Page owner: {{ page.reviewed_by }} · Source: `_docs/reactions/phosphorus/arbuzov.md`
"""


def arb_text() -> str:
    return ARB_TEXT


def build_arb_md(path: Path) -> None:
    path.write_bytes(ARB_TEXT.encode("utf-8"))


# ---------------------------------------------------------------------------
# 5. Help-centre export (Zendesk Guide articles) as a comma CSV: a 12-position parallel reaction station

PRS_NAME = "parallel-reaction-station-zendesk-csv.csv"
PRS_HEADER = ["id", "title", "body", "locale", "section", "category", "label_names", "author", "draft", "promoted",
              "vote_sum", "vote_count", "created_at", "updated_at", "html_url"]
PRS_HOST = "https://support.haldenscientific.example.com/hc"

# (id, title, section, labels, author, draft, promoted, votes, count, created, updated, locale, body)
PRS_ARTICLES: list[tuple] = [
    (360012450011, "ParaStat 12: what it is and key specifications", "Getting started", "parastat-12,specifications",
     "Jana Köhler", False, True, 14, 16, "2021-03-02T09:14:11Z", "2024-10-08T13:40:52Z", "en-gb", """
<p>The ParaStat 12 is a 12-position parallel reaction station for 24&nbsp;mm glass reaction tubes. It sits on a
standard stirrer hot plate and turns it into twelve heated, stirred reactors under a common water-cooled reflux
head and gas manifold.</p>
<h2>Key specifications</h2>
<table>
<tbody>
<tr><td>Positions</td><td>12, on one ring 45&nbsp;mm from the centre</td></tr>
<tr><td>Tubes</td><td>24 × 150&nbsp;mm borosilicate, working volume 2–15&nbsp;mL</td></tr>
<tr><td>Block</td><td>Anodised aluminium with a PTFE-coated base</td></tr>
<tr><td>Block temperature</td><td>Ambient +5&nbsp;&deg;C to 180&nbsp;&deg;C</td></tr>
<tr><td>Reflux head</td><td>Water-cooled aluminium condenser plate, 0.5–1.5&nbsp;L/min tap water</td></tr>
<tr><td>Gas manifold</td><td>12 individual PTFE taps, maximum 0.5&nbsp;bar</td></tr>
<tr><td>Stirring</td><td>Up to 800&nbsp;rpm with the recommended stirrer bars</td></tr>
<tr><td>Temperature control</td><td>Through the external PT1000 probe input of the hot plate, or with the optional
HS-12 controller</td></tr>
<tr><td>Weight</td><td>4.2&nbsp;kg (block and head)</td></tr>
</tbody>
</table>
<p>The station is not a pressure vessel. For sealed-tube work above the boiling point of the solvent, use the
PX-6 pressure block.</p>
"""),
    (360012450031, "Which stirrer hot plates can I use with the ParaStat 12?", "Getting started",
     "hot-plate,compatibility,temperature", "Jana Köhler", False, False, 9, 11, "2021-03-02T09:40:27Z",
     "2024-06-19T08:02:13Z", "en-gb", """
<p>Any stirrer hot plate with a top plate of at least 135&nbsp;mm diameter and an input for an external
PT1000 temperature probe. The base of the block is 140&nbsp;mm across; on a smaller top plate the outer positions
heat unevenly.</p>
<ul>
<li>Always control on the external probe in the block pocket, never on the plate temperature. In plate mode the
plate can run far above the block temperature while the block lags behind.</li>
<li>Set the independent <strong>safety temperature limit</strong> of the hot plate 25&nbsp;&deg;C above your set
point. If the probe falls out of the pocket, this limit is what stops the block from overheating.</li>
<li>Centre the block on the plate with the locating ring supplied. An off-centre block stirs badly on one
side.</li>
</ul>
"""),
    (360012450052, "Why is the liquid in my tubes colder than the block temperature?", "Heating and temperature",
     "temperature,calibration", "Marco Benedetti", False, True, 31, 35, "2021-04-12T15:21:44Z",
     "2024-11-27T10:15:09Z", "en-gb", """
<p><span style="font-weight: 400;">The probe measures the block, not the liquid. Heat has to cross the small gap
between well and tube, the glass and the liquid itself, while the reflux head takes heat away at the top. At a
block temperature of 120&nbsp;&deg;C the liquid is typically 5–12&nbsp;&deg;C cooler.</span></p>
<p>The difference is larger for low-boiling solvents at reflux and for tubes that are less than a third
full.</p>
<p>To find the offset for your conditions:</p>
<ol>
<li>Fill one tube with the same volume of the same solvent as your reactions.</li>
<li>Put a calibrated thermocouple into that tube through the septum port.</li>
<li>Read it after 30&nbsp;min at the set point.</li>
<li>Add the difference to your set point (but a liquid never gets hotter than its boiling point).</li>
</ol>
<div class="callout callout--tip"><p>Do not put oil or heat-transfer paste into the wells: it creeps up the
tubes and bakes on. The wells are machined to fit the tubes within 0.3&nbsp;mm.</p></div>
"""),
    (360012450078, "Stirrer bars do not spin in some positions", "Stirring", "stirring,troubleshooting",
     "Marco Benedetti", False, True, 42, 47, "2021-04-12T16:02:31Z", "2025-01-14T09:48:20Z", "en-gb", """
<p>All twelve positions lie on a ring 45&nbsp;mm from the centre of the drive magnet of the hot plate, so the
bars are driven by the edge of its field. This is enough for normal mixtures, but bars decouple more easily than
on the centre of a plate.</p>
<ol>
<li>Use the recommended 10 × 6&nbsp;mm cylindrical PTFE bars, or cross-shaped bars for slurries. Bars longer than
12&nbsp;mm jam in the 24&nbsp;mm tubes.</li>
<li>Start at 200&nbsp;rpm and increase slowly. Do not set more than 600&nbsp;rpm for slurries or viscous
mixtures.</li>
<li>Centre the block on the plate with the locating ring. If the block is off-centre, the positions on one side
are too far from the magnet.</li>
<li>Use a hot plate with a strong drive magnet: plates that stir at least 1500&nbsp;rpm on their own are usually
fine.</li>
<li>Replace bars that have been overheated: the magnet inside loses its strength.</li>
</ol>
"""),
    (360012450093, "Reaction tubes crack or break in the block", "Tubes and seals", "tubes,safety,troubleshooting",
     "Jana Köhler", False, False, 17, 19, "2021-05-06T11:30:02Z", "2024-03-05T14:55:41Z", "en-gb", """
<p>The usual causes are:</p>
<ul>
<li><strong>Thermal shock</strong>: a cold tube put into a block at 150&nbsp;&deg;C, or cold reagent added to a
hot tube. Load the tubes before heating, or let them warm in the block for 5&nbsp;min before adding
reagents.</li>
<li><strong>Scratches</strong>: a scratch from a spatula or a stirrer bar is where a crack starts. Discard tubes with
visible scratches or star cracks.</li>
<li><strong>Force</strong>: tubes are pushed into the O-rings of the head, not screwed. Twisting a tube into a dry
O-ring can snap it at the rim.</li>
<li><strong>Wrong tubes</strong>: only ParaStat tubes (24.0 ± 0.3&nbsp;mm) fit the wells and the head.</li>
</ul>
<p>If a tube breaks while hot, switch off the heating, let the block cool below 50&nbsp;&deg;C, lift off the head
and remove the glass with tongs. Clean the well before using it again.</p>
"""),
    (360012450115, "Solvent is lost overnight and tubes dry out", "Heating and temperature",
     "reflux-head,solvent-loss,troubleshooting", "Marco Benedetti", False, True, 38, 41, "2021-05-20T08:11:37Z",
     "2025-02-03T16:20:18Z", "en-gb", """
<p>Almost always the reflux head is not cooling enough or not sealing.</p>
<ul>
<li>Check that the cooling water flows at 0.5–1.5&nbsp;L/min. The flow indicator on the outlet of the head
should spin.</li>
<li>Check the O-ring of each tube in the head. A flattened, cracked or swollen ring lets vapour escape: replace
it.</li>
<li>Volatile solvents (dichloromethane, diethyl ether, acetone) need cooling water at 15&nbsp;&deg;C or below.
Above a block temperature of 40&nbsp;&deg;C, expect some loss of dichloromethane anyway.</li>
<li>A strong stream of nitrogen carries vapour out through the bubbler. Above about 5&nbsp;mL/min per tube you
will lose solvent; use a slow stream or a static atmosphere.</li>
</ul>
"""),
    (360012450136, "Water condenses on the head and drips into the wells", "Heating and temperature",
     "reflux-head,condensation", "Jana Köhler", False, False, 6, 8, "2021-06-01T10:45:59Z", "2023-08-22T09:12:40Z",
     "en-gb", """
<p>If the cooling water is much colder than the laboratory (below about 10&nbsp;&deg;C) and the room is humid,
water condenses on the outside of the head and the hoses and can run into the wells. Water in a hot well spits
and can crack a tube.</p>
<p>Use cooling water at 15–20&nbsp;&deg;C, or insulate the hoses and the top of the head with the foam sleeves
supplied. Dry the wells before heating if water has got in.</p>
"""),
    (360012450157, "Running reactions under nitrogen or argon", "Inert atmosphere", "inert,manifold,how-to",
     "Marco Benedetti", False, True, 25, 27, "2021-06-14T13:33:08Z", "2024-09-30T11:07:26Z", "en-gb", """
<ol>
<li>Fit the tubes and the head, and connect the manifold inlet to the inert gas supply at 0.1–0.3&nbsp;bar, with an
oil bubbler on the manifold outlet.</li>
<li>Open all 12 taps and flush for 10&nbsp;min with a brisk stream, about 200&nbsp;mL/min in total.</li>
<li>Reduce to a slow stream (1–2 bubbles per second at the bubbler) and close the taps of unused positions.</li>
<li>Add liquids through the septum ports with a syringe.</li>
</ol>
<p><strong>Do not evacuate the station.</strong> The tubes are held only by the O-rings of the head and are
pulled in under vacuum. Evacuate-and-refill cycles are not possible: flush with gas instead.</p>
"""),
    (360012450174, "HS-12 controller: error codes", "HS-12 controller", "controller,error-codes,troubleshooting",
     "Jana Köhler", False, True, 53, 58, "2021-07-09T07:58:43Z", "2025-01-21T15:33:02Z", "en-gb", """
<p>The HS-12 controller shows a code in the display and sounds a beep. Heating stops for every code except
E06.</p>
<table>
<thead><tr><th>Code</th><th>Meaning</th><th>What to do</th></tr></thead>
<tbody>
<tr><td>E01</td><td>Block probe not detected</td><td>Push the probe plug fully into its socket; check the cable
for damage; replace the probe if the code stays.</td></tr>
<tr><td>E02</td><td>Over-temperature: block above 195&nbsp;&deg;C</td><td>Let the block cool. Check that the probe is
in its pocket: a probe lying outside reads low and the block is overheated.</td></tr>
<tr><td>E03</td><td>Heating too slow: less than 1&nbsp;&deg;C rise in 5&nbsp;min at full power</td><td>Probe not in the
block, hot plate switched off or faulty. Check the hot plate on its own.</td></tr>
<tr><td>E04</td><td>Probe reading jumps by more than 10&nbsp;&deg;C</td><td>Loose connection or damaged probe
cable.</td></tr>
<tr><td>E05</td><td>Cooling water flow below 0.3&nbsp;L/min (optional flow sensor)</td><td>Open the tap; check for
kinked hoses or a dirty flow sensor. Heating pauses until the flow is back.</td></tr>
<tr><td>E06</td><td>Set point above the limit set in the menu</td><td>Lower the set point, or change the limit in
Menu › Limits (PIN protected).</td></tr>
<tr><td>E07</td><td>Power was interrupted during a run</td><td>The controller does not restart the heating by
itself. Check the reactions before you press START.</td></tr>
<tr><td>E09</td><td>Internal fault</td><td>Switch off, note the code and the serial number, contact
support.</td></tr>
</tbody>
</table>
"""),
    (360012450196, "Temperature overshoots on the first heat-up", "HS-12 controller", "controller,temperature",
     "Marco Benedetti", False, False, 12, 15, "2021-07-09T08:20:15Z", "2024-04-17T12:41:33Z", "en-gb", """
<p>After a change of hot plate, of solvent load or of set point, the block can overshoot by 5–15&nbsp;&deg;C
on the first heat-up, because the control parameters of the HS-12 were set for another load.</p>
<ul>
<li>Run the autotune routine once for each new combination (Menu › Autotune, about 40&nbsp;min, with the tubes
filled as for the real run).</li>
<li>Limit the heating rate to 5&nbsp;&deg;C/min in Menu › Rate.</li>
<li>Set the hot plate itself to no more than 50&nbsp;&deg;C above the set point.</li>
</ul>
<p>For reactions that must not see a temperature above the set point, heat to 10&nbsp;&deg;C below it first and
then raise the set point once the block is stable.</p>
"""),
    (360012450218, "Cleaning the block and the reflux head", "Care and maintenance", "cleaning,maintenance",
     "Jana Köhler", False, False, 8, 9, "2021-08-03T14:09:51Z", "2024-02-12T10:26:47Z", "en-gb", """
<ul>
<li>Let everything cool below 40&nbsp;&deg;C and unplug the probe.</li>
<li>Wipe the block with a cloth moistened with isopropanol. Never immerse the block or the head in water or
solvent, and never put them in a glassware washer.</li>
<li>Lift spilled solids out of the wells with a soft brush and a plastic pick. Never use steel wool or abrasive
pads: they remove the anodised layer.</li>
<li>Anodised aluminium is attacked by strong acids (hydrochloric acid, trifluoroacetic acid) and by hydroxide
solutions. Rinse such spills off with water at once and dry the block.</li>
<li>Flush the cooling channel of the head once a month with 5&nbsp;% citric acid to remove limescale, then with
water.</li>
</ul>
"""),
    (360012450239, "Which O-rings for which solvents?", "Tubes and seals", "o-rings,compatibility,seals",
     "Marco Benedetti", False, True, 29, 30, "2021-08-19T09:37:20Z", "2024-12-02T13:18:55Z", "en-gb", """
<p>The standard O-rings of the head are FKM. They are fine for hydrocarbons, aromatics, chlorinated solvents and
alcohols, but they swell in ketones, esters, THF and amines.</p>
<table>
<thead><tr><th>Solvent group</th><th>FKM (standard, PS12-OR-FK)</th><th>EPDM (PS12-OR-EP)</th><th>FFKM
(PS12-OR-FF)</th></tr></thead>
<tbody>
<tr><td>Hydrocarbons, toluene</td><td>good</td><td>poor</td><td>good</td></tr>
<tr><td>Dichloromethane, chloroform</td><td>good</td><td>poor</td><td>good</td></tr>
<tr><td>Alcohols, water</td><td>good</td><td>good</td><td>good</td></tr>
<tr><td>Acetone, ethyl acetate</td><td>poor</td><td>good</td><td>good</td></tr>
<tr><td>THF, amines, DMF</td><td>poor</td><td>fair</td><td>good</td></tr>
</tbody>
</table>
<p>FFKM rings cover everything above and last longest; EPDM is the cheaper choice for ketones and esters.
Replace any ring that has swollen: it will not seal once it has dried again.</p>
"""),
    (360012450255, "Can I run reactions under pressure or in sealed tubes?", "Getting started",
     "pressure,safety", "Jana Köhler", False, False, 19, 22, "2021-09-07T12:12:12Z", "2024-05-28T07:49:04Z",
     "en-gb", """
<p>No. The tubes of the ParaStat 12 are open to the gas manifold and the bubbler, and the maximum gas pressure at
the manifold is 0.5&nbsp;bar. A liquid in the station cannot be heated above its boiling point: with the head
cooled it refluxes, whatever temperature the block shows.</p>
<p>For reactions above the boiling point of the solvent use the PX-6 pressure block with pressure tubes rated to
10&nbsp;bar.</p>
"""),
    (360012450271, "Calibrating the block probe", "Care and maintenance", "calibration,temperature,maintenance",
     "Marco Benedetti", False, False, 7, 7, "2021-10-11T08:30:45Z", "2024-10-08T13:51:17Z", "en-gb", """
<p>We recommend a check every 12&nbsp;months.</p>
<ol>
<li>Put a calibrated reference thermometer into the second pocket of the block (marked CAL), next to the
probe.</li>
<li>Heat to 100&nbsp;&deg;C and wait 20&nbsp;min.</li>
<li>If the two readings differ by more than 1&nbsp;&deg;C, enter the difference in Menu › Probe offset.</li>
<li>Repeat at 150&nbsp;&deg;C. If the readings still differ by more than 2&nbsp;&deg;C, replace the probe
(PS12-PR).</li>
</ol>
"""),
    (360012450290, "Leaving reactions to run overnight", "Heating and temperature", "overnight,safety",
     "Jana Köhler", False, True, 22, 24, "2022-01-18T16:44:29Z", "2024-11-05T09:03:58Z", "en-gb", """
<ul>
<li>Control on the block probe, and set the safety temperature limit of the hot plate 25&nbsp;&deg;C above the set
point.</li>
<li>Fit the flow sensor (PS12-FS) to the head outlet, so that the HS-12 pauses the heating (E05) if the cooling
water stops.</li>
<li>Secure both water hoses with hose clips and run the outlet hose into a drain, not into a sink that can
block.</li>
<li>Fill in your laboratory's overnight running sheet and leave it on the fume cupboard sash.</li>
</ul>
"""),
    (360012450312, "Spare parts and part numbers", "Care and maintenance", "parts,ordering", "Jana Köhler", False,
     False, 5, 6, "2022-02-09T10:10:10Z", "2024-07-01T08:00:00Z", "en-gb", """
<ul>
<li>Reaction tubes 24 × 150&nbsp;mm, pack of 24: PS12-T24</li>
<li>O-ring set, FKM: PS12-OR-FK; EPDM: PS12-OR-EP; FFKM: PS12-OR-FF</li>
<li>Stirrer bars 10 × 6&nbsp;mm, pack of 20: PS12-SB</li>
<li>PT1000 block probe: PS12-PR</li>
<li>Cooling water flow sensor: PS12-FS</li>
<li>Septum caps for the head ports, pack of 50: PS12-SC</li>
</ul>
"""),
    (360012449870, "ParaStat 12 specifications (v1 block)", "Getting started", "parastat-12,specifications",
     "Jana Köhler", True, False, 0, 0, "2019-05-14T11:02:36Z", "2019-06-03T15:27:08Z", "en-gb", """
<p>DRAFT – specifications of the first block version (2019).</p>
<p>Block temperature: ambient +5&nbsp;&deg;C to 150&nbsp;&deg;C. Tubes: 24 × 150&nbsp;mm, working volume
2–12&nbsp;mL. Gas manifold: 12 taps, maximum 0.3&nbsp;bar.</p>
"""),
    (360012450078, "Rührfische drehen in einigen Positionen nicht", "Rühren", "stirring,troubleshooting",
     "Marco Benedetti", False, False, 3, 3, "2021-11-22T09:15:00Z", "2024-02-20T11:44:36Z", "de", """
<p>Alle zwölf Positionen liegen auf einem Ring 45&nbsp;mm vom Zentrum des Antriebsmagneten entfernt.</p>
<ol>
<li>Verwenden Sie die empfohlenen zylindrischen PTFE-Rührfische 10 × 6&nbsp;mm.</li>
<li>Beginnen Sie mit 200&nbsp;U/min und erhöhen Sie langsam; bei Suspensionen höchstens 600&nbsp;U/min.</li>
<li>Zentrieren Sie den Block mit dem Zentrierring auf der Heizplatte.</li>
</ol>
"""),
]


def _prs_slug(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")


def prs_rows() -> list[list[str]]:
    rows = [list(PRS_HEADER)]
    for (aid, title, section, labels, author, draft, promoted, votes, count, created, updated, locale,
         body) in PRS_ARTICLES:
        category = "Rührstationen" if locale == "de" else "Parallel synthesis"
        url = f"{PRS_HOST}/{locale}/articles/{aid}-{_prs_slug(title)}"
        rows.append([str(aid), title, body.strip("\n"), locale, section, category, labels, author,
                     "true" if draft else "false", "true" if promoted else "false", str(votes), str(count),
                     created, updated, url])
    return rows


def _prs_cell(text: str) -> str:
    if any(ch in text for ch in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def prs_text() -> str:
    return "".join(",".join(_prs_cell(c) for c in row) + "\r\n" for row in prs_rows())


def prs_cell_units(cell: str) -> list[str]:
    """Text units of one cell: a block (p, li, h*, td, th, div) of an HTML cell, or one line of a plain cell."""
    if cell.lstrip().startswith("<"):
        parts = re.split(r"</?(?:p|ul|ol|li|h\d|table|thead|tbody|tr|td|th|div)(?: [^>]*)?>|<br ?/?>", cell)
        out = [" ".join(html.unescape(re.sub(r"<[^>]+>", "", p)).split()) for p in parts]
        return [u for u in out if u]
    return [" ".join(p.split()) for p in cell.split("\n") if p.strip()]


def build_prs_csv(path: Path) -> None:
    path.write_bytes(prs_text().encode("utf-8"))


# ---------------------------------------------------------------------------
# 6. Word SOP saved as plain text (UTF-8 with BOM, CRLF, tabs): the Mannich reaction

MNH_NAME = "mannich-reaction-word-plain-text.txt"
# One entry per Word paragraph; "\t" separates list numbers, heading numbers, TOC fields and table cells.
MNH_LINES: list[str] = [
    "Department of Chemistry – Synthesis Laboratories",
    "Standard Operating Procedure ORG-SOP-031",
    "Mannich reaction: β-aminoketone hydrochlorides from ketones, paraformaldehyde and secondary amine "
    "hydrochlorides",
    "Version 3.0 – approved 12 February 2025 – review due February 2027",
    "Prepared by: S. Adeyemi (Teaching Laboratory Manager)\tApproved by: Dr K. Lindström (Director of "
    "Undergraduate Laboratories)",
    "",
    "Contents",
    "1\tPurpose and scope\t1",
    "2\tBackground\t1",
    "2.1\tMechanism\t1",
    "2.2\tChoice of reagents\t2",
    "3\tHazards and controls\t2",
    "4\tMaterials and equipment\t3",
    "5\tProcedure: 3-(dimethylamino)-1-phenylpropan-1-one hydrochloride\t3",
    "6\tThe free base\t4",
    "7\tAnalysis\t4",
    "8\tTroubleshooting\t5",
    "9\tWaste\t6",
    "",
    "1\tPurpose and scope",
    "This SOP describes the Mannich reaction of enolisable ketones with paraformaldehyde and secondary amine "
    "hydrochlorides in ethanol, and the isolation of the products as crystalline hydrochlorides. It is used in "
    "the third-year synthesis practical (experiment S7) and by research groups that make Mannich bases as "
    "building blocks or as stable precursors of vinyl ketones.",
    "It does not cover Mannich reactions of primary amines, reactions with preformed iminium salts, or "
    "catalytic asymmetric Mannich reactions.",
    "2\tBackground",
    "The Mannich reaction joins three components: a compound with an acidic C–H (here an enolisable ketone), "
    "formaldehyde and a secondary amine. The product, a β-aminoketone, is called a Mannich base. It is "
    "isolated as its hydrochloride, which is crystalline, stable and easy to purify.",
    "2.1\tMechanism",
    "1.\tUnder the acidic conditions paraformaldehyde depolymerises to formaldehyde.",
    "2.\tFormaldehyde condenses with the secondary amine to an iminium ion; with dimethylamine this is "
    "CH2=N(CH3)2+.",
    "3.\tThe ketone enolises (acid catalysis) and the enol attacks the iminium ion at carbon.",
    "4.\tThe new C–N compound is protonated at nitrogen at once, which protects it from reacting further.",
    "The acid therefore has three jobs: it depolymerises the paraformaldehyde, it catalyses the enolisation "
    "and it keeps the product as the unreactive ammonium salt. That is why the amine is used as its "
    "hydrochloride and a little extra hydrochloric acid is added.1",
    "2.2\tChoice of reagents",
    "•\tAmine: secondary amines only, for example dimethylamine, diethylamine, morpholine or pyrrolidine. "
    "Primary amines react twice and give mixtures; ammonia is worse still.",
    "•\tFormaldehyde source: paraformaldehyde. Formalin (37 % aqueous formaldehyde with 10–15 % methanol) "
    "brings water into the reaction, which slows it down and makes the product oil out instead of "
    "crystallising.",
    "•\tKetone: methyl ketones react at the methyl group. Unsymmetrical dialkyl ketones such as butan-2-one give "
    "mixtures, mainly substituted on the more substituted side under these acidic conditions.",
    "o\tAcetone reacts on both sides and gives the bis-Mannich product unless acetone is in large excess.",
    "§\tFor the mono-Mannich product from acetone use at least 10 equiv of acetone.",
    "o\tCyclohexanone reacts in the same way as acetophenone but needs about one and a half times the "
    "reaction time.",
    "•\tAldehydes with α-hydrogens condense with themselves under these conditions and are not covered here.",
    "•\tSolvent: ethanol (95 % is fine). Isopropanol works but the reaction is slower.",
    "•\tStoichiometry: 1.3 equiv each of the amine hydrochloride and of formaldehyde. More of either favours "
    "the bis-Mannich product; less leaves unreacted ketone, which stays in the mother liquor.",
    "3\tHazards and controls",
    "Substance or step\tHazard\tControl",
    "Paraformaldehyde and formaldehyde\tToxic by inhalation, skin sensitiser, Carc. 1B; workplace exposure "
    "limit 2 ppm (8 h and 15 min)\tWeigh in the fume cupboard, avoid dust, nitrile gloves",
    "Dimethylamine hydrochloride\tIrritant; hygroscopic\tKeep the bottle closed and weigh quickly",
    "Concentrated hydrochloric acid\tCorrosive; gives off HCl fumes\tFume cupboard; measure with a glass pipette",
    "Formaldehyde together with HCl\tCan form bis(chloromethyl) ether, a potent carcinogen, in the vapour\tUse "
    "only the small amount of acid stated and keep the condenser running",
    "Never mix formaldehyde with concentrated HCl outside this procedure.",
    "Phenyl vinyl ketone (from decomposition of the product)\tLachrymator, skin irritant\tDo not heat the free "
    "base; see section 6",
    "Ethanol, acetone\tHighly flammable\tNo naked flames; heat with a heating mantle",
    "Personal protective equipment: lab coat, safety glasses and nitrile gloves throughout. Work in a fume "
    "cupboard from weighing the paraformaldehyde until the crystals have been collected.",
    "4\tMaterials and equipment",
    "•\t100 mL round-bottomed flask, condenser, heating mantle, magnetic stirrer and stirrer bar",
    "•\tAcetophenone, 6.0 g (5.8 mL, 50 mmol)",
    "•\tDimethylamine hydrochloride, 5.3 g (65 mmol, 1.3 equiv)",
    "•\tParaformaldehyde, 2.0 g (66 mmol of CH2O, 1.3 equiv)",
    "•\tEthanol (95 %), 8 mL, and concentrated hydrochloric acid, 0.1 mL",
    "•\tAcetone, 40 mL for the crystallisation and about 20 mL for washing",
    "5\tProcedure: 3-(dimethylamino)-1-phenylpropan-1-one hydrochloride",
    "1.\tIn the fume cupboard, put the acetophenone, the dimethylamine hydrochloride and the paraformaldehyde "
    "into the flask with the stirrer bar.",
    "2.\tAdd the ethanol and the concentrated hydrochloric acid, fit the condenser and turn on the cooling "
    "water.",
    "3.\tHeat to a gentle reflux with stirring. The paraformaldehyde dissolves during the first 10–20 min and "
    "the mixture becomes a clear, pale yellow solution. Note the time at which it becomes clear.",
    "4.\tReflux for 2 h in total.",
    "5.\tIf the hot solution is not clear, filter it quickly through a fluted filter paper into a 250 mL "
    "conical flask.",
    "6.\tWhile the solution is still warm, add the acetone (40 mL) and swirl. Cool to room temperature and then "
    "in an ice bath for 30 min, or better overnight in the fridge at 4 °C. Colourless crystals form.",
    "7.\tCollect the crystals on a Büchner funnel, wash them with cold acetone (2 × 5 mL) and dry them in "
    "air and then in a desiccator.",
    "8.\tTypical result: 6.9–8.0 g (65–75 %), mp 150–155 °C. One recrystallisation from hot ethanol, with "
    "acetone added until the solution turns cloudy, raises the mp to 155–156 °C.2",
    "Scale: the procedure is written for 50 mmol. It has been run at up to 0.5 mol with the same ratios; above "
    "0.2 mol add the acetone in portions and allow at least 12 h for the crystallisation.",
    "6\tThe free base",
    "The hydrochloride keeps for years in a closed bottle. The free base does not: on standing, and quickly on "
    "warming above about 50 °C, it loses dimethylamine to give phenyl vinyl ketone, which polymerises and is "
    "a lachrymator. This elimination is why Mannich bases are used as stable precursors of vinyl ketones.",
    "Storage: keep the hydrochloride in a closed, labelled bottle at room temperature, protected from moisture, "
    "with the date of preparation on the label.",
    "To obtain the free base:",
    "a)\tDissolve the hydrochloride in cold water (5 mL per gram).",
    "b)\tCover with tert-butyl methyl ether, cool to 0 °C and add cold 2 M NaOH with stirring until the "
    "aqueous layer is at pH 10–11.",
    "c)\tSeparate, extract the aqueous layer once more, dry the combined organic layers over Na2SO4 and use the "
    "solution at once. If you must concentrate it, keep the bath at 25 °C or below.",
    "7\tAnalysis",
    "•\tTLC: the hydrochloride stays on the baseline in hexane–ethyl acetate. Use dichloromethane–methanol–"
    "aqueous ammonia (90:9:1): product Rf about 0.4, acetophenone near the solvent front; UV.",
    "•\t1H NMR (D2O): δ 7.95 (d, 2H), 7.70 (t, 1H), 7.55 (t, 2H), 3.65 (t, 2H, COCH2), 3.55 (t, 2H, CH2N), "
    "2.95 (s, 6H, N(CH3)2). A singlet at δ 2.7 comes from dimethylamine hydrochloride left in the product.",
    "•\tMelting point: pure product 155–156 °C. A melting range that starts below 150 °C points to "
    "dimethylamine hydrochloride or water in the sample.",
    "•\tIR (ATR): C=O 1685 cm−1; broad N–H+ band at 2400–2700 cm−1.",
    "8\tTroubleshooting",
    "Observation\tProbable cause\tAction",
    "Paraformaldehyde has not dissolved after 30 min at reflux\tNo or too little acid; old, highly polymerised "
    "paraformaldehyde\tAdd another 0.1 mL of concentrated HCl; use a fresh bottle of paraformaldehyde",
    "No crystals after adding acetone and cooling\tToo much ethanol or water; not cooled for long enough\tLeave "
    "overnight at 4 °C; scratch the inside of the flask with a glass rod; seed with a crystal from an earlier "
    "batch",
    "If there are still no crystals, remove half of the solvent on the rotary evaporator and add acetone again.",
    "The product separates as an oil\tWater in the mixture (formalin used, or wet ethanol); acetone added while "
    "the solution was too hot\tDecant the solvent and triturate the oil with fresh cold acetone until it "
    "solidifies; next time use paraformaldehyde and 95 % ethanol",
    "Low mp or wide melting range\tDimethylamine hydrochloride in the product; product not dry\tRecrystallise "
    "from ethanol–acetone; dry in a desiccator",
    "Sharp smell, stinging eyes when handling the product\tElimination to phenyl vinyl ketone\tThe product or "
    "the free base was heated: keep it as the hydrochloride and never dry it in an oven above 50 °C",
    "Second N-methyl singlet and extra CH2 signals in the NMR\tBis-Mannich product (a second aminomethyl "
    "group)\tToo much formaldehyde and amine, or too long at reflux: keep both at 1.3 equiv and the reflux at "
    "2 h",
    "The mixture turns dark brown\tOverheating or too much acid\tKeep the reflux gentle and use only the stated "
    "0.1 mL of acid",
    "Very little product from a hindered ketone\tSlow enolisation\tExtend the reflux to 6–8 h and follow it by "
    "TLC; some hindered ketones do not react usefully",
    "White solid collects in the condenser\tFormaldehyde repolymerising in the cold condenser\tNormal in small "
    "amounts; wash it back into the flask with a little ethanol",
    "9\tWaste",
    "•\tMother liquors and acetone washes: non-halogenated organic waste, labelled “contains formaldehyde and "
    "dimethylamine”.",
    "•\tAqueous layers from the free base preparation: basic aqueous waste.",
    "•\tSolid residues of paraformaldehyde: hazardous solid waste, never the general waste.",
    "",
    "________________",
    "1 The reaction also works with the free amine plus one equivalent of hydrochloric acid, but the "
    "hydrochloride is easier to weigh and to store.",
    "2 Literature mp 155–156 °C after recrystallisation.",
]


def mnh_text() -> str:
    return "\ufeff" + "\r\n".join(MNH_LINES) + "\r\n"


def mnh_units(text: str) -> list[str]:
    """One unit per tab-separated cell of each line (BOM removed), stripped."""
    out = []
    for line in text.lstrip("\ufeff").split("\r\n"):
        for cell in line.split("\t"):
            if cell.strip():
                out.append(cell.strip())
    return out


def build_mnh_txt(path: Path) -> None:
    path.write_bytes(mnh_text().encode("utf-8"))


# ---------------------------------------------------------------------------


def visible_strings() -> dict[str, list[str]]:
    """Text units per guide stem for the binary layouts: the DOCX (native paragraphs only; the chunks are HTML
    parts that the verifier splits itself) and the PDF (drawn lines)."""
    return {Path(GCY_NAME).stem: gcy_native_units(), Path(FLT_NAME).stem: flt_units()}


SUFFIXES = {Path(GCY_NAME).stem: ".docx", Path(FLT_NAME).stem: ".pdf"}
DISCOURSE_STEMS = {Path(HNY_NAME).stem}
CHROME_PDF_STEMS = {Path(FLT_NAME).stem}
ALTCHUNK_STEMS = {Path(GCY_NAME).stem}
JEKYLL_STEMS = {Path(ARB_NAME).stem}
ZENDESK_CSV_STEMS = {Path(PRS_NAME).stem}
WORD_TEXT_STEMS = {Path(MNH_NAME).stem}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    builds = [(HNY_NAME, build_hny_html), (FLT_NAME, build_flt_pdf), (GCY_NAME, build_gcy_docx),
              (ARB_NAME, build_arb_md), (PRS_NAME, build_prs_csv), (MNH_NAME, build_mnh_txt)]
    for name, build in builds:
        path = OUT_DIR / name
        build(path)
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
