"""Intent templates on fixed passages: what each kind of question gets, and that [n] is always grounded."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.compose import NOT_COVERED, compose
from assistant.config import load_config
from assistant.corpus import analyzer
from assistant.models import Hit, Passage
from assistant.retrieval.retriever import Query, Retrieval

G = "guide"


def passage(kind: str, text: str, **kw) -> Passage:  # type: ignore[no-untyped-def]
    return Passage(id=f"{G}:{kind}:{abs(hash(text))}", guide=G, guide_title="Guide", section=("S", kind), kind=kind,
                   lines=(1, 2), text=text, **kw)


def retrieval(question: str, intent: str, passages: list[Passage], answered: bool = True) -> Retrieval:
    terms = {t: 1.0 for t in analyzer.terms(question)}
    q = Query(question, intent, question, terms, tuple(analyzer.words(question)), ())
    hits = [Hit(passage=p, score=1.0 - i * 0.1) for i, p in enumerate(passages)]
    return Retrieval(q, hits, 1.0, answered)


CAUSE = passage("cause", "Cause: Impurities poison the catalyst. Free amines coordinate to ruthenium.")
FIX = passage("solution", "Solution: Use degassed solvents. Protect the amines with Boc.")
SYMPTOM = passage("symptom", "Symptom: Low conversion of the diene.")
ROW_G2 = passage("table-row", "Catalyst: G2 | Loading (mol%): 1-5 | Solvents: DCM", title="G2",
                 items=("G2", "1-5", "DCM"), header=("Catalyst", "Loading (mol%)", "Solvents"))
ROW_G1 = passage("table-row", "Catalyst: G1 | Loading (mol%): 5-10 | Solvents: Toluene", title="G1",
                 items=("G1", "5-10", "Toluene"), header=("Catalyst", "Loading (mol%)", "Solvents"))
PROTO = passage("protocol", "Protocol: RCM\n1. Dissolve the diene.\n2. Add catalyst (1-5 mol%).\n3. Heat to 40 °C.",
                title="Protocol: RCM", items=("Dissolve the diene.", "Add catalyst (1-5 mol%).", "Heat to 40 °C."))


PROTO_ESTER = passage("protocol", "Hydrolysis\n1. Dissolve the ester in THF.\n2. Add LiOH (3 equiv) in water.\n"
                      "3. Stir and follow by LC-MS.\n4. When the ester has gone, remove the THF on the rotavap.\n"
                      "5. Acidify to pH 2.", title="Hydrolysis",
                      items=("Dissolve the ester in THF.", "Add LiOH (3 equiv) in water.",
                             "Stir and follow by LC-MS.", "When the ester has gone, remove the THF on the rotavap.",
                             "Acidify to pH 2."))


def lines_of(question: str, intent: str, passages: list[Passage]) -> list[str]:
    return compose(question, retrieval(question, intent, passages)).answer.split("\n")


def test_a_problem_gets_the_fix_first_then_the_cause_never_the_symptom() -> None:
    lines = lines_of("low conversion of my diene", "general", [SYMPTOM, CAUSE, FIX])
    assert lines[0].startswith("What to do: Use degassed solvents.") and lines[0].endswith("[1]")
    assert any(line.startswith("Likely cause: ") and line.endswith("[2]") for line in lines)
    assert not any("Low conversion of the diene" in line for line in lines)  # the question, restated


def test_why_questions_also_get_the_fix_first() -> None:
    lines = lines_of("why is my RCM catalyst dead", "cause", [CAUSE, FIX])
    assert lines[0].startswith("What to do:") and any(line.startswith("Likely cause: Impurities") for line in lines)


def test_sources_are_the_cited_passages_numbered_in_order_of_first_citation() -> None:
    a = compose("low conversion of my diene", retrieval("low conversion of my diene", "general", [SYMPTOM, CAUSE, FIX]))
    assert [c.n for c in a.citations] == [1, 2] and [c.id for c in a.citations] == [FIX.id, CAUSE.id]
    assert [line.cites for line in a.lines] == [(1,)] * (len(a.lines) - 1) + [(2,)]
    assert {line.role for line in a.lines} == {"fix", "cause"}


def test_quantity_takes_the_matching_table_cell() -> None:
    assert lines_of("G2 loading", "quantity", [ROW_G2, ROW_G1])[0] == "G2 — Loading (mol%): 1-5 [1]"


def test_a_value_in_a_rows_first_cell_answers() -> None:
    """A table whose first column is the conditions ("KOTMS (1.5-3 equiv), dry THF") holds the amount there."""
    row = passage("table-row", "Conditions: KOTMS (1.5-3 equiv), dry THF, rt | Typical use: base-sensitive esters",
                  title="KOTMS (1.5-3 equiv), dry THF, rt", items=("KOTMS (1.5-3 equiv), dry THF, rt",
                                                                   "base-sensitive esters"),
                  header=("Conditions", "Typical use"))
    assert lines_of("KOTMS ester cleavage, how much?", "quantity", [row])[0].startswith(
        "KOTMS (1.5-3 equiv), dry THF, rt")


def test_a_question_about_one_step_gets_that_step_with_its_procedure() -> None:
    assert lines_of("what do I do after dissolving the diene", "general", [PROTO, FIX]) == [
        "Protocol: RCM, step 2: Add catalyst (1-5 mol%). [1]"]


def test_a_step_is_named_by_its_procedures_heading_not_the_sentence_before_the_list() -> None:
    intro = "The following procedure for a methyl ester on a 5 mmol scale works for most substrates."
    proto = passage("protocol", f"{intro}\n1. Dissolve the ester in THF.\n2. Add LiOH (3 equiv).",
                    title=intro, items=("Dissolve the ester in THF.", "Add LiOH (3 equiv)."))
    proto = replace(proto, section=("9.2 A standard procedure", intro))
    assert lines_of("what do I do after dissolving the ester", "general", [proto]) == [
        "9.2 A standard procedure, step 2: Add LiOH (3 equiv). [1]"]


@pytest.mark.parametrize("question", [
    "ester dissolved in THF, what next in the standard procedure",
    "ester dissolved in THF at 0 °C, what now",
    "dissolved the ester in THF - next?",
])
def test_what_next_gets_the_step_after_the_one_reported(question: str) -> None:
    assert lines_of(question, "general", [PROTO_ESTER])[0].startswith("Hydrolysis, step 2: Add LiOH")


def test_a_step_that_opens_with_the_reported_state_is_the_next_thing_to_do() -> None:
    """"ester gone by LCMS, what next": the step "When the ester has gone, remove the THF" is what to do."""
    assert lines_of("ester gone by LCMS, what next", "general", [PROTO_ESTER])[0].startswith(
        "Hydrolysis, step 4: When the ester has gone, remove the THF")


def test_compare_puts_rows_side_by_side() -> None:
    assert lines_of("G1 or G2?", "compare", [ROW_G2, ROW_G1])[:2] == [
        "G2 — Loading (mol%): 1-5; Solvents: DCM [1]", "G1 — Loading (mol%): 5-10; Solvents: Toluene [2]"]


def test_first_check_label() -> None:
    assert lines_of("what first", "first_check", [CAUSE])[0].startswith("Check first: ")


def test_a_fix_that_checks_nothing_is_not_called_the_first_check() -> None:
    """"Check first: Use degassed solvents" would put words in the guide's mouth: a fix that checks nothing
    keeps its own label; one that says what to check is the first check."""
    first = lines_of("RCM dead, what should I check first", "first_check", [FIX])[0]
    assert first.startswith("What to do: Use degassed solvents")
    check = passage("solution", "Solution: Check that the solvent was degassed. Add fresh catalyst.")
    assert lines_of("RCM dead, what should I check first", "first_check", [check])[0].startswith(
        "Check first: Check that the solvent was degassed")


def test_declined_answer_offers_closest_sections_that_share_a_word_with_the_question() -> None:
    r = retrieval("catalyst for the suzuki", "general", [CAUSE, FIX, SYMPTOM], answered=False)
    r = replace(r, hits=[replace(h, matched=("catalyst",) if h.passage is CAUSE else ()) for h in r.hits])
    a = compose("catalyst for the suzuki", r)
    assert not a.answered and a.answer.startswith(NOT_COVERED)
    assert "S > cause [1]" in a.answer and len(a.citations) == 1  # the fix and the symptom share no word


def test_a_declined_question_sharing_no_word_with_any_passage_offers_no_closest_sections() -> None:
    a = compose("melting point of ferrocene", retrieval("melting point of ferrocene", "general", [CAUSE, FIX],
                                                         answered=False))
    assert a.answer.startswith(NOT_COVERED) and "Closest sections" not in a.answer and not a.citations


def test_a_value_not_in_the_guides_is_said_missing_and_the_nearest_fact_labelled() -> None:
    """'COMU eq?': the guides name COMU but give no amount for it; a value of another reagent never answers."""
    comu = passage("table-row", "Reagent: COMU | Base: DIPEA", title="COMU", items=("COMU", "DIPEA"),
                   header=("Reagent", "Base"))
    step = passage("protocol", "Protocol: X\n1. Add NaBH(OAc)3 (0.5 eq.) and stir.", title="Protocol: X",
                   items=("Add NaBH(OAc)3 (0.5 eq.) and stir.",))
    a = compose("COMU eq?", retrieval("COMU eq?", "quantity", [step, comu]))
    lines = a.answer.split("\n")
    assert lines[0] == "The guides give no amount for COMU. [1]" and lines[1].startswith("Nearest: COMU")
    assert "0.5 eq" not in a.answer and a.missing == ("amount for COMU",)
    assert [line.role for line in a.lines] == ["gap", "nearest"]
    assert not a.answered  # the asked value is not in the guides: not answered, though the nearest fact is shown


def test_quantity_skips_rows_without_amounts() -> None:
    names = passage("table-row", "Reagent: HATU | Base: DIPEA, 2,4,6-Collidine", title="HATU",
                    items=("HATU", "DIPEA, 2,4,6-Collidine"), header=("Reagent", "Base"))
    step = passage("protocol", "Protocol: X\n1. Add HATU (1.2 eq.) and DIPEA (2.0 eq.).", title="Protocol: X",
                   items=("Add HATU (1.2 eq.) and DIPEA (2.0 eq.).",))
    lines = lines_of("how much HATU", "quantity", [names, step])
    assert lines[0] == "Protocol: X, step 1: Add HATU (1.2 eq.) and DIPEA (2.0 eq.). [1]"


def test_a_sentence_that_refers_back_is_quoted_with_the_sentence_it_refers_to() -> None:
    faq = passage("faq", "Q2: Over-alkylation, how to control it?\nA2: Over-alkylation is common. To mitigate this, "
                         "add the aldehyde in portions. This strategy keeps the electrophile low, favoring "
                         "mono-alkylation.")
    q = "keep the electrophile low for mono-alkylation"
    a = compose(q, retrieval(q, "general", [faq]))
    assert "add the aldehyde in portions. This strategy keeps the electrophile low" in a.answer
    assert not any(line.startswith(("This strategy", "To mitigate this")) for line in a.answer.split("\n"))


def test_an_answer_that_says_what_to_do_leads_with_it() -> None:
    """In a FAQ answer or a problem's text, the sentence that tells the chemist to act comes first."""
    entry = passage("problem", "Copper acetylides are oxidised by traces of oxygen to the diyne. Degas the amine and "
                               "solvent by three freeze-pump-thaw cycles.")
    assert lines_of("lots of diyne in my coupling", "general", [entry])[0] == (
        "What to do: Degas the amine and solvent by three freeze-pump-thaw cycles. [1]")


def test_a_reference_is_quoted_whole_with_its_authors() -> None:
    """A literature answer is the reference entry, authors and journal included, not its title sentence."""
    ref = passage("reference", "Rashid, M., et al. (2019). 1,4-Diazepines: A Review on Synthesis. "
                               "Current Organic Synthesis, 16(5), 709-729.")
    a = compose("papers on diazepine synthesis", retrieval("papers on diazepine synthesis", "reference", [ref]))
    assert a.answer == f"{ref.text} [1]"


def test_a_described_problem_gets_the_fix_of_its_entry_even_from_far_below() -> None:
    """'oligomers in my ring closure': the fix is taken from the matched entry's Solution even when it ranks
    far below the top; the Symptom restating the question is not quoted."""
    symptom = passage("symptom", "Symptom: Oligomers form in the ring closure.")
    cause = passage("cause", "Cause: Intermolecular reactions compete at high concentration.")
    other = passage("prose", "Ring closure of medium rings is slow.")
    fix = passage("solution", "Solution: High dilution is essential to favor the ring.")
    r = retrieval("oligomers in my ring closure", "general", [cause, symptom, other, other, other, fix])
    a = compose("oligomers in my ring closure", r)
    assert "Oligomers form" not in a.answer
    assert a.answer.split("\n")[0] == "What to do: High dilution is essential to favor the ring. [1]"


def test_the_fitted_lead_model_chooses_the_opening_line_and_never_a_symptom() -> None:
    faq = passage("faq", "Q: Why do I see the +99 peak?\nA: Keep the base at 3 equiv and the peak stays small. That "
                  "peak is the guanidinium adduct of HATU and the amine.")
    r = retrieval("what is the +99 guanidinium peak", "general", [SYMPTOM, faq])
    shaped = compose(r.query.text, r).answer.split("\n")
    led = compose(r.query.text, r, lead_weights={"terms": 1.0}).answer.split("\n")
    assert not shaped[0].startswith("That peak")  # the shape alone opens with the instruction
    assert led[0].startswith("That peak is the guanidinium adduct") and led[0].endswith("[1]")
    assert not any("Low conversion of the diene" in line for line in led)  # the symptom never opens or follows
    symptom_only = compose("low conversion of the diene", retrieval("low conversion of the diene", "general",
                                                                      [SYMPTOM, CAUSE]), lead_weights={"terms": 1.0})
    assert "Symptom" not in symptom_only.answer and "Low conversion of the diene" not in symptom_only.answer


def test_a_value_question_never_opens_with_another_reagents_amount_whatever_the_weights() -> None:
    step = passage("protocol", "Protocol: Amination\n1. Add NaBH(OAc)3 (1.5 equiv) to the imine.",
                   title="Protocol: Amination", items=("Add NaBH(OAc)3 (1.5 equiv) to the imine.",))
    a = compose("COMU equiv?", retrieval("COMU equiv?", "quantity", [step]), lead_weights={"quantity": 5.0})
    assert "1.5 equiv" not in a.answer.split("\n")[0]


def test_a_comparison_shows_the_row_of_each_thing_named_by_what_its_name_means() -> None:
    g2 = passage("table-row", "Catalyst: Grubbs 2nd Gen. | Loading (mol%): 1-5", title="Grubbs 2nd Gen.",
                 items=("Grubbs 2nd Gen.", "1-5"), header=("Catalyst", "Loading (mol%)"))
    hg2 = passage("table-row", "Catalyst: Hoveyda-Grubbs 2nd Gen. | Loading (mol%): 1-5",
                  title="Hoveyda-Grubbs 2nd Gen.", items=("Hoveyda-Grubbs 2nd Gen.", "1-5"),
                  header=("Catalyst", "Loading (mol%)"))
    r = retrieval("G2 vs HG2", "compare", [hg2, g2])
    groups = (frozenset({"g2", "grubb", "2nd", "gen"}), frozenset({"hg2", "hoveyda", "grubb", "2nd", "gen"}))
    r = Retrieval(replace(r.query, word_terms=groups), r.hits, 1.0, True)
    lines = compose("G2 vs HG2", r).answer.split("\n")
    assert lines[0].startswith("Grubbs 2nd Gen. — ") and lines[1].startswith("Hoveyda-Grubbs 2nd Gen. — ")


def test_a_value_stated_in_the_passage_about_the_asked_reagent_is_no_gap() -> None:
    """'conc for Pd/C hydrogenation?': the concentration sentence names no reagent of its own, and its
    passage is about Pd/C; the guides do give it, so the answer opens with it, not with a gap."""
    standard = Passage(id="g:prose:1", guide=G, guide_title="Troubleshooting Catalytic Hydrogenation",
                       section=("1. Standard conditions",), kind="prose", lines=(1, 3),
                       text="Start with 10% Pd/C (50% water-wet) at 5-10 wt% relative to the substrate. Use methanol, "
                            "ethanol or ethyl acetate at 0.05-0.2 M and stir as fast as the flask allows.")
    lines = lines_of("conc for Pd/C hydrogenation?", "quantity", [standard])
    assert "0.05-0.2 M" in lines[0] and not lines[0].startswith("The guides give no")


def test_an_amount_beside_the_asked_reagent_but_about_something_else_is_not_its_value() -> None:
    """'HATU eq?': the base's equivalents in HATU's passage are not HATU's (the line names nothing asked)."""
    faq = passage("faq", "Q: What base?\nA: HATU needs a tertiary amine. The base is used at 3.0 equiv.")
    a = compose("HATU eq?", retrieval("HATU eq?", "quantity", [faq]))
    assert "3.0 equiv" not in a.answer.split("\n")[0]


def test_a_reported_outcome_that_names_a_temperature_is_a_problem_not_a_value_question() -> None:
    """'... at reflux gave the saturated alcohol': what went wrong is asked, not what temperature to use."""
    entry_text = passage("problem", "Product was the saturated alcohol, C=C gone.")
    fix = Passage(id="g:solution:2", guide=G, guide_title="Guide", section=("Log", "Cinnamate", "Solution"),
                  kind="solution", lines=(4, 5), text="FIX: DIBAL-H (2.2 equiv, DCM, -78 °C, 1 h) gives the allylic "
                                                      "alcohol cleanly.")
    lines = lines_of("ethyl cinnamate + LAH at reflux gave the saturated alcohol, double bond gone", "general",
                     [fix, entry_text])
    assert lines[0].startswith("What to do: DIBAL-H (2.2 equiv")


def test_a_gap_is_said_only_when_an_amount_was_asked_for_not_when_one_is_named_in_passing() -> None:
    """'retention times creeping later through the day' names a time but asks what is wrong: no "The guides
    give no time ..."; 'COMU eq?' asks for an amount the guides lack: the gap is said."""
    drift = passage("problem", "Retention drifting later over a day usually means the column is not equilibrated. "
                               "Flush with ten column volumes before the first injection.")
    lines = lines_of("retention times creeping later through the day", "general", [drift])
    assert not lines[0].startswith("The guides give no") and "Flush with ten column volumes" in lines[0]
    comu = passage("table-row", "Reagent: COMU | Base: DIPEA", title="COMU", items=("COMU", "DIPEA"),
                   header=("Reagent", "Base"))
    assert lines_of("COMU eq?", "quantity", [comu])[0].startswith("The guides give no amount for COMU")


def test_how_many_is_answered_by_a_count_of_the_thing_asked() -> None:
    """'how many readings ...': "5 readings" states how many; the guides are not said to lack it."""
    prose = passage("prose", "Report the mean of 5 readings; an SD above 0.002° means the sample is not stable.")
    lines = lines_of("how many readings and what SD is ok", "quantity", [prose])
    assert not lines[0].startswith("The guides give no") and "5 readings" in lines[0]
    assert lines_of("how many hours before the readings", "quantity", [prose])[0].startswith("The guides give no time")
    row = passage("table-row", "Symptom: Reading unstable | Check: SD of 5 readings > 0.002°", title="Reading unstable",
                  items=("Reading unstable", "SD of 5 readings > 0.002°"), header=("Symptom", "Check"))
    assert "SD of 5 readings" in lines_of("how many readings and what SD is ok", "quantity", [row])[0]


def test_a_gap_is_not_claimed_for_a_question_whose_subject_the_guides_never_name() -> None:
    """'how long does a regen take': nothing named in the question is in the passages, so "The guides give no
    time for this" would be a guess; the best passage's amount of the asked kind answers instead."""
    p = passage("prose", "Regeneration of the catalyst bed takes about 15 h and runs overnight.")
    lines = lines_of("how long does a regen take", "quantity", [p])
    assert not lines[0].startswith("The guides give no") and "15 h" in lines[0]


def test_each_label_is_said_once_whichever_line_the_lead_model_puts_first() -> None:
    fix = passage("solution", "Solution: Degas the solvent by sparging with argon. Add the catalyst in two portions "
                              "to the degassed solution.")
    a = compose("catalyst portions degassed solution", retrieval("catalyst portions degassed solution", "remedy",
                                                                  [fix, CAUSE]), lead_weights={"terms": 5.0})
    assert a.answer.count("What to do:") == 1 and a.answer.startswith("What to do: Add the catalyst in two portions")


def test_the_answer_opens_from_the_guide_of_the_best_passage_not_from_another_guide() -> None:
    """A line of another guide may share more words with the question; the matched guide answers."""
    mine = passage("faq", "Q: What concentration for the cyclisation?\nA: Run the ring closure at approximately 0.1 M.",
                   title="What concentration for the cyclisation?")
    other = replace(passage("table-row", "Reagent: n-BuLi | Concentration: 0.2 M in hexanes for the cyclisation",
                            title="n-BuLi", items=("n-BuLi", "0.2 M in hexanes for the cyclisation"),
                            header=("Reagent", "Concentration")), guide="other", id="other:table-row:1")
    r = retrieval("what concentration for the cyclisation", "general", [mine, other])
    led = compose(r.query.text, r, lead_weights={"terms": 1.0, "kind_row": 3.0}).answer.split("\n")
    assert "0.1 M" in led[0] and not any("0.2 M" in line for line in led)


def test_how_to_set_up_without_a_procedure_in_the_matched_guide_never_borrows_another_guides() -> None:
    faq = passage("faq", "Q: Can I set it up without a glovebox?\nA: Yes. Weigh the precatalyst and base into a vial, "
                         "evacuate and backfill with argon three times.", title="Can I set it up without a glovebox?")
    rcm = replace(PROTO, guide="other", id="other:protocol:1")
    lines = lines_of("no glovebox in our lab, how do I set up the coupling", "procedure", [faq, rcm])
    assert "backfill with argon" in " ".join(lines) and not any("Dissolve the diene" in line for line in lines)


def test_a_step_asked_by_its_time_in_a_named_protocol_gets_the_step_not_the_whole_protocol() -> None:
    proto = passage("protocol", "Protocol: Lactam\n1. Add the precursor over 4-12 hours.\n2. Stir for an additional "
                                "12-24 hours after the addition is complete.\n3. Quench with water.",
                    title="Protocol: Lactam",
                    items=("Add the precursor over 4-12 hours.",
                           "Stir for an additional 12-24 hours after the addition is complete.", "Quench with water."))
    lines = lines_of("stirring time once the addition is finished in the lactam protocol", "procedure", [proto])
    assert len(lines) <= 3 and "12-24 hours" in lines[0]


def test_lines_after_the_first_stay_in_its_guide_and_are_never_a_section_introduction() -> None:
    fix = passage("solution", "Solution: Quench the reaction with saturated aqueous NaHCO3.")
    intro = passage("prose", "Reductive amination is a cornerstone for introducing diversity onto the scaffold.")
    other = replace(passage("solution", "Solution: Quench the coupling with aqueous NH4Cl."), guide="other",
                    id="other:solution:1")
    lines = lines_of("bicarbonate quench reductive amination", "remedy", [fix, other, intro])
    assert "NaHCO3" in lines[0] and not any("NH4Cl" in line or "cornerstone" in line for line in lines)


def test_a_problem_reported_after_a_step_is_a_problem_and_a_question_about_the_next_step_is_a_step() -> None:
    """'... smells of cabbage after my swern' reports a problem: it gets the fix, not a step of the procedure;
    'what do I add after the oxalyl chloride' asks for the next step."""
    from assistant.answer.shape import shape_of

    def shape(text: str, intent: str = "general") -> str:
        return shape_of(retrieval(text, intent, [FIX]).query)

    assert shape("whole corridor smells of cabbage after my swern, how do I kill the smell", "remedy") == "problem"
    assert shape("LCMS shows my amine +99 after a HATU coupling") == "problem"
    assert shape("product is blue-green after the column") == "problem"
    assert shape("what do I add after the oxalyl chloride") == "step"
    assert shape("added the DAST at -78, what next?") == "step"
    assert shape("do I cool the metathesis before quenching") == "step"
    # a "why" asks a reason even when it names a kind of amount; it asks a value only with a wh-phrase
    assert shape("why does heating faster give a wrong melting point", "cause") == "problem"
    assert shape("amberlyst for ketal formation - how much and why", "cause") == "value"


def test_a_report_that_names_a_time_or_a_temperature_in_passing_asks_for_the_fix_not_a_value() -> None:
    """'NHK overnight, ... nothing happened' reports a failure: the hours and degrees it states are what was done,
    not what is asked; 'HATU eq?', 'swern temp' and 'how long at reflux' still ask a value."""
    from assistant.answer.shape import shape_of
    from assistant.retrieval import intent

    def shape(text: str) -> str:
        return shape_of(retrieval(text, intent.detect(text), [FIX]).query)

    for report in ("NHK overnight, TLC this morning: aldehyde and vinyl iodide both still sitting there",
                   "chromium coupling died halfway, roughly half the aldehyde still there next day",
                   "thiourea version stuck at half conversion after 6 h reflux",
                   "internal temp shoots up every time I add the BuLi",
                   "SAE very slow, half SM left after a day at -20",
                   "buchwald stays pale yellow, zero conversion after overnight",
                   "my acetal fell apart in the NMR tube overnight in CDCl3",
                   "trying to acylate a benzonitrile, zero conversion even at reflux"):
        assert shape(report) == "problem", report
    for value in ("HATU eq?", "swern temp", "how long at reflux", "reflux time for the ketal",
                  "what temperature for the Boc removal", "heating rate setting to stop overshoot",
                  "what do I set the safety temperature limit on the hot plate to"):
        assert shape(value) == "value", value


def test_a_guides_own_question_never_opens_the_answer_whatever_the_weights() -> None:
    faq = passage("prose", "Which group should I choose for a long sequence with acidic steps? TBDPS for primary "
                           "alcohols; TIPS for secondary alcohols.")
    q = "long route with acidic steps later, which silyl group should I choose"
    led = compose(q, retrieval(q, "choice", [faq]), lead_weights={"terms": 5.0}).answer.split("\n")
    assert not led[0].rstrip(" [1]").endswith("?") and "TBDPS for primary alcohols" in led[0]


def test_a_work_up_stated_per_gram_of_reagent_is_an_amount() -> None:
    """'Fieser work-up amounts?': 'x mL water, x mL 15% NaOH, 3x mL water' states amounts with a variable."""
    fieser = passage("protocol", "Fieser work-up (LiAlH4)\n1. x mL water\n2. x mL 15% aqueous NaOH\n3. 3x mL water",
                     title="Fieser work-up (LiAlH4)", items=("x mL water", "x mL 15% aqueous NaOH", "3x mL water"))
    lines = lines_of("fieser workup amounts for LiAlH4?", "quantity", [fieser])
    assert not lines[0].startswith("The guides give no") and "x mL water" in lines[0]


def test_a_table_row_is_about_every_thing_its_cells_name() -> None:
    """'4-methoxystyrene w/ mCPBA, how long': the row whose example cell names it gives the time."""
    row = passage("table-row", "Alkene type: Styrene | Example: styrene, 4-methoxystyrene | mCPBA (equiv): 1.2 | "
                               "Conditions: CH2Cl2 + NaHCO3, 0 °C | Typical time: 1–4 h", title="Styrene",
                  items=("Styrene", "styrene, 4-methoxystyrene", "1.2", "CH2Cl2 + NaHCO3, 0 °C", "1–4 h"),
                  header=("Alkene type", "Example", "mCPBA (equiv)", "Conditions", "Typical time"))
    lines = lines_of("epoxidation of 4-methoxystyrene with mcpba, how long", "quantity", [row])
    assert not lines[0].startswith("The guides give no") and "1–4 h" in lines[0]


def test_a_sentence_with_its_own_fix_label_inside_a_cause_is_said_as_what_to_do() -> None:
    """A cause paragraph that goes on 'Solution: Dilute ...': the fix is labelled as a fix, once."""
    cause = passage("cause", "Cause: Water was added while DAST remained. Solution: Dilute the mixture with DCM, "
                             "cool it to 0 °C and add it slowly to cold NaHCO3.")
    a = compose("quench of my DAST fizzed violently", retrieval("quench of my DAST fizzed violently", "general",
                                                                [cause]), lead_weights={"action": 5.0})
    assert "Solution:" not in a.answer and "Likely cause: Solution" not in a.answer
    assert any(line.startswith("What to do: Dilute the mixture") for line in a.answer.split("\n"))


def test_a_sections_introduction_is_not_quoted_with_its_problem_entry() -> None:
    intro = Passage(id="g:prose:i", guide=G, guide_title="Guide", section=("Cyclization",), kind="prose", lines=(1, 1),
                    text="The formation of the seven-membered lactam ring can be challenging.")
    fix = Passage(id="g:solution:f", guide=G, guide_title="Guide", section=("Cyclization", "Solution"), kind="solution",
                  lines=(3, 3), text="Solution: High-dilution conditions (0.001 to 0.01 M) are essential.")
    lines = lines_of("my lactamization gives oligomers", "general", [fix, intro])
    assert lines[0].startswith("What to do: High-dilution") and not any("can be challenging" in ln for ln in lines)


def test_a_guides_short_verdict_is_quoted_with_the_sentence_after_it() -> None:
    """'Yes.', 'Usually not.': the verdict the guide gives opens the line that explains it, never dropped."""
    faq = passage("faq", "Q: Can I use wet TBAF?\nA: Usually not. The water makes TBAF strongly basic toward "
                         "sensitive groups.", title="Can I use wet TBAF?")
    lines = lines_of("can I use wet TBAF for the deprotection", "general", [faq])
    assert lines[0].startswith("Usually not. The water makes TBAF strongly basic")


def test_a_whole_procedure_opens_with_its_first_step_under_its_name() -> None:
    """'how do I degas by freeze-pump-thaw': the first line is the first thing to do, not the heading alone."""
    lines = lines_of("RCM protocol", "procedure", [PROTO, FIX])
    assert lines[0] == "Protocol: RCM: 1. Dissolve the diene. [1]"
    assert lines[1:] == ["2. Add catalyst (1-5 mol%). [1]", "3. Heat to 40 °C. [1]"]


def test_a_run_in_label_alone_is_never_an_answer_line() -> None:
    """'**Possible reasons.** ...' / '**Fix.** ...' read as sentences of their own: the label is no line."""
    cause = passage("cause", "Possible reasons. Excess solvent in step 2, or washing with warm solvent.")
    fix = passage("solution", "Fix. Concentrate the mother liquor to half volume and cool to obtain a second crop.")
    lines = lines_of("poor recovery after recrystallisation", "general", [fix, cause])
    assert lines[0].startswith("What to do: Concentrate the mother liquor")
    assert not any(ln.split(": ", 1)[-1].startswith(("Fix.", "Possible reasons.")) for ln in lines)


def test_a_list_heading_or_a_guides_rhetorical_question_is_not_an_answer_line() -> None:
    prose = passage("prose", "Ligand by amine class\nSecondary cyclic and acyclic amines: RuPhos.\n"
                             "Primary aliphatic amines and anilines: BrettPhos.")
    lines = lines_of("best ligand for secondary amines", "general", [prose])
    assert lines[0].startswith("Secondary cyclic and acyclic amines: RuPhos.")
    faq = passage("prose", "Want the axial alcohol? Use L-Selectride at -78 °C, which attacks equatorially.")
    assert lines_of("want the axial alcohol, NaBH4 ok?", "general", [faq])[0].startswith("Use L-Selectride")


def test_an_abbreviation_of_the_guides_own_subject_does_not_hide_its_values() -> None:
    """'how much imidazole to buffer the KF medium': KF is the guide's subject (Karl Fischer), not a reagent
    each line must name; the imidazole amount answers, and no gap is said."""
    faq = Passage(id="kf:faq:1", guide="kf", guide_title="Karl Fischer Titration: Frequently Asked Questions",
                  section=("Strong acids",), kind="faq", lines=(1, 2), title="Strong acids slow the titration down.",
                  text="Q: Strong acids slow the titration down. Is that normal?\nA: Yes. Below pH 4 the reaction is "
                       "slow. Neutralise the working medium with imidazole (about 5 g per 50 mL of methanol) before "
                       "adding acidic samples.")
    question = "how much imidazole to buffer the KF medium for acidic samples"
    r = retrieval(question, "quantity", [faq])
    groups = tuple(frozenset({"kf", "karl", "fischer", "titrat", "water", "content"}) if w.lower() == "kf"
                   else frozenset(analyzer.terms(w)) for w in analyzer.words(question) if analyzer.terms(w))
    r = replace(r, query=replace(r.query, word_terms=groups, expansions=("Karl Fischer titration water content",)))
    first = compose(question, r).answer.split("\n")[0]
    assert "about 5 g per 50 mL" in first and not first.startswith("The guides give no")


def test_what_next_after_a_reported_step_gets_the_step_that_follows_it() -> None:
    """'dissolved the diene, what next?': the step after the one the question reports, not that one again."""
    assert lines_of("dissolved the diene, what next?", "general", [PROTO, FIX]) == [
        "Protocol: RCM, step 2: Add catalyst (1-5 mol%). [1]"]


def test_what_next_after_a_report_that_names_a_time_gets_the_step_after_the_reported_one() -> None:
    """'catalyst in, stirred 2 h at 40, now what?' and '... after 2 h at 40, what next?': the report names the
    step done ("after 2 h" is part of it, not a step to go back from); the step that follows opens."""
    proto = passage("protocol", "Protocol: RCM\n1. Dissolve the diene.\n2. Add catalyst and stir 2 h at 40 °C."
                                "\n3. Quench with ethyl vinyl ether.", title="Protocol: RCM",
                    items=("Dissolve the diene.", "Add catalyst and stir 2 h at 40 °C.",
                           "Quench with ethyl vinyl ether."))
    for q in ("catalyst in, stirred 2 h at 40, now what?", "TLC clean after 2 h at 40 with the catalyst, what next?"):
        assert lines_of(q, "general", [proto, FIX])[0] == "Protocol: RCM, step 3: Quench with ethyl vinyl ether. [1]", q


@pytest.mark.parametrize(("text", "fix"), [
    ("Substrates that do not dissolve react only at their surface. Double the solvent volume to 20 mL per mmol.",
     "Double the solvent volume to 20 mL per mmol."),
    ("In a KBr pellet flat-topped bands mean too much sample. Press a new pellet with 0.5-1 mg of sample.",
     "Press a new pellet with 0.5-1 mg of sample."),
    ("Coarse crystals scatter the light. Grind the sample and the KBr together for longer.",
     "Grind the sample and the KBr together for longer."),
])
def test_a_problems_fix_in_a_plain_imperative_opens_the_answer(text: str, fix: str) -> None:
    """A fix written as a plain instruction ("Double ...", "Press ...", "Grind ...") is what to do: it opens the
    answer to the problem, before the sentence that explains it."""
    first = lines_of("my sample just sits there, bands are flat and nothing reacts", "general",
                     [passage("problem", text)])[0]
    assert first.removeprefix("What to do: ").startswith(fix), first


def test_a_sentence_runs_on_past_sat_and_aq() -> None:
    faq = passage("prose", "Aliquot for TLC: one drop into 0.5 mL EtOAc + a drop of sat. NH4Cl, spot the top layer.")
    assert "spot the top layer" in lines_of("TLC of the reaction is a smear", "general", [faq])[0]


def test_lines_after_a_chosen_first_line_stay_on_its_problem() -> None:
    """'how do I quench a NaBH4 reduction': when the opening line comes from the quench passage, the
    'stalls at 60%' entry the shape had matched is not quoted after it (it is another problem)."""
    quench = Passage(id="g:prose:q", guide=G, guide_title="Guide", section=("Work-up",), kind="prose",
                     lines=(1, 1), text="Quench at 0 °C by slow addition of sat. aq. NH4Cl. Remove the MeOH "
                                        "before the extraction.")
    other = Passage(id="g:prose:o", guide=G, guide_title="Guide", section=("Scope",), kind="prose", lines=(3, 3),
                    text="The reduction tolerates esters and amides.")
    cause = Passage(id="g:cause:s", guide=G, guide_title="Guide", section=("Stalls at 60%", "Cause"), kind="cause",
                    lines=(5, 5), text="Cause: the borohydride was destroyed by the solvent.")
    fix = Passage(id="g:solution:s", guide=G, guide_title="Guide", section=("Stalls at 60%", "Solution"),
                  kind="solution", lines=(6, 6), text="Solution: Cool to 0 °C before adding the borohydride.")
    a = compose("how do I quench a NaBH4 reduction", retrieval("how do I quench a NaBH4 reduction", "general",
                                                               [quench, other, cause, fix]),
                lead_weights={"action": 5.0, "first_unit": 1.0})
    lines = a.answer.split("\n")
    assert lines[0].startswith("What to do: Quench at 0 °C") or lines[0].startswith("Quench at 0 °C")
    assert not any("destroyed by the solvent" in ln or "before adding the borohydride" in ln for ln in lines)


def test_a_table_row_under_the_asked_reactions_heading_gives_its_value() -> None:
    """'what temperature for the aldol': the row "Temperature" of a parameter table under the aldol's heading
    is the aldol's, although the row itself names no reaction; the guides do give it, so it opens the answer."""
    row = Passage(id="g:table-row:1", guide=G, guide_title="Troubleshooting Carbonyl Chemistry",
                  section=("Guides", "Aldol Additions", "Table: Parameter", "Temperature"), kind="table-row",
                  lines=(5, 5), title="Temperature", header=("Parameter", "Typical Range"),
                  items=("Temperature", "-78 °C to 0 °C"),
                  text="Parameter: Temperature | Typical Range: -78 °C to 0 °C")
    lines = lines_of("what temperature for the aldol", "quantity", [row])
    assert "-78 °C to 0 °C" in lines[0] and not lines[0].startswith("The guides give no")


def test_a_reported_problem_opens_with_what_its_entry_says_to_do_not_with_its_description() -> None:
    """'my stabilised ylide won't touch the ketone': the entry opens by describing the problem, then says
    what to do; the answer opens with what to do, even when the lead model prefers the description."""
    entry = passage("problem", "Stabilised ylides rarely react with ketones. Use the HWE phosphonate with NaH instead.")
    q = "my stabilised ylide won't touch the ketone at all"
    a = compose(q, retrieval(q, "general", [entry]), lead_weights={"first_unit": 5.0, "sim": 1.0})
    assert a.answer.split("\n")[0].startswith("What to do: Use the HWE phosphonate")
    assert "Stabilised ylides rarely react with ketones." in a.answer


def test_what_to_check_first_is_the_first_of_the_guides_ordered_checks() -> None:
    """'suzuki failed, what should I check first': the guide's checks are in order; the answer opens with its
    first, whichever later check shares more of the question's words."""
    checks = passage("protocol", "What to check first when a coupling fails\n1. Take an LC-MS of the crude mixture."
                     "\n2. Check the base.\n3. Check the catalyst: Pd(PPh3)4 should be bright yellow.",
                     title="What to check first when a coupling fails",
                     items=("Take an LC-MS of the crude mixture.", "Check the base.",
                            "Check the catalyst: Pd(PPh3)4 should be bright yellow."))
    q = "coupling failed, what should I check first before changing catalyst"
    first = compose(q, retrieval(q, "first_check", [checks]), lead_weights={"terms": 5.0}).answer.split("\n")[0]
    assert first.startswith("Check first: ") and "LC-MS of the crude mixture" in first


def test_check_first_labels_only_a_check() -> None:
    """A line that says no check ("Practically no.") is never labelled as one."""
    faq = passage("faq", "Q: Can I add more TBSCl? A: Practically no. Use TBSOTf with 2,6-lutidine instead.")
    q = "TBS protection stuck, what should I check first"
    lines = compose(q, retrieval(q, "first_check", [faq]), lead_weights={"first_unit": 5.0}).answer.split("\n")
    assert not any(line.startswith("Check first: Practically") for line in lines)


@pytest.mark.parametrize("weights", [{"first_unit": 5.0}, {"terms": 5.0}, {"position": 5.0}])
def test_what_to_check_first_opens_with_the_guides_first_check_not_its_preamble(weights: dict[str, float]) -> None:
    """A guide's "check first" paragraph announces its points, then asks them ("Is the reagent ...?"): the
    first check opens the answer, however the lead model weighs the lines; "these five points" never does."""
    checks = passage("prose", "When a thionation fails, go through these five points before changing anything else. "
                     "They account for most failed runs. Reagent. Is the reagent a free-flowing pale yellow powder? "
                     "A grey or sticky reagent has hydrolysed. Temperature. Is the internal temperature about 80 °C?")
    q = "thionation failed, what should I check first"
    first = compose(q, retrieval(q, "first_check", [checks]), lead_weights=weights).answer.split("\n")[0]
    assert first.startswith("Check first: Is the reagent a free-flowing pale yellow powder?")


def test_a_check_said_before_these_two_explain_opens_and_a_guides_own_label_is_not_doubled() -> None:
    nmr = passage("prose", "Before changing anything, run a 1H NMR of the donor batch and check the sieves. "
                  "In our ELN these two explain more than half of all failed glycosylations.")
    q = "glycosylation failed again - what should I check first?"
    first = compose(q, retrieval(q, "first_check", [nmr]), lead_weights={"terms": 5.0}).answer.split("\n")[0]
    assert first.startswith("Check first: Before changing anything, run a 1H NMR")
    own = passage("prose", "Check first: NBS colour, internal temperature, degassing.\nStop at 90% conversion.")
    q = "bromination failed, what should I check first"
    first = compose(q, retrieval(q, "first_check", [own]), lead_weights={"position": 5.0}).answer.split("\n")[0]
    assert first.startswith("Check first: NBS colour") and "Check first: Check first" not in first
    heading = passage("prose", "Check first When a Steglich esterification fails, check that the acid is dry.")
    q = "steglich failed completely, what should I check first"
    first = compose(q, retrieval(q, "first_check", [heading]), lead_weights={"terms": 5.0}).answer.split("\n")[0]
    assert first.startswith("Check first When a Steglich") and "Check first: Check first" not in first


def test_a_cited_part_of_a_troubleshooting_entry_is_shown_with_its_whole_entry() -> None:
    """The fix opens the answer; its source shows the entry it belongs to (the symptom it fixes, the cause),
    in the guide's order, so the reader sees which problem the fix is for."""
    symptom = replace(SYMPTOM, lines=(1, 1))
    cause = replace(CAUSE, lines=(2, 2))
    fix = replace(FIX, lines=(3, 3))
    intro = Passage(id="g:prose:intro", guide=G, guide_title="Guide", section=("S",), kind="prose", lines=(0, 0),
                    text="RCM is a powerful tool.")  # the section's introduction, beside a labelled symptom
    a = compose("low conversion of my diene", retrieval("low conversion of my diene", "general",
                                                        [fix, cause, symptom, intro]))
    assert a.citations[0].id == fix.id
    assert a.citations[0].text == "\n".join(("S", symptom.text, cause.text, fix.text))  # under the entry's name
    assert a.citations[0].lines == fix.lines  # where the quoted fix is


def test_a_problem_entry_named_by_its_heading_is_cited_with_its_name() -> None:
    """'Black precipitate within 15 min.' set in bold heads its entry's text; the source shows it."""
    entry = Passage(id="g:problem:1", guide=G, guide_title="Guide", section=("Troubleshooting", "Black precipitate "
                    "within 15 min."), kind="problem", lines=(4, 5), text="Pd(0) aggregated. Degas the solvent.")
    a = compose("reaction went black in 15 min", retrieval("reaction went black in 15 min", "general", [entry]))
    assert a.citations[0].text == "Black precipitate within 15 min.\nPd(0) aggregated. Degas the solvent."


def test_a_table_row_is_quoted_once_whichever_of_its_lines_opens() -> None:
    """'G2 loading?': when the lead model opens with the whole row, the row's loading column is not said
    again below it (the same value twice is noise)."""
    row = passage("table-row", "Enzyme: CAL-B | Form: Novozym 435 | Loading: 10-20% w/w | Best for: small alcohols",
                  title="CAL-B", items=("CAL-B", "Novozym 435", "10-20% w/w", "small alcohols"),
                  header=("Enzyme", "Form", "Loading", "Best for"))
    q = "novozym loading?"
    for weights in ({"words": 1.0}, {"words": -1.0}):
        lines = compose(q, retrieval(q, "quantity", [row]), lead_weights=weights).answer.split("\n")
        assert sum("10-20% w/w" in line for line in lines) == 1, lines


def test_an_answer_that_says_what_to_do_does_not_add_another_problems_advice() -> None:
    """'two weeks of slow evap and nothing, solution still clear': the matched entry says what to do; the
    next entry of the troubleshooting section (too many nuclei: halve the concentration) is another problem,
    and its advice, quoted below, would contradict the fix."""
    clear = Passage(id="x:problem:1", guide=G, guide_title="Crystals", section=("Troubleshooting", "Still clear"),
                    kind="problem", lines=(1, 1), text="The solution is not saturated. Make more holes in the foil.")
    powder = Passage(id="x:problem:2", guide=G, guide_title="Crystals", section=("Troubleshooting", "Fine powder"),
                     kind="problem", lines=(2, 2), text="Too many nuclei in the solution. Halve the concentration.")
    lines = lines_of("two weeks and nothing, the solution is still clear", "general", [clear, powder])
    assert lines[0].startswith("What to do: Make more holes in the foil.")
    assert not any("nuclei" in line or "Halve" in line for line in lines), lines


def test_a_decline_names_only_the_words_that_count_against_the_question() -> None:
    """"strecker on a ketone barely goes anywhere": the guides lack "anywhere" too, an everyday word that says
    nothing about what is missing; the decline names the word that names a thing, or none."""
    r = retrieval("pinacolone barely goes anywhere", "general", [CAUSE], answered=False)
    q = replace(r.query, unmatched=("pinacolone", "anywhere"), common=("anywhere",))
    lines = compose(q.text, Retrieval(q, r.hits, 0.0, False)).answer.split("\n")
    assert "No passage matched: pinacolone." in lines
    everyday = replace(q, unmatched=("anywhere",), common=("anywhere",))
    assert not any(ln.startswith("No passage matched") for ln in compose(
        q.text, Retrieval(everyday, r.hits, 0.0, False)).answer.split("\n"))


def test_a_knowledge_base_row_answers_with_its_action_column_and_without_its_bookkeeping() -> None:
    """A LIMS export's row: "Action / answer" is what to do, "Observation / question" the problem; who owns
    the record and when it was last reviewed are not said to a chemist at the bench."""
    header = ("ID", "Observation / question", "Probable cause", "Action / answer", "Severity", "Owner", "Last review")
    items = ("KB-114-025", "Dark brown or black reaction mixture, charring", "Addition too fast or too warm",
             "Add the solid in small portions at 15–20 °C with efficient stirring.", "Medium", "MK", "03.02.2025")
    row = passage("table-row", " | ".join(f"{h}: {c}" for h, c in zip(header, items, strict=True)),
                  title="KB-114-025", items=items, header=header)
    lines = lines_of("chlorosulfonation mixture went black, looks charred", "general", [row])
    assert "Action / answer: Add the solid in small portions" in lines[0], lines
    every = "\n".join(lines)
    assert "Owner" not in every and "Last review" not in every and "03.02.2025" not in every
    assert "Observation / question" not in lines[0] and "Dark brown" not in every  # the symptom is not restated
    from assistant.corpus.units import row_line

    assert row_line(row) == ("KB-114-025 — Observation / question: Dark brown or black reaction mixture, charring; "
                             "Probable cause: Addition too fast or too warm; Action / answer: Add the solid in small "
                             "portions at 15–20 °C with efficient stirring.")


def test_how_do_i_do_what_a_procedure_is_for_gets_its_steps_in_order_one_operation_in_it_gets_that_step() -> None:
    """'how do I change a box glove': the procedure is named for changing a glove, so its steps from the first;
    'how do I quench the RCM': quenching is one operation of the RCM protocol, so that step."""
    glove = passage("protocol", "7. CHANGING A GLOVE\n1. Raise the box pressure to +5 mbar.\n2. Push the old glove "
                                "into the box.\n3. Fit the new glove over the port ring.", title="7. CHANGING A GLOVE",
                    items=("Raise the box pressure to +5 mbar.", "Push the old glove into the box.",
                           "Fit the new glove over the port ring."))
    lines = lines_of("how do I change a box glove without letting air in", "procedure", [glove])
    assert lines[0].startswith("7. CHANGING A GLOVE: 1. Raise the box pressure"), lines
    assert len(lines) >= 3 and "Push the old glove" in lines[1]
    rcm = passage("protocol", "RCM protocol\n1. Dissolve the diene in DCM.\n2. Add the catalyst.\n3. Quench with "
                              "ethyl vinyl ether.", title="RCM protocol",
                  items=("Dissolve the diene in DCM.", "Add the catalyst.", "Quench with ethyl vinyl ether."))
    lines = lines_of("how do I quench the RCM", "procedure", [rcm])
    assert "Quench with ethyl vinyl ether" in lines[0] and len(lines) == 1, lines


def test_the_line_after_the_answer_is_the_sentence_that_goes_on_from_it_not_one_sharing_a_word() -> None:
    """'blue lips after weighing aniline and nitrobenzene': the safety paragraph's next sentence says what to do;
    the waste sentence further down only shares the word nitrobenzene."""
    safety = passage("prose", "Acrolein is formed in the flask.\nAniline and nitrobenzene are absorbed through the "
                              "skin and cause methaemoglobinaemia (blue lips, headache). Change contaminated gloves "
                              "at once.\nToluene extracts with nitrobenzene go to the solvent waste.")
    q = "labmate has blue lips after weighing the aniline and nitrobenzene"
    for weights in (None, {"terms": 1.0}):
        lines = compose(q, retrieval(q, "general", [safety]), lead_weights=weights).answer.split("\n")
        assert lines[0].startswith("Aniline and nitrobenzene are absorbed"), lines
        assert lines[1:] == ["Change contaminated gloves at once. [1]"], lines


CATALYSTS = passage("prose", "10% Pd/C: the general-purpose choice. Fastest for hydrogenolysis of benzyl ethers "
                    "and Cbz groups, but also cleaves aryl C-Br bonds.\nPtO2 (Adams' catalyst): reduced in situ to "
                    "platinum black. Reduces aromatic rings and pyridines in acetic acid at 3-4 bar.\nNote: keep "
                    "the catalyst wet. It ignites in air when dry.")


@pytest.mark.parametrize("weights", [{"terms": 5.0}, {"subjects": 5.0}, {"terms": 5.0, "first_unit": 1.0}])
def test_a_later_sentence_of_a_list_item_is_quoted_with_the_name_the_item_opens_with(weights) -> None:  # type: ignore[no-untyped-def]
    """'which catalyst for a pyridine': the sentence that answers is the second of its item; quoted alone it
    would not name the catalyst, so it is said after the item's name. A note's label is no name."""
    q = "want to reduce a pyridine to the piperidine, which catalyst"
    first = compose(q, retrieval(q, "choice", [CATALYSTS]), lead_weights=weights).answer.split("\n")[0]
    assert first.startswith("PtO2 (Adams' catalyst): Reduces aromatic rings and pyridines")
    q = "does the catalyst ignite when dry"
    lines = compose(q, retrieval(q, "general", [CATALYSTS]), lead_weights=weights).answer.split("\n")
    assert not any(line.startswith("Note: It ignites") for line in lines)


COLUMNS = passage("prose", "2 cm for up to 100 mg crude\n3 cm for 100–400 mg\n5 cm for 0.5–2 g")


@pytest.mark.parametrize("weights", [{"first_unit": 5.0}, {"terms": 5.0}, {"position": -5.0}])
def test_a_scale_asked_gets_the_line_whose_range_holds_it(weights: dict[str, float]) -> None:
    """'what column diameter for 1 g crude': of the guide's lines by load, the one whose range holds 1 g
    opens, however the lead model weighs the lines; one whose range leaves it out is not said after it."""
    q = "what column diameter for 1 g crude"
    lines = compose(q, retrieval(q, "general", [COLUMNS]), lead_weights=weights).answer.split("\n")
    assert lines[0] == "5 cm for 0.5–2 g [1]"
    assert not any(line.startswith(("2 cm", "3 cm")) for line in lines)


@pytest.mark.parametrize("weights", [None, {"terms": 5.0}, {"step_step": 5.0, "terms": 2.0}])
def test_what_to_do_after_a_named_step_is_the_step_that_follows_it_whatever_the_weights(weights) -> None:  # type: ignore[no-untyped-def]
    """'what do I do after I add the LiOH': the step after the one that adds it, never that step again."""
    q = "what do I do after I add the LiOH"
    first = compose(q, retrieval(q, "procedure", [PROTO_ESTER]), lead_weights=weights).answer.split("\n")[0]
    assert first == "Hydrolysis, step 3: Stir and follow by LC-MS. [1]"


@pytest.mark.parametrize("weights", [None, {"terms": 5.0}])
def test_how_to_do_a_step_after_another_is_that_step_not_the_one_after_the_other(weights) -> None:  # type: ignore[no-untyped-def]
    """'how do I remove the THF after the hydrolysis' asks for the removal step; 'after' only sets the scene."""
    q = "how do I remove the THF after the LiOH hydrolysis"
    first = compose(q, retrieval(q, "procedure", [PROTO_ESTER]), lead_weights=weights).answer.split("\n")[0]
    assert first.startswith("Hydrolysis, step 4: When the ester has gone, remove the THF"), first


@pytest.mark.parametrize("weights", [None, {"terms": 5.0}])
def test_what_to_check_before_a_step_is_not_the_step_before_it(weights) -> None:  # type: ignore[no-untyped-def]
    """'what should I check before I acidify' asks for a check, not for whatever step the guide puts first."""
    q = "what should I check before I acidify, is the THF gone"
    first = compose(q, retrieval(q, "general", [PROTO_ESTER]), lead_weights=weights).answer.split("\n")[0]
    assert "remove the THF" in first, first


ERRORS = [passage("table-row", f"Code: {c} | Meaning: {m} | What to do: {f}", title=c, items=(c, m, f),
                  header=("Code", "Meaning", "What to do"))
          for c, m, f in (("E-101", "Start drift above 50 µg/min after 10 min of conditioning",
                           "Replace the molecular sieve and the septum"),
                          ("E-102", "Endpoint not reached within 600 s", "Switch to K-type reagents"))]


@pytest.mark.parametrize("question", ["what does E-101 mean", "E-101 ?", "meaning of error E-101",
                                      "what is E-101 on the KF"])
@pytest.mark.parametrize("weights", [{"problem_solution": 5.0}, {"terms": 5.0}, {"first_unit": 2.0}])
def test_what_a_code_means_is_answered_by_its_whole_row_meaning_first(question: str, weights) -> None:  # type: ignore[no-untyped-def]
    """'what does E-101 mean' asks what the code says, then what to do: its whole row, not its fix alone."""
    first = compose(question, retrieval(question, "general", ERRORS), lead_weights=weights).answer.split("\n")[0]
    assert first.startswith("E-101 — Meaning: Start drift above 50 µg/min"), first
    assert "What to do: Replace the molecular sieve" in first


def test_a_problem_reported_in_a_row_still_gets_the_fix_first() -> None:
    """'drift stays above 50 after conditioning' reports a problem: the row's fix opens, not its meaning."""
    q = "start drift stays too high after conditioning, how do I fix it"
    first = compose(q, retrieval(q, "remedy", ERRORS), lead_weights={"problem_solution": 5.0}).answer.split("\n")[0]
    assert first.startswith("E-101 — What to do: Replace the molecular sieve"), first


@pytest.mark.parametrize("fix", ["Before running a sample, refill the test tube rack if it is empty.",
                                 "If the rack is empty, refill the test tube rack from the drawer."])
def test_an_instruction_after_a_leading_clause_is_what_to_do(fix: str) -> None:
    """'fraction collector rack is empty': the line that says to refill it is an instruction though a clause
    opens it; another instruction of the same passage does not take its place."""
    prose = passage("prose", f"{fix} Choose the appropriate adducts (usually M+H and M+Na).")
    q = "fraction collector rack is empty"
    first = compose(q, retrieval(q, "general", [prose]), lead_weights={"terms": 5.0}).answer.split("\n")[0]
    assert "refill the test tube rack" in first, first


@pytest.mark.parametrize("question", ["2,4-dichloropyrimidine + amine, which Cl goes first",
                                      "how pure is the mCPBA out of the bottle"])
def test_a_fact_asked_for_is_answered_by_the_line_that_states_it_not_by_an_instruction(question: str) -> None:
    """'which Cl goes first': the sentence that says which opens, not the instruction after it in its passage
    (an instruction opens when a problem is reported)."""
    prose = passage("prose", "2,4-Dichloropyrimidine: amines attack C4 first, with high selectivity. Commercial "
                             "mCPBA is sold as 77% material, the rest m-chlorobenzoic acid and water. Add one "
                             "nucleophile at a time and raise the temperature only after the first has reacted.")
    answer = compose(question, retrieval(question, "general", [prose]), lead_weights={"terms": 5.0}).answer
    assert "Add one nucleophile" not in answer.split("\n")[0], answer


def test_a_comparison_never_opens_with_the_guides_own_question_but_with_its_verdict() -> None:
    """'thermal pauson khand in toluene vs NMO at rt - which one?': the guide's FAQ asks the same thing
    ("Would it be better to heat ... instead of using NMO?"); its answer says which is preferred."""
    post = passage("prose", "Would it be better to heat the complex in toluene instead of using NMO? The thermal "
                            "reaction works, but it needs 12-24 h at 90 C and usually gives lower yields. NMO at room "
                            "temperature is the mildest option.")
    q = "thermal pauson khand in toluene vs NMO at room temperature - which one?"
    lines = lines_of(q, "compare", [post])
    assert lines[0].startswith("NMO at room temperature is the mildest option"), lines


def test_a_problem_that_names_an_instruments_code_opens_with_what_the_code_means_and_what_to_do() -> None:
    """'E05 came up and the heating paused': the row of E05 whole (its meaning, then what to do), not only
    its fix column."""
    row = passage("table-row", "Code: E05 | Meaning: Cooling water flow below 0.3 L/min | What to do: Open the tap; "
                               "check for kinked hoses.", title="E05",
                  items=("E05", "Cooling water flow below 0.3 L/min", "Open the tap; check for kinked hoses."),
                  header=("Code", "Meaning", "What to do"))
    other = passage("table-row", "Code: E07 | Meaning: Stirrer blocked | What to do: Free the stirrer bar.",
                    title="E07", items=("E07", "Stirrer blocked", "Free the stirrer bar."),
                    header=("Code", "Meaning", "What to do"))
    q = "E05 came up and the heating paused"
    for weights in (load_config().lines, {"problem_solution": 5.0}):  # whichever line the model would pick
        led = compose(q, retrieval(q, "general", [row, other]), lead_weights=weights).answer
        first = led.split("\n")[0]
        assert "Cooling water flow below 0.3 L/min" in first and "Open the tap" in first, led


def test_a_reported_problem_never_swaps_its_matching_line_for_an_unrelated_instruction() -> None:
    """A safety officer's message: 'if you get a headache or feel dizzy, leave the lab' answers 'got a headache
    and feel dizzy while running my PK'; the same message's waste rule ('Do not dispose of old Co2(CO)8
    yourselves') does not."""
    post = passage("prose", "If the CO alarm goes off at 30 ppm, or if you get a headache or feel dizzy while "
                            "working, leave the lab, tell someone and do not go back in until the alarm has cleared. "
                            "Waste: Do not dispose of old or decomposed Co2(CO)8 yourselves: close the bottle and "
                            "bring it to me.")
    q = "got a headache and feel dizzy while running my PK in the hood"
    led = compose(q, retrieval(q, "general", [post]), lead_weights={"terms": 5.0, "first_unit": 1.0}).answer
    assert led.split("\n")[0].startswith("If the CO alarm goes off"), led


def test_a_problem_matched_to_a_table_row_opens_with_its_fix_and_says_its_cause_on_the_same_line() -> None:
    """'after workup almost nothing in the organic layer': the row's fix, then why, in one line; the row's
    symptom is its name, not a line of its own."""
    row = passage("table-row", "Problem: Little product in the organic layer | Likely cause: The quench was not acidic "
                               "enough | What to do: Acidify the aqueous layer and extract again",
                  title="Little product in the organic layer",
                  items=("Little product in the organic layer", "The quench was not acidic enough",
                         "Acidify the aqueous layer and extract again"),
                  header=("Problem", "Likely cause", "What to do"))
    q = "after workup almost nothing in the organic layer"
    for weights in (load_config().lines, {"problem_cause": 5.0}, {"problem_solution": 5.0}):
        lines = compose(q, retrieval(q, "general", [row]), lead_weights=weights).answer.split("\n")
        assert lines[0] == ("Little product in the organic layer — What to do: Acidify the aqueous layer and extract "
                            "again; Likely cause: The quench was not acidic enough [1]"), lines
        assert len(lines) == 1


def test_how_long_after_one_addition_before_the_next_is_the_wait_after_the_first() -> None:
    """'how long after adding the aldehyde before adding the reducing agent': the stir after the aldehyde
    (10-15 min), not the stir after the reducing agent, whichever line the model would pick."""
    proto = passage("protocol", "Reductive amination\n1. Dissolve the amine in DCE.\n2. Add the aldehyde (0.5 eq.) "
                    "and stir for 10-15 minutes.\n3. Add the reducing agent (NaBH(OAc)3, 0.5 eq.) and stir for 1-2 "
                    "hours.", title="Reductive amination",
                    items=("Dissolve the amine in DCE.", "Add the aldehyde (0.5 eq.) and stir for 10-15 minutes.",
                           "Add the reducing agent (NaBH(OAc)3, 0.5 eq.) and stir for 1-2 hours."))
    q = "how long after adding the aldehyde before adding the reducing agent"
    for weights in (load_config().lines, {"type_fit": 1.0}, None):
        first = compose(q, retrieval(q, "quantity", [proto]), lead_weights=weights).answer.split("\n")[0]
        assert "10-15 minutes" in first, first


def test_a_reported_problem_answered_with_reasons_only_gets_its_entrys_fix_next() -> None:
    """'my lactamization gives oligomers': when the lines chosen only give reasons (a FAQ on low yields), the fix
    of the problem entry whose cause matched among the best hits follows the first line."""
    faq = passage("faq", "Q1: Why is my cyclization low-yielding?\nA1: Competing intermolecular reactions give "
                         "oligomers at high concentrations. The choice of base also matters.",
                  title="Why is my cyclization low-yielding?")
    cause = passage("cause", "Cause: Intermolecular oligomerisation outcompetes the ring closure.")
    fix = passage("solution", "Solution: Use high dilution (0.001-0.01 M) and add the precursor slowly.")
    q = "my lactamization gives oligomers"
    lines = compose(q, retrieval(q, "general", [faq, cause, fix]), lead_weights={"first_unit": 1.0}).answer.split("\n")
    assert lines[0].startswith("Competing intermolecular reactions"), lines
    assert lines[1].startswith("What to do: Use high dilution"), lines


def test_two_sentences_of_one_passage_that_run_on_are_one_line_in_the_guides_order() -> None:
    """The sentence a question matches best may come second in the guide ("Charred material ...; discard"
    after "Fix: add hot water ... at once"): quoted as two lines in reverse it reads backwards and the
    urgent fix hides on line 2; run together as the guide writes them it reads as the guide does."""
    fix = passage("solution", "Fix: add hot water through the funnel at once and turn the heating down. Charred "
                              "material gives brown, smelly distillate; discard the fraction collected since the "
                              "darkening.")
    cause = passage("cause", "Cause: the water level has fallen below the solid and it is heated dry.")
    q = "brown smelly distillate, discard the fraction?"
    lines = compose(q, retrieval(q, "general", [fix, cause]), lead_weights={"terms": 5.0}).answer.split("\n")
    assert lines[0] == ("What to do: add hot water through the funnel at once and turn the heating down. Charred "
                        "material gives brown, smelly distillate; discard the fraction collected since the "
                        "darkening. [1]")
    assert len([ln for ln in lines if "[1]" in ln]) == 1


def test_a_declined_question_names_each_word_no_passage_has_once() -> None:
    """"fluoro-julia ... alpha-fluoro sulfones": the word the guides lack is said once, not "fluoro, fluoro"."""
    q = "fluoro-julia from alpha-fluoro sulfones"
    r = retrieval(q, "general", [CAUSE], answered=False)
    r = replace(r, query=replace(r.query, unmatched=("fluoro", "julia", "fluoro")))
    assert "No passage matched: fluoro, julia." in compose(q, r).answer


def test_a_value_asked_of_a_numbered_step_comes_from_that_step() -> None:
    """"step 4 - bath temperature and how long at reflux?": step 4 holds both; another step's time, however
    well it matches "how long", does not open the answer."""
    proto = passage("protocol", "Procedure\n1. Charge the flask.\n2. Add the aldehyde.\n3. Add HCl.\n"
                                "4. Heat in an oil bath at 90 °C under gentle reflux for 6 h.\n"
                                "5. Check by TLC.\n6. Cool in an ice bath for at least 1 h.",
                    title="Procedure", items=("Charge the flask.", "Add the aldehyde.", "Add HCl.",
                                              "Heat in an oil bath at 90 °C under gentle reflux for 6 h.",
                                              "Check by TLC.", "Cool in an ice bath for at least 1 h."))
    q = "step 4 - bath temperature and how long at reflux?"
    r = retrieval(q, "quantity", [proto])
    r = replace(r, hits=[replace(r.hits[0], unit_scores=(0.1, 0.1, 0.1, 0.2, 0.1, 0.9))])  # step 6 sounds closest
    first = compose(q, r, lead_weights=load_config().lines).answer.split("\n")[0]
    assert "step 4: Heat in an oil bath at 90 °C" in first


def test_an_empty_checkbox_of_a_checklist_is_not_quoted_as_words() -> None:
    """A guide's checklist ("[ ] The urea is dry ...") is quoted as its checks; the box a chemist ticks on paper
    is not part of the sentence (a ticked "[x]" says a check was done, and stays)."""
    checks = passage("prose", "Before you repeat a failed run, check:\n[ ] The aldehyde is freshly distilled.\n"
                     "[ ] The urea is dry and free-flowing.\n[x] Bath at 90 °C.")
    lines = lines_of("is the urea dry and free-flowing enough", "general", [checks])
    assert any("The urea is dry" in ln for ln in lines), lines
    assert not any("[ ]" in ln for ln in lines), lines


def test_a_troubleshooting_rows_symptom_cell_never_opens_alone() -> None:
    """A row of a symptom | cause | remedy table whose symptom cell best matches the question ("both still sitting
    there, nothing happened" against "No reaction: aldehyde and iodide both unchanged") opens with the row's remedy
    and cause, not with the symptom the chemist just described, whatever the question is read as."""
    row = passage("table-row", "Symptom: A1 No reaction: aldehyde and iodide both unchanged after 16 h | "
                  "Probable cause: CrCl2 oxidised before use | Remedy: Use a fresh batch of CrCl2.",
                  title="A1 No reaction: aldehyde and iodide both unchanged after 16 h",
                  items=("A1 No reaction: aldehyde and iodide both unchanged after 16 h", "CrCl2 oxidised before use",
                         "Use a fresh batch of CrCl2."), header=("Symptom", "Probable cause", "Remedy"))
    steps = passage("protocol", "Coupling\n1. Add the aldehyde and the iodide in DMF.\n2. Stir at 20 °C for 16 h "
                    "(overnight).", title="Coupling", items=("Add the aldehyde and the iodide in DMF.",
                                                             "Stir at 20 °C for 16 h (overnight)."))
    for question in ("NHK overnight, TLC this morning: aldehyde and iodide both unchanged, nothing happened",
                     "aldehyde and iodide both still there overnight"):  # "overnight": read as asking how long
        for intent in ("general", "problem", "quantity"):
            for weights in (None, {"terms": 1.0}, load_config().lines):  # the shape's order, a model liking words
                for hits in ([row], [steps, row]):
                    answer = compose(question, retrieval(question, intent, hits), lead_weights=weights).answer
                    first = answer.split("\n")[0]
                    if "No reaction" in first:
                        assert "Remedy: Use a fresh batch of CrCl2." in first, (intent, weights, first)
