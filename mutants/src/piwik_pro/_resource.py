"""Base classes of the generated per-area resource classes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncPiwikPro, PiwikPro

__all__ = ["AsyncAPIResource", "SyncAPIResource"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁSyncAPIResourceǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁSyncAPIResourceǁ__repr____mutmut: MutantDict = {}  # type: ignore


class SyncAPIResource:
    """One area (or group) of :class:`PiwikPro`; its methods call ``self._client``."""

    __slots__ = ("_client",)

    @_mutmut_mutated(mutants_xǁSyncAPIResourceǁ__init____mutmut)
    def __init__(self, client: PiwikPro) -> None:
        self._client = client

    def xǁSyncAPIResourceǁ__init____mutmut_orig(self, client: PiwikPro) -> None:
        self._client = client

    def xǁSyncAPIResourceǁ__init____mutmut_1(self, client: PiwikPro) -> None:
        self._client = None

    @_mutmut_mutated(mutants_xǁSyncAPIResourceǁ__repr____mutmut)
    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def xǁSyncAPIResourceǁ__repr____mutmut_orig(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def xǁSyncAPIResourceǁ__repr____mutmut_1(self) -> str:
        return f"<{type(None).__name__} of {self._client!r}>"

mutants_xǁSyncAPIResourceǁ__init____mutmut['_mutmut_orig'] = SyncAPIResource.xǁSyncAPIResourceǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁSyncAPIResourceǁ__init____mutmut['xǁSyncAPIResourceǁ__init____mutmut_1'] = SyncAPIResource.xǁSyncAPIResourceǁ__init____mutmut_1 # type: ignore # mutmut generated

mutants_xǁSyncAPIResourceǁ__repr____mutmut['_mutmut_orig'] = SyncAPIResource.xǁSyncAPIResourceǁ__repr____mutmut_orig # type: ignore # mutmut generated
mutants_xǁSyncAPIResourceǁ__repr____mutmut['xǁSyncAPIResourceǁ__repr____mutmut_1'] = SyncAPIResource.xǁSyncAPIResourceǁ__repr____mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncAPIResourceǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁAsyncAPIResourceǁ__repr____mutmut: MutantDict = {}  # type: ignore


class AsyncAPIResource:
    """One area (or group) of :class:`AsyncPiwikPro`; its methods call ``self._client``."""

    __slots__ = ("_client",)

    @_mutmut_mutated(mutants_xǁAsyncAPIResourceǁ__init____mutmut)
    def __init__(self, client: AsyncPiwikPro) -> None:
        self._client = client

    def xǁAsyncAPIResourceǁ__init____mutmut_orig(self, client: AsyncPiwikPro) -> None:
        self._client = client

    def xǁAsyncAPIResourceǁ__init____mutmut_1(self, client: AsyncPiwikPro) -> None:
        self._client = None

    @_mutmut_mutated(mutants_xǁAsyncAPIResourceǁ__repr____mutmut)
    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def xǁAsyncAPIResourceǁ__repr____mutmut_orig(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def xǁAsyncAPIResourceǁ__repr____mutmut_1(self) -> str:
        return f"<{type(None).__name__} of {self._client!r}>"

mutants_xǁAsyncAPIResourceǁ__init____mutmut['_mutmut_orig'] = AsyncAPIResource.xǁAsyncAPIResourceǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncAPIResourceǁ__init____mutmut['xǁAsyncAPIResourceǁ__init____mutmut_1'] = AsyncAPIResource.xǁAsyncAPIResourceǁ__init____mutmut_1 # type: ignore # mutmut generated

mutants_xǁAsyncAPIResourceǁ__repr____mutmut['_mutmut_orig'] = AsyncAPIResource.xǁAsyncAPIResourceǁ__repr____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncAPIResourceǁ__repr____mutmut['xǁAsyncAPIResourceǁ__repr____mutmut_1'] = AsyncAPIResource.xǁAsyncAPIResourceǁ__repr____mutmut_1 # type: ignore # mutmut generated
