"""A typed Python client for the whole Piwik PRO API.

>>> from piwik_pro import PiwikPro
>>> with PiwikPro("example.piwik.pro", client_id, client_secret) as client:  # doctest: +SKIP
...     me = client.users.get_me()

Importing this package is cheap: the generated layer (``piwik_pro_api``) and the
per-area resources are imported on first use (``Unset`` and ``UNSET`` too).
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncPiwikPro, PiwikPro
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    JsonApiError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    PiwikProError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    UnprocessableEntityError,
)
from ._response import APIResponse
from ._retry import RetryPolicy
from ._strict import strict_models
from ._types import RequestOptions, is_set
from ._version import __version__

if TYPE_CHECKING:
    from piwik_pro_api.types import UNSET, Unset

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPiwikPro",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "JsonApiError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "PiwikPro",
    "PiwikProError",
    "RateLimitError",
    "RequestOptions",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
    "is_set",
    "strict_models",
]


def __getattr__(name: str) -> Any:
    # `Unset`/`UNSET` are the generated layer's own, imported when first asked for.
    if name in ("UNSET", "Unset"):
        from piwik_pro_api import types

        return getattr(types, name)
    raise AttributeError(f"module 'piwik_pro' has no attribute {name!r}")
