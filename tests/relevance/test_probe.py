"""The team's judged relevance probe (data/relevance/probe_*.jsonl) is well formed: every label has its
brief, every out-of-scope brief a cause, every in-scope one the kinds of its events."""


def test_every_label_has_its_brief_and_a_kind_of_verdict(check_probe):
    check_probe("probe_labels.jsonl", "probe_briefs.jsonl", 400, 80)
