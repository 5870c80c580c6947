"""Hit builders against the Tracking API's documented parameters and examples."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, unquote

import pytest

from piwik_pro.testing import load_spec
from piwik_pro.tracking import (
    InvalidHitError,
    Product,
    download,
    ecommerce,
    event,
    goal,
    outlink,
    page_view,
    site_search,
    visitor_id_for,
)

SITE = "892d04bd-6e2b-4914-bfb4-bac721b37235"


@cache
def documented() -> dict[str, Any]:
    """Parameter name -> its documented (URL-encoded) example, from the Tracking API spec."""
    params = load_spec()["paths"]["/ppms.php"]["get"]["parameters"]
    return {p["name"]: p.get("example") for p in params if "name" in p}


def raw(query: str) -> dict[str, str]:
    """The still-encoded value of every parameter of a query string."""
    return dict(pair.split("=", 1) for pair in query.lstrip("?").split("&"))


def test_page_view_encodes_like_the_documented_examples() -> None:
    """url, action_name, urlref, _id and uid come out exactly as the docs encode them."""
    ex = documented()
    hit = page_view(
        ex["idsite"], url=unquote(ex["url"]), action_name=unquote(ex["action_name"]),
        visitor_id=ex["_id"], user_id=unquote(ex["uid"]), referrer=unquote(ex["urlref"]),
    )  # fmt: skip
    encoded = raw(hit.query)
    for name in ("idsite", "url", "action_name", "_id", "uid", "urlref"):
        assert encoded[name] == str(ex[name]), name
    assert encoded["rec"] == "1" and hit.query.startswith("?idsite=")
    assert hit.visitor == ex["_id"]


def test_every_parameter_sent_is_documented() -> None:
    """Every builder sends only parameters the Tracking API documents (dimension<N> included)."""
    names = set(documented()) - {"dimensionID"}
    opts: dict[str, Any] = {"visitor_id": "257cc22df0ec483a", "user_id": "u", "ip": "172.16.254.1"}
    opts |= {"user_agent": "curl/7.64.1", "referrer": "https://a.example/", "new_visit": True}
    opts |= {"timestamp": 1521232150, "dimensions": {1: "blue"}}
    hits = [
        page_view(SITE, url="https://example.com/", action_name="t", **opts),
        event(SITE, category="c", action="a", name="n", value=2.5, **opts),
        goal(SITE, goal_id="e3554b05-aa7c-4f2e-87f8-043f49a5343e", revenue=4.99, **opts),
        site_search(SITE, keyword="k", category="c", count=3, **opts),
        download(SITE, url="https://example.com/f.pdf", **opts),
        outlink(SITE, url="https://other.example/", **opts),
        ecommerce(SITE, kind="order", order_id="o", grand_total=9.5, subtotal=8, tax=1,
                  shipping=0.5, discount=0, products=[Product("sku-1")], **opts),
    ]  # fmt: skip
    for hit in hits:
        sent = set(raw(hit.query))
        assert sent - {"dimension1"} <= names, sent - names
        assert "dimension1" in sent


def test_ecommerce_products_match_the_documented_example() -> None:
    """ec_products is the documented index-positioned JSON array, encoded the same way."""
    products = [
        Product("craft-311", "Unicorn Iron on Patch", "Crafts & Sewing", 4.99, 3, "FairyTales",
                "3-color rainbow"),
        Product("craft-312", "Unicorn Lamp", ["Crafts & Sewing", "Lamps"], 13.25, 1, "FairyTales",
                "black-and-white", {1: "custom glitter"}),
    ]  # fmt: skip
    hit = ecommerce(SITE, kind="cart-update", grand_total=28.22, products=products)
    encoded = raw(hit.query)
    assert encoded["ec_products"] == documented()["ec_products"]
    assert encoded["e_t"] == "cart-update" and encoded["revenue"] == "28.22"


def test_timestamps_are_utc() -> None:
    """An aware datetime becomes the documented `YYYY-MM-DD hh:mm:ss` in UTC; a number stays."""
    local = datetime(2018, 2, 24, 16, 34, 48, tzinfo=timezone(timedelta(hours=1)))
    cdt = raw(page_view(SITE, url="https://e.com/", timestamp=local).query)["cdt"]
    assert cdt == documented()["cdt"]
    assert raw(page_view(SITE, url="https://e.com/", timestamp=1521232150.7).query)["cdt"] == (
        "1521232150"
    )
    with pytest.raises(InvalidHitError, match="timezone-aware"):
        page_view(SITE, url="https://e.com/", timestamp=datetime(2018, 2, 24))


def test_kinds_set_their_documented_parameters() -> None:
    """Events, goals, searches, downloads and outlinks carry their own parameters."""
    decoded = lambda hit: dict(parse_qsl(hit.query[1:]))  # noqa: E731
    assert decoded(event(SITE, category="graph", action="start-date", name="r", value=1)) == {
        "idsite": SITE, "rec": "1", "e_c": "graph", "e_a": "start-date", "e_n": "r", "e_v": "1",
    }  # fmt: skip
    assert decoded(goal(SITE, goal_id="g", revenue=4.99))["idgoal"] == "g"
    assert decoded(site_search(SITE, keyword="sherlock holmes", count=0))["search_count"] == "0"
    file = decoded(download(SITE, url="https://e.com/f.pdf"))
    assert file["download"] == file["url"] == "https://e.com/f.pdf"
    link = decoded(outlink(SITE, url="https://o.example/"))
    assert link["link"] == link["url"] == "https://o.example/"
    extra = decoded(page_view(SITE, url="https://e.com/", extra={"pv_id": "abc", "gt_ms": 12}))
    assert (extra["pv_id"], extra["gt_ms"]) == ("abc", "12")


@pytest.mark.parametrize(
    ("build", "word"),
    [
        (lambda: page_view(SITE, url="https://e.com/", visitor_id="not-hex"), "visitor_id"),
        (lambda: page_view(SITE, url=""), "url"),
        (lambda: page_view(SITE, url="https://e.com/", colour="red"), "colour"),
        (lambda: page_view(SITE, url="https://e.com/", dimensions={0: "x"}), "dimension ids"),
        (lambda: page_view(SITE, url="https://e.com/", extra={"url": "x"}), "repeats url"),
        (lambda: event(SITE, category="c", action="a", value=float("nan")), "value"),
        (lambda: site_search(SITE, keyword="k", count=-1), "count"),
        (lambda: ecommerce(SITE, kind="order", grand_total=1), "order_id"),
        (lambda: ecommerce(SITE, kind="refund"), "kind"),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_are_named(build: Any, word: str) -> None:
    """A wrong argument raises InvalidHitError (a ValueError) naming it."""
    with pytest.raises(InvalidHitError, match=word):
        build()


def test_visitor_id_for_makes_a_valid_stable_id() -> None:
    """visitor_id_for derives the same 16-hex-character id from the same text."""
    made = visitor_id_for("account-42")
    assert made == visitor_id_for("account-42") != visitor_id_for("account-43")
    assert raw(page_view(SITE, url="https://e.com/", visitor_id=made).query)["_id"] == made


def test_values_are_percent_encoded_like_urllib() -> None:
    """Every ASCII character and non-ASCII text encode as urllib's quote(safe="") does."""
    from urllib.parse import quote

    texts = ["".join(chr(c) for c in range(32, 127)), "tab\there", "Zoë & 東京 🚀", "a b+c%20"]
    for text in texts:
        assert raw(page_view(SITE, url=text).query)["url"] == quote(text, safe="")
