"""Operation details the resource tests do not reach: JSON-lines bodies, the success
types resolved once, and a raw response without a bearer header."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from piwik_pro._operation import Operation
from piwik_pro._response import APIResponse


class Line:
    def __init__(self, value: Any) -> None:
        self.value = value

    @classmethod
    def from_dict(cls, value: Any) -> Line:
        return cls(value)


@pytest.fixture
def lines_module() -> Iterator[str]:
    module = types.ModuleType("piwik_pro_test_lines")
    module.Line = Line  # type: ignore[attr-defined]
    sys.modules[module.__name__] = module
    yield module.__name__
    del sys.modules[module.__name__]


def test_json_lines_become_one_model_each(lines_module: str) -> None:
    op = Operation("x.lines", lines_module, "GET", "/x", ndjson=f"{lines_module}:Line")
    parsed = op.parse_lines(b'{"a": 1}\n\n  \n[2]\n')
    assert [item.value for item in parsed] == [{"a": 1}, [2]]
    assert all(isinstance(item, Line) for item in parsed)
    assert op.parse_lines(b"") == []


def test_success_types_are_resolved_once(lines_module: str) -> None:
    op = Operation("x.get", lines_module, "GET", "/x", success=("Line", "dict", "None"))
    assert op.success_types() == (Line, dict, type(None))
    sys.modules[lines_module].Line = int  # type: ignore[attr-defined]
    assert op.success_types() == (Line, dict, type(None))


def test_a_raw_response_without_a_bearer_header_is_kept() -> None:
    request = httpx.Request("GET", "https://example.piwik.pro/track")
    response = httpx.Response(200, content=b"{}", request=request)
    raw: APIResponse[Any] = APIResponse("tracking.send", response, lambda: {})
    assert raw.http_response is response
    assert "authorization" not in response.request.headers
