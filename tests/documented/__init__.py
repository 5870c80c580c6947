"""Replay fixtures built from the published examples (the conformance corpus)."""
