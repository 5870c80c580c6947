"""The Tracking API operations read like its docs: wire names, plain 0/1 switches, no token."""

from __future__ import annotations

import inspect
import typing

from pipeline.endpoint_ast import Arg
from pipeline.fixes_tracking import switch_enums
from pipeline.resources import _wire_names
from piwik_pro._resources.tracking import _TRACKING_TRACK, _TRACKING_TRACK_BULK, Tracking


def _arg(name: str) -> Arg:
    return Arg(name, "str | Unset", "UNSET", False)


def test_wire_names_replace_the_generator_renames() -> None:
    """url_query -> url, field_id -> _id, dir_ -> dir; mixed-case and header names stay."""
    op = {"parameters": [
        {"name": "url", "in": "query"}, {"name": "_id", "in": "query"},
        {"name": "dir", "in": "query"}, {"name": "dimensionID", "in": "query"},
        {"name": "User-Agent", "in": "header"}, {"name": "rec", "in": "query"},
    ]}  # fmt: skip
    args = [_arg(n) for n in ("url_query", "field_id", "dir_", "dimension_id", "user_agent", "rec")]
    assert _wire_names(op, args) == {"url_query": "url", "field_id": "_id", "dir_": "dir"}


def test_switch_enums_become_bounded_integers() -> None:
    """An integer enum [0, 1] query parameter becomes an integer from 0 to 1; others stay."""
    doc = {"paths": {"/ppms.php": {"get": {"parameters": [
        {"name": "rec", "in": "query", "schema": {"type": "integer", "enum": [0, 1]}},
        {"name": "ping", "in": "query", "schema": {"type": "integer", "enum": [1, 2, 3]}},
    ]}}}}  # fmt: skip
    assert switch_enums(doc) == 1
    rec, ping = doc["paths"]["/ppms.php"]["get"]["parameters"]
    assert rec["schema"] == {"type": "integer", "minimum": 0, "maximum": 1}
    assert ping["schema"]["enum"] == [1, 2, 3]


def test_facade_track_signature_reads_like_the_docs() -> None:
    """client.tracking.track takes url, _id and an int rec; the operations are public."""
    params = inspect.signature(Tracking.track).parameters
    assert {"url", "_id", "_cvar", "dir", "rec"} <= set(params)
    assert not {"url_query", "field_id", "dir_"} & set(params)
    hints = typing.get_type_hints(Tracking.track, globalns=vars(inspect.getmodule(Tracking)) | {
        "Unset": object, "UUID": object, "TrackingTrackET": object, "TrackingTrackPing": object,
        "RequestOptions": object})  # fmt: skip
    assert hints["rec"] == int | object
    assert _TRACKING_TRACK.public and _TRACKING_TRACK_BULK.public
