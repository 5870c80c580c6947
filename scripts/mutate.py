"""Mutation testing of the hand-written core with mutmut; prints the score and the survivors.

    make mutate            # or: .venv/bin/python scripts/mutate.py [--jobs N] [--report-only]
    .venv/bin/python scripts/mutate.py --only 'pipeline.fixes*'   # one module's mutants

What is mutated and which tests run is ``[tool.mutmut]`` in ``pyproject.toml``: the
facade (``src/piwik_pro/_*.py``), the pipeline's fixes, its inventory and its drift code
(``scripts/pipeline/fixes.py``, ``fixes_*.py``, ``repairs.py``, ``inventory.py``,
``drift.py``, ``rules.py``); the
tests are the fast suites that exercise them (unit, wire, hostile, and the pipeline's
tests on small documents; the tests that build whole releases are left out: every
pipeline function runs under them, at several seconds a build). mutmut works in
``mutants/`` (git-ignored) and remembers results, so a second run only retests what
changed; ``--only`` re-runs the mutants whose names match (fnmatch patterns, e.g.
``'piwik_pro._errors*'``), killed ones included; a change to the test selection
discards every result. Each run first drops mutmut's record of which tests reach which
function (in ``mutants/mutmut-stats.json``) and collects it afresh (a few minutes): mutmut
3.8 forgets the tests of every caller of a changed function without collecting them
again, and then reports their mutants as reached by no test. Slow (the 5,651 mutants
take about two hours on two cores; a later run retests only what changed): not part of
``make test`` or CI.

The score is killed (including timeouts) over all mutants, where a mutant no test
reaches counts as surviving. Each survivor is listed; the ones judged equivalent or not
worth a test are listed apart with the reason, from ``EXPLAINED`` below (keyed by the
mutated function and the mutant's changed line, so explanations survive renumbering).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTMUT = Path(sys.executable).with_name("mutmut")
KILLED = {"killed", "timeout", "caught by type check"}
UNCHECKED = "not checked"
_LINE = re.compile(r"^\s*(?P<name>\S+): (?P<status>.+)$")

# (mutated function, a fragment of the mutated line) -> why the survivor is acceptable.
_CASE = "equivalent: httpx headers are case-insensitive"
_CODEC_CASE = "equivalent: codec names ignore case"
_FALSY = "equivalent: None is falsy, as False is"
_UPPER_METHOD = "equivalent: httpx upper-cases the method"
_EMPTY_SECRET = "equivalent: an empty secret masks nothing (mask skips empty secrets)"
_ASCII_NETLOC = "equivalent: httpx keeps the netloc IDNA-encoded, pure ASCII: no decoding can fail"
_TOKEN_UNUSED = "equivalent: the low-level client gets our httpx client, its own token is unused"
_NEVER_BACK = (
    "equivalent: unreachable, next_offset only returns offset + returned with returned > 0 "
    "(the check guards against a future change)"
)
_LOCATION = "equivalent: a redirect is only seen when the Location header is there"
_READ_ONLY = "equivalent: with read_only=True the method is not consulted"
_NONE_IS_FALSE = (
    "equivalent: httpx reads follow_redirects=None as false (only USE_CLIENT_DEFAULT means "
    "the client's setting)"
)
_ASSERT = "equivalent: an assertion of what the flow guarantees (a bound sender, a Fetch step)"
_RAISE_INVALID = "raise validation_error(op, scrubbed(response, secrets), "
_TYPE_ONLY = (
    "equivalent: a 'parsed as <type>' message holds no secret, and the response is already "
    "scrubbed of them (escaped in JSON too)"
)
_CLEARED = (
    "equivalent: a successful refresh clears the recorded failure, so a waiter finds none "
    "whatever the count says"
)
_NO_SECRETS = "equivalent: no secrets and () mask the same (nothing; mask returns early)"
_CHANGED = (
    "equivalent: waiters only ask whether the count changed since they began to wait, and "
    "a later successful refresh clears the failure whatever the count returns to"
)
_HTTPX_ENCODING = "equivalent: httpx always has an encoding (the charset, else UTF-8)"
_SCRUBBED = (
    "equivalent: the response was scrubbed of the same secrets, so neither its body nor "
    "the server's words taken from it hold one"
)
EXPLAINED: dict[tuple[str, str], str] = {
    ("piwik_pro._exchange.x_delay_after_error", 'get("retry-after")'): _CASE,
    ("piwik_pro._exchange.x_delay_after_error", 'get("RETRY-AFTER")'): _CASE,
    ("piwik_pro._errors.xǁRateLimitErrorǁ__init__", 'get("retry-after")'): _CASE,
    ("piwik_pro._errors.xǁRateLimitErrorǁ__init__", 'get("RETRY-AFTER")'): _CASE,
    ("piwik_pro._failures.x_safe_request", 'pop("authorization"'): _CASE,
    ("piwik_pro._failures.x_safe_request", 'pop("AUTHORIZATION"'): _CASE,
    ("piwik_pro._failures.x__where", 'decode("ascii", "REPLACE")'): _ASCII_NETLOC,
    ("piwik_pro._failures.x__where", 'decode("ascii", )'): _ASCII_NETLOC,
    ("piwik_pro._failures.x__where", 'decode("ASCII", "replace")'): _ASCII_NETLOC,
    ("piwik_pro._failures.x__where", 'decode("ascii", "XXreplaceXX")'): _ASCII_NETLOC,
    ("piwik_pro._failures.x_closed_error", '"_is_async", None)'): _FALSY,
    ("piwik_pro._exchange.x_without_credentials", 'pop("authorization"'): _CASE,
    ("piwik_pro._exchange.x_without_credentials", 'pop("AUTHORIZATION"'): _CASE,
    ("piwik_pro._errors.x_parse_errors", '"UTF-8"'): _CODEC_CASE,
    ("piwik_pro._errors.x__error_from_item", "(text) or True"): (
        "equivalent: every caller drops errors whose summary is empty"
    ),
    ("piwik_pro._errors.x__server_words", '"XXXX"'): (
        "equivalent: parse_errors returns only errors with a non-empty summary"
    ),
    ("piwik_pro._config.x_credentials_from_env", "zip(names, values, "): (
        "equivalent: names and values have the same length by construction"
    ),
    ("piwik_pro._logging.x_log_request", 'split("?", )'): (
        "equivalent: the part before the first ? is the same however often it splits"
    ),
    ("piwik_pro._logging.x_log_request", 'split("?", 2)'): (
        "equivalent: the part before the first ? is the same however often it splits"
    ),
    ("piwik_pro._body.xǁBodyLimitsǁcheck_declared", 'get("content-length"'): _CASE,
    ("piwik_pro._body.xǁBodyLimitsǁcheck_declared", 'get("CONTENT-LENGTH"'): _CASE,
    ("piwik_pro._body.xǁBodyLimitsǁcheck_declared", '"Content-Length", "XXXX")'): (
        "equivalent: the default is not digits, as '' is not"
    ),
    ("piwik_pro._config.x__check_parts", 'parts.hostname or "XXXX"'): (
        "equivalent: 'XXXX' is upper case, which no valid host label is after urlsplit"
    ),
    ("piwik_pro._errors.x_error_body", '"UTF-8"'): _CODEC_CASE,
    ("piwik_pro._errors.x_error_body", "MAX_ERROR_TEXT * 5"): (
        "equivalent: 4 bytes per character already cover the characters kept"
    ),
    ("piwik_pro._token.x__expires_in", 'float("INF")'): "equivalent: float() ignores case",
    ("piwik_pro._token.x_build_token_request", '"accept"'): _CASE,
    ("piwik_pro._token.x_build_token_request", '"ACCEPT"'): _CASE,
    ("piwik_pro._token.x_build_token_request", '"user-agent"'): _CASE,
    ("piwik_pro._token.x_build_token_request", '"USER-AGENT"'): _CASE,
    ("piwik_pro._token.x_build_token_request", 'Request("post"'): _UPPER_METHOD,
    ("piwik_pro._token.x_parse_token_response", 'get("location"'): _CASE,
    ("piwik_pro._token.x_parse_token_response", 'get("LOCATION"'): _CASE,
    ("piwik_pro._token.x_parse_token_response", '"Location", "XXXX")'): _LOCATION,
    ("piwik_pro._token.x_parse_token_response", '"Location", None)'): _LOCATION,
    ("piwik_pro._token.x_parse_token_response", '"Location", )'): _LOCATION,
    ("piwik_pro._token.x_parse_token_response", "(secret) or True"): _EMPTY_SECRET,
    ("piwik_pro._token.x_parse_token_response", 'secret: str = "XXXX"'): (
        "not worth a test: every caller passes the secret; the default only masks 'XXXX'"
    ),
    ("piwik_pro._config.x__check_parts", "parts.query and parts.fragment or"): (
        "equivalent: a query or a fragment puts '?' or '#' in the text, which is checked too"
    ),
    ("piwik_pro._config.x__valid_hostname", "return True"): (
        "equivalent: urlsplit already refuses a bracketed host that is not an IPv6 address"
    ),
    ("piwik_pro._config.x_check_transport_security", 'parts.hostname or "XXXX"'): (
        "equivalent: neither '' nor 'XXXX' is a loopback name"
    ),
    ("piwik_pro._pagination.xǁPageWalkǁfollowing", "if following < offset:"): _NEVER_BACK,
    ("piwik_pro._pagination.xǁPageWalkǁfollowing", "self._error(None)"): _NEVER_BACK,
    ("piwik_pro._exchange.x__retry_after_of", 'get("retry-after")'): _CASE,
    ("piwik_pro._exchange.x__retry_after_of", 'get("RETRY-AFTER")'): _CASE,
    ("piwik_pro._exchange.x_delay_after_response", 'get("retry-after")'): _CASE,
    ("piwik_pro._exchange.x_delay_after_response", 'get("RETRY-AFTER")'): _CASE,
    ("piwik_pro._exchange.x__with_bearer", 'get("authorization"'): _CASE,
    ("piwik_pro._exchange.x__with_bearer", 'get("AUTHORIZATION"'): _CASE,
    ("piwik_pro._exchange.x__with_bearer", 'rpartition(" ")'): (
        "equivalent: a bearer header is 'Bearer <token>', and a token holds no space"
    ),
    ("piwik_pro._exchange.x__with_bearer", '"Authorization", "XXXX")'): (
        "equivalent: 'XXXX' holds no space, so the part after one is '' as before"
    ),
    ("piwik_pro._exchange.x__with_bearer", "(bearer) or True"): _EMPTY_SECRET,
    ("piwik_pro._exchange.x_delay_after_error", "(cause, None, read_only=True)"): _READ_ONLY,
    ("piwik_pro._exchange.x_delay_after_error", '"XXPOSTXX", read_only=True'): _READ_ONLY,
    ("piwik_pro._exchange.x_delay_after_error", '"post", read_only=True'): _READ_ONLY,
    ("piwik_pro._exchange.x_scrubbed", 'encoding or "XXutf-8XX"'): _HTTPX_ENCODING,
    ("piwik_pro._exchange.x_scrubbed", 'encoding or "UTF-8"'): _HTTPX_ENCODING,
    ("piwik_pro._exchange.x_status_error", "secrets=None"): _SCRUBBED,
    ("piwik_pro._exchange.x_status_error", "operation=operation, )"): _SCRUBBED,
    ("piwik_pro._exchange.x_parse_outcome", f"={_RAISE_INVALID}why, None)"): _TYPE_ONLY,
    ("piwik_pro._exchange.x_parse_outcome", f"={_RAISE_INVALID}why, )"): _TYPE_ONLY,
    ("piwik_pro._errors.x_decode_text", '"UTF-8"'): _CODEC_CASE,
    ("piwik_pro._errors.x_decoded", 'encoding or "XXutf-8XX"'): _HTTPX_ENCODING,
    ("piwik_pro._errors.x_decoded", 'encoding or "UTF-8"'): _HTTPX_ENCODING,
    ("piwik_pro._exchange.x__encoded", '"UTF-8"'): _CODEC_CASE,
    ("piwik_pro._errors.x_decode_text", '"replace"), "XXutf-8XX"'): (
        "equivalent: the encoding returned is only written back in, and writing in an "
        "unknown codec falls back to UTF-8 (_exchange._encoded)"
    ),
    ("piwik_pro._exchange.x__masked_content", "ensure_ascii=None"): _FALSY,
    ("piwik_pro._exchange.x_outcome", "cast("): (
        "equivalent: typing.cast does nothing at run time, whatever type it names"
    ),
    ("piwik_pro._client.xǁPiwikProǁ_send_token", "follow_redirects=None"): _NONE_IS_FALSE,
    ("piwik_pro._client.xǁAsyncPiwikProǁ_send_token", "follow_redirects=None"): _NONE_IS_FALSE,
    ("piwik_pro._base.xǁ_BaseClientǁ_probe", '"method": "post"'): _UPPER_METHOD,
    ("piwik_pro._base.xǁ_BaseClientǁ_probe", "attempt_kwargs(kwargs, None,"): (
        "equivalent: the first attempt keeps the configured timeouts, never reading this one"
    ),
    ("piwik_pro._base.xǁ_BaseClientǁ_token_transport_error", "TOKEN_OPERATION, None)"): (
        "equivalent: a token request's limits have no budget, the one part a transport "
        "error reads (the deadline travels on the request)"
    ),
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_store", "self._generation = 1"): _CLEARED,
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_store", "self._generation -= 1"): _CLEARED,
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_store", "self._generation += 2"): _CLEARED,
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_store", 'refusing its answer", None)'): _NO_SECRETS,
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_store", 'refusing its answer", )'): _NO_SECRETS,
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_after_wait", "return self._usable(None)"): (
        "equivalent: the line before drops a cached token that is the rejected one, so no "
        "cached token can be it"
    ),
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_token_request", 'get("user-agent")'): _CASE,
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_token_request", 'get("USER-AGENT")'): _CASE,
    ("piwik_pro._base.xǁ_BaseClientǁ_retry_loop", "budget(limits, delay, None)"): (
        "equivalent where it survives (the transport-failure branch): an httpx failure carries "
        "no Retry-After, which is all budget() reads of it"
    ),
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ__init__", "self._generation = 1"): _CHANGED,
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ__init__", 'PiwikProError | None = ""'): (
        "equivalent: the failure is read only once a refresh has finished, which sets it"
    ),
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_sync_step", "timeout=+1 if wait is None"): (
        "not worth a test: only a call without any timeout waits over 1 s for another call's "
        "token, and showing it takes a second thread and a real wait"
    ),
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_sync_step", "is not None or isinstance"): _ASSERT,
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_async_step", "is not None or isinstance"): _ASSERT,
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_fail", "self._generation -= 1"): _CHANGED,
    ("piwik_pro._auth.xǁClientCredentialsAuthǁ_fail", "self._generation += 2"): _CHANGED,
    ("piwik_pro._base.xǁ_BaseClientǁ_http_settings", '{"user-agent"'): _CASE,
    ("piwik_pro._base.xǁ_BaseClientǁ_http_settings", '{"USER-AGENT"'): _CASE,
    ("piwik_pro._auth.x__authorized", 'headers["authorization"]'): _CASE,
    ("piwik_pro._auth.x__authorized", 'headers["AUTHORIZATION"]'): _CASE,
    ("piwik_pro._base.xǁ_BaseClientǁ_new_low_level", "token=None"): _TOKEN_UNUSED,
    ("piwik_pro._base.xǁ_BaseClientǁ_new_low_level", 'token="XXXX"'): _TOKEN_UNUSED,
}


# The pipeline's equivalent mutants (mutmut names its modules from ``scripts/``).
_NO_TEXT = "equivalent: the default is never text the check looks for"
_PIPELINE: dict[str, dict[str, str]] = {
    "drift.x_drift": {"moved=None": _FALSY},
    "drift.x_write_drift": {"ensure_ascii=None": _FALSY},
    "drift.x_replay_failures": dict.fromkeys(
        ("split(None)[0]", "reason.split(None)[1]"),
        "equivalent: friendly names hold no whitespace, so either split finds the same name",
    ),
    "drift.xǁ_Contractsǁ__init__": {
        "(d) or True": "equivalent: a resolver without a document is never asked (no operation)"
    },
    "inventory.x__hash": {"ensure_ascii=None": _FALSY},
    "inventory.x_write_inventory": {"ensure_ascii=None": _FALSY},
    "inventory.xǁResolverǁ_target": dict.fromkeys(
        ('rsplit("/", 2)', 'rsplit("/", )', "[+1]"),
        "equivalent: a #/components/... reference has more than two slashes: same last part",
    ),
    "fixes.x_comma_separated_array": dict.fromkeys(
        ('"description", None)', '"description", )', '"description", "XXXX")'), _NO_TEXT
    ),
    "fixes.x_upload_without_binary_format": dict.fromkeys(
        ('"format", None)', '"format", )', '"format", "XXXX")'), _NO_TEXT
    ),
    "fixes.x_schema_as_response": {'"$ref", "XXXX")': _NO_TEXT},
    "fixes.x_undocumented_stream_body": dict.fromkeys(
        ('get("200", None)', 'get("200", )'), "equivalent: a missing answer is falsy either way"
    ),
    "fixes_analytics.x_placeholder_in_enum": dict.fromkeys(
        ('"description", None)', '"description", )', '"description", "XXXX")'),
        "equivalent: neither 'None' nor 'XXXX' holds a letter that stands alone as a word",
    ),
    "repairs.x__json_type": dict.fromkeys(
        ("get(w, None)", "get(w, )"),
        "equivalent: an unknown name gives a falsy entry either way, which empties the list",
    ),
    "repairs.x__schema_nodes": dict.fromkeys(
        ('get("paths", None)', 'get("paths", )'),
        "equivalent: without paths, walking {} yields only that mapping, which has no type",
    ),
    "fixes_fidelity.x_comma_list_declared_exploded": dict.fromkeys(
        ('"description", None)', '"description", )', '"description", "XXXX")'), _NO_TEXT
    ),
    "fixes_fidelity.x_repeated_query_declared_unexploded": dict.fromkeys(
        ('"description", None)', '"description", )', '"description", "XXXX")'), _NO_TEXT
    ),
    "fixes_fidelity.x__request_nodes": dict.fromkeys(
        ('get("requestBody", None)', 'get("requestBody", )'),
        "equivalent: None, like the empty mapping, leads to no schema node",
    ),
    "fixes_fidelity.x__is_object": dict.fromkeys(('"nullable", None)', '"nullable", )'), _FALSY),
    "rules.x__json_kinds": dict.fromkeys(
        ('"XXarrayXX"', '"ARRAY"'), "equivalent: kind names are only compared with each other"
    ),
    "rules.x__parent": {
        'else "XXXX"': "equivalent: the top level's name is only compared with other top levels"
    },
    "rules.x__parents": {
        "lstrip(None)": "equivalent: a joined prefix starts with a field name, never with space",
        'rstrip(".")': "equivalent: paths are split before each '.', so no prefix ends with one",
        "range(len(parts))": (
            "not worth a test: the root field '' is never removed or added beside its fields "
            "(a removed body or answer is reported before its fields are compared)"
        ),
    },
    "rules.x__fields": {
        ".lstrip() for k in gone": (
            "not worth a test: only the root field '' ends the text in a space, and it is never "
            "removed beside its fields"
        )
    },
    "rules.x_compare": {
        '_fields("parameter", None': "equivalent: an empty and a None place both give no label"
    },
    "rules.x_is_breaking": dict.fromkeys(
        ('split(":", )', 'split(":", 2)'), "equivalent: only the text before the first ':' is read"
    ),
    "rules.x_wire_incompatible": {
        'rpartition(" -> ")': "equivalent: a type text holds a single ' -> '"
    },
}
for _function, _fragments in _PIPELINE.items():
    for _fragment, _why in _fragments.items():
        EXPLAINED[(f"scripts.pipeline.{_function}", _fragment)] = _why


def _mutmut(*args: str, capture: bool = False) -> str:
    done = subprocess.run(
        [str(MUTMUT), *args],
        cwd=ROOT,
        check=False,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"mutmut {' '.join(args)} exited {done.returncode}")
    return done.stdout or ""


def _link_shared() -> None:
    """Let the copies in ``mutants/`` find ``../shared`` (the published files) too."""
    shared, link = ROOT.parent / "shared", ROOT / "shared"
    if shared.is_dir() and not link.exists():
        link.symlink_to(shared, target_is_directory=True)


def _forget_test_map() -> None:
    """Make mutmut map every test to the functions it reaches afresh (see the module text).

    Only the map is dropped (every test then counts as new, so all are traced again);
    the configuration fingerprint stays, so a changed test selection still discards the
    results, as mutmut intends.
    """
    stats = ROOT / "mutants" / "mutmut-stats.json"
    if not stats.exists():
        return
    data = json.loads(stats.read_text())
    for key in ("tests_by_mangled_function_name", "duration_by_test", "function_dependencies"):
        if key in data:
            data[key] = {}
    stats.write_text(json.dumps(data))


def results() -> dict[str, str]:
    """Every mutant's status, by mutant name."""
    found = {}
    for line in _mutmut("results", "--all", "true", capture=True).splitlines():
        match = _LINE.match(line)
        if match:
            found[match["name"]] = match["status"].strip()
    return found


def function_of(mutant: str) -> str:
    """``piwik_pro._auth.x_is_fresh__mutmut_3`` -> ``piwik_pro._auth.x_is_fresh``."""
    return mutant.rsplit("__mutmut_", 1)[0]


def changed_line(mutant: str) -> str:
    """The mutated line of ``mutant`` (the ``+`` line of its diff), stripped."""
    diff = _mutmut("show", mutant, capture=True)
    lines = diff.splitlines()
    added = [
        line[1:].strip() for line in lines if line.startswith("+") and not line.startswith("+++")
    ]
    return added[0] if added else ""


def explanation(mutant: str, line: str) -> str | None:
    """Why ``mutant`` (whose changed line is ``line``) may survive, if it is explained.

    A fragment starting with ``=`` must be the whole line (where a shorter one would
    also match a different mutant of the function); any other is found within it.
    """
    function = function_of(mutant)
    for (where, fragment), why in EXPLAINED.items():
        exact = fragment.startswith("=") and line == fragment[1:]
        if where == function and (exact or fragment in line):
            return why
    return None


def module_of(mutant: str) -> str:
    """``piwik_pro._client.xǁPiwikProǁauthenticate__mutmut_2`` -> ``piwik_pro._client``."""
    return function_of(mutant).rsplit(".", 1)[0]


def module_table(
    statuses: dict[str, str], explained: set[str]
) -> list[tuple[str, int, int, int, int]]:
    """Per module: (module, mutants, killed, survived unexplained, survived explained)."""
    rows: dict[str, list[int]] = {}
    for mutant, status in statuses.items():
        row = rows.setdefault(module_of(mutant), [0, 0, 0, 0])
        row[0] += 1
        if status in KILLED:
            row[1] += 1
        elif mutant in explained:
            row[3] += 1
        else:
            row[2] += 1
    return [(module, r[0], r[1], r[2], r[3]) for module, r in sorted(rows.items())]


def report(statuses: dict[str, str]) -> int:
    """Print the score and the survivors; the exit status is 0 (the score is information).

    Mutants a stopped run did not reach ("not checked") are counted apart, by module, and
    left out of the score: it is over the checked mutants.
    """
    unchecked = Counter(module_of(n) for n, s in statuses.items() if s == UNCHECKED)
    statuses = {n: s for n, s in statuses.items() if s != UNCHECKED}
    if unchecked:
        print(f"not checked ({sum(unchecked.values())}, the run stopped before them), by module:")
        for module, count in sorted(unchecked.items()):
            print(f"  {count:5d}  {module}")
    counts = Counter(statuses.values())
    total = len(statuses)
    killed = sum(counts[s] for s in KILLED)
    survivors = sorted(n for n, s in statuses.items() if s not in KILLED)
    print("mutants by status: " + ", ".join(f"{s} {n}" for s, n in sorted(counts.items())))
    if total:
        print(f"score: {killed}/{total} killed = {100 * killed / total:.1f} %")
    explained: list[tuple[str, str, str, str | None]] = []
    unexplained: list[tuple[str, str, str, str | None]] = []
    known = {function for function, _ in EXPLAINED}
    for mutant in survivors:
        # `mutmut show` is slow: read the mutated line only where an explanation may apply
        line = changed_line(mutant) if function_of(mutant) in known else ""
        why = explanation(mutant, line) if line else None
        (explained if why else unexplained).append((mutant, statuses[mutant], line, why))
    by_function = Counter(function_of(mutant) for mutant, *_ in unexplained)
    print(f"\nsurviving, not explained ({len(unexplained)}), by function:")
    for function, count in sorted(by_function.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {count:4d}  {function}")
    print("  (see one with: .venv/bin/mutmut show <function>__mutmut_<n>)")
    for mutant, status, _, _ in unexplained:
        print(f"  {mutant} [{status}]")
    print(f"\nsurviving, explained ({len(explained)}):")
    for mutant, status, line, why in explained:
        print(f"  {mutant} [{status}]: {line}\n      {why}")
    print("\nby module: mutants, killed, survived, explained, killed/(mutants - explained)")
    for module, mutants, dead, alive, excused in module_table(
        statuses, {mutant for mutant, *_ in explained}
    ):
        rest = mutants - excused
        cell = f"{100 * dead / rest:.1f} %" if rest else "-"
        print(f"  {module:40s} {mutants:5d} {dead:5d} {alive:5d} {excused:5d}  {cell}")
    if total:
        rest = total - len(explained)
        share = 100 * killed / rest
        print(f"\nscore without the explained survivors: {killed}/{rest} = {share:.1f} %")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=int(os.environ.get("MUTATE_JOBS", "2")))
    parser.add_argument("--report-only", action="store_true", help="report the last run")
    parser.add_argument(
        "--only", action="append", default=[], metavar="PATTERN",
        help="run only the mutants matching this fnmatch pattern (repeatable)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if not args.report_only:
        _link_shared()
        _forget_test_map()
        _mutmut("run", "--max-children", str(args.jobs), *args.only)
    return report(results())


if __name__ == "__main__":
    sys.exit(main())
