"""Base classes of the generated per-area resource classes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncPiwikPro, PiwikPro

__all__ = ["AsyncAPIResource", "SyncAPIResource"]


class SyncAPIResource:
    """One area (or group) of :class:`PiwikPro`; its methods call ``self._client``."""

    __slots__ = ("_client",)

    def __init__(self, client: PiwikPro) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncAPIResource:
    """One area (or group) of :class:`AsyncPiwikPro`; its methods call ``self._client``."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncPiwikPro) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
