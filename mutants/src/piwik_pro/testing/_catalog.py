"""What each operation answers when nothing is stored: its documented success response.

For every (operation, status, media type) the body is, in order: a documented example
(media ``example``/``examples``, schema ``example``) that validates against the
response schema, else a value generated from the schema and repaired until it
validates. Bodies are built on first use and cached.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import logging
import re
import threading
from dataclasses import dataclass
from typing import Any

from ._openapi import Problem, SpecValidator
from ._refs import resolve
from ._routes import Operation
from ._samples import Path, SampleGenerator

__all__ = ["Documented", "ResponseCatalog", "media_kind"]

_log = logging.getLogger("piwik_pro.testing")
_STATUS = re.compile(r"2(\d\d|XX)")
_MAX_REPAIRS = 30


@dataclass(frozen=True)
class Documented:
    """A documented success response: status, media type (None: no body), body value."""

    status: int
    media_type: str | None
    body: Any

    @property
    def kind(self) -> str:
        return media_kind(self.media_type) if self.media_type else "empty"

    def copy_body(self) -> Any:
        return copy.deepcopy(self.body)


def media_kind(media_type: str) -> str:
    """Classify a media type: json, ndjson, csv, text or binary."""
    base = media_type.split(";")[0].strip().lower()
    if "ndjson" in base or base.endswith("jsonl"):
        return "ndjson"
    if base.endswith(("/json", "+json")):
        return "json"
    if base == "text/csv":
        return "csv"
    return "text" if base.startswith("text/") else "binary"


def encode_body(kind: str, body: Any) -> bytes:
    """Serialise a body value of the given media kind."""
    if kind == "json":
        return json.dumps(body, separators=(",", ":")).encode()
    if kind == "ndjson":
        return (json.dumps(body) + "\n").encode()
    if kind == "csv" and not isinstance(body, str):
        return _csv(body).encode()
    if isinstance(body, bytes):
        return body
    return b"" if body is None else str(body).encode()


class ResponseCatalog:
    """Documented success responses of every operation, built lazily and cached."""

    def __init__(self, spec: dict[str, Any], validator: SpecValidator) -> None:
        self._spec = spec
        self._validator = validator
        self._cache: dict[tuple[str, str, str], Documented] = {}
        self._lock = threading.Lock()

    def success(self, op: Operation, accept: str = "") -> Documented:
        """The first documented 2xx response, in the media type ``accept`` asks for if any."""
        status, response = self._success_response(op)
        content = response.get("content") or {}
        media = _pick_media(list(content), accept)
        key = (op.method, op.template, f"{status} {media}")
        with self._lock:
            if key not in self._cache:
                body = self._body(op, status, media, content.get(media)) if media else None
                self._cache[key] = Documented(status, media, body)
            return self._cache[key]

    def _success_response(self, op: Operation) -> tuple[int, dict[str, Any]]:
        responses = op.raw.get("responses") or {}
        for code, response in responses.items():
            if _STATUS.fullmatch(str(code)):
                status = 200 if str(code).endswith("XX") else int(code)
                return status, resolve(self._spec, response) or {}
        if "default" in responses:
            return 200, resolve(self._spec, responses["default"]) or {}
        return 204, {}

    def _body(self, op: Operation, status: int, media: str, media_obj: Any) -> Any:
        media_obj = resolve(self._spec, media_obj) or {}
        kind = media_kind(media)
        schema = media_obj.get("schema", {})
        examples = _examples(media_obj, resolve(self._spec, schema))
        if kind == "ndjson":  # one line's schema; whole-stream examples do not apply
            schema = media_obj.get("x-line-schema", schema)
            examples = [
                e for e in _examples({}, resolve(self._spec, schema)) if isinstance(e, dict)
            ]
        if kind in ("json", "ndjson"):
            for example in examples:
                if not self._problems(op, status, media, example):
                    return example
            return self._generate(op, status, media, schema)
        text = next((e for e in examples if isinstance(e, str)), None)
        if text is not None or kind in ("text", "binary"):
            if text is not None:
                return text
            return "OK" if kind == "text" else b"sandbox file content\n"  # a file: some bytes
        return SampleGenerator(self._spec).generate(schema)

    def _generate(self, op: Operation, status: int, media: str, schema: Any) -> Any:
        """Generate, validate, and repair: drop failing examples, try other oneOf branches."""
        banned: set[Path] = set()
        choices: dict[Path, int] = {}
        for _ in range(_MAX_REPAIRS):
            generator = SampleGenerator(self._spec, banned=frozenset(banned), choices=choices)
            value = generator.generate(schema)
            problems = self._problems(op, status, media, value)
            if not problems:
                return value
            paths = [_to_path(value, p.pointer or "") for p in problems]
            fresh = set(paths) - banned or {q for p in paths for q in _prefixes(p)} - banned
            for problem in problems:
                if problem.keyword in ("oneOf", "anyOf"):
                    origin = _to_path(value, problem.origin)
                    choices[origin] = choices.get(origin, 0) + 1
            if not fresh and not choices:
                break
            banned |= fresh
        _log.debug("no valid sample for %s %s %s", op.operation_id, status, problems[:3])
        return value

    def _problems(self, op: Operation, status: int, media: str, value: Any) -> list[Problem]:
        data = encode_body(media_kind(media), value)
        return self._validator.response_problems(op.method, op.template, status, media, data)


def _pick_media(available: list[str], accept: str) -> str | None:
    if not available:
        return None
    wanted = [part.split(";")[0].strip().lower() for part in accept.split(",") if part.strip()]
    for media in wanted:
        for candidate in available:
            if candidate.split(";")[0].strip().lower() == media:
                return candidate
    return available[0]


def _examples(media_obj: dict[str, Any], schema: Any) -> list[Any]:
    found: list[Any] = []
    if "example" in media_obj:
        found.append(media_obj["example"])
    for example in (media_obj.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            found.append(example["value"])
    if isinstance(schema, dict) and "example" in schema:
        found.append(schema["example"])
    return [copy.deepcopy(e) for e in found]


def _to_path(value: Any, pointer: str) -> Path:
    path: list[str | int] = []
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        step: str | int = int(part) if isinstance(value, list) and part.isdigit() else part
        path.append(step)
        try:
            value = value[step]
        except (KeyError, IndexError, TypeError):
            value = None
    return tuple(path)


def _prefixes(path: Path) -> list[Path]:
    return [path[:i] for i in range(len(path) + 1)]


def _csv(rows: Any) -> str:
    rows = rows if isinstance(rows, list) else [rows]
    records = [r for r in rows if isinstance(r, dict)]
    if not records:
        return "value\r\n" + "".join(f"{json.dumps(r)}\r\n" for r in rows)
    columns = list(records[0])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for record in records:
        cells = [record.get(c) for c in columns]
        writer.writerow([c if isinstance(c, str) else json.dumps(c) for c in cells])
    return out.getvalue()
