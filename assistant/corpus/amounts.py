"""Amounts a passage states, and of which kind (duration, concentration, temperature, amount): computed
once at index time and stored in the catalog, read by the ranker and the composer. The one place for them."""

from __future__ import annotations

import re

# An amount: a range ("1-5", "0.001 to 0.01") or a number with a unit ("1.2 eq.", "0.1 M", "40 °C").
_UNITS = (r"mol\s*%|wt\s*%|v/v|w/v|%|eq\b|equiv|M\b|mM\b|µM\b|N\b|°\s*C|K\b|h\b|hrs?\b|hours?\b|min\b|minutes?\b|"
          r"s\b|sec\b|seconds?\b|days?\b|mL\b|ml\b|µL\b|uL\b|L\b|mg\b|g\b|kg\b|µg\b|mmol\b|mol\b|ppm\b|ppb\b|"
          r"bar\b|mbar\b|psi\b|atm\b|Pa\b|kPa\b|nm\b|µm\b|mm\b|cm\b|rpm\b|CV\b|column volumes?\b|"
          r"mL/min\b|cm/min\b|°C/min\b|mg/mL\b|g/L\b")
# ... or a multiple of a variable: the Fieser work-up's "x mL water", "3x mL", "0.04n mL" per gram or mmol used.
QUANTITY = re.compile(rf"\d(?:\.\d+)?\s*(?:-|–|to)\s*\d|\d\s*(?:{_UNITS})|\b\d+\s*:\s*1\b|\bpH\s*\d"
                      rf"|\b(?:\d+(?:\.\d+)?)?[xn]\s*(?:mL|ml|g|mg|mmol|equiv)\b")

# How a passage states each kind of amount (case-blind).
STATED: dict[str, str] = {
    "duration": r"\d\s*(?:h|hrs?|hours?|min|minutes?|s|sec|seconds?|days?)\b|\bovernight\b",
    "concentration": r"\d\s*(?:m|mm|mol/l)\b",
    "temperature": r"\d\s*°\s*c|\breflux\b|room temperature",
    "amount": r"\d\s*(?:eq\b|equiv|mol\s*%|wt\s*%|%|mg\b|g\b|kg\b|mL\b|ml\b|µL\b|L\b|mmol\b|CV\b)|\b\d+\s*:\s*1\b"
              r"|\b(?:\d+(?:\.\d+)?)?[xn]\s*(?:mL|ml|g|mg|mmol|equiv)\b",
}
TYPES: tuple[str, ...] = tuple(STATED)
_UNIT = re.compile(rf"(?:{_UNITS})")


def is_unit(word: str) -> bool:
    """Whether a word is a unit of an amount ("mL", "mol%", "ppm"), not a name."""
    return bool(_UNIT.fullmatch(word))


def measured(text: str) -> set[str]:
    """The numbers of a text that are amounts ("50" in "stalls at 50%", "2" in "after 2 h"), not names
    or identifiers ("USP <921>")."""
    out: set[str] = set()
    for m in QUANTITY.finditer(text):
        start = m.start()
        while start and (text[start - 1].isdigit() or text[start - 1] == "."):
            start -= 1
        out.update(re.findall(r"\d+(?:\.\d+)?", text[start : m.end()]))
    return out


_HEADER_UNIT = re.compile(r"\(([^)]{1,12})\)\s*$")


def states(text: str, header: tuple[str, ...] = (), cells: tuple[str, ...] = ()) -> int:
    """Bit mask of the kinds of amount a passage states (bit i: TYPES[i]).

    A table row's unit often sits in its column header ("Typical Loading (mol%)" over "1-5"): each cell
    is read together with its header's unit.
    """
    units = [f"{c} {m.group(1)}" for h, c in zip(header, cells, strict=False) if (m := _HEADER_UNIT.search(h))]
    full = " ".join([text, *units])
    return sum(1 << i for i, t in enumerate(TYPES) if re.search(STATED[t], full, re.IGNORECASE))


# A scale, in one unit of its kind: "1 g" of crude, "20 mmol" of substrate, "500 mL" of solution.
_SCALE: dict[str, tuple[str, float]] = {
    "µg": ("mass", 1e-6), "ug": ("mass", 1e-6), "mg": ("mass", 1e-3), "g": ("mass", 1.0), "kg": ("mass", 1e3),
    "µl": ("volume", 1e-3), "ul": ("volume", 1e-3), "ml": ("volume", 1.0), "l": ("volume", 1e3),
    "µmol": ("moles", 1e-3), "umol": ("moles", 1e-3), "mmol": ("moles", 1.0), "mol": ("moles", 1e3),
}
_NUM = r"(\d+(?:\.\d+)?)"
_SCALE_UNIT = r"(µg|ug|mg|kg|g|µl|ul|ml|l|µmol|umol|mmol|mol)\b(?!\s*[%/])"  # not "mol%", "g/L"
_AT = re.compile(rf"{_NUM}\s*{_SCALE_UNIT}", re.IGNORECASE)
_BETWEEN = re.compile(rf"{_NUM}\s*(?:{_SCALE_UNIT})?\s*(?:-|–|to)\s*{_NUM}\s*{_SCALE_UNIT}", re.IGNORECASE)
_UP_TO = re.compile(rf"(?:up to|below|under|less than|<|≤|<=)\s*{_NUM}\s*{_SCALE_UNIT}", re.IGNORECASE)
_FROM = re.compile(rf"(?:above|over|more than|at least|>|≥|>=)\s*{_NUM}\s*{_SCALE_UNIT}", re.IGNORECASE)


def _size(number: str, unit: str) -> tuple[str, float]:
    kind, factor = _SCALE[unit.lower()]
    return kind, float(number) * factor


def scales(text: str) -> list[tuple[str, float]]:
    """The masses, volumes and amounts of substance a text names ("1 g crude" -> [("mass", 1.0)]), in g, mL
    and mmol."""
    return [_size(m.group(1), m.group(2)) for m in _AT.finditer(text)]


def scale_ranges(text: str) -> list[tuple[str, float, float]]:
    """The ranges of mass, volume or amount of substance a text gives ("3 cm for 100–400 mg" ->
    [("mass", 0.1, 0.4)], "up to 100 mg" -> [("mass", 0.0, 0.1)], "above 2 g" -> [("mass", 2.0, inf)])."""
    out: list[tuple[str, float, float]] = []
    for m in _BETWEEN.finditer(text):
        kind, hi = _size(m.group(3), m.group(4))
        lo = _size(m.group(1), m.group(2) or m.group(4))[1]
        out.append((kind, lo, hi))
    out += [(k, 0.0, v) for m in _UP_TO.finditer(text) for k, v in [_size(m.group(1), m.group(2))]]
    out += [(k, v, float("inf")) for m in _FROM.finditer(text) for k, v in [_size(m.group(1), m.group(2))]]
    return out


def fits_scale(asked: str, text: str) -> bool | None:
    """Whether the ranges `text` gives hold the scale the question `asked` names: True when one holds it, False
    when the text gives ranges of that kind and none holds it, None when either says nothing of the kind."""
    wanted = scales(asked)
    given = scale_ranges(text)
    verdict: bool | None = None
    for kind, size in wanted:
        same = [(lo, hi) for k, lo, hi in given if k == kind]
        if same:
            if any(lo <= size <= hi for lo, hi in same):
                return True
            verdict = False
    return verdict
