"""One router per resource: events, reports, review, stats."""
