"""Token pre-selection: the word tests skip only tokens that could never pass them."""
import pytest
from spacy.tokens import Doc

from strikewatch.events.fatalities import casualties
from strikewatch.events.phrases import PHRASE_CUES
from strikewatch.events.tokens import pairs, selected, within
from strikewatch.events.triggers import _OVERRIDING, Cue, cue_of, find_cues

TEXT = ("Militants ambushed a convoy near Harlow on Monday, killing four soldiers and wounding two. "
        "Rioters torched shops and police detained 12 people after a sit-in. "
        "A car-bombing was reported, and clashes erupted in March. Five bodies were found dead.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_pairs_are_lower_cased_lemmas_and_forms(doc):
    p = pairs(doc)
    assert [(p.lemma[k], p.lower[k]) for k in p.of_token] == [(t.lemma_.lower(), t.lower_) for t in doc]
    assert len(set(zip(p.lemma, p.lower))) == len(p.lemma) < len(doc)  # each pair once ("and", "a" recur)


def test_selected_and_within(doc):
    picked = selected(doc, "test-ends-in-s", lambda lemma, low: low.endswith("s") and lemma != "be")
    assert picked == [t.i for t in doc if t.lower_.endswith("s") and t.lemma_.lower() != "be"]
    assert selected(Doc(doc.vocab, words=[]), "test-empty", lambda lemma, low: True) == []
    for sent in doc.sents:
        assert within(picked, sent) == [i for i in picked if sent.start <= i < sent.end]


def _all_token_cues(sent):
    """find_cues as it read every token of the sentence."""
    cues = [Cue(t.i, c) for t in sent if (c := cue_of(t)) is not None]
    taken = {c.i for c in cues}
    for rx, cls, _ in PHRASE_CUES:
        for m in rx.finditer(sent.text):
            at = m.start("cue") if "cue" in rx.groupindex else m.start()  # a phrase may name its cue word
            span = sent.doc.char_span(sent.start_char + at, sent.start_char + m.end(), alignment_mode="expand")
            if span is None:
                continue
            if cls in _OVERRIDING and span[0].i in taken:
                cues = [c for c in cues if c.i != span[0].i]
                taken.discard(span[0].i)
            if span[0].i not in taken:
                cues.append(Cue(span[0].i, cls))
                taken.add(span[0].i)
    return sorted(cues)


def test_cues_are_those_of_every_token(doc):
    for sent in doc.sents:
        assert find_cues(sent) == _all_token_cues(sent)
    assert any(c.cls == "PROTEST" for c in find_cues(list(doc.sents)[1]))  # "sit-in": a phrase cue
    assert {c.cls for c in find_cues(list(doc.sents)[2])} >= {"BLAST", "CLASH"}  # "car-bombing", "clashes"


def test_casualties_still_found(doc):
    first, _, _, last = list(doc.sents)
    kinds = {(c.kind, c.value.best) for c in casualties(first)}
    assert ("killed", 4) in kinds and ("injured", 2) in kinds
    assert [c.value.best for c in casualties(last)] == [5]


def test_phrase_cues_skipped_only_when_their_words_are_absent(nlp):
    from strikewatch.events.phrases import PHRASE_CUES
    from strikewatch.events.triggers import _phrases_possible

    calm = nlp("The council met on Tuesday and approved the budget.")
    assert _phrases_possible(calm) == (False,) * len(PHRASE_CUES)
    loud = nlp("A GUN BATTLE broke out. The rebels handed the town back over to troops. Workers staged a sit-in. "
               "Troops FOUND two mines. The militia TOOK CONTROL of the town. Militants SET UP A CHECKPOINT on the road. "
               "The clans AGREED TO STOP FIGHTING. The rebels CALLED OFF THEIR CEASEFIRE. A MASS GRAVE was found. "
               "Residents GATHERED outside the hall demanding water. Fighters LAID DOWN THEIR ARMS. "
               "Troops NEUTRALISED six bandits. The army BROKE THE SIEGE of the town. Chlorine BARRELS fell. "
               "Officers SEIZED POWER in the capital. Men TOOK the teacher away; his WHEREABOUTS ARE UNKNOWN. "
               "Gunmen SEIZED NINE FARMERS. A SUICIDE BOMBER rammed the gate. Police DISPERSED the crowd. A ROCKET LANDED near the base. "
               "An IED WENT OFF in the market. Agents PICKED UP two students.")
    assert _phrases_possible(loud) == (True,) * len(PHRASE_CUES)
    for sent in loud.sents:
        assert find_cues(sent) == _all_token_cues(sent)
    assert {c.cls for s in loud.sents for c in find_cues(s)} >= {"CLASH", "HANDOVER", "PROTEST", "DISRUPT", "TERR", "BASE",
                                                                 "AGREE", "COUP"}
