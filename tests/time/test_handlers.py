"""Issue 20: every grammar rule has exactly one normaliser, and every normaliser a rule."""
from __future__ import annotations

import datetime as dt

import pytest

from strikewatch.time.absolute import ABSOLUTE
from strikewatch.time.daytime import DAYTIME
from strikewatch.time.durations import DURATIONS
from strikewatch.time.grammar import RULES, resolve, scan
from strikewatch.time.normalize import HANDLERS, combine, normalize
from strikewatch.time.relative import RELATIVE

TABLES = {"absolute": ABSOLUTE, "relative": RELATIVE, "daytime": DAYTIME, "durations": DURATIONS}


@pytest.mark.issue(20)
def test_grammar_rules_and_handlers_match():
    rules = [name for name, _ in RULES]
    assert len(rules) == len(set(rules)), "a rule name is used twice"
    assert set(rules) - set(HANDLERS) == set(), "rules without a handler"
    assert set(HANDLERS) - set(rules) == set(), "handlers without a rule"


@pytest.mark.issue(20)
def test_each_rule_is_handled_in_one_table():
    owners: dict[str, list[str]] = {}
    for table_name, table in TABLES.items():
        for rule in table:
            owners.setdefault(rule, []).append(table_name)
    assert {r: o for r, o in owners.items() if len(o) > 1} == {}
    assert HANDLERS == {k: v for table in TABLES.values() for k, v in table.items()}


@pytest.mark.issue(20)
def test_combine_refuses_a_rule_handled_twice():
    with pytest.raises(ValueError, match="md"):
        combine(ABSOLUTE, {"md": ABSOLUTE["md"]})


@pytest.mark.issue(20)
def test_each_table_normalises_through_normalize():
    dct = dt.date(2016, 10, 24)  # a Monday
    text = "Jets struck on March 3, 2016, again last Friday and yesterday morning, for two weeks."
    found = [(c.kind, normalize(c, dct).value) for c in resolve(scan(text))]
    assert found == [("md", "2016-03-03"),            # absolute
                     ("weekday", "2016-10-21"),       # relative
                     ("deictic", "2016-10-23TMO"),    # daytime
                     ("duration", "P2W")]             # durations
