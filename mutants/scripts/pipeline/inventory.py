"""Stage 7: the operation inventory (``specs/inventory.json``) and the drift report.

The inventory lists every operation of the merged document with its friendly name and
hashes of its parameters, request body and responses. The hashes are taken on the fully
dereferenced form (every ``#/components/...`` reference replaced by what it points to),
so an upstream change inside a shared schema shows up on every operation using it,
while a mere renaming of a lifted component does not.

Each entry also names its spec file, its upstream identity (operationId, else summary)
and, when a repair respelled its path, the path as published; ``drift.py`` compares
two inventories.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .config import operation_key
from .fixes import Doc, operations
from .merge import AREA, FILE, UPSTREAM_ID
from .normalize import LINE_SCHEMA
from .repairs import PUBLISHED_PATH

PARTS = ("parameters", "request_body", "responses")
FIELDS = (
    "area", "name", "method", "path", "operation_id", *PARTS, "derived_name",
    "file", "upstream_id", "published_path",
)  # fmt: skip


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_build_inventory__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_build_inventory__mutmut)
def build_inventory(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_orig(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_1(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = None
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_2(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if (isinstance(d, str)) and False else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_3(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if (isinstance(d, str)) or True else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_4(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[1] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_5(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = None
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_6(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(None)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_7(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = None
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_8(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(None):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_9(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = None
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_10(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(None, key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_11(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=None)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_12(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_13(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), )
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_14(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(None), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_15(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get(None, [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_16(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", None)), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_17(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get([])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_18(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", )), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_19(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("XXparametersXX", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_20(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("PARAMETERS", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_21(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = None
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_22(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "XXareaXX": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_23(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "AREA": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_24(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(None)[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_25(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split("XX.XX")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_26(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[1],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_27(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "XXnameXX": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_28(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "NAME": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_29(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "XXmethodXX": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_30(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "METHOD": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_31(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.lower(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_32(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "XXpathXX": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_33(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "PATH": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_34(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "XXoperation_idXX": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_35(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "OPERATION_ID": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_36(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["XXoperationIdXX"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_37(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationid"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_38(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["OPERATIONID"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_39(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "XXparametersXX": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_40(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "PARAMETERS": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_41(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(None),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_42(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "XXrequest_bodyXX": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_43(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "REQUEST_BODY": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_44(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(None),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_45(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(None)),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_46(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get(None))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_47(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("XXrequestBodyXX"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_48(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestbody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_49(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("REQUESTBODY"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_50(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "XXresponsesXX": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_51(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "RESPONSES": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_52(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(None),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_53(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(None)),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_54(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get(None, {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_55(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", None))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_56(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get({}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_57(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", ))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_58(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("XXresponsesXX", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_59(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("RESPONSES", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_60(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "XXderived_nameXX": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_61(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "DERIVED_NAME": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_62(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(None, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_63(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, None) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_64(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_65(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, ) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_66(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) not in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_67(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("XXfileXX", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_68(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("FILE", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_69(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("XXupstream_idXX", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_70(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("UPSTREAM_ID", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_71(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(None):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_72(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = None
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_73(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH not in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_74(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = None
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_75(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["XXpublished_pathXX"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_76(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["PUBLISHED_PATH"] = op[PUBLISHED_PATH]
        entries.append(entry)
    return entries


def x_build_inventory__mutmut_77(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", FILE), ("upstream_id", UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if PUBLISHED_PATH in op:
            entry["published_path"] = op[PUBLISHED_PATH]
        entries.append(None)
    return entries

mutants_x_build_inventory__mutmut['_mutmut_orig'] = x_build_inventory__mutmut_orig # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_1'] = x_build_inventory__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_2'] = x_build_inventory__mutmut_2 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_3'] = x_build_inventory__mutmut_3 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_4'] = x_build_inventory__mutmut_4 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_5'] = x_build_inventory__mutmut_5 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_6'] = x_build_inventory__mutmut_6 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_7'] = x_build_inventory__mutmut_7 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_8'] = x_build_inventory__mutmut_8 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_9'] = x_build_inventory__mutmut_9 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_10'] = x_build_inventory__mutmut_10 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_11'] = x_build_inventory__mutmut_11 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_12'] = x_build_inventory__mutmut_12 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_13'] = x_build_inventory__mutmut_13 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_14'] = x_build_inventory__mutmut_14 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_15'] = x_build_inventory__mutmut_15 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_16'] = x_build_inventory__mutmut_16 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_17'] = x_build_inventory__mutmut_17 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_18'] = x_build_inventory__mutmut_18 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_19'] = x_build_inventory__mutmut_19 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_20'] = x_build_inventory__mutmut_20 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_21'] = x_build_inventory__mutmut_21 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_22'] = x_build_inventory__mutmut_22 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_23'] = x_build_inventory__mutmut_23 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_24'] = x_build_inventory__mutmut_24 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_25'] = x_build_inventory__mutmut_25 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_26'] = x_build_inventory__mutmut_26 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_27'] = x_build_inventory__mutmut_27 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_28'] = x_build_inventory__mutmut_28 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_29'] = x_build_inventory__mutmut_29 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_30'] = x_build_inventory__mutmut_30 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_31'] = x_build_inventory__mutmut_31 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_32'] = x_build_inventory__mutmut_32 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_33'] = x_build_inventory__mutmut_33 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_34'] = x_build_inventory__mutmut_34 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_35'] = x_build_inventory__mutmut_35 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_36'] = x_build_inventory__mutmut_36 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_37'] = x_build_inventory__mutmut_37 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_38'] = x_build_inventory__mutmut_38 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_39'] = x_build_inventory__mutmut_39 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_40'] = x_build_inventory__mutmut_40 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_41'] = x_build_inventory__mutmut_41 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_42'] = x_build_inventory__mutmut_42 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_43'] = x_build_inventory__mutmut_43 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_44'] = x_build_inventory__mutmut_44 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_45'] = x_build_inventory__mutmut_45 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_46'] = x_build_inventory__mutmut_46 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_47'] = x_build_inventory__mutmut_47 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_48'] = x_build_inventory__mutmut_48 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_49'] = x_build_inventory__mutmut_49 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_50'] = x_build_inventory__mutmut_50 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_51'] = x_build_inventory__mutmut_51 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_52'] = x_build_inventory__mutmut_52 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_53'] = x_build_inventory__mutmut_53 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_54'] = x_build_inventory__mutmut_54 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_55'] = x_build_inventory__mutmut_55 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_56'] = x_build_inventory__mutmut_56 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_57'] = x_build_inventory__mutmut_57 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_58'] = x_build_inventory__mutmut_58 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_59'] = x_build_inventory__mutmut_59 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_60'] = x_build_inventory__mutmut_60 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_61'] = x_build_inventory__mutmut_61 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_62'] = x_build_inventory__mutmut_62 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_63'] = x_build_inventory__mutmut_63 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_64'] = x_build_inventory__mutmut_64 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_65'] = x_build_inventory__mutmut_65 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_66'] = x_build_inventory__mutmut_66 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_67'] = x_build_inventory__mutmut_67 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_68'] = x_build_inventory__mutmut_68 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_69'] = x_build_inventory__mutmut_69 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_70'] = x_build_inventory__mutmut_70 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_71'] = x_build_inventory__mutmut_71 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_72'] = x_build_inventory__mutmut_72 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_73'] = x_build_inventory__mutmut_73 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_74'] = x_build_inventory__mutmut_74 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_75'] = x_build_inventory__mutmut_75 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_76'] = x_build_inventory__mutmut_76 # type: ignore # mutmut generated
mutants_x_build_inventory__mutmut['x_build_inventory__mutmut_77'] = x_build_inventory__mutmut_77 # type: ignore # mutmut generated
mutants_x__param_order__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__param_order__mutmut)
def _param_order(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_orig(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_1(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("name", "")))
        if (isinstance(param, dict)) and False
        else ("", "")
    )


def x__param_order__mutmut_2(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("name", "")))
        if (isinstance(param, dict)) or True
        else ("", "")
    )


def x__param_order__mutmut_3(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(None), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_4(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get(None, "")), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_5(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", None)), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_6(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("")), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_7(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", )), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_8(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("XXinXX", "")), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_9(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("IN", "")), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_10(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "XXXX")), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_11(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(None))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_12(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get(None, "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_13(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("name", None)))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_14(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_15(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("name", )))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_16(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("XXnameXX", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_17(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("NAME", "")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_18(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("name", "XXXX")))
        if isinstance(param, dict)
        else ("", "")
    )


def x__param_order__mutmut_19(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("XXXX", "")
    )


def x__param_order__mutmut_20(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "XXXX")
    )

mutants_x__param_order__mutmut['_mutmut_orig'] = x__param_order__mutmut_orig # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_1'] = x__param_order__mutmut_1 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_2'] = x__param_order__mutmut_2 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_3'] = x__param_order__mutmut_3 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_4'] = x__param_order__mutmut_4 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_5'] = x__param_order__mutmut_5 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_6'] = x__param_order__mutmut_6 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_7'] = x__param_order__mutmut_7 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_8'] = x__param_order__mutmut_8 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_9'] = x__param_order__mutmut_9 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_10'] = x__param_order__mutmut_10 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_11'] = x__param_order__mutmut_11 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_12'] = x__param_order__mutmut_12 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_13'] = x__param_order__mutmut_13 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_14'] = x__param_order__mutmut_14 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_15'] = x__param_order__mutmut_15 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_16'] = x__param_order__mutmut_16 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_17'] = x__param_order__mutmut_17 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_18'] = x__param_order__mutmut_18 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_19'] = x__param_order__mutmut_19 # type: ignore # mutmut generated
mutants_x__param_order__mutmut['x__param_order__mutmut_20'] = x__param_order__mutmut_20 # type: ignore # mutmut generated


DOCUMENTATION = frozenset(
    {"description", "summary", "example", "examples", "externalDocs", "title"}
)
mutants_x__structure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__structure__mutmut)
def _structure(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_orig(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_1(value: Any, names: bool = True) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_2(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(None, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_3(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=None)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_4(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_5(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, )
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_6(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" or not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_7(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k != "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_8(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "XXpropertiesXX" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_9(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "PROPERTIES" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_10(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_11(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names and (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_12(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION or (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_13(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_14(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA and not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_15(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k != LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_16(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_17(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith(None)))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_18(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("XXx-XX")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_19(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("X-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def x__structure__mutmut_20(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(None) for v in value]
    return value

mutants_x__structure__mutmut['_mutmut_orig'] = x__structure__mutmut_orig # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_1'] = x__structure__mutmut_1 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_2'] = x__structure__mutmut_2 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_3'] = x__structure__mutmut_3 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_4'] = x__structure__mutmut_4 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_5'] = x__structure__mutmut_5 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_6'] = x__structure__mutmut_6 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_7'] = x__structure__mutmut_7 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_8'] = x__structure__mutmut_8 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_9'] = x__structure__mutmut_9 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_10'] = x__structure__mutmut_10 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_11'] = x__structure__mutmut_11 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_12'] = x__structure__mutmut_12 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_13'] = x__structure__mutmut_13 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_14'] = x__structure__mutmut_14 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_15'] = x__structure__mutmut_15 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_16'] = x__structure__mutmut_16 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_17'] = x__structure__mutmut_17 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_18'] = x__structure__mutmut_18 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_19'] = x__structure__mutmut_19 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_20'] = x__structure__mutmut_20 # type: ignore # mutmut generated
mutants_x__hash__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__hash__mutmut)
def _hash(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_orig(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_1(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = None
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_2(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(None)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_3(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = None
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_4(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(None, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_5(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=None, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_6(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=None, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_7(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=None)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_8(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_9(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_10(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_11(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_12(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=False, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_13(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=("XX,XX", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_14(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=(",", "XX:XX"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_15(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def x__hash__mutmut_16(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(None).hexdigest()[:16]


def x__hash__mutmut_17(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:17]

mutants_x__hash__mutmut['_mutmut_orig'] = x__hash__mutmut_orig # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_1'] = x__hash__mutmut_1 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_2'] = x__hash__mutmut_2 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_3'] = x__hash__mutmut_3 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_4'] = x__hash__mutmut_4 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_5'] = x__hash__mutmut_5 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_6'] = x__hash__mutmut_6 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_7'] = x__hash__mutmut_7 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_8'] = x__hash__mutmut_8 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_9'] = x__hash__mutmut_9 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_10'] = x__hash__mutmut_10 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_11'] = x__hash__mutmut_11 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_12'] = x__hash__mutmut_12 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_13'] = x__hash__mutmut_13 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_14'] = x__hash__mutmut_14 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_15'] = x__hash__mutmut_15 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_16'] = x__hash__mutmut_16 # type: ignore # mutmut generated
mutants_x__hash__mutmut['x__hash__mutmut_17'] = x__hash__mutmut_17 # type: ignore # mutmut generated
mutants_xǁResolverǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁResolverǁresolve__mutmut: MutantDict = {}  # type: ignore
mutants_xǁResolverǁ_target__mutmut: MutantDict = {}  # type: ignore


class Resolver:
    """Replaces every ``#/components/...`` reference, recursively, by its target."""

    @_mutmut_mutated(mutants_xǁResolverǁ__init____mutmut)
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.done: dict[str, Any] = {}

    def xǁResolverǁ__init____mutmut_orig(self, doc: Doc) -> None:
        self.doc = doc
        self.done: dict[str, Any] = {}

    def xǁResolverǁ__init____mutmut_1(self, doc: Doc) -> None:
        self.doc = None
        self.done: dict[str, Any] = {}

    def xǁResolverǁ__init____mutmut_2(self, doc: Doc) -> None:
        self.doc = doc
        self.done: dict[str, Any] = None

    @_mutmut_mutated(mutants_xǁResolverǁresolve__mutmut)
    def resolve(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_orig(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_1(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(None, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_2(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, None) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_3(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_4(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, ) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_5(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_6(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = None
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_7(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get(None)
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_8(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("XX$refXX")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_9(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$REF")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_10(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) or ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_11(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(None):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_12(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("XX#/components/XX"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_13(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/COMPONENTS/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_14(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = None
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_15(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(None, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_16(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, None) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_17(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_18(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, ) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_19(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k == "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_20(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "XX$refXX"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_21(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$REF"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_22(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = None
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_23(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(None, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_24(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, None)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_25(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_26(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, )
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_27(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if (siblings and isinstance(target, dict)) and False else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_28(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if (siblings and isinstance(target, dict)) or True else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_29(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings or isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_30(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(None, stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_31(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, None) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_32(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(stack) for k, v in node.items()}

    def xǁResolverǁresolve__mutmut_33(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, ) for k, v in node.items()}

    @_mutmut_mutated(mutants_xǁResolverǁ_target__mutmut)
    def _target(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_orig(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_1(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref not in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_2(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"XX$recursiveXX": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_3(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$RECURSIVE": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_4(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit(None, 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_5(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", None)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_6(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit(1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_7(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", )[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_8(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.split("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_9(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("XX/XX", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_10(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 2)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_11(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[+1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_12(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-2]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_13(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_14(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = None
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_15(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split(None):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_16(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[3:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_17(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("XX/XX"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_18(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = None
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_19(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace(None, "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_20(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", None)]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_21(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_22(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", )]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_23(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace(None, "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_24(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", None).replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_25(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_26(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", ).replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_27(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("XX~1XX", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_28(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "XX/XX").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_29(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("XX~0XX", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_30(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "XX~XX")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_31(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = None
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_32(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(None, (*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_33(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, None)
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_34(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve((*stack, ref))
        return self.done[ref]

    def xǁResolverǁ_target__mutmut_35(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, )
        return self.done[ref]

mutants_xǁResolverǁ__init____mutmut['_mutmut_orig'] = Resolver.xǁResolverǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁResolverǁ__init____mutmut['xǁResolverǁ__init____mutmut_1'] = Resolver.xǁResolverǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁResolverǁ__init____mutmut['xǁResolverǁ__init____mutmut_2'] = Resolver.xǁResolverǁ__init____mutmut_2 # type: ignore # mutmut generated

mutants_xǁResolverǁresolve__mutmut['_mutmut_orig'] = Resolver.xǁResolverǁresolve__mutmut_orig # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_1'] = Resolver.xǁResolverǁresolve__mutmut_1 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_2'] = Resolver.xǁResolverǁresolve__mutmut_2 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_3'] = Resolver.xǁResolverǁresolve__mutmut_3 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_4'] = Resolver.xǁResolverǁresolve__mutmut_4 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_5'] = Resolver.xǁResolverǁresolve__mutmut_5 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_6'] = Resolver.xǁResolverǁresolve__mutmut_6 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_7'] = Resolver.xǁResolverǁresolve__mutmut_7 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_8'] = Resolver.xǁResolverǁresolve__mutmut_8 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_9'] = Resolver.xǁResolverǁresolve__mutmut_9 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_10'] = Resolver.xǁResolverǁresolve__mutmut_10 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_11'] = Resolver.xǁResolverǁresolve__mutmut_11 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_12'] = Resolver.xǁResolverǁresolve__mutmut_12 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_13'] = Resolver.xǁResolverǁresolve__mutmut_13 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_14'] = Resolver.xǁResolverǁresolve__mutmut_14 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_15'] = Resolver.xǁResolverǁresolve__mutmut_15 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_16'] = Resolver.xǁResolverǁresolve__mutmut_16 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_17'] = Resolver.xǁResolverǁresolve__mutmut_17 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_18'] = Resolver.xǁResolverǁresolve__mutmut_18 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_19'] = Resolver.xǁResolverǁresolve__mutmut_19 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_20'] = Resolver.xǁResolverǁresolve__mutmut_20 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_21'] = Resolver.xǁResolverǁresolve__mutmut_21 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_22'] = Resolver.xǁResolverǁresolve__mutmut_22 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_23'] = Resolver.xǁResolverǁresolve__mutmut_23 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_24'] = Resolver.xǁResolverǁresolve__mutmut_24 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_25'] = Resolver.xǁResolverǁresolve__mutmut_25 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_26'] = Resolver.xǁResolverǁresolve__mutmut_26 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_27'] = Resolver.xǁResolverǁresolve__mutmut_27 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_28'] = Resolver.xǁResolverǁresolve__mutmut_28 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_29'] = Resolver.xǁResolverǁresolve__mutmut_29 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_30'] = Resolver.xǁResolverǁresolve__mutmut_30 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_31'] = Resolver.xǁResolverǁresolve__mutmut_31 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_32'] = Resolver.xǁResolverǁresolve__mutmut_32 # type: ignore # mutmut generated
mutants_xǁResolverǁresolve__mutmut['xǁResolverǁresolve__mutmut_33'] = Resolver.xǁResolverǁresolve__mutmut_33 # type: ignore # mutmut generated

mutants_xǁResolverǁ_target__mutmut['_mutmut_orig'] = Resolver.xǁResolverǁ_target__mutmut_orig # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_1'] = Resolver.xǁResolverǁ_target__mutmut_1 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_2'] = Resolver.xǁResolverǁ_target__mutmut_2 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_3'] = Resolver.xǁResolverǁ_target__mutmut_3 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_4'] = Resolver.xǁResolverǁ_target__mutmut_4 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_5'] = Resolver.xǁResolverǁ_target__mutmut_5 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_6'] = Resolver.xǁResolverǁ_target__mutmut_6 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_7'] = Resolver.xǁResolverǁ_target__mutmut_7 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_8'] = Resolver.xǁResolverǁ_target__mutmut_8 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_9'] = Resolver.xǁResolverǁ_target__mutmut_9 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_10'] = Resolver.xǁResolverǁ_target__mutmut_10 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_11'] = Resolver.xǁResolverǁ_target__mutmut_11 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_12'] = Resolver.xǁResolverǁ_target__mutmut_12 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_13'] = Resolver.xǁResolverǁ_target__mutmut_13 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_14'] = Resolver.xǁResolverǁ_target__mutmut_14 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_15'] = Resolver.xǁResolverǁ_target__mutmut_15 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_16'] = Resolver.xǁResolverǁ_target__mutmut_16 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_17'] = Resolver.xǁResolverǁ_target__mutmut_17 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_18'] = Resolver.xǁResolverǁ_target__mutmut_18 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_19'] = Resolver.xǁResolverǁ_target__mutmut_19 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_20'] = Resolver.xǁResolverǁ_target__mutmut_20 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_21'] = Resolver.xǁResolverǁ_target__mutmut_21 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_22'] = Resolver.xǁResolverǁ_target__mutmut_22 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_23'] = Resolver.xǁResolverǁ_target__mutmut_23 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_24'] = Resolver.xǁResolverǁ_target__mutmut_24 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_25'] = Resolver.xǁResolverǁ_target__mutmut_25 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_26'] = Resolver.xǁResolverǁ_target__mutmut_26 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_27'] = Resolver.xǁResolverǁ_target__mutmut_27 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_28'] = Resolver.xǁResolverǁ_target__mutmut_28 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_29'] = Resolver.xǁResolverǁ_target__mutmut_29 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_30'] = Resolver.xǁResolverǁ_target__mutmut_30 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_31'] = Resolver.xǁResolverǁ_target__mutmut_31 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_32'] = Resolver.xǁResolverǁ_target__mutmut_32 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_33'] = Resolver.xǁResolverǁ_target__mutmut_33 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_34'] = Resolver.xǁResolverǁ_target__mutmut_34 # type: ignore # mutmut generated
mutants_xǁResolverǁ_target__mutmut['xǁResolverǁ_target__mutmut_35'] = Resolver.xǁResolverǁ_target__mutmut_35 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_write_inventory__mutmut)
def write_inventory(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_orig(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_1(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=None, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_2(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=None)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_3(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_4(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, )
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_5(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=False, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_6(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=False)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_7(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = None
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_8(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(None) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_9(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_10(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(None)
    return path


def x_write_inventory__mutmut_11(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) - "\n")
    return path


def x_write_inventory__mutmut_12(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(None, indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_13(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=None, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_14(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=None) + "\n")
    return path


def x_write_inventory__mutmut_15(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(indent=1, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_16(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_17(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ) + "\n")
    return path


def x_write_inventory__mutmut_18(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=2, ensure_ascii=False) + "\n")
    return path


def x_write_inventory__mutmut_19(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=True) + "\n")
    return path


def x_write_inventory__mutmut_20(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "XX\nXX")
    return path

mutants_x_write_inventory__mutmut['_mutmut_orig'] = x_write_inventory__mutmut_orig # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_1'] = x_write_inventory__mutmut_1 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_2'] = x_write_inventory__mutmut_2 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_3'] = x_write_inventory__mutmut_3 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_4'] = x_write_inventory__mutmut_4 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_5'] = x_write_inventory__mutmut_5 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_6'] = x_write_inventory__mutmut_6 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_7'] = x_write_inventory__mutmut_7 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_8'] = x_write_inventory__mutmut_8 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_9'] = x_write_inventory__mutmut_9 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_10'] = x_write_inventory__mutmut_10 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_11'] = x_write_inventory__mutmut_11 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_12'] = x_write_inventory__mutmut_12 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_13'] = x_write_inventory__mutmut_13 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_14'] = x_write_inventory__mutmut_14 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_15'] = x_write_inventory__mutmut_15 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_16'] = x_write_inventory__mutmut_16 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_17'] = x_write_inventory__mutmut_17 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_18'] = x_write_inventory__mutmut_18 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_19'] = x_write_inventory__mutmut_19 # type: ignore # mutmut generated
mutants_x_write_inventory__mutmut['x_write_inventory__mutmut_20'] = x_write_inventory__mutmut_20 # type: ignore # mutmut generated
mutants_x_read_inventory__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_inventory__mutmut)
def read_inventory(path: Path) -> list[dict[str, Any]] | None:
    """The inventory at ``path``, or None when there is none yet."""
    if not path.is_file():
        return None
    entries: list[dict[str, Any]] = json.loads(path.read_text())
    return entries


def x_read_inventory__mutmut_orig(path: Path) -> list[dict[str, Any]] | None:
    """The inventory at ``path``, or None when there is none yet."""
    if not path.is_file():
        return None
    entries: list[dict[str, Any]] = json.loads(path.read_text())
    return entries


def x_read_inventory__mutmut_1(path: Path) -> list[dict[str, Any]] | None:
    """The inventory at ``path``, or None when there is none yet."""
    if path.is_file():
        return None
    entries: list[dict[str, Any]] = json.loads(path.read_text())
    return entries


def x_read_inventory__mutmut_2(path: Path) -> list[dict[str, Any]] | None:
    """The inventory at ``path``, or None when there is none yet."""
    if not path.is_file():
        return None
    entries: list[dict[str, Any]] = None
    return entries


def x_read_inventory__mutmut_3(path: Path) -> list[dict[str, Any]] | None:
    """The inventory at ``path``, or None when there is none yet."""
    if not path.is_file():
        return None
    entries: list[dict[str, Any]] = json.loads(None)
    return entries

mutants_x_read_inventory__mutmut['_mutmut_orig'] = x_read_inventory__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_inventory__mutmut['x_read_inventory__mutmut_1'] = x_read_inventory__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_inventory__mutmut['x_read_inventory__mutmut_2'] = x_read_inventory__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_inventory__mutmut['x_read_inventory__mutmut_3'] = x_read_inventory__mutmut_3 # type: ignore # mutmut generated
