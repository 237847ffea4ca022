"""Per-Doc caches: the same answers as spaCy's own attributes, computed once per Doc."""
import numpy as np
import pytest

from strikewatch.place import get_gazetteer
from strikewatch.place.doccache import folded, lexical, orth_of, per_doc, span_text
from strikewatch.place.resolve import Mention, _candidates, candidates

TEXT = "The U.S. envoy met officials in Port Amberly on Tuesday.  Two NGOs - of note - left early.\nDONE"


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_folded_keeps_offsets_and_case_insensitive_matches():
    text = "İSTANBUL ſhelling, KELVIN \u212aelvin"
    assert folded(text) == "istanbul shelling, kelvin kelvin"
    assert len(folded(text)) == len(text)
    assert folded("plain") == "plain"


def test_span_text_is_span_text(doc):
    for sent in doc.sents:
        assert span_text(sent) == sent.text
    for a in range(len(doc)):
        for b in range(a, min(len(doc), a + 5) + 1):
            assert span_text(doc[a:b]) == doc[a:b].text


def test_lexical_columns_match_tokens(doc):
    lex = lexical(doc)
    assert lex.idx == [t.idx for t in doc]
    assert lex.length == [len(t.text) for t in doc]
    assert lex.title.tolist() == [t.is_title for t in doc]
    assert lex.upper.tolist() == [t.is_upper for t in doc]
    assert lex.stop.tolist() == [t.is_stop for t in doc]
    assert [int(h) == orth_of(doc, t.text) for h, t in zip(lex.orth, doc)] == [True] * len(doc)


def test_per_doc_keeps_one_value_per_doc(nlp):
    calls = []
    first, second = nlp("One text."), nlp("One text.")

    def build(d):
        calls.append(d)
        return len(calls)

    assert per_doc(first, "test-key", build) == 1
    assert per_doc(first, "test-key", build) == 1  # remembered
    assert per_doc(second, "test-key", build) == 2  # an equal but different Doc is built anew
    assert per_doc(first, "test-key", build) == 3


def test_a_retokenised_doc_is_read_again(nlp):
    d = nlp.make_doc("Port Amberly was shelled.")
    assert len(lexical(d).idx) == 5
    with d.retokenize() as retok:
        retok.merge(d[0:2])
    assert lexical(d).idx == [0, 13, 17, 24] and span_text(d[0:1]) == "Port Amberly"


def test_remembered_candidates_equal_fresh_ones():
    gaz = get_gazetteer()
    text = "Fighting near Mosul and in northern Syria, then in Basra province."
    for name in ("Mosul", "northern Syria", "Basra province"):
        s = text.index(name)
        m = Mention(s, s + len(name), compass="northern" if name.startswith("northern") else None)
        got, fresh = candidates(gaz, text, m), _candidates(gaz, text, m)
        assert np.array_equal(got.ids, fresh.ids) and np.array_equal(got.prior, fresh.prior)
        assert candidates(gaz, "x " + text, m._replace(start=s + 2, end=s + 2 + len(name))) is got
        assert not got.prior.flags.writeable  # shared between mentions: nobody may change it


def test_gazetteer_lookup_answers_are_fresh_lists():
    gaz = get_gazetteer()
    a = gaz.lookup("Kirkuk")
    a.append(None)
    assert gaz.lookup("Kirkuk") == gaz._lookup("Kirkuk")
    assert gaz.admin1_label(gaz.lookup("Kirkuk")[0].id) == gaz.admin1_label(gaz.lookup("Kirkuk")[0].id)
