"""Server-side tracking: typed hits sent in bulk to the Tracking API, losing none.

>>> from piwik_pro.tracking import Tracker
>>> with Tracker("example.piwik.pro", site_id) as tracker:  # doctest: +SKIP
...     tracker.track_page_view(url="https://example.com/", visitor_id="257cc22df0ec483a")

No API credentials are needed. :class:`Tracker` sends from a background thread,
:class:`AsyncTracker` from an asyncio task; both batch up to 95 hits per request,
keep each visitor's hits in order, retry 429/5xx/connection errors with backoff and
jitter, resume after partial answers and count everything (:class:`TrackerStats`).
The builders (:func:`page_view`, :func:`event`...) make :class:`Hit` values for
:meth:`Tracker.track_hit`.
"""

from ._async import AsyncTracker
from ._delivery import TrackerClosedError, TrackerStats, TrackingError
from ._hits import (
    ActionOptions,
    Hit,
    HitOptions,
    InvalidHitError,
    Product,
    download,
    ecommerce,
    event,
    goal,
    outlink,
    page_view,
    site_search,
    visitor_id_for,
)
from ._tracker import Tracker

__all__ = [
    "ActionOptions",
    "AsyncTracker",
    "Hit",
    "HitOptions",
    "InvalidHitError",
    "Product",
    "Tracker",
    "TrackerClosedError",
    "TrackerStats",
    "TrackingError",
    "download",
    "ecommerce",
    "event",
    "goal",
    "outlink",
    "page_view",
    "site_search",
    "visitor_id_for",
]
