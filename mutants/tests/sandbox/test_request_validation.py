"""Requests are routed and validated against their operation before anything else."""

from __future__ import annotations

import json

import httpx
import pytest

from piwik_pro.testing import Sandbox

from .conftest import JSONAPI

USER_ID = "985ed9d7-b652-47b8-b9cf-c17d62735261"
USER = f"/api/users/v2/{USER_ID}"


def _errors(response: httpx.Response) -> list[dict[str, object]]:
    assert response.headers["content-type"] == JSONAPI
    errors: list[dict[str, object]] = response.json()["errors"]
    return errors


def test_json_where_jsonapi_is_required_gets_415(authed: httpx.Client) -> None:
    """application/json sent to a JSON:API operation: 415 naming both media types."""
    body = {"data": {"type": "ppms/user", "attributes": {"email": "a@example.com"}}}
    response = authed.post("/api/users/v2/invite", json=body)
    assert response.status_code == 415
    detail = str(_errors(response)[0]["detail"])
    assert "application/json" in detail and JSONAPI in detail


def test_patch_without_data_id_is_rejected_with_pointer(authed: httpx.Client) -> None:
    """A JSON:API PATCH without data.id: 400 with source.pointer /data/id."""
    body = {"data": {"type": "ppms/user", "attributes": {"language": "de-DE"}}}
    response = authed.patch(USER, content=json.dumps(body), headers={"Content-Type": JSONAPI})
    assert response.status_code == 400
    assert _errors(response)[0]["source"] == {"pointer": "/data/id"}


def test_patch_without_data_type_is_rejected_with_pointer(authed: httpx.Client) -> None:
    """A JSON:API PATCH without data.type: 400 with source.pointer /data/type."""
    body = {"data": {"id": USER_ID, "attributes": {"language": "de-DE"}}}
    response = authed.patch(USER, content=json.dumps(body), headers={"Content-Type": JSONAPI})
    assert response.status_code == 400
    assert _errors(response)[0]["source"] == {"pointer": "/data/type"}


def test_patch_with_other_id_conflicts(authed: httpx.Client) -> None:
    """data.id different from the URL id: 409 like the real API."""
    other = "6e82f3aa-43a3-45e8-8caf-b9db9503d795"
    body = {"data": {"type": "ppms/user", "id": other, "attributes": {"language": "de-DE"}}}
    response = authed.patch(USER, content=json.dumps(body), headers={"Content-Type": JSONAPI})
    assert response.status_code == 409
    assert "does not match url's lookup id" in str(_errors(response)[0]["detail"])


def test_invalid_body_field_is_reported_with_its_pointer(authed: httpx.Client) -> None:
    """A schema violation in the body names the JSON pointer of the bad value."""
    body = {"data": {"type": "ppms/user", "attributes": {"email": 7}}}
    response = authed.post(
        "/api/users/v2/invite", content=json.dumps(body), headers={"Content-Type": JSONAPI}
    )
    assert response.status_code == 400
    assert _errors(response)[0]["source"] == {"pointer": "/data/attributes/email"}


def test_missing_required_body_field_points_at_the_field(authed: httpx.Client) -> None:
    """A missing required attribute is reported at its own pointer."""
    body = {"data": {"type": "ppms/user", "attributes": {"language": "en-US"}}}
    response = authed.post(
        "/api/users/v2/invite", content=json.dumps(body), headers={"Content-Type": JSONAPI}
    )
    assert response.status_code == 400
    assert _errors(response)[0]["source"] == {"pointer": "/data/attributes/email"}


def test_malformed_json_is_a_bad_request(authed: httpx.Client) -> None:
    """A body that is not JSON: 400."""
    response = authed.post(
        "/api/users/v2/invite", content=b"{not json", headers={"Content-Type": JSONAPI}
    )
    assert response.status_code == 400


def test_bad_query_parameter_is_named(authed: httpx.Client) -> None:
    """A query parameter of the wrong type: 400 with source.parameter."""
    response = authed.get("/api/users/v2", params={"limit": "many"})
    assert response.status_code == 400
    error = _errors(response)[0]
    assert error["source"] == {"parameter": "limit"}
    assert "limit" in str(error["detail"])


def test_bad_path_parameter_is_named(authed: httpx.Client) -> None:
    """A path parameter that is not a uuid: 400 naming the parameter."""
    response = authed.get("/api/users/v2/not-a-uuid")
    assert response.status_code == 400
    assert _errors(response)[0]["source"] == {"parameter": "userId"}


def test_unknown_path_is_a_jsonapi_404(authed: httpx.Client) -> None:
    """A path no operation documents: 404 JSON:API error."""
    response = authed.get("/api/does-not-exist/v1")
    assert response.status_code == 404
    assert _errors(response)[0]["status"] == "404"


def test_wrong_method_is_405_with_allow(authed: httpx.Client) -> None:
    """A documented path with an undocumented method: 405 and an Allow header."""
    response = authed.put("/api/users/v2")
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == {"GET", "POST"}


def test_literal_path_wins_over_template(authed: httpx.Client) -> None:
    """/api/users/v2/me routes to the 'me' operation, not to /{userId}."""
    assert authed.get("/api/users/v2/me").status_code == 200


def test_empty_query_values_count_as_absent(authed: httpx.Client) -> None:
    """?search= (a documented default of "") is accepted like a missing parameter."""
    response = authed.get("/api/users/v2", params={"search": "", "search_query": ""})
    assert response.status_code == 200


def test_deprecated_parameters_are_accepted_quietly(http: httpx.Client) -> None:
    """Sending a deprecated parameter neither fails nor warns (warnings are errors here)."""
    params = {"idsite": "892d04bd-6e2b-4914-bfb4-bac721b37235", "rec": "1", "search_cat": "x"}
    assert http.get("/ppms.php", params=params).status_code < 300


def test_sandbox_failures_become_500s(
    authed: httpx.Client, monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox
) -> None:
    """An exception inside the sandbox answers a JSON:API 500 instead of dropping the socket."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(sandbox._app.keeper, "answer", broken)
    response = authed.get(USER)
    assert response.status_code == 500
    assert "RuntimeError: boom" in str(_errors(response)[0]["detail"])
