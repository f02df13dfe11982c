"""Formulas chemists type for simple reagents, and their names: the part of the general vocabulary that
follows rules rather than a list. "EtBr" is ethyl bromide, "TsCl" tosyl chloride, "PhMgBr"
phenylmagnesium bromide, "P(OEt)3" triethyl phosphite, "O2" oxygen; a guide may write either form.
Entries are (alias, what it means) pairs, as the vocabulary file's are."""

from __future__ import annotations

# Organic groups as abbreviated in formulas -> their names (IUPAC usage; Ts, Ms, Tf by their usual names).
GROUPS: dict[str, tuple[str, ...]] = {
    "me": ("methyl",), "et": ("ethyl",), "pr": ("propyl",), "ipr": ("isopropyl",), "i-pr": ("isopropyl",),
    "bu": ("butyl",), "nbu": ("butyl",), "n-bu": ("butyl",), "tbu": ("tert-butyl",), "t-bu": ("tert-butyl",),
    "sbu": ("sec-butyl",), "s-bu": ("sec-butyl",), "bn": ("benzyl",), "ph": ("phenyl",), "ac": ("acetyl",),
    "bz": ("benzoyl",), "ts": ("tosyl", "p-toluenesulfonyl"), "ms": ("mesyl", "methanesulfonyl"),
    "tf": ("triflyl", "trifluoromethanesulfonyl"), "piv": ("pivaloyl",), "allyl": ("allyl",),
}
# What a group is bonded to, as written after it -> the name's second word ("ethyl bromide"), or a suffix
# joined to the group's name ("methyllithium").
HALIDES = {"cl": "chloride", "br": "bromide", "i": "iodide", "f": "fluoride"}
WORDS = frozenset({"phi"})  # formulas that are words too (PhI, the Greek letter)
HALOGENS = {"cl": "chloro", "br": "bromo", "i": "iodo", "f": "fluoro"}
JOINED = {"li": "lithium", "mgbr": "magnesium bromide", "mgcl": "magnesium chloride", "mgi": "magnesium iodide",
          "zncl": "zinc chloride", "znbr": "zinc bromide"}
# Acyl and sulfonyl groups make halides only (no "acetyllithium").
ACYL = frozenset({"ac", "bz", "ts", "ms", "tf", "piv"})
# Tri-substituted phosphorus and boron: P(OEt)3 triethyl phosphite, PPh3 triphenylphosphine, B(OMe)3 ...
TRI = {"me": "methyl", "et": "ethyl", "ipr": "isopropyl", "bu": "butyl", "ph": "phenyl"}
# Small molecules by formula (gases and common inorganic reagents); not "Ar", "He", "HI" or "CO", which are
# words too.
SMALL = {
    "h2": "hydrogen", "o2": "oxygen", "n2": "nitrogen", "cl2": "chlorine", "br2": "bromine", "i2": "iodine",
    "f2": "fluorine", "o3": "ozone", "co2": "carbon dioxide", "so2": "sulfur dioxide",
    "h2s": "hydrogen sulfide", "no2": "nitrogen dioxide", "hbr": "hydrogen bromide hydrobromic acid",
    "hf": "hydrogen fluoride hydrofluoric acid", "ch4": "methane",
}


def formula_terms() -> list[tuple[str, str]]:
    """(alias, means) for each rule-made formula and its name, both ways: a question may type either."""
    out: list[tuple[str, str]] = []

    def add(formula: str, *names: str) -> None:
        means = " ".join([formula, *names])
        out.extend([(a, means) for a in (formula.lower(), *(n.lower() for n in names)) if a not in WORDS])

    for g, names in GROUPS.items():
        for x, halide in HALIDES.items():
            if g == "ph":  # PhBr is bromobenzene
                add(_typed(g) + _typed(x), HALOGENS[x] + "benzene")
            else:
                add(_typed(g) + _typed(x), *(f"{name} {halide}" for name in names))
        if g not in ACYL:
            for x, rest in JOINED.items():
                add(_typed(g) + _typed(x), names[0] + rest)  # methyllithium, phenylmagnesium bromide
    for g, name in TRI.items():
        add(f"P(O{_typed(g)})3", f"tri{name} phosphite")
        add(f"B(O{_typed(g)})3", f"tri{name} borate")
        add(f"P{_typed(g)}3", f"tri{name}phosphine")
    for formula, name in SMALL.items():
        add(formula.upper(), name)
    return out


def _typed(part: str) -> str:
    """A formula part as chemists type it ("ipr" -> "iPr", "t-bu" -> "t-Bu", "mgbr" -> "MgBr"): for reading
    only, since aliases match whatever the case."""
    head = 2 if part[1:2] == "-" else 1 if part[:1] in "nist" and len(part) == 3 and part != "tbs" else 0
    rest = part[head:]
    caps = {"mgbr": "MgBr", "mgcl": "MgCl", "mgi": "MgI", "zncl": "ZnCl", "znbr": "ZnBr"}
    return part[:head] + caps.get(rest, rest.capitalize())
