"""Synthesised answers: a field that can only be null is null."""

from __future__ import annotations

from piwik_pro.testing._samples import SampleGenerator


def test_enum_of_null_alone_is_null() -> None:
    """`enum: [null]` (the draft version's publisher in 18.20) gives null, not a placeholder."""
    schema = {
        "type": "object",
        "properties": {
            "publisher": {"allOf": [{"title": "null", "enum": [None]}]},
            "published_at": {"title": "null", "enum": [None]},
            "state": {"enum": [None, "draft"]},
        },
    }
    value = SampleGenerator({}).generate(schema)
    assert value == {"publisher": None, "published_at": None, "state": "draft"}
