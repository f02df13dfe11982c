"""What in a guide is not chemistry: vendor front matter, figure placeholders, contact blocks, disclaimers.

Patterns are deliberately plain so a lab adding a guide can read and extend them.
"""

from __future__ import annotations

import re

# Whole lines that are never content, wherever they appear.
LINE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\[[^\]]*\]\(#?\)\.?$",  # a bare placeholder link: [Get Quote](#), [Click to download ...](#)
        r"^(author|compound name|cat\. no\.|email|phone|address|date)\s*:",
        r"^\*\*date:\*\*",
        r"^compound of interest$",
        r"^(last (edited|modified|updated|revised)|this page was last (edited|modified))\b.{0,80}$",  # wiki footers
        r"^created by .{1,60}, last (edited|modified|updated) by .{1,60}$",  # a wiki page's byline (Confluence)
        r"^(page history|retrieved from|view source|edit this page)\b.{0,60}$",
        r"^\(?(table |list )?(continued|cont'd)( on (the )?next page| overleaf)?\)?\.?$",  # a printed table's
        # "(TABLE CONTINUED ON NEXT PAGE)"
        r"^(share|like) this( page| post| article)?:.{0,80}$",  # a blog's share and like buttons, printed
        r"^(proudly )?powered by [\w .-]{1,40}$",  # a site's footer ("Proudly powered by WordPress")
    )
]

# Headings that open the back matter; from the first of these on nothing is chemistry,
# except the literature list, which is kept as `reference` passages.
REFERENCE_HEADINGS = re.compile(r"^(references|bibliography|literature|further reading)\b", re.IGNORECASE)
BACK_MATTER_HEADINGS = re.compile(
    r"^(sources|disclaimer|contact|about us|technical support|copyright|need |ordering|terms)",
    re.IGNORECASE,
)

# A figure placeholder swallows its caption (the next paragraph).
FIGURE = re.compile(r"^\[?click to (download|enlarge)|^!\[", re.IGNORECASE)


# A table of contents' entry: "7  TROUBLESHOOTING ........ 5", ". . . . 5", "… 5".
TOC_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d+$|…\s*\d+$")
# A page number standing alone, lower-cased with its spaces taken out: "7", "-7-", "page7of9", "7/9".
PAGE_NUMBER = re.compile(r"^(?:page)?\d+(?:(?:of|/)\d+)?$|^\d+\|page$|^[-–]\d+[-–]$")


def is_boilerplate_line(line: str) -> bool:
    s = line.strip()
    return not is_figure(s) and (any(p.search(s) for p in LINE_PATTERNS) or bool(TOC_ENTRY.search(s)))


def is_page_number(line: str) -> bool:
    return bool(PAGE_NUMBER.match(re.sub(r"\s+", "", line.lower())))


def is_figure(line: str) -> bool:
    return bool(FIGURE.search(line.strip()))


def opens_references(heading: str) -> bool:
    return bool(REFERENCE_HEADINGS.search(heading.strip()))


def opens_back_matter(heading: str) -> bool:
    return bool(BACK_MATTER_HEADINGS.search(heading.strip()))
