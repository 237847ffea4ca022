"""Triage: which paragraphs and sentences get the full parse, and the joined Doc."""
from strikewatch.models import Report
from strikewatch.nlp.triage import (inflections, name_candidates, needs_entities, needs_parse, paragraphs, plan,
                                    trigger_words)
from strikewatch.pipeline import Pipeline

TEXT = ("Market day in a river town\n\n"
        "The council met to discuss new water pumps. Traders in Kano said flour prices rose.\n\n"
        "Gunmen attacked a checkpoint outside Maiduguri on Sunday, officials said.\n\n"
        "A ferry service to Lokoja resumed after repairs.")
WORDS = trigger_words(["attack", "shell", "fight", "strike"])  # a small lexicon for the tests


def test_paragraphs_join_back_and_runs_are_merged():
    assert "".join(paragraphs(TEXT)) == TEXT and len(paragraphs(TEXT)) == 4
    pieces = plan(TEXT, WORDS)
    assert "".join(t for t, _ in pieces) == TEXT
    assert [f for _, f in pieces] == [False, True, False]
    assert pieces[0][0].startswith("Market day") and pieces[0][0].endswith("flour prices rose.\n\n")


def test_trigger_words_numbers_and_phrases_need_the_parse():
    assert needs_parse("Two shells landed near the school.", WORDS)
    assert needs_parse("Shops stayed shut; 40 people gathered.", WORDS)
    assert needs_parse("Residents took to the streets.", WORDS)
    assert needs_parse("The air-strikes continued.", WORDS)
    assert needs_parse("Troops fought on.", WORDS)  # irregular past of a trigger lemma
    assert not needs_parse("The ferry resumed service and the bakery opened.", WORDS)
    assert {"kidnapped", "striking", "rallies", "shelled"} <= inflections("kidnap") | inflections("strike") | \
        inflections("rally") | inflections("shell")


def test_joined_doc_keeps_text_sentences_and_entities(nlp):
    report = Report(id="t", text=TEXT)
    light = next(Pipeline(nlp).docs([report]))
    full = next(Pipeline(nlp, triage=False).docs([report]))
    assert light.text == report.clean
    assert [t.text for t in light] == [t.text for t in full]
    sents = [s.text.strip() for s in light.sents]
    assert sents == [s.text.strip() for s in full.sents]
    assert sents[1:] == ["Traders in Kano said flour prices rose.",
                         "Gunmen attacked a checkpoint outside Maiduguri on Sunday, officials said.",
                         "A ferry service to Lokoja resumed after repairs."]
    ents = [(e.start_char, e.text, e.label_) for e in light.ents]
    assert (TEXT.index("Maiduguri"), "Maiduguri", "GPE") in ents
    assert ents == [(e.start_char, e.text, e.label_) for e in full.ents]  # light parts keep NER ...
    no_ner = next(Pipeline(nlp, light_ner=False).docs([report]))
    assert not any(e.text == "Kano" for e in no_ner.ents)  # ... unless switched off
    assert any(e.text == "Maiduguri" for e in no_ner.ents)
    attacked = next(t for t in light if t.text == "attacked")
    assert (attacked.lemma_, attacked.dep_, attacked.head.text) == ("attack", "ccomp", "said")
    council = next(t for t in light if t.text == "council")  # light paragraph: flat tree, no lemma
    assert (council.lemma_, council.dep_, council.head.text) == ("", "dep", "Market")


def test_places_in_light_paragraphs_are_still_found(nlp):
    from strikewatch.place import geoparse

    report = Report(id="t", text=TEXT)
    doc = next(Pipeline(nlp).docs([report]))
    names = {t.text for t in geoparse(report.clean, doc=doc) if t.location is not None}
    assert {"Kano", "Maiduguri"} <= names


ONE_PARAGRAPH = ("The harbour reopened after the winter rains. Fishermen in Mombasa welcomed the news. "
                 "Militants attacked a police post near Lamu on Friday. Ferries to Pate ran as usual.")


def test_sentences_without_triggers_inside_a_paragraph_skip_the_parse(nlp):
    report = Report(id="s", text=ONE_PARAGRAPH)
    doc = next(Pipeline(nlp).docs([report]))
    full = next(Pipeline(nlp, triage=False).docs([report]))
    assert doc.text == report.clean and [t.text for t in doc] == [t.text for t in full]
    assert [s.text.strip() for s in doc.sents] == [s.text.strip() for s in full.sents]
    attacked = next(t for t in doc if t.text == "attacked")
    assert (attacked.lemma_, attacked.dep_) == ("attack", "ROOT")  # the trigger sentence is parsed
    harbour = next(t for t in doc if t.text == "harbour")
    assert (harbour.lemma_, harbour.dep_) == ("", "dep")  # a sentence with no trigger is not
    assert {e.text for e in doc.ents} >= {"Mombasa", "Lamu"}  # entities everywhere
    whole = next(Pipeline(nlp, sentence_triage=False).docs([report]))
    assert next(t for t in whole if t.text == "harbour").dep_ != "dep"  # paragraph-level only


def test_name_candidates_are_stretches_of_capitalised_runs():
    words = ["Later", "Ines", "Albrecht", "sailed", "from", "Port", "of", "Vellmar", "to", "Rostov", "-", "on",
             "-", "Don", "with", "I", "."]
    spaces = [True, True, True, True, True, True, True, True, True, False, False, False, False, True, True, True,
              False]
    found = list(name_candidates(words, spaces))
    assert found == ["Later", "Later Ines", "Later Ines Albrecht", "Ines", "Ines Albrecht", "Albrecht",
                     "Port", "Port of Vellmar", "Vellmar", "Rostov", "Rostov-on-Don", "Don"]
    assert "I" not in found and not list(name_candidates(["the", "ferry", "left", "."]))
    assert list(name_candidates(["A", "B", "C", "D", "E"]))[:4] == ["A", "A B", "A B C", "A B C D"]  # at most 4


def test_a_sentence_needs_entities_when_a_stretch_may_be_a_name():
    never = lambda name: False  # noqa: E731
    assert not needs_entities(["The", "ferry", "left", "for", "Tromso", "."], never)
    assert needs_entities(["The", "ferry", "left", "for", "Tromso", "."], lambda name: name == "Tromso")
    assert needs_entities(["Harare", "was", "calm", "."], lambda name: name == "Harare")  # the first word too
    assert needs_entities(["We", "flew", "to", "Tel", "Aviv", "."], lambda name: name == "Tel Aviv")
    assert not needs_entities(['"', "Then", "I", "walked", "home", ".", '"'], lambda name: name == "I")


def test_possible_names_come_from_the_gazetteer_and_the_actor_aliases():
    from strikewatch.pipeline import _may_be_name

    assert _may_be_name("Harare") and _may_be_name("Hezbollah") and _may_be_name("Kuala Lumpur")
    assert not _may_be_name("However") and not _may_be_name("Yesterday")
    assert not _may_be_name("Police")  # a generic alias, and not a place the geoparser would take
    assert not _may_be_name("Osric") and not _may_be_name("Osric Tavendel")  # invented names
    assert _may_be_name("Brindlemoor River")  # an unknown place the geoparser keeps unresolved
    assert _may_be_name("Tavendel de Brindlemoor")  # ... so is one with a particle


def test_ner_runs_only_on_light_sentences_that_may_name_something(nlp):
    text = ("Osric Tavendel and Marisol Brindlemoor painted the benches of Quentavia. "
            "The Harbour Choir sang when the ferry from Kisumu docked. "
            "Volunteers from Kuala Lumpur joined the choir.")
    doc = next(Pipeline(nlp).docs([Report(id="n", text=text)]))
    ungated = next(Pipeline(nlp, entity_gate=False).docs([Report(id="n", text=text)]))
    first = text.index("The Harbour")
    assert any(e.end_char <= first for e in ungated.ents)  # NER would tag names in the first sentence ...
    assert not any(e.start_char < first for e in doc.ents)  # ... but only invented names: it skips NER
    names = {e.text for e in doc.ents}
    assert {"Harbour Choir", "Kisumu"} & names  # a gazetteer town mid-sentence keeps NER
    assert "Kuala Lumpur" in names  # so does a place neither word of which is a place alone


GATED = ("The old ferry was painted by volunteers last spring. Everyone agreed the benches looked better. "
         "The new clinic in Kisumu was opened by Grace Wanjiru. Nairobi was quiet and the shops stayed open.\n\n"
         "Gunmen attacked a checkpoint outside Maiduguri on Sunday, officials said.")


def test_light_sentences_without_names_skip_ner(nlp):
    report = Report(id="g", text=GATED)
    doc = next(Pipeline(nlp).docs([report]))
    ungated = next(Pipeline(nlp, entity_gate=False).docs([report]))
    full = next(Pipeline(nlp, triage=False).docs([report]))
    assert doc.text == report.clean == GATED
    assert [t.i for t in doc if t.is_sent_start] == [t.i for t in ungated if t.is_sent_start]
    assert [s.text.strip() for s in doc.sents] == [s.text.strip() for s in full.sents]
    ents = {(e.text, e.label_) for e in doc.ents}
    # names after the first word, a first word in the gazetteer, and the sentence that gets the full parse
    assert {("Kisumu", "GPE"), ("Grace Wanjiru", "PERSON"), ("Nairobi", "GPE"), ("Maiduguri", "GPE")} <= ents
    spring = GATED.index("last spring")
    assert any(e.start_char == spring for e in ungated.ents)  # NER would tag "last spring" a DATE ...
    assert not any(e.start_char <= spring < e.end_char for e in doc.ents)  # ... but its sentence skips NER
    assert all(t.ent_iob_ == "O" for t in doc if t.idx < GATED.index("Kisumu"))
