"""Turn a guide's raw markup (LaTeX-ish formulas, bold, reference superscripts) into plain words."""

from __future__ import annotations

import re

_TEXT_MACRO = re.compile(r"\\(?:text|mathrm|mathbf)\{([^{}]*)\}")
_REF_SUPERSCRIPT = re.compile(r"\^\{?(?:\[\d+\])+\}?")
# a formula's subscript written in LaTeX ("Na_2SO_4", "NaHCO_{3}"), not an identifier ("STD_BBO_2025")
_SUBSCRIPT = re.compile(r"(?:(?<=[A-Z])|(?<=[A-Z][a-z])|(?<=[)\]]))_\{?(\d{1,2})\}?(?!\d)")
_BOLD = re.compile(r"(\*\*|__)(.+?)\1")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=\w)\s+([,;.](?:\s|$))")
_URL_NOTE = re.compile(r"\s*\(URL:.*?\]\(.*?\)\)")
_ITALIC = re.compile(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])")
_ORDINAL_DEGREE = re.compile(r"º(?=\s?[CFK]\b)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: str) -> str:
    """Plain text for display and search; keeps every word and number of the original."""
    t = _CONTROL.sub(" ", text)
    t = _ORDINAL_DEGREE.sub("°", t)  # "25 ºC" typed with the ordinal sign: the degree sign it means
    t = _URL_NOTE.sub("", t)
    t = _TEXT_MACRO.sub(r"\1", t)
    t = _REF_SUPERSCRIPT.sub("", t)
    t = t.replace("$", "")
    t = _SUBSCRIPT.sub(r"\1", t)
    t = _BOLD.sub(r"\2", t)
    t = _ITALIC.sub(r"\1", t)
    t = _LINK.sub(r"\1", t)
    t = re.sub(r"\s+", " ", t).strip()
    t = _SPACE_BEFORE_PUNCT.sub(r"\1", t)
    return t


_RULE_RUNS = re.compile(r"^[-=*~_#+]{3,}\s*(?=\w)|(?<=\S)\s*[-=*~_#+]{3,}$")


def unruled(heading: str) -> str:
    """A heading set between rule runs, without them: "----- ENTRIES -----" is "ENTRIES"."""
    return _RULE_RUNS.sub("", heading).strip() or heading


KEEP_HYPHEN = frozenset("non self well sub pre post anti semi multi co tert sec iso cis trans".split())


def rejoin(a: str, b: str, keep: set[str]) -> str:
    """Rejoin a hard-wrapped line: "0.05-" + "0.1 mL", "chromato-" + "graphy", else with a space; a prefix
    ("anti-") or a compound the text hyphenates elsewhere (`keep`: "non-polar") keeps its hyphen."""
    if not a or not b:
        return a or b
    if a.endswith("-") and len(a) > 1 and not a[-2].isspace():
        word = re.findall(r"[A-Za-z]*-$", a)[0][:-1].lower()
        if a[-2].islower() and b[0].islower() and word not in KEEP_HYPHEN \
                and f"{word}-{re.split(r'[^a-z]', b.lower())[0]}" not in keep:
            return a[:-1] + b
        return a + b
    return a + b if a.endswith("/") else f"{a} {b}"
