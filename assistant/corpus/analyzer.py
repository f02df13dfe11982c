"""Lexical analysis shared by the index and the query: words -> stemmed terms, and spelling repair."""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Container, Iterable
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_CASED_WORD = re.compile(r"[A-Za-z0-9]+(?:\.[0-9]+)?")
# Function words, and the words of a question's form rather than its topic ("how long does it take").
STOPWORDS = frozenset(
    """a an and are as at be been being but by can could did do does doing for from had has have having how
    i if in into is it its itself me my of on or our should so some such than that the their them then there
    these they this those to too very was we were what when where which while who whom why will with would you
    your yours any all also about after before during again further once only own same just don don't im i'm
    get got getting give gives gave given use using used one two please tell know want need really vs versus much
    many per going happens happen happening hard poorly twice normal keep keeps still even way thing things anything
    something anyone work works working ok okay thanks hi hello long take takes taking took
    won isn aren doesn didn wasn weren couldn shouldn wouldn hasn haven hadn ain
    wont dont cant isnt arent doesnt didnt wasnt werent couldnt shouldnt wouldnt hasnt havent hadnt aint ive""".split()
)  # the last line: contractions typed without their apostrophe ("it wont cyclize")


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("english")


# An alkyl locant glued to its group ("nBuLi", "tBuOK", "iPr2NEt"): written with a hyphen just as often.
_LOCANT = re.compile(r"\b(n|s|t|i|sec|tert|iso)(?=(?:Bu|Pr|Pent|Hex|Oct|Am)(?![a-z]))")


# A length in ångström after its number ("4 Å sieves"): typed "4A" at the bench, which has no Å key.
_ANGSTROM = re.compile(r"(?<=\d)\s?Å")


# A compound of two words joined by a hyphen ("work-up", "by-product", "set-up", "over-reduction"): written
# as one word just as often ("workup", "byproduct"), so it is also that word. Not a locant or a number
# ("N-methyl", "1,4-diazepane") and not a longer chain ("2-amino-5-methyl").
_COMPOUND = re.compile(r"(?<![a-z0-9-])([a-z]{2,})-([a-z]{2,})(?![a-z0-9-])")


def words(text: str) -> list[str]:
    """Lower-cased surface words with stopwords and lone letters removed."""
    return [w for w in _WORD.findall(_normal(text)) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def compounds(text: str) -> list[str]:
    """The one-word spellings of a text's hyphenated two-word compounds ("work-up" -> "workup")."""
    return [m.group(1) + m.group(2) for m in _COMPOUND.finditer(_normal(text))]


# A number typed against its unit ("1M HCl", "5mL", "10mg", "30min") reads as the number and the unit, as the
# guides print it ("1 M HCl"); not "1H" or "13C" (a nucleus) nor a name that ends in digits and letters.
_GLUED_UNIT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(mm|ml|µl|ul|mg|kg|g|mmol|mol|m|l|hrs?|mins?|eq|equiv|mbar|bar|psi|"
                         r"ppm|nm|rpm|mhz|hz)(?![\w])", re.IGNORECASE)


def _normal(text: str) -> str:
    t = _GLUED_UNIT.sub(r"\1 \2", unicodedata.normalize("NFKC", text))
    return _ANGSTROM.sub("A", _LOCANT.sub(r"\1-", t)).lower()


def names(text: str) -> set[str]:
    """The words of a text written as names (lower-cased): capitalised inside a sentence ("my Suzuki
    coupling"), or with capitals or digits after the first letter ("HATU", "nBuLi", "Pd2dba3"). A name the
    guides lack is what a question is about, never just how it is put."""
    t = unicodedata.normalize("NFKC", text)
    out: set[str] = set()
    for m in _CASED_WORD.finditer(t):
        w = m.group(0)
        if len(w) < 3 or not w[0].isalpha():
            continue
        before = t[: m.start()].rstrip()
        inner = any(c.isupper() or c.isdigit() for c in w[1:])
        if inner or (w[0].isupper() and before and before[-1] not in ".?!:;"):
            out.add(w.lower())
    return out


# The word parts of systematic and trivial chemical names (IUPAC stems, substituent and class endings):
# "thiophene", "morpholine", "nitroaniline", "mesylate", "benzophenone". Lay words rarely carry them
# ("gloopy", "porridge", "murky"), so a word the guides lack that does is the name of something they don't cover.
_CHEMICAL = re.compile(
    r"(?:meth|eth|prop|but|pent|hex|hept|oct|benz|phen|tolu|pyr|pyrr|imid|indol|furan|thio|sulf|phosph"
    r"|chlor|brom|fluor|iod|nitr|amin|amid|hydr|hydrox|oxy|cyclo|carb|acet|form|silyl|stann|bor)"
    r"|(?:ene|yne|ane|ine|ole|ol|one|al|ate|ite|ide|yl|ium|ase|ones|ides|ates|ines|enes|yls)$")


def looks_chemical(word: str) -> bool:
    """Whether a (lower-cased) word is built like a chemical name: a name's stem and a class ending, or a
    formula's digits ("nicl2"); a short word or a plain English word is not ("tub", "metal", "final")."""
    if any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
        return True
    return len(word) >= 6 and len(_CHEMICAL.findall(word)) >= 2


def stem(ws: list[str]) -> list[str]:
    # Snowball leaves "-ify" verbs as "-ifi" (purifi, basifi) and their "-ification" nouns as "-if" (purif,
    # basif): one stem for both, so "basify and re-extract" finds "basification of the aqueous layer".
    return [s[:-1] if s.endswith("ifi") and len(s) > 5 else s for s in _stemmer().stemWords(ws)]


_BRITISH = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$")


def american(word: str) -> str:
    """The -ize spelling of an -ise word ("cyclisation" -> "cyclization"); other words unchanged. Used only
    for words the guides lack, so "precise" or "otherwise" never become unknown by it."""
    return _BRITISH.sub(r"iz\1", word)


_SUFFIXES = ("est", "ing", "er", "ed", "es", "ly", "s")


def is_everyday(word: str, vocabulary: Container[str]) -> bool:
    """Whether a word is everyday English: in the model's vocabulary of whole words, or an inflection of one
    ("milder" of "mild", "stirred" of "stir", "larger" of "large"); that vocabulary holds only the most
    frequent forms of a word."""
    if word in vocabulary:
        return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            doubled = base[:-1] if len(base) > 3 and base[-1] == base[-2] else base
            if base in vocabulary or base + "e" in vocabulary or doubled in vocabulary:
                return True
    return False


def slip_of(word: str, vocabulary: Container[str]) -> bool:
    """Whether a word is a slip of the keys in one of `vocabulary` (the function words: "shoud", "whcih"): one
    letter left out, added, changed or swapped, not a word that merely starts like one, nor a word of four
    letters, which is as often a reagent's abbreviation ("dast" is not "last")."""
    if len(word) < 5 or not word.isalpha():
        return False
    letters = string.ascii_lowercase
    near = {word[:i] + word[i + 1:] for i in range(len(word))}
    near |= {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in letters}
    near |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
    near |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return any(w in vocabulary and len(w) >= 4 and not (w.startswith(word) or word.startswith(w))
               for w in near - {word})


def terms(text: str) -> list[str]:
    """The stemmed words of a text."""
    return stem(words(text))


def lexical_words(text: str) -> list[str]:
    """The words of a text as BM25 indexes them: its words, and each hyphenated compound also as one word."""
    return words(text) + compounds(text)


def lexical_terms(text: str) -> list[str]:
    """The index terms of a text (what BM25 sees)."""
    return stem(lexical_words(text))


def _bigrams(w: str) -> set[str]:
    return {w[i : i + 2] for i in range(len(w) - 1)}


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, giving up above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


_DERIVED = (("ish", ("", "e")), ("able", ("", "e")), ("ible", ("", "e")))


def parts(word: str, known: Container[str]) -> tuple[str, ...] | None:
    """Known words an unknown one is made of: a compound written as one word ("backpressure" -> back,
    pressure; "flowcell" -> flow, cell) or a derived form ("brownish" -> brown, "usable" -> use)."""
    for suffix, ends in _DERIVED:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            base = word[: -len(suffix)]
            for b in (base, base[:-1] if len(base) > 3 and base[-1] == base[-2] else base):
                for end in ends:
                    if b + end in known:
                        return (b + end,)
    best: tuple[str, str] | None = None
    for i in range(3, len(word) - 2):
        a, b = word[:i], word[i:]
        if a in known and b in known and (best is None or min(len(a), len(b)) > min(map(len, best))):
            best = (a, b)
    return best


def formula_part(word: str, vocabulary: Iterable[str]) -> str | None:
    """The shortest known formula that ends with an unknown formula fragment ("so2cl" -> "arso2cl"): a group
    is written alone at the bench and on its aryl or alkyl in a guide ("ArSO2Cl", "RSO2Cl")."""
    if len(word) < 4 or not (any(c.isdigit() for c in word) and any(c.isalpha() for c in word)):
        return None
    return min((c for c in vocabulary if len(c) > len(word) and c.endswith(word)), key=lambda c: (len(c), c),
               default=None)


def completion(word: str, vocabulary: Iterable[str]) -> str | None:
    """The shortest known word an unknown one begins, two letters or more longer: bench shorthand cuts long
    words ("electrochem", "recryst", "regen"). Only from five letters: "conc" or "temp" begin too many."""
    if len(word) < 5 or not word.isalpha():
        return None
    return min((c for c in vocabulary if len(c) >= len(word) + 2 and c.startswith(word)),
               key=lambda c: (len(c), c), default=None)


def correct(word: str, vocabulary: list[str]) -> str | None:
    """The closest known surface word to a misspelt one, or None if nothing is close enough."""
    if len(word) < 4 or word.isdigit():
        return None
    limit = 1 if len(word) <= 7 else 2
    grams = _bigrams(word)
    best: tuple[int, int, str] | None = None
    for cand in vocabulary:
        if abs(len(cand) - len(word)) > limit or cand[0] != word[0] and cand[-1] != word[-1]:
            continue
        cg = _bigrams(cand)
        if len(grams & cg) * 2 < min(len(grams), len(cg)) - 2:
            continue
        d = edit_distance(word, cand, limit)
        if d <= limit and (best is None or (d, -len(cand)) < (best[0], best[1])):
            best = (d, -len(cand), cand)
    return best[2] if best else None
