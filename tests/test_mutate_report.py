"""scripts/mutate.py: the score per module and the explained survivors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import mutate


def test_module_of_names_the_mutated_module() -> None:
    assert mutate.module_of("piwik_pro._auth.x_is_fresh__mutmut_3") == "piwik_pro._auth"
    method = "piwik_pro._client.xǁPiwikProǁauthenticate__mutmut_12"
    assert mutate.module_of(method) == "piwik_pro._client"
    assert mutate.module_of("scripts.pipeline.drift.x__op__mutmut_1") == "scripts.pipeline.drift"


def test_module_table_counts_each_status() -> None:
    statuses = {
        "a.m.x_f__mutmut_1": "killed",
        "a.m.x_f__mutmut_2": "timeout",
        "a.m.x_f__mutmut_3": "survived",
        "a.m.x_g__mutmut_1": "survived",
        "a.m.x_g__mutmut_2": "no tests",
        "b.n.x_h__mutmut_1": "caught by type check",
    }
    table = mutate.module_table(statuses, {"a.m.x_g__mutmut_1"})
    assert table == [("a.m", 5, 2, 2, 1), ("b.n", 1, 1, 0, 0)]


def test_report_prints_the_score_and_the_modules(capsys: pytest.CaptureFixture[str]) -> None:
    statuses = {"a.m.x_f__mutmut_1": "killed", "a.m.x_f__mutmut_2": "survived"}
    assert mutate.report(statuses) == 0
    out = capsys.readouterr().out
    assert "score: 1/2 killed = 50.0 %" in out
    assert "a.m.x_f__mutmut_2 [survived]" in out
    assert "  a.m" in out and "50.0 %" in out.split("by module")[1]


def test_unchecked_mutants_are_counted_apart(capsys: pytest.CaptureFixture[str]) -> None:
    statuses = {
        "a.m.x_f__mutmut_1": "killed",
        "a.m.x_f__mutmut_2": "not checked",
        "b.n.x_g__mutmut_1": "not checked",
    }
    mutate.report(statuses)
    out = capsys.readouterr().out
    assert "not checked (2, the run stopped before them), by module:" in out
    assert "      1  b.n" in out
    assert "score: 1/1 killed = 100.0 %" in out


def test_an_exact_fragment_explains_only_the_whole_line() -> None:
    mutant = "piwik_pro._exchange.x_parse_outcome__mutmut_53"
    line = "raise validation_error(op, scrubbed(response, secrets), why, None)"
    assert mutate.explanation(mutant, line) is not None
    assert mutate.explanation(mutant, line + " from exc") is None


def test_the_test_map_is_forgotten_and_the_fingerprint_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    (tmp_path / "mutants").mkdir()
    stats = tmp_path / "mutants" / "mutmut-stats.json"
    stats.write_text(
        json.dumps(
            {
                "tests_by_mangled_function_name": {"f": ["t"]},
                "duration_by_test": {"t": 1.0},
                "function_dependencies": {"f": ["g"]},
                "config_fingerprint": {"test_selection": "abc"},
            }
        )
    )
    monkeypatch.setattr(mutate, "ROOT", tmp_path)
    mutate._forget_test_map()
    assert json.loads(stats.read_text()) == {
        "tests_by_mangled_function_name": {},
        "duration_by_test": {},
        "function_dependencies": {},
        "config_fingerprint": {"test_selection": "abc"},
    }
