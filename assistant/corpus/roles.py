"""What a block is for, read from the words a guide uses for it: the one place for role cues.

Roles are named by general troubleshooting vocabulary, not one vendor's phrasing: a problem is a
symptom, issue, sign or observation; a cause a reason, diagnosis or "why"; a fix a solution, remedy,
"try", "what to do" or corrective action. Back matter (references, contact, disclaimers, revision and
page history) is recognised by a section's whole name, never by how a name starts.
"""

from __future__ import annotations

import re
from typing import Literal

Role = Literal["symptom", "cause", "solution"]

_WORDS: dict[Role, str] = {
    "symptom": r"symptoms?|problems?|issues?|signs?|observations?|observed|what you see|the problem"
               r"|troubleshooting(?: guide| tips)?|common (?:problems|issues|pitfalls|mistakes)",
    "cause": r"(?:possible |likely |probable |root |common )?(?:causes?|reasons?)|why|diagnosis|explanation",
    "solution": r"solutions?|fix(?:es)?|remed(?:y|ies)|try|what to (?:do|try)|(?:corrective |suggested )?actions?"
                r"|recommendations?|resolution|suggested fix|how to fix( it)?",
}
LABEL_WORDS = "(?:" + "|".join(_WORDS.values()) + ")"  # any role's label words, for stripping a run-in label
# "Cause: ...", "**Fix.** ...", "__Remedies:__ ...", "Possible reasons - ...": a run-in label opening a block.
_RUN_IN: dict[Role, re.Pattern[str]] = {
    role: re.compile(rf"^(?:(?:\*\*|__)\s*(?:{w})\s*\d*\s*[:.]\s*(?:\*\*|__)|(?:\*\*|__)(?:{w})(?:\*\*|__)\s*[:.]"
                     rf"|(?:{w})\s*\d*\s*:)", re.IGNORECASE)
    for role, w in _WORDS.items()
}
# A section or table column named for a role: "Symptoms", "Likely causes", "What to do", "Remedy:".
_WHOLE: dict[Role, re.Pattern[str]] = {
    role: re.compile(rf"^(?:common |possible |typical )?(?:{w})\s*:?$", re.IGNORECASE) for role, w in _WORDS.items()
}
# "Troubleshooting Chan-Lam", "Troubleshooting the dihydroxylation": a troubleshooting section for one reaction
# or instrument holds problem entries as "Troubleshooting" does. "Troubleshooting 2: works on 0.2 mmol, fails
# on 5 mmol" is one problem, named after the colon, not a section of them.
_TROUBLESHOOTING_OF = re.compile(r"^troubleshooting\s+(?!\d)(?!(?:guide|tips)\s*$)[^\s:;,.]+(?:\s+[^\s:;,.]+){0,4}$",
                                 re.IGNORECASE)

QUESTION = re.compile(r"^(?:\*\*)?Q(\d*)\s*[:.](?:\*\*)?\s*", re.IGNORECASE)
ANSWER = re.compile(r"^(?:\*\*)?A(\d*)\s*[:.](?:\*\*)?\s*", re.IGNORECASE)
FAQ_SECTION = re.compile(r"\bFAQs?\b|frequently asked|common questions|^questions$", re.IGNORECASE)
PROTOCOL = re.compile(  # "Typical procedure", "Screening protocol", "Experimental Protocol: X", "Titration method"
    r"^(?:\*\*)?(?:[\w()/,'-]+ ){0,4}(?:protocols?|procedures?|method|step[- ]by[- ]step|workflow steps)\b",
    re.IGNORECASE)

_REFERENCES = re.compile(r"^(?:references?|bibliography|literature(?: references| cited)?|further reading"
                         r"|citations|works cited|key references)\s*:?$", re.IGNORECASE)
_BACK_MATTER = re.compile(
    r"^(?:sources?|disclaimers?(?: .{0,30})?|contacts?(?: us| information| details)?|about(?: us| the authors?)?"
    r"|copyright|terms(?: of use| and conditions)?|ordering(?: information)?|technical support|support"
    r"|revision history|revisions?|document history|change ?log|page history|version history|history"
    r"|legal(?: notice)?|privacy(?: policy)?|related(?: products| pages| articles| posts| topics)?|see also"
    r"|share this( page| post)?|leave a (?:reply|comment)|post a comment|suggested topics"
    r"|need .{1,40}\?.*)\s*:?$", re.IGNORECASE)


_NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z]\.)\s+")  # "6. Contact", "4.1 Oiling out", "II. Scope"


# pictographs, dingbats and their variation selectors and joiners, as wiki and Notion headings carry them
_SYMBOLS = "[\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff\\s]*"
_DECORATION = re.compile(f"^{_SYMBOLS}|{_SYMBOLS}$")  # at either end of the heading


def name_of(heading: str) -> str:
    """A heading's name without markup, decorating emoji and symbols ("Troubleshooting 🛠️") and its
    section number."""
    return _NUMBERED.sub("", _DECORATION.sub("", re.sub(r"[*_#]", "", heading)).strip())


def run_in(text: str) -> Role | None:
    """The role a block's own opening label gives it ("Cause: ...", "**Fix.** ..."), if any."""
    for role, pattern in _RUN_IN.items():
        if pattern.match(text.strip()):
            return role
    return None


def named(name: str) -> Role | None:
    """The role a section or column name gives its content, when the whole name is a role word."""
    s = name_of(name)
    for role, pattern in _WHOLE.items():
        if pattern.match(s):
            return role
    return "symptom" if _TROUBLESHOOTING_OF.match(s) else None


def column(name: str) -> Role | None:
    """The role a table column's name gives its cells: a role word ("Remedy"), or a name of two joined by a
    slash whose first part is one ("Action / answer", "Observation / question", "What to do / why")."""
    if (role := named(name)) is not None or "/" not in name:
        return role
    return named(name.split("/")[0].strip())


# A column that keeps a record's books, not the chemistry: its identifier, who owns or edited it, when it was
# reviewed, how it is filed ("ID", "Owner", "Last review", "Severity", "Linked docs", "Edited by", "Ref").
_BOOKKEEPING = re.compile(
    r"^(?:id|ref(?:erence)?(?: no\.?)?|record(?: id)?|owner|author|assignee|(?:edited|reviewed|approved|updated|"
    r"created|modified) (?:by|on)|last (?:review(?:ed)?|update[d]?|modified|edit(?:ed)?)|review date|updated|"
    r"modified|severity|priority|linked (?:docs?|documents?|records?)|attachments?|tags?)\s*:?$", re.IGNORECASE)


def bookkeeping(name: str) -> bool:
    """Whether a table column keeps a record's books (its identifier, owner, review date) rather than saying
    anything about the chemistry."""
    return bool(_BOOKKEEPING.match(name.strip()))


def label_only(text: str) -> Role | None:
    """The role of a sentence that is only a run-in label ("Possible reasons.", "Fix.", "Remedies:")."""
    s = re.sub(r"[*_]", "", text).strip()
    return named(s[:-1]) if s[-1:] in ".:" else None


# A one-word bold label that heads a note rather than naming what it is about ("Note.", "Caution.")
ADMONITIONS = r"notes?|warning|caution|important|tips?|danger|notice|hint|remark|attention"  # also units.item_label
_ADMONITION = re.compile(rf"^(?:{ADMONITIONS})\.$",
                         re.IGNORECASE)


def names_entry(sentence: str) -> bool:
    """Whether a bold sentence opening a paragraph can head it as its entry's name ("Black precipitate
    within 15 min."): a whole sentence of two words or more, a one-word subject ("Reuse.", never "Note.") or a
    question ("Why not PBr3?"); never a role label ("Fix.", "**Cause 1.**") or a question or answer marker."""
    s = sentence.strip()
    return (s.endswith((".", "?")) and (len(s.split()) >= 2 or (s.endswith(".") and not _ADMONITION.match(s)))
            and run_in(f"{s} x") is None and run_in(f"**{s}** x") is None
            and label_only(s) is None and not QUESTION.match(s) and not ANSWER.match(s))


def opens_references(heading: str) -> bool:
    return bool(_REFERENCES.match(name_of(heading)))


def opens_back_matter(heading: str) -> bool:
    return bool(_BACK_MATTER.match(name_of(heading)))


def is_protocol(heading: str) -> bool:
    """A heading or lead-in that names a procedure ("Typical procedure", "3. Experimental protocol: X")."""
    return bool(PROTOCOL.match(name_of(heading)))
