"""What both trackers share: settings, the ``track_<kind>`` methods and the worker's step.

``track_<kind>`` builds the hit (:mod:`._hits`) in the caller and hands it to the
tracker's ``_put``, which returns ``bool`` for :class:`Tracker` and an awaitable of
``bool`` for ``AsyncTracker`` (True: queued; False: dropped on a full queue).
"""

from __future__ import annotations

import logging
import random
from abc import abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, Unpack

import httpx

from .._config import normalize_base_url, user_agent
from .._errors import ConfigurationError
from .._retry import RetryPolicy
from ._delivery import DEFAULT_POLICY, Counters, Decision, TrackerStats, TrackingError, judge
from ._hits import ActionOptions, EcommerceKind, Hit, HitOptions, Product
from ._hits import download as _download
from ._hits import ecommerce as _ecommerce
from ._hits import event as _event
from ._hits import goal as _goal
from ._hits import outlink as _outlink
from ._hits import page_view as _page_view
from ._hits import site_search as _site_search

__all__ = ["Delivery", "ErrorCallback", "OnFull", "Settings", "TrackerBase"]

TRACKING_PATH = "/ppms.php"
ErrorCallback = Callable[[TrackingError, Sequence[Hit]], None]
OnFull = Literal["block", "drop"]
R = TypeVar("R")
log = logging.getLogger("piwik_pro.tracking")


@dataclass(frozen=True, slots=True)
class Settings:
    """Validated tracker settings (see :class:`~piwik_pro.tracking.Tracker`)."""

    url: str
    site_id: str
    batch_size: int
    max_queue_size: int
    workers: int
    flush_interval: float
    on_full: OnFull
    block_timeout: float | None
    retry_policy: RetryPolicy
    dry_run: bool
    on_error: ErrorCallback | None
    rand: Callable[[], float]


def make_settings(
    host: str,
    site_id: str,
    *,
    batch_size: int = 95,
    max_queue_size: int = 10_000,
    workers: int = 1,
    flush_interval: float = 1.0,
    on_full: OnFull = "block",
    block_timeout: float | None = None,
    retry_policy: RetryPolicy | None = None,
    dry_run: bool = False,
    on_error: ErrorCallback | None = None,
    rand: Callable[[], float] = random.random,
) -> Settings:
    """Check every setting; a wrong one raises :class:`ConfigurationError` naming it."""
    if not isinstance(site_id, str) or not site_id.strip():
        raise ConfigurationError(f"site_id must be the app's id (a UUID string), got {site_id!r}")
    sizes = (("batch_size", batch_size), ("max_queue_size", max_queue_size), ("workers", workers))
    for name, value in sizes:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigurationError(f"{name} must be an int >= 1, got {value!r}")
    if on_full not in ("block", "drop"):
        raise ConfigurationError(f"on_full must be 'block' or 'drop', got {on_full!r}")
    for name, number in (("flush_interval", flush_interval), ("block_timeout", block_timeout)):
        if number is not None and not (isinstance(number, int | float) and number > 0):
            raise ConfigurationError(f"{name} must be a number of seconds > 0, got {number!r}")
    if on_error is not None and not callable(on_error):
        raise ConfigurationError("on_error must be a callable (error, hits) -> None")
    return Settings(
        url=normalize_base_url(host) + TRACKING_PATH,
        site_id=site_id.strip(),
        batch_size=batch_size,
        max_queue_size=max_queue_size,
        workers=workers,
        flush_interval=float(flush_interval),
        on_full=on_full,
        block_timeout=block_timeout,
        retry_policy=retry_policy or DEFAULT_POLICY,
        dry_run=dry_run,
        on_error=on_error,
        rand=rand,
    )


def http_settings(timeout: float | httpx.Timeout) -> dict[str, object]:
    """Keyword arguments for the tracker's own httpx client (no auth: none is needed)."""
    headers = {"User-Agent": user_agent(), "Content-Type": "application/json"}
    return {"timeout": timeout, "headers": headers}


def report_failure(settings: Settings, error: TrackingError, hits: Sequence[Hit]) -> None:
    """Log a delivery failure and hand it to ``on_error`` (whose own errors are logged)."""
    log.warning("piwik_pro.tracking: %s", error)
    if settings.on_error is None:
        return
    try:
        settings.on_error(error, hits)
    except Exception:
        log.exception("piwik_pro.tracking: the on_error callback failed")


def report_drop(counters: Counters, hit: Hit) -> None:
    counters.add("dropped", 1)
    log.warning("piwik_pro.tracking: queue full, hit dropped (%s)", hit.query[:80])


class TrackerBase(Generic[R]):
    """The ``track_<kind>`` methods; subclasses provide ``_put`` and the worker."""

    _settings: Settings
    _counters: Counters

    @abstractmethod
    def _put(self, hit: Hit) -> R:
        """Queue ``hit`` (or drop it with a count when the queue is full)."""

    @property
    def site_id(self) -> str:
        return self._settings.site_id

    @property
    def stats(self) -> TrackerStats:
        """Counters: queued, sent, retried, failed, dropped (and pending)."""
        return self._counters.snapshot()

    def track_page_view(
        self, *, url: str, action_name: str | None = None, **options: Unpack[HitOptions]
    ) -> R:
        """A page view of ``url``; ``visitor_id`` is sent as ``_id``."""
        return self._put(_page_view(self.site_id, url=url, action_name=action_name, **options))

    def track_event(
        self,
        *,
        category: str,
        action: str,
        name: str | None = None,
        value: float | None = None,
        **options: Unpack[ActionOptions],
    ) -> R:
        """A custom event (category, action, optional name and value)."""
        hit = _event(
            self.site_id, category=category, action=action, name=name, value=value, **options
        )
        return self._put(hit)

    def track_goal(
        self, *, goal_id: str, revenue: float | None = None, **options: Unpack[ActionOptions]
    ) -> R:
        """A conversion of the goal ``goal_id`` (its UUID)."""
        return self._put(_goal(self.site_id, goal_id=goal_id, revenue=revenue, **options))

    def track_site_search(
        self,
        *,
        keyword: str,
        category: str | None = None,
        count: int | None = None,
        **options: Unpack[ActionOptions],
    ) -> R:
        """An internal search for ``keyword`` (``count``: results found)."""
        hit = _site_search(self.site_id, keyword=keyword, category=category, count=count, **options)
        return self._put(hit)

    def track_download(self, *, url: str, **options: Unpack[HitOptions]) -> R:
        """A download of the file at ``url``."""
        return self._put(_download(self.site_id, url=url, **options))

    def track_outlink(self, *, url: str, **options: Unpack[HitOptions]) -> R:
        """A click on a link to the external ``url``."""
        return self._put(_outlink(self.site_id, url=url, **options))

    def track_ecommerce(
        self,
        *,
        kind: EcommerceKind,
        products: Iterable[Product] = (),
        order_id: str | None = None,
        grand_total: float | None = None,
        subtotal: float | None = None,
        tax: float | None = None,
        shipping: float | None = None,
        discount: float | None = None,
        **options: Unpack[ActionOptions],
    ) -> R:
        """An ecommerce hit: an order, a cart update, a product view, an add/remove."""
        amounts = {"subtotal": subtotal, "tax": tax, "shipping": shipping, "discount": discount}
        hit = _ecommerce(
            self.site_id, kind=kind, products=products, order_id=order_id,
            grand_total=grand_total, **amounts, **options,
        )  # fmt: skip
        return self._put(hit)

    def track_hit(self, hit: Hit) -> R:
        """Queue a hit built with :mod:`piwik_pro.tracking` builders (e.g. for another site)."""
        if not isinstance(hit, Hit):
            raise TypeError(f"track_hit takes a Hit, got {type(hit).__name__}")
        return self._put(hit)


class Delivery:
    """One batch on its way: the hits still to send and the retry state (no I/O)."""

    def __init__(self, settings: Settings, counters: Counters, hits: Sequence[Hit]) -> None:
        self.settings, self.counters = settings, counters
        self.hits, self.attempt = hits, 0

    def dry(self) -> Decision | None:
        """In dry-run mode: log the hits and accept them all."""
        if not self.settings.dry_run:
            return None
        for hit in self.hits:
            log.debug("piwik_pro.tracking dry run: %s", hit.query)
        return Decision(len(self.hits), "done")

    def judge_response(self, response: httpx.Response) -> Decision:
        return self._judge(
            status=response.status_code, body=response.content,
            retry_after=response.headers.get("Retry-After"),
        )  # fmt: skip

    def judge_error(self, exc: Exception) -> Decision:
        return self._judge(status=None, failure=type(exc).__name__)

    def _judge(self, **answer: Any) -> Decision:
        settings = self.settings
        return judge(
            len(self.hits), attempt=self.attempt, policy=settings.retry_policy,
            rand=settings.rand, **answer,
        )  # fmt: skip

    def after(self, decision: Decision) -> float | None:
        """Count what ``decision`` settled; the delay before the next attempt, or None: done."""
        if decision.accepted:
            self.counters.add("sent", decision.accepted)
            self.hits = self.hits[decision.accepted :]
        if not self.hits or decision.action == "done":
            return None
        if decision.action == "fail":
            self.fail(decision.error or TrackingError("not delivered"))
            return None
        self.counters.add("retried", len(self.hits))
        self.attempt = 0 if decision.accepted else self.attempt + 1
        return decision.delay

    def fail(self, error: TrackingError) -> None:
        """The remaining hits failed: count them and report them."""
        hits, self.hits = self.hits, ()
        self.counters.add("failed", len(hits))
        report_failure(self.settings, error, hits)
