"""The account settings of one command-line run, and the client built from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import click

from .._config import ENV_CLIENT_ID, ENV_CLIENT_SECRET, ENV_HOST
from .._errors import ConfigurationError

if TYPE_CHECKING:
    from .._client import PiwikPro

__all__ = ["Settings"]


@dataclass
class Settings:
    """``--host``/``--client-id``/``--client-secret`` (or their PIWIK_PRO_* variables)."""

    host: str | None
    client_id: str | None
    client_secret: str | None = field(repr=False)
    _client: PiwikPro | None = field(default=None, init=False, repr=False)

    def client(self) -> PiwikPro:
        """The client for these settings, created on first use and closed at exit."""
        if self._client is not None:
            return self._client
        flags = {
            "--host": (self.host, ENV_HOST),
            "--client-id": (self.client_id, ENV_CLIENT_ID),
            "--client-secret": (self.client_secret, ENV_CLIENT_SECRET),
        }
        missing = [f"{flag} (or ${env})" for flag, (value, env) in flags.items() if not value]
        if missing:
            raise click.UsageError(f"missing account settings: {', '.join(missing)}")
        from .._client import PiwikPro

        assert self.host and self.client_id and self.client_secret
        try:
            self._client = PiwikPro(self.host, self.client_id, self.client_secret)
        except ConfigurationError as exc:
            raise click.UsageError(str(exc)) from exc
        click.get_current_context().call_on_close(self._client.close)
        return self._client
