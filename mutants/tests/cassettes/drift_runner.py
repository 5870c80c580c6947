"""Replay and validate the committed cassettes against the importable packages and a spec.

    PYTHONPATH=<root>/src:<root>/generated:tests \\
    PIWIK_PRO_CASSETTE_SPEC=<root>/src/piwik_pro/openapi.json python -m cassettes.drift_runner

``test_drift.py`` runs this in a subprocess against a regenerated client, so that what
``make regen && make test`` would report is visible as data. It prints one JSON object:
``failures`` maps each friendly name with a problem (the call cannot be built or
replayed, has no cassette, or its cassette has no operation or does not validate) to
the problems, and ``modules`` says which packages and spec were used.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

from .calls import CASSETTES, build_call, load_spec, operations, spec_path
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


def main() -> int:
    import piwik_pro
    import piwik_pro_api

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
