"""The JavaScript of the Postman collection: token handling and the walkthrough's tests."""

from __future__ import annotations

from typing import Any

__all__ = ["PRE_REQUEST", "TOKEN_PATH", "event"]

TOKEN_PATH = "/auth/token"

# Runs before every request of the collection: fetches a token with the client
# credentials (unless this request is the token request itself) and caches it in
# the collection variables until a minute before it expires. The collection's
# bearer auth sends {{accessToken}}.
PRE_REQUEST = f"""\
const tokenPath = "{TOKEN_PATH}";
const isTokenRequest = pm.request.url.getPath().endsWith(tokenPath);
const cached = pm.collectionVariables.get("accessToken");
const expiresAt = Number(pm.collectionVariables.get("accessTokenExpiresAt") || 0);
if (!isTokenRequest && !(cached && Date.now() < expiresAt)) {{
    pm.sendRequest({{
        url: pm.variables.get("baseUrl") + tokenPath,
        method: "POST",
        header: {{"Content-Type": "application/json"}},
        body: {{
            mode: "raw",
            raw: JSON.stringify({{
                grant_type: "client_credentials",
                client_id: pm.variables.get("clientId"),
                client_secret: pm.variables.get("clientSecret")
            }})
        }}
    }}, function (error, response) {{
        if (error) {{
            throw new Error("token request failed: " + error);
        }}
        if (response.code !== 200) {{
            throw new Error("token request failed with status " + response.code);
        }}
        const token = response.json();
        pm.collectionVariables.set("accessToken", token.access_token);
        const lifetime = Math.max(0, Number(token.expires_in) - 60);
        pm.collectionVariables.set("accessTokenExpiresAt", String(Date.now() + lifetime * 1000));
    }});
}}
"""

TOKEN_TEST = """\
pm.test("the token endpoint issues a bearer token", function () {
    pm.response.to.have.status(200);
    const token = pm.response.json();
    pm.expect(token.token_type).to.eql("Bearer");
    pm.expect(token.access_token).to.be.a("string").and.not.be.empty;
    pm.expect(token.expires_in).to.be.a("number").above(0);
    pm.collectionVariables.set("accessToken", token.access_token);
    const lifetime = Math.max(0, token.expires_in - 60);
    pm.collectionVariables.set("accessTokenExpiresAt", String(Date.now() + lifetime * 1000));
});
"""

INVITE_TEST = """\
pm.test("the user is invited", function () {
    pm.response.to.have.status(201);
    const user = pm.response.json().data;
    pm.expect(user.type).to.eql("ppms/user");
    pm.expect(user.attributes.email).to.eql(pm.variables.get("userEmail"));
    pm.expect(user.id).to.be.a("string").and.not.be.empty;
    pm.collectionVariables.set("userId", user.id);
});
"""


def user_test(language: str) -> str:
    """The test of a GET of the invited user: its id, email and ``language``."""
    return f"""\
pm.test("the user is returned with language {language}", function () {{
    pm.response.to.have.status(200);
    const user = pm.response.json().data;
    pm.expect(user.id).to.eql(pm.collectionVariables.get("userId"));
    pm.expect(user.attributes.email).to.eql(pm.variables.get("userEmail"));
    pm.expect(user.attributes.language).to.eql("{language}");
}});
"""


def no_content_test(what: str) -> str:
    """The test of a request answered 204 No Content."""
    return f"""\
pm.test("{what}: 204 No Content", function () {{
    pm.response.to.have.status(204);
    pm.expect(pm.response.text()).to.eql("");
}});
"""


GONE_TEST = """\
pm.test("the deleted user is not found", function () {
    pm.response.to.have.status(404);
    const errors = pm.response.json().errors;
    pm.expect(errors).to.be.an("array").that.is.not.empty;
    pm.expect(errors[0].status).to.eql("404");
});
"""


def event(listen: str, script: str) -> dict[str, Any]:
    """A Postman event (``prerequest`` or ``test``) running ``script``."""
    return {
        "listen": listen,
        "script": {"type": "text/javascript", "exec": script.rstrip("\n").split("\n")},
    }
