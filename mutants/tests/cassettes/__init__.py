"""Recorded traffic of every operation: replay, validation, secret scan and drift proof."""
