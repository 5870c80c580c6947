"""The Tracking API in the sandbox: hits counted per site and visitor, partial answers.

``GET /ppms.php?idsite=...`` carries one hit and ``POST /ppms.php`` a bulk body
``{"requests": ["?idsite=...", ...]}``; neither needs a token. Each hit of a bulk
request is validated like a single hit; the first invalid one stops the request with
a 400 whose body says how many hits before it were recorded
(``{"status": "error", "tracked": N, ...}``, the form Piwik PRO's log importer reads).
A successful request is answered 202 with no body, as documented.

``sandbox.tracking.fail_partially(tracked=N, status=503)`` makes the next bulk request
record only its first N hits and answer ``status`` with ``tracked: N``; the sandbox's
other faults (429, 5xx, delays, dropped connections) apply to these paths as to any.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from ._http import HttpRequest, HttpResponse, json_response

__all__ = ["TRACKING_PATH", "TrackedHit", "TrackingLog"]

TRACKING_PATH = "/ppms.php"
Query = list[tuple[str, str]]
#: Problems of one hit's query (empty: valid), e.g. the sandbox's spec validator.
Check = Callable[[Query], list[str]]


@dataclass(frozen=True, slots=True)
class TrackedHit:
    """One recorded hit: its site (``idsite``), visitor (``_id``, else ``uid``, else
    ``cip``, else ``""``) and every decoded parameter."""

    site_id: str
    visitor: str
    params: dict[str, str]


@dataclass
class _Partial:
    tracked: int
    status: int
    times: int | None


class TrackingLog:
    """The hits a sandbox recorded, in arrival order (thread-safe)."""

    def __init__(self, check: Check) -> None:
        self._check = check
        self._lock = threading.Lock()
        self._hits: list[TrackedHit] = []
        self._partials: list[_Partial] = []

    def fail_partially(self, tracked: int, *, status: int = 503, times: int | None = 1) -> None:
        """The next ``times`` bulk requests record ``tracked`` hits, then answer ``status``."""
        if tracked < 0 or not 400 <= status <= 599 or (times is not None and times < 1):
            raise ValueError("tracked must be >= 0, status a 4xx/5xx, times >= 1 or None")
        with self._lock:
            self._partials.append(_Partial(tracked, status, times))

    def hits(self, site_id: str | None = None, visitor: str | None = None) -> list[TrackedHit]:
        """Recorded hits, optionally only one site's and/or one visitor's, in order."""
        with self._lock:
            hits = list(self._hits)
        return [
            h
            for h in hits
            if (site_id is None or h.site_id == site_id)
            and (visitor is None or h.visitor == visitor)
        ]

    def counts(self) -> dict[str, dict[str, int]]:
        """Site id → visitor → number of hits."""
        out: dict[str, dict[str, int]] = {}
        for hit in self.hits():
            per_site = out.setdefault(hit.site_id, {})
            per_site[hit.visitor] = per_site.get(hit.visitor, 0) + 1
        return out

    def clear(self) -> None:
        """Forget recorded hits and pending partial answers."""
        with self._lock:
            self._hits.clear()
            self._partials.clear()

    def answer(self, request: HttpRequest) -> HttpResponse:
        """Record the hit(s) of an already validated tracking request and answer it."""
        if request.method.upper() != "POST":
            return self._record([request.query], None)
        queries = [
            parse_qsl(str(q).lstrip("?"), keep_blank_values=True) for q in _requests(request)
        ]
        return self._record(queries, self._take_partial())

    def _take_partial(self) -> _Partial | None:
        with self._lock:
            if not self._partials:
                return None
            rule = self._partials[0]
            if rule.times is not None:
                rule.times -= 1
                if rule.times == 0:
                    self._partials.pop(0)
            return rule

    def _record(self, queries: Sequence[Query], partial: _Partial | None) -> HttpResponse:
        limit = len(queries) if partial is None else min(partial.tracked, len(queries))
        for index, query in enumerate(queries[:limit]):
            problems = self._check(query)
            if problems:
                message = f"Request {index} is invalid: {'; '.join(problems)}"
                return _error(400, index, message)
            self._add(query)
        if partial is not None:
            return _error(partial.status, limit, "Injected by the sandbox.")
        return HttpResponse(202)

    def _add(self, query: Query) -> None:
        params = dict(query)
        visitor = params.get("_id") or params.get("uid") or params.get("cip") or ""
        with self._lock:
            self._hits.append(TrackedHit(params.get("idsite", ""), visitor, params))


def _requests(request: HttpRequest) -> list[Any]:
    """The bulk body's ``requests`` (the spec validator already checked its shape)."""
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return []
    found = body.get("requests") if isinstance(body, dict) else None
    return found if isinstance(found, list) else []


def _error(status: int, tracked: int, message: str) -> HttpResponse:
    return json_response(status, {"status": "error", "tracked": tracked, "message": message})
