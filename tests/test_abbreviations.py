"""Abbreviations a guide defines ("Lawesson's reagent (LR)") are read as vocabulary for the whole corpus."""

from __future__ import annotations

import pytest

from assistant.corpus.abbreviations import defined_abbreviations


@pytest.mark.parametrize(("text", "pair"), [
    ("Lawesson’s reagent (LR) is 2,4-bis(4-methoxyphenyl)-1,3,2,4-dithiadiphosphetane", ("LR", "Lawesson’s reagent")),
    ("Add N-bromosuccinimide (NBS) in one portion.", ("NBS", "N-bromosuccinimide")),
    ("Dry tetrahydrofuran (THF) from the still.", ("THF", "tetrahydrofuran")),
    ("the ring-closing metathesis (RCM) step stalls", ("RCM", "ring-closing metathesis")),
    ("Run high-performance liquid chromatography (HPLC) on the crude.",
     ("HPLC", "high-performance liquid chromatography")),
])
def test_an_abbreviation_in_brackets_after_its_words_is_defined(text: str, pair: tuple[str, str]) -> None:
    assert pair in defined_abbreviations([text])


@pytest.mark.parametrize("text", [
    "stir overnight (ON) at room temperature",  # two letters in one word: no definition
    "the product (10 mg) was collected",
    "yield (see Table 2) was low",
    "add the base (NaH) slowly",  # a formula in brackets, not an abbreviation of the words before it
    "Filter (GF/F) and wash",
    "boronic acids, pinacol boronates (Bpin) and trifluoroborates",  # SH finds no name: not the list either
])
def test_brackets_that_define_nothing_give_nothing(text: str) -> None:
    assert defined_abbreviations([text]) == []
