"""UNSET: one value, exported by piwik_pro, false, and never text in a path or a query."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys

import httpx
import pytest

import piwik_pro
import piwik_pro_api.types
from piwik_pro import UNSET, APIResponseValidationError, PiwikPro, Unset, is_set
from piwik_pro._types import is_missing, is_unset

from .fakeapi import HOST

NOT_TEXT = r"UNSET .* has no text: check `x is not UNSET` \(or piwik_pro\.is_set\(x\)\)"


def test_piwik_pro_exports_the_generated_layers_unset() -> None:
    """piwik_pro.UNSET/Unset are the objects the generated models use."""
    assert UNSET is piwik_pro_api.types.UNSET
    assert Unset is piwik_pro_api.types.Unset
    assert {"UNSET", "Unset", "is_set"} <= set(piwik_pro.__all__)


def test_unset_is_a_single_false_value() -> None:
    """UNSET is the only Unset, falsy, reprs as UNSET and survives copy and pickle."""
    assert list(Unset) == [UNSET]
    assert isinstance(UNSET, Unset)
    assert not UNSET
    assert repr(UNSET) == "UNSET"
    assert copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


@pytest.mark.parametrize(
    "as_text",
    [
        str,
        lambda v: f"/api/users/v2/{v}",
        lambda v: format(v, ""),
        lambda v: "/{}".format(v),  # noqa: UP032
        lambda v: "/%s" % (v,),  # noqa: UP031
    ],
    ids=["str", "f-string", "format", "str.format", "percent"],
)
def test_unset_refuses_to_become_text(as_text: object) -> None:
    """str(), format(), f-strings, str.format and % raise TypeError saying what to check."""
    with pytest.raises(TypeError, match=NOT_TEXT):
        as_text(UNSET)  # type: ignore[operator]


def test_unset_path_id_through_a_generated_operation() -> None:
    """users.get(UNSET) on the real client raises TypeError and sends nothing."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"access_token": "t", "expires_in": 1800})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = PiwikPro(HOST, "id", "secret", http_client=http)
    with client, pytest.raises(TypeError, match=NOT_TEXT):
        client.users.get(UNSET)  # type: ignore[arg-type]
    assert [r.url.path for r in sent if "/api/users" in r.url.path] == []


def test_is_set_and_its_siblings() -> None:
    """is_set is false only for UNSET; is_unset its opposite; is_missing adds None."""
    assert [is_set(v) for v in (UNSET, None, 0, "", "x")] == [False, True, True, True, True]
    assert [is_unset(v) for v in (UNSET, None, 0)] == [True, False, False]
    assert [is_missing(v) for v in (UNSET, None, 0)] == [True, True, False]


def test_unset_is_imported_only_when_asked_for() -> None:
    """import piwik_pro stays free of the generated layer until piwik_pro.UNSET is read."""
    code = (
        "import sys, piwik_pro; before = 'piwik_pro_api' in sys.modules; "
        "u = piwik_pro.UNSET; print(before, 'piwik_pro_api.types' in sys.modules, repr(u))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "UNSET"]
    with pytest.raises(AttributeError, match="no_such_name"):
        piwik_pro.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_a_single_resource_answer_without_data_is_a_validation_error() -> None:
    """data is required in users.get's model: an answer without it fails validation."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return httpx.Response(200, json={"access_token": "tkn-123456", "expires_in": 1800})
        return httpx.Response(200, json={"meta": {}})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = PiwikPro(HOST, "id", "secret-123456", http_client=http)
    with client, pytest.raises(APIResponseValidationError, match=r"JsonApiUserObject.*'data'"):
        client.users.get("u1")


def test_the_package_hands_out_the_generated_unset_on_each_access() -> None:
    """Read at call time (the names load lazily): both names, and nothing else."""
    import piwik_pro
    from piwik_pro_api import types

    assert piwik_pro.UNSET is types.UNSET
    assert piwik_pro.Unset is types.Unset
    for name in ("unset", "NotThere"):
        with pytest.raises(AttributeError) as caught:
            getattr(piwik_pro, name)
        assert str(caught.value) == f"module 'piwik_pro' has no attribute {name!r}"
