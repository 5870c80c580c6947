"""Scrubbing recorded traffic before vcrpy writes it, and the cassette settings both sides use.

Everything secret or machine-specific is replaced before a cassette is written:

* the ``Authorization`` header becomes ``Bearer <redacted>``;
* ``client_id`` and ``client_secret`` of the token request, and every ``access_token``,
  ``refresh_token`` or ``client_secret`` value in any body, become ``<redacted>``;
* JWT-shaped strings anywhere become ``<redacted>``;
* the account's base URL (the sandbox's ``http://127.0.0.1:<port>`` or a real
  ``https://<account>.piwik.pro``) becomes ``https://example.piwik.pro``, and any other
  ``*.piwik.pro`` host ``example.piwik.pro``, in URIs, headers and bodies;
* only the headers replay and validation need are kept (``Date``, ``Server``,
  ``User-Agent``, cookies and the like are dropped), and a multipart boundary is
  replaced by a fixed one, so recording twice gives byte-identical files.

Replay matches a request on its method, URL, query **and body** (``MATCH_ON``): JSON
bodies (any ``json`` media type, e.g. ``application/vnd.api+json``) are compared as
parsed JSON (key order and spacing do not matter, values do), forms as their sorted
pairs, multipart bodies with their boundary normalised, anything else byte for byte.
A request whose body differs from the recorded one (a missing ``data.id``, a changed
attribute) is not answered.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import vcr

from .calls import PLACEHOLDER, REPLAY_HOST

__all__ = ["MATCH_ON", "TOKEN_PATH", "Scrubber", "comparable_body", "replay_vcr", "same_body"]

TOKEN_PATH = "/auth/token"
EXAMPLE_HOST = urlsplit(REPLAY_HOST).hostname or "example.piwik.pro"
BOUNDARY = "piwik-pro-cassette-boundary"
KEEP_REQUEST_HEADERS = frozenset({"accept", "content-type", "authorization"})
KEEP_RESPONSE_HEADERS = frozenset(
    {"content-type", "content-disposition", "location", "retry-after"}
)
SECRET_KEYS = frozenset({"access_token", "refresh_token", "id_token", "client_secret"})
TOKEN_REQUEST_KEYS = frozenset({"client_id", "client_secret"})
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
PIWIK_HOST = re.compile(r"(?<![\w.-])(?:[a-z0-9-]+\.)+piwik\.pro(?![\w-])", re.IGNORECASE)
_BOUNDARY_PARAM = re.compile(r"boundary=([^;\s]+)")
MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "same_body")


def replay_vcr(record_mode: str = "none") -> vcr.VCR:
    """The vcrpy settings of recording (``record_mode="all"``) and replay (``"none"``)."""
    recorder = vcr.VCR(
        serializer="yaml",
        record_mode=record_mode,
        match_on=MATCH_ON,
        decode_compressed_response=True,
    )
    recorder.register_matcher("same_body", same_body)
    return recorder


def same_body(live: Any, recorded: Any) -> None:
    """vcrpy matcher: raise ``AssertionError`` unless the two request bodies are equal.

    Equal as :func:`comparable_body` sees them (parsed JSON, sorted form pairs,
    multipart with a fixed boundary, else the bytes).
    """
    mine, theirs = comparable_body(live), comparable_body(recorded)
    if mine != theirs:
        raise AssertionError(f"request bodies differ: {mine!r} != {theirs!r}"[:2000])


def comparable_body(request: Any) -> Any:
    """A request's body in the form :func:`same_body` compares (None when empty)."""
    body = request.body
    body = body.encode() if isinstance(body, str) else body
    if not body:
        return None
    content_type = _header(request.headers, "content-type").lower()
    media = content_type.split(";")[0].strip()
    if "json" in media.rpartition("/")[2]:
        try:
            return json.loads(body)
        except ValueError:
            return body
    if media == "application/x-www-form-urlencoded":
        return sorted(parse_qsl(body.decode(errors="replace"), keep_blank_values=True))
    found = _BOUNDARY_PARAM.search(content_type)
    if found:
        return body.replace(found.group(1).strip('"').encode(), BOUNDARY.encode())
    return body


def _header(headers: Any, name: str) -> str:
    """A header's first value from a vcrpy request's headers (case-insensitive)."""
    for key, value in dict(headers).items():
        if key.lower() == name:
            value = value[0] if isinstance(value, list) and value else value
            return value.decode() if isinstance(value, bytes) else str(value)
    return ""


class Scrubber:
    """vcrpy hooks that scrub one account's traffic (``base_urls``: how it was reached)."""

    def __init__(self, base_urls: Iterable[str]) -> None:
        self._bases = sorted({u.rstrip("/") for u in base_urls if u}, key=len, reverse=True)

    def recorder(self, record_mode: str = "all") -> vcr.VCR:
        """A vcrpy instance that scrubs before it writes."""
        recorder = replay_vcr(record_mode)
        recorder.before_record_request = self.request
        recorder.before_record_response = self.response
        return recorder

    def text(self, value: str) -> str:
        """The account's URL and hosts replaced, JWTs redacted."""
        for base in self._bases:
            value = value.replace(base, REPLAY_HOST)
        value = PIWIK_HOST.sub(EXAMPLE_HOST, value)
        return JWT.sub(PLACEHOLDER, value)

    def request(self, request: Any) -> Any:
        """Scrub a ``vcr.request.Request`` (vcrpy passes a copy)."""
        request.uri = self.text(request.uri)
        token = urlsplit(request.uri).path == TOKEN_PATH
        headers = {}
        for name, value in request.headers.items():
            if name.lower() not in KEEP_REQUEST_HEADERS:
                continue
            headers[name] = "Bearer " + PLACEHOLDER if name.lower() == "authorization" else value
        body = request.body if isinstance(request.body, bytes | type(None)) else None
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        found = _BOUNDARY_PARAM.search(content_type)
        if found and body is not None:
            body = body.replace(found.group(1).encode(), BOUNDARY.encode())
            for name in headers:
                if name.lower() == "content-type":
                    headers[name] = content_type.replace(found.group(1), BOUNDARY)
        request.headers = headers
        request.body = self._body(body, token_request=token)
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """Scrub a recorded response dict (status, headers, body)."""
        headers = {
            name: [self.text(v) for v in values]
            for name, values in response["headers"].items()
            if name.lower() in KEEP_RESPONSE_HEADERS
        }
        body = response["body"]["string"]
        body = body.encode() if isinstance(body, str) else body
        return {**response, "headers": headers, "body": {"string": self._body(body)}}

    def _body(self, body: bytes | None, *, token_request: bool = False) -> bytes | None:
        if not body:
            return body
        try:
            text = body.decode()
        except UnicodeDecodeError:
            return body
        keys = SECRET_KEYS | TOKEN_REQUEST_KEYS if token_request else SECRET_KEYS
        return self.text(_redact_keys(text, keys)).encode()


def _redact_keys(text: str, keys: frozenset[str]) -> str:
    """``text`` (JSON or a form) with the values of ``keys`` replaced by the placeholder."""
    try:
        document = json.loads(text)
    except ValueError:
        pairs = parse_qsl(text, keep_blank_values=True)
        if not pairs or not any(k in keys for k, _ in pairs):
            return text
        return urlencode([(k, PLACEHOLDER if k in keys else v) for k, v in pairs])
    redacted = _redact(document, keys)
    return text if redacted == document else json.dumps(redacted, separators=(",", ":"))


def _redact(node: Any, keys: frozenset[str]) -> Any:
    if isinstance(node, dict):
        return {
            k: PLACEHOLDER if k in keys and isinstance(v, str) else _redact(v, keys)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_redact(v, keys) for v in node]
    return node
