"""Crowd words that gather no crowd (events/gatherings.py), read through ``cue_of`` on sentences written for these tests."""
import pytest

from strikewatch.events.triggers import find_cues


def _protest(nlp, text):
    doc = nlp(text)
    return any(c.cls == "PROTEST" for c in find_cues(doc[:]))


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,crowd", [
    ("Thousands of troops marched across the main square on Saturday in a victory parade.", False),
    ("A recruit collapsed during a training march in the heat on Monday.", False),
    ("Organisers cancelled the march against the new bypass planned for Saturday.", False),
    ("The ministry protested the court ruling in a letter to the judges.", False),
    ("Shares rallied three percent on Friday after the results.", False),
    ("Thousands marched through the capital on Saturday to demand new elections.", True),
    ("Thousands marched in the Pride parade on Saturday, demanding equal marriage rights.", True),
    ("Nurses protested outside the hospital over unpaid wages.", True),
    # a clause the parser hangs on the verb far from it is no "protested that ..."
    ("On 12 April 2022, in Corvano, retired teachers protested demanding payments of overdue bonuses and other "
     "arrears that the region owes them.", True),
    ("The ministry protested that the ruling ignored the treaty.", False),
    # the month March is no march: the objection stays an objection
    ("The teachers' union protested the pay freeze on 3 March, saying the government broke its word.", False),
    ("The ministry protested the tariff increase in March, calling it ruinous for exporters.", False),
])
def test_crowd_words_that_gather_no_crowd(nlp, text, crowd):
    assert _protest(nlp, text) == crowd
