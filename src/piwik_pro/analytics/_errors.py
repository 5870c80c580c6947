"""Query validation errors: raised before any request is sent.

::

    PiwikProError
    └── QueryValidationError        (also a ValueError; .field names the part of the query)
        ├── UnknownColumnError      (.column_id .suggestions)
        ├── UnsupportedColumnError  (a column this API, or this place in the query, does not take)
        ├── TransformationError     (unknown, or does not fit the column's type)
        ├── FilterError             (an operator or value that does not fit the column)
        ├── DateRangeError          (missing, conflicting, malformed or reversed dates)
        └── LimitError              (page_size, max_rows, offset, order_by out of range)
"""

from __future__ import annotations

from .._errors import PiwikProError

__all__ = [
    "DateRangeError",
    "FilterError",
    "LimitError",
    "QueryValidationError",
    "TransformationError",
    "UnknownColumnError",
    "UnsupportedColumnError",
]


class QueryValidationError(PiwikProError, ValueError):
    """A query the API would refuse, found before sending it; ``field`` says where."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class UnknownColumnError(QueryValidationError):
    """A column id the catalog does not know; ``suggestions`` are the closest ids."""

    def __init__(self, column_id: str, suggestions: list[str], *, field: str) -> None:
        hint = f"; did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(
            f"unknown column {column_id!r}{hint} (`piwik_pro.analytics.columns()` lists them)",
            field=field,
        )
        self.column_id = column_id
        self.suggestions = suggestions


class UnsupportedColumnError(QueryValidationError):
    """A known column used where the API does not accept it."""


class TransformationError(QueryValidationError):
    """An unknown transformation, or one that does not fit the column's type."""


class FilterError(QueryValidationError):
    """A filter whose operator, value or shape does not fit its column."""


class DateRangeError(QueryValidationError):
    """Dates missing, given twice (absolute and relative), malformed or reversed."""


class LimitError(QueryValidationError):
    """A page size, row limit, offset or sort directive out of the API's range."""
