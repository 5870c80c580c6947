"""A typed Python client for the whole Piwik PRO API.

>>> from piwik_pro import PiwikPro
>>> with PiwikPro("example.piwik.pro", client_id, client_secret) as client:  # doctest: +SKIP
...     me = client.users.get_me()

Importing this package is cheap: the generated layer (``piwik_pro_api``) and the
per-area resources are imported on first use.
"""

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
from ._types import RequestOptions
from ._version import __version__

__all__ = [
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
    "__version__",
    "strict_models",
]
