"""strikewatch: conflict-event monitoring."""
