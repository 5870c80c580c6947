"""Typed hits: one function per kind, each returning the hit's encoded query string.

The parameter names and formats are those of the Tracking API
(``data_collection/api/tracking_api.yaml``): ``idsite``, ``rec=1``, ``url``, ``_id``
(a visitor id of 16 hexadecimal characters), ``uid``, ``cdt``, ``dimension<N>``...
Every value is URL-encoded, as the API requires. Builders are pure and raise
:class:`InvalidHitError` naming the argument that is wrong.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, NamedTuple, TypedDict
from urllib.parse import quote

from .._errors import PiwikProError

__all__ = [
    "ActionOptions",
    "EcommerceKind",
    "Hit",
    "HitOptions",
    "InvalidHitError",
    "Product",
    "download",
    "ecommerce",
    "event",
    "goal",
    "outlink",
    "page_view",
    "site_search",
    "visitor_id_for",
]

_VISITOR_ID = re.compile(r"[0-9a-fA-F]{16}")
_SAFE = ""  # encode every reserved character, '/' included

EcommerceKind = Literal[
    "order", "cart-update", "product-detail-view", "add-to-cart", "remove-from-cart"
]
Value = str | int | float


class InvalidHitError(PiwikProError, ValueError):
    """A hit argument is wrong; the message names it and says what to pass instead."""


class Hit(NamedTuple):
    """One encoded hit: its query string (``?idsite=...&rec=1&...``) and ordering key.

    ``visitor`` is the visitor id, else the user id, else the client IP, else ``""``;
    hits with the same key are delivered in the order they were tracked.
    """

    query: str
    visitor: str


class HitOptions(TypedDict, total=False):
    """What every kind of hit may carry (all optional).

    ``visitor_id``: 16 hexadecimal characters (``_id``; :func:`visitor_id_for` makes one
    from any text); ``user_id`` (``uid``); ``dimensions``: custom dimension id → value
    (``dimension<id>``); ``timestamp``: when it happened, an aware datetime or UNIX
    seconds (``cdt``); ``ip`` (``cip``), ``user_agent`` (``ua``), ``referrer``
    (``urlref``), ``new_visit`` (``new_visit=1``) and ``extra``: any further documented
    parameter by its wire name.
    """

    visitor_id: str
    user_id: str
    dimensions: Mapping[int, str]
    timestamp: datetime | float
    ip: str
    user_agent: str
    referrer: str
    new_visit: bool
    extra: Mapping[str, Value]


class ActionOptions(HitOptions, total=False):
    """:class:`HitOptions` plus the page the action happened on (``url``, ``action_name``)."""

    url: str
    action_name: str


@dataclass(frozen=True, slots=True)
class Product:
    """One product of an ecommerce hit (an entry of ``ec_products``)."""

    sku: str
    name: str = ""
    category: str | Sequence[str] = ""
    price: float = 0.0
    quantity: int = 1
    brand: str = ""
    variant: str = ""
    dimensions: Mapping[int, str] | None = None

    def entry(self) -> list[object]:
        if not self.sku:
            raise InvalidHitError("Product.sku must be a non-empty string")
        category = self.category if isinstance(self.category, str) else list(self.category)
        row: list[object] = [self.sku, self.name, category, _number("price", self.price)]
        row += [self.quantity, self.brand, self.variant]
        if self.dimensions:
            row.append({str(key): value for key, value in self.dimensions.items()})
        return row


def visitor_id_for(text: str) -> str:
    """A stable 16-hex-character visitor id (``_id``) derived from any text (an account id...)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def page_view(site_id: str, *, url: str, action_name: str | None = None, **options: object) -> Hit:
    """A page view of ``url`` (``action_name``: the page title)."""
    _need("url", url)
    return _hit(site_id, [("url", url), ("action_name", action_name)], options)


def event(
    site_id: str,
    *,
    category: str,
    action: str,
    name: str | None = None,
    value: float | None = None,
    **options: object,
) -> Hit:
    """A custom event (``e_c``, ``e_a``, ``e_n``, ``e_v``)."""
    _need("category", category)
    _need("action", action)
    own = [("e_c", category), ("e_a", action), ("e_n", name), ("e_v", _opt_number("value", value))]
    return _hit(site_id, own, options)


def goal(site_id: str, *, goal_id: str, revenue: float | None = None, **options: object) -> Hit:
    """A goal conversion (``idgoal``: the goal's UUID, ``revenue``)."""
    _need("goal_id", goal_id)
    return _hit(
        site_id, [("idgoal", goal_id), ("revenue", _opt_number("revenue", revenue))], options
    )


def site_search(
    site_id: str,
    *,
    keyword: str,
    category: str | None = None,
    count: int | None = None,
    **options: object,
) -> Hit:
    """An internal search (``search``, ``search_cat``, ``search_count``)."""
    _need("keyword", keyword)
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 0):
        raise InvalidHitError(f"count must be an int >= 0 (results found), got {count!r}")
    own: list[tuple[str, Value | None]] = [("search", keyword), ("search_cat", category)]
    own.append(("search_count", count))
    return _hit(site_id, own, options)


def download(site_id: str, *, url: str, **options: object) -> Hit:
    """A file download (``download`` and ``url`` both set to ``url``)."""
    _need("url", url)
    return _hit(site_id, [("download", url)], {"url": url, **options})


def outlink(site_id: str, *, url: str, **options: object) -> Hit:
    """A click on an external link (``link`` and ``url`` both set to ``url``)."""
    _need("url", url)
    return _hit(site_id, [("link", url)], {"url": url, **options})


def ecommerce(
    site_id: str,
    *,
    kind: EcommerceKind,
    products: Iterable[Product] = (),
    order_id: str | None = None,
    grand_total: float | None = None,
    subtotal: float | None = None,
    tax: float | None = None,
    shipping: float | None = None,
    discount: float | None = None,
    **options: object,
) -> Hit:
    """An ecommerce hit (``e_t``): order, cart-update, product-detail-view, add-to-cart..."""
    if kind not in _ECOMMERCE:
        raise InvalidHitError(f"kind must be one of {', '.join(_ECOMMERCE)}, got {kind!r}")
    if kind == "order":
        _need("order_id", order_id)
        if grand_total is None:
            raise InvalidHitError("an order needs grand_total= (the order's revenue)")
    rows = [p.entry() for p in products]
    own: list[tuple[str, Value | None]] = [("e_t", kind), ("ec_id", order_id)]
    own.append(("revenue", _opt_number("grand_total", grand_total)))
    own.append(("ec_products", json.dumps(rows, separators=(",", ":")) if rows else None))
    for key, name, amount in (("ec_st", "subtotal", subtotal), ("ec_tx", "tax", tax)):
        own.append((key, _opt_number(name, amount)))
    for key, name, amount in (("ec_sh", "shipping", shipping), ("ec_dt", "discount", discount)):
        own.append((key, _opt_number(name, amount)))
    return _hit(site_id, own, options)


_ECOMMERCE = ("order", "cart-update", "product-detail-view", "add-to-cart", "remove-from-cart")
_OPTIONS = ActionOptions.__required_keys__ | ActionOptions.__optional_keys__


def _hit(site_id: str, own: list[tuple[str, Value | None]], options: Mapping[str, object]) -> Hit:
    """Encode the hit; one pass over the options (this runs in the caller's thread)."""
    parts = [_prefix(site_id)]
    for key, given in own:
        if given is not None and given != "":
            parts.append(f"&{key}={_encode(given)}")
    keys: list[str] | None = None
    visitor = user = ip = ""
    for name, value in options.items():
        if value is None:
            continue
        wire = _TEXT_OPTIONS.get(name)
        if wire is not None:
            if not isinstance(value, str) or not value:
                raise InvalidHitError(f"{name} must be a non-empty string, got {value!r}")
            if wire == "_id":
                if not _VISITOR_ID.fullmatch(value):
                    raise InvalidHitError(
                        f"visitor_id must be 16 hexadecimal characters (sent as _id), got "
                        f"{value!r}; visitor_id_for(text) derives one from any identifier"
                    )
                visitor = value
                parts.append(f"&_id={value}")  # hexadecimal: nothing to encode
                continue
            if wire == "uid":
                user = value
            elif wire == "cip":
                ip = value
            parts.append(f"&{wire}={_quote(value)}")
        elif name in _OTHER_OPTIONS:
            keys = keys if keys is not None else [k for k, v in own if v is not None and v != ""]
            parts += _other(name, value, options, keys)
        else:
            raise InvalidHitError(f"unknown hit option {name!r}; pass it as extra={{...}}")
    return Hit("".join(parts), visitor or user or ip)


_TEXT_OPTIONS = {
    "visitor_id": "_id", "user_id": "uid", "ip": "cip", "user_agent": "ua",
    "referrer": "urlref", "url": "url", "action_name": "action_name",
}  # fmt: skip
_OTHER_OPTIONS = frozenset({"new_visit", "timestamp", "dimensions", "extra"})
assert set(_TEXT_OPTIONS) | _OTHER_OPTIONS == _OPTIONS


def _other(name: str, value: object, options: Mapping[str, object], own: list[str]) -> list[str]:
    if name == "new_visit":
        return ["&new_visit=1"] if value else []
    if name == "timestamp":
        return [f"&cdt={_encode(_timestamp(value))}"]
    if name == "dimensions":
        pairs = _dimensions(value)
    else:
        taken = set(own) | {_TEXT_OPTIONS.get(n, n) for n in options if options[n] is not None}
        taken |= {f"dimension{k}" for k in options.get("dimensions") or ()}  # type: ignore[attr-defined]
        pairs = _extra(value, taken)
    return [f"&{key}={_encode(item)}" for key, item in pairs if item is not None and item != ""]


@functools.lru_cache(maxsize=64)
def _prefix(site_id: str) -> str:
    return f"?idsite={_quote(site_id)}&rec=1"


_ESCAPES = {
    code: f"%{code:02X}" for code in range(128) if not (chr(code).isalnum() or chr(code) in "_.-~")
}


def _quote(text: str) -> str:
    """``urllib.parse.quote(text, safe="")``, faster for ASCII text (``str.translate``)."""
    return text.translate(_ESCAPES) if text.isascii() else quote(text, safe=_SAFE)


def _dimensions(value: object) -> list[tuple[str, Value | None]]:
    if value is None:
        return []
    if not isinstance(value, Mapping):
        raise InvalidHitError(f"dimensions must map dimension ids to values, got {value!r}")
    out: list[tuple[str, Value | None]] = []
    for key, text in value.items():
        if isinstance(key, bool) or not isinstance(key, int) or key < 1:
            raise InvalidHitError(f"custom dimension ids are ints >= 1, got {key!r}")
        out.append((f"dimension{key}", None if text is None else str(text)))
    return out


def _extra(value: object, taken: set[str]) -> list[tuple[str, Value | None]]:
    if value is None:
        return []
    if not isinstance(value, Mapping):
        raise InvalidHitError(f"extra must map parameter names to values, got {value!r}")
    clash = sorted(set(value) & taken)
    if clash:
        raise InvalidHitError(f"extra repeats {', '.join(clash)}; pass each parameter once")
    for key, item in value.items():
        if not isinstance(item, str | int | float) or isinstance(item, bool):
            raise InvalidHitError(f"extra[{key!r}] must be a str, int or float, got {item!r}")
    return list(value.items())


def _timestamp(value: object) -> Value:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise InvalidHitError(
                "timestamp must be timezone-aware (e.g. datetime.now(UTC)); the API reads UTC"
            )
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    return int(_number("timestamp", value))


def _encode(value: Value) -> str:
    if isinstance(value, str):
        return _quote(value)
    return repr(value) if isinstance(value, float) else str(value)


def _need(name: str, value: object) -> None:
    if not isinstance(value, str) or not value:
        raise InvalidHitError(f"{name} must be a non-empty string, got {value!r}")


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidHitError(f"{name} must be a finite number, got {value!r}")
    return value


def _opt_number(name: str, value: object) -> float | None:
    return None if value is None else _number(name, value)
