"""Replay and validate the committed cassettes against the importable packages and a spec.

    PYTHONPATH=<root>/src:<root>/generated:tests \\
    PIWIK_PRO_CASSETTE_SPEC=<root>/src/piwik_pro/openapi.json python -m cassettes.drift_runner

``test_drift.py`` runs this in a subprocess against a regenerated client, so that what
``make regen && make test`` would report is visible as data. It prints one JSON object:
``failures`` maps each friendly name with a problem (the call cannot be built or
replayed, has no cassette, or its cassette has no operation or does not validate) to
the problems, and ``modules`` says which packages and spec were used.

``--compatible-bodies`` replays cassettes recorded on an earlier release: a request body
matches when it has the recorded one's shape (``recorded_within``), so a newer client
that also sends a newly documented optional attribute, or an example value a release
reworded, still replays; every recorded exchange is still validated against the spec.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

# The calls and the scrubbing are scripts/recording's (scripts/record.py records with them).
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from recording import scrub
from recording.calls import CASSETTES, build_call, load_spec, operations, spec_path

from .replay import blocked_network, coverage_problems, replay
from .validate import CassetteValidator


def failures() -> dict[str, list[str]]:
    """Every problem the replay and validation suites would report, by friendly name."""
    spec = load_spec()
    found: dict[str, list[str]] = defaultdict(list)
    ops = operations(spec)
    with blocked_network():
        for op in ops:
            try:
                replay(build_call(spec, op))
            except Exception as exc:  # each is one failing replay test
                found[op.name].append(f"replay: {type(exc).__name__}: {exc}"[:600])
    for name, problem in coverage_problems(op.name for op in ops).items():
        found[name].append(f"coverage: {problem}")
    validator = CassetteValidator(spec)
    for path in sorted(CASSETTES.glob("*/*.yaml")):
        found[path.stem] += [f"validate: {p}" for p in validator.problems(path.stem, path)]
    return {name: problems for name, problems in sorted(found.items()) if problems}


def recorded_within(live: Any, recorded: Any) -> None:
    """vcrpy matcher for cassettes of an earlier release: the live body has the shape of
    the recorded one (every key it had, with a value of the same JSON type, recursively)
    and may add keys. Values are not compared: the calls take their arguments from the
    documented examples, which a release may reword (``http://`` became ``https://``);
    whether the old values are still valid is the validator's job."""
    mine, theirs = scrub.comparable_body(live), scrub.comparable_body(recorded)
    if not _within(theirs, mine):
        raise AssertionError(f"recorded body {theirs!r} does not fit in {mine!r}")


def _within(recorded: Any, live: Any) -> bool:
    if isinstance(recorded, dict) and isinstance(live, dict):
        return all(k in live and _within(v, live[k]) for k, v in recorded.items())
    if isinstance(recorded, list) and isinstance(live, list):
        return not recorded or not live or _within(recorded[0], live[0])
    if isinstance(recorded, (dict, list)) or isinstance(live, (dict, list)):
        return False
    return type(recorded) is type(live) or recorded is None or live is None


def main(argv: list[str] | None = None) -> int:
    import piwik_pro
    import piwik_pro_api

    if "--compatible-bodies" in (sys.argv[1:] if argv is None else argv):
        scrub.same_body = recorded_within  # read when each replay's recorder is made

    report = {
        "failures": failures(),
        "modules": {
            "piwik_pro": piwik_pro.__file__,
            "piwik_pro_api": piwik_pro_api.__file__,
            "spec": str(spec_path()),
        },
    }
    json.dump(report, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
