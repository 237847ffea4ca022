"""Reports of one incident merge into one event with both sources; other incidents nearby do not
(invented text, issue 18)."""
import pytest

REPORTS = {
    "a": ("Suicide bomber kills worshippers at Kabul mosque",
          "A suicide bomber blew himself up in a mosque in western Kabul during Friday prayers on 22 April 2022, "
          "killing at least seven worshippers, a Taliban spokesman said. Hospital staff said 21 people were killed. "
          "The Islamic State claimed responsibility for the bombing."),
    "b": ("Mosque bombing in Kabul kills 21, hospital says",
          "A bomb exploded at a mosque in Kabul on 22 April 2022, killing 21 people and wounding 40, hospital staff "
          "said. The Islamic State said it was behind the attack."),
    "c": ("Blast at Kabul market",
          "A bomb attached to a motorbike exploded at a market in Kabul on 24 April 2022, killing two shopkeepers, "
          "police said. No group claimed responsibility."),
}


@pytest.mark.issue(18)
def test_two_reports_of_one_bombing_merge_and_another_does_not():
    import datetime as dt

    from strikewatch import build_report, load_pipeline

    reports = [build_report(k, f"{h}\n\n{b}", has_headline=True, published=dt.date(2022, 4, 25))
               for k, (h, b) in REPORTS.items()]
    events = load_pipeline().run(reports).events
    sources = sorted(sorted({s.report for s in e.sources}) for e in events)
    assert sources == [["a", "b"], ["c"]]
    merged = next(e for e in events if len(e.sources) == 2)
    assert merged.attribution == "claimed" and merged.actor1 == "Islamic State"
    assert merged.note and "claimed responsibility" in merged.note
