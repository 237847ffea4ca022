"""One router per resource: events, reports, review, stats, taxonomy (and changes, the monitor's log)."""
