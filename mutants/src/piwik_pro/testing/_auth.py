"""Client-credentials tokens: JWT-shaped, HMAC-signed with a key private to one sandbox.

The authority remembers every token it issued, so it can tell three failures apart:
no token (``JWT not found``), a token it issued that has expired or was expired on
purpose (``Expired JWT Token``), and anything else (``access token not authorized``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

__all__ = ["AuthFailure", "TokenAuthority"]

JWT_NOT_FOUND = "JWT not found"
EXPIRED = "Expired JWT Token"
NOT_AUTHORIZED = "access token not authorized"


class AuthFailure(Exception):
    """A rejected bearer token: HTTP status and the auth layer's message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class TokenAuthority:
    """Issues and checks the bearer tokens of one sandbox."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        lifetime: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if lifetime < 0:
            raise ValueError("token_lifetime must be >= 0")
        self.client_id = client_id
        self._secret = client_secret
        self.lifetime = lifetime
        self._clock = clock
        self._key = secrets.token_bytes(32)
        self._expiry: dict[str, float] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"TokenAuthority(client_id={self.client_id!r}, lifetime={self.lifetime})"

    def credentials_match(self, client_id: object, client_secret: object) -> bool:
        """Constant-time comparison of the presented credentials."""
        if not isinstance(client_id, str) or not isinstance(client_secret, str):
            return False
        id_ok = hmac.compare_digest(client_id.encode(), self.client_id.encode())
        secret_ok = hmac.compare_digest(client_secret.encode(), self._secret.encode())
        return id_ok and secret_ok

    def issue(self) -> dict[str, Any]:
        """A token response body (``expires_in`` is the lifetime rounded up to whole seconds)."""
        now = self._clock()
        token_id = uuid.uuid4().hex
        with self._lock:
            self._expiry[token_id] = now + self.lifetime
        claims = {
            "iss": "piwik-pro-sandbox",
            "sub": self.client_id,
            "iat": int(now),
            "exp": math.ceil(now + self.lifetime),
            "jti": token_id,
        }
        return {
            "token_type": "Bearer",
            "expires_in": math.ceil(self.lifetime),
            "access_token": self._sign(claims),
        }

    def check(self, authorization: str | None) -> None:
        """Raise AuthFailure unless ``authorization`` carries a live token of this sandbox."""
        scheme, _, token = (authorization or "").strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthFailure(401, JWT_NOT_FOUND)
        token_id = self._verified_id(token.strip())
        with self._lock:
            expiry = self._expiry.get(token_id) if token_id else None
        if expiry is None:
            raise AuthFailure(401, NOT_AUTHORIZED)
        if self._clock() >= expiry:
            raise AuthFailure(401, EXPIRED)

    def expire_all(self) -> None:
        """Every token issued so far is expired from now on."""
        now = self._clock()
        with self._lock:
            for token_id, expiry in self._expiry.items():
                self._expiry[token_id] = min(expiry, now)

    def _sign(self, claims: dict[str, Any]) -> str:
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signing_input = f"{header}.{payload}".encode()
        signature = hmac.new(self._key, signing_input, hashlib.sha256).digest()
        return f"{header}.{payload}.{_b64(signature)}"

    def _verified_id(self, token: str) -> str | None:
        parts = token.split(".")
        if len(parts) != 3:
            return None
        expected = hmac.new(self._key, f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256)
        if not hmac.compare_digest(_b64(expected.digest()), parts[2]):
            return None
        try:
            claims = json.loads(_unb64(parts[1]))
        except (ValueError, binascii.Error):
            return None
        token_id = claims.get("jti") if isinstance(claims, dict) else None
        return token_id if isinstance(token_id, str) else None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
