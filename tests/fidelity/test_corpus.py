"""The conformance corpus: every documented example validates and round-trips, or is listed."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from pipeline.cli import CORPUS
from pipeline.corpus import Example, collect, guide_examples
from pipeline.corpus_check import Outcome, check, explain, load_disagreements
from recording.calls import load_spec
from shared_files import shared_path


@cache
def corpus() -> tuple[list[Example], list[Outcome]]:
    examples = collect(shared_path("piwik-openapi"), shared_path("piwik-docs"))
    return examples, check(examples, load_spec())


def test_every_disagreement_is_listed_with_its_reason() -> None:
    """An example that fails is in specs/corpus.toml, and every entry there still matches."""
    _, outcomes = corpus()
    _, unlisted, stale = explain(outcomes, load_disagreements(CORPUS))
    assert [f"{o.example.key}: {o.problem}" for o in unlisted] == []
    assert [entry.match for entry in stale] == []


def test_examples_that_validate_round_trip() -> None:
    """from_dict then to_dict gives back every documented body that fits the spec."""
    _, outcomes = corpus()
    failed = [f"{o.example.key}: {o.problem}" for o in outcomes if o.stage == "round-trip"]
    assert failed == []
    assert sum(o.passed for o in outcomes) >= 500


def test_every_source_contributes() -> None:
    """Spec files, documentation YAML and the guides all yield request and response bodies."""
    examples, _ = corpus()
    sources = {e.source.split("#")[0] for e in examples}
    assert any(s.endswith(".json") for s in sources)
    assert any(s.endswith(".yaml") for s in sources)
    assert any(s.endswith(".md") for s in sources)
    assert {e.kind for e in examples} >= {"request", "response"}


def test_guide_requests_and_answers_are_read() -> None:
    """A curl command's --data body and the JSON shown after it become two examples."""
    text = """POST /api/users/v2/invite
```shell
curl -X POST 'https://<example>/api/users/v2/invite' -H "X: y" --data '{
  "data": {"type": "ppms/user", "attributes": {"email": "a@example.com", "language": "en-US"}}
}'
```
Example of a response:
```
{"data": {"id": "b30e538d-4b05-4a75-ae25-7eb565901f38", "type": "ppms/user"}}
```
"""
    found = guide_examples(text, "guide.md")
    assert [(e.method, e.path, e.kind) for e in found] == [
        ("POST", "/api/users/v2/invite", "request"),
        ("POST", "/api/users/v2/invite", "response"),
    ]


def test_a_body_the_spec_rejects_is_reported() -> None:
    """A documented body with a wrong type fails validation and names where."""
    value: dict[str, Any] = {"data": {"type": "ppms/user", "attributes": {"email": 42}}}
    example = Example("POST", "/api/users/v2/invite", "request", None,
                      "application/vnd.api+json", value, "test#made up")  # fmt: skip
    (outcome,) = check([example], load_spec())
    assert outcome.stage == "validate", json.dumps(value)
    assert "/data/attributes/email" in outcome.problem
