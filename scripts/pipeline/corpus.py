"""The conformance corpus: every request and response example Piwik PRO publishes.

Collected from the published spec files (``../shared/piwik-openapi``: media ``example`` /
``examples`` and a media schema's own ``example``) and from the documentation sources
(``../shared/piwik-docs``: the OpenAPI ``.yaml`` files with their ``paths/`` and
``definitions/`` files, and the JSON request and response bodies of the ``.md``/``.rst``
guides). Each example names its operation (method and path template), whether it is a
request or a response (and its status), and where it was found.

:func:`check` validates each against the repaired spec and sends it through the
generated models (``from_dict`` then ``to_dict`` must give it back). ``make coverage``
prints the figures; ``specs/corpus.toml`` lists each known disagreement with its reason.
The collected examples are plain data (:class:`Example`), usable as replay fixtures.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .vocab import HTTP_METHODS

__all__ = ["Example", "Missing", "collect", "collect_docs", "collect_specs", "guide_examples"]


@dataclass(frozen=True)
class Example:
    """One documented body: for which operation, which direction, and where it was found."""

    method: str  # upper case
    path: str  # the path template, as the spec writes it
    kind: str  # "request" or "response"
    status: str | None  # the response status ("200"); None for a request
    media_type: str
    value: Any = field(compare=False, hash=False)
    source: str = field(compare=False)  # "<file>#<where>"

    @property
    def key(self) -> str:
        """Identifies the example in reports and in ``specs/corpus.toml``."""
        where = self.kind if self.status is None else f"{self.kind} {self.status}"
        return f"{self.method} {self.path} {where} @ {self.source}"

    @property
    def fingerprint(self) -> str:
        """Operation, direction and value: the same example published twice has one."""
        value = json.dumps(self.value, sort_keys=True, default=str)
        return f"{self.method} {self.path} {self.kind} {self.status} {value}"


def collect(specs: Path, docs: Path | None) -> list[Example]:
    """Every example of the spec files in ``specs`` and of the documentation in ``docs``."""
    found = collect_specs(specs)
    if docs is not None and docs.is_dir():
        found += collect_docs(docs)
    return found


# -- OpenAPI documents (published specs, documentation yaml) -------------------------


def collect_specs(specs: Path) -> list[Example]:
    """The examples of every published spec file (JSON) in ``specs``."""
    found: list[Example] = []
    for path in sorted(specs.glob("*.json")):
        doc = json.loads(path.read_text())
        if isinstance(doc, dict) and "paths" in doc:
            found += _document_examples(_Files(path.parent), path, doc, path.name)
    return found


def collect_docs(docs: Path) -> list[Example]:
    """The examples of the documentation's OpenAPI files and of its guides."""
    files = _Files(docs)
    found: list[Example] = []
    for path in sorted(docs.rglob("*.yaml")):
        doc = files.load(path)
        if isinstance(doc, dict) and "paths" in doc:
            found += _document_examples(files, path, doc, path.relative_to(docs).as_posix())
    for path in sorted([*docs.rglob("*.md"), *docs.rglob("*.rst")]):
        found += guide_examples(path.read_text(), path.relative_to(docs).as_posix())
    return found


@dataclass(frozen=True)
class Missing:
    """An example kept in a file that the published sources do not include."""

    file: str


class _Files:
    """YAML/JSON files read once, and ``$ref`` resolution across them."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def example(self, value: Any, base: Path) -> Any:
        """An example value; one given as ``{"$ref": file}`` is read from that file."""
        if isinstance(value, dict) and set(value) == {"$ref"}:
            resolved, where = self.resolve(value, base)
            return resolved if where.is_file() else Missing(value["$ref"])
        return value

    def load(self, path: Path) -> Any:
        return _load(path.resolve())

    def resolve(self, node: Any, base: Path) -> tuple[Any, Path]:
        """``node`` with ``$ref`` followed (into other files too), and its file."""
        for _ in range(20):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node, base
            target, _, pointer = node["$ref"].partition("#")
            if target:
                base = (base.parent / target).resolve()
            if not base.is_file():  # the documentation copy leaves some schema files out
                return {}, base
            node = _pointer(_load(base), pointer)
        return node, base


@cache
def _load(path: Path) -> Any:
    text = path.read_text()
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def _pointer(doc: Any, pointer: str) -> Any:
    for part in [p for p in pointer.split("/") if p]:
        part = part.replace("~1", "/").replace("~0", "~")
        doc = doc[int(part)] if isinstance(doc, list) else doc[part]
    return doc


def _document_examples(files: _Files, path: Path, doc: dict[str, Any], name: str) -> list[Example]:
    found: list[Example] = []
    for template, item in (doc.get("paths") or {}).items():
        item, base = files.resolve(item, path)
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                where = f"{name}#{method.upper()} {template}"
                found += _operation_examples(files, base, op, method.upper(), template, where)
    return found


def _operation_examples(
    files: _Files, base: Path, op: dict[str, Any], method: str, template: str, where: str
) -> Iterator[Example]:
    body, body_base = files.resolve(op.get("requestBody") or {}, base)
    for media_type, media in (body.get("content") or {}).items():
        for label, value in _media_examples(files, body_base, media):
            kind = "missing" if isinstance(value, Missing) else "request"
            yield Example(method, template, kind, None, media_type, value,
                          f"{where} request {label}")  # fmt: skip
    for status, response in (op.get("responses") or {}).items():
        response, resp_base = files.resolve(response, base)
        for media_type, media in ((response or {}).get("content") or {}).items():
            for label, value in _media_examples(files, resp_base, media):
                kind = "missing" if isinstance(value, Missing) else "response"
                yield Example(method, template, kind, str(status), media_type, value,
                              f"{where} {status} {label}")  # fmt: skip


def _media_examples(files: _Files, base: Path, media: Any) -> Iterator[tuple[str, Any]]:
    """(label, value) of a media type object: ``example``, ``examples``, schema ``example``."""
    if not isinstance(media, dict):
        return
    if "example" in media:
        yield "example", files.example(media["example"], base)
    for name, example in (media.get("examples") or {}).items():
        example, _ = files.resolve(example, base)
        if isinstance(example, dict) and "value" in example:
            yield f"examples/{name}", files.example(example["value"], base)
        elif isinstance(example, dict) and "externalValue" in example:
            yield f"examples/{name}", Missing(example["externalValue"])
    schema, _ = files.resolve(media.get("schema"), base)
    if isinstance(schema, dict) and "example" in schema:
        yield "schema example", files.example(schema["example"], base)


# -- guides: curl requests and the JSON answers shown after them ---------------------

_CURL = re.compile(
    r"curl\s+(?:-X\s+(?P<method>[A-Z]+)\s+)?'(?P<url>https?://[^']+)'(?P<rest>.*?)"
    r"(?:--data(?:-raw)?\s+'(?P<data>[^']*)')?(?=\n```|\n\.\. |\Z)",
    re.S,
)
_FENCE = re.compile(r"```[a-z]*\n(?P<body>.*?)\n```", re.S)
_RST_JSON = re.compile(r"\.\. code-block:: json\n\n(?P<body>(?:[ \t]+.*\n|\n)+)")


def guide_examples(text: str, name: str) -> list[Example]:
    """Request bodies of ``curl`` commands, the JSON block shown as each one's response,
    and every JSON code block of an ``.rst`` guide (``kind`` "fragment" when it is not a
    whole body: a list of column ids, say)."""
    found: list[Example] = []
    calls = list(_CURL.finditer(text))
    for index, call in enumerate(calls):
        method = call["method"] or ("POST" if call["data"] else "GET")
        template = re.sub(r"^https?://[^/]+", "", call["url"]).split("?")[0]
        where = f"{name}#{method} {template}"
        if call["data"]:
            value = _json(call["data"])
            kind = "request" if value is not None else "unparsable"
            found.append(Example(method, template, kind, None, "", value, f"{where} request"))
        end = calls[index + 1].start() if index + 1 < len(calls) else len(text)
        closing = text.find("```", call.end())  # the end of the command's own block
        answer = next(_FENCE.finditer(text, closing + 3, end), None) if closing >= 0 else None
        value = _json(answer["body"]) if answer else None
        if isinstance(value, dict | list):
            found.append(Example(method, template, "response", "2xx", "", value,
                                 f"{where} response"))  # fmt: skip
    for block in _RST_JSON.finditer(text):
        body = _dedent(block["body"])
        value = _json(body)
        kind = "fragment" if value is None else "response"
        line = text[: block.start()].count("\n") + 1
        found.append(Example("", "", kind, None, "", value if value is not None else body,
                             f"{name}#line {line}"))  # fmt: skip
    return found


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _dedent(body: str) -> str:
    lines = [line for line in body.splitlines()]
    indent = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    return "\n".join(line[indent:] for line in lines).strip()
