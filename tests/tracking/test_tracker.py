"""Tracker over real sockets against the independent stub: nothing lost, nothing twice, in order."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import pytest

from piwik_pro import ConfigurationError, RetryPolicy
from piwik_pro.tracking import Hit, Tracker, TrackerClosedError, TrackingError

from .stub import StubTrackingServer

SITE = "892d04bd-6e2b-4914-bfb4-bac721b37235"
VISITORS = [f"{n:016x}" for n in range(1, 8)]


def _track(tracker: Tracker, count: int, start: int = 0) -> None:
    for i in range(start, start + count):
        visitor = VISITORS[i % len(VISITORS)]
        tracker.track_page_view(
            url=f"https://example.com/{i}", action_name=str(i), visitor_id=visitor
        )


def _assert_exactly_once_in_order(server: StubTrackingServer, count: int) -> None:
    names = [hit["action_name"] for hit in server.hits]
    assert sorted(names, key=int) == [str(i) for i in range(count)]  # each once
    for visitor, seen in server.by_visitor().items():
        assert seen == sorted(seen, key=int), f"visitor {visitor} out of order"


FAULTS = [
    ("status", 429, "7"),
    ("reset",),
    ("partial", 40, 503),
    ("status", 503),
    ("partial", 3, 429),
    ("reset",),
    ("status", 502),
]


def test_faults_lose_nothing_and_keep_order() -> None:
    """429, 503, resets, partial `tracked` answers: each hit arrives once, per visitor in order."""
    delays: list[float] = []
    with StubTrackingServer(FAULTS) as server:
        tracker = Tracker(server.url, SITE, sleep=delays.append)
        _track(tracker, 500)
        tracker.close(timeout=30)
    _assert_exactly_once_in_order(server, 500)
    stats = tracker.stats
    assert (stats.queued, stats.sent, stats.failed, stats.dropped) == (500, 500, 0, 0)
    assert stats.pending == 0
    assert stats.retried > 0 and len(delays) == len(FAULTS)


def test_several_workers_keep_each_visitor_in_order() -> None:
    """workers=4 send concurrently under the same faults; each visitor's hits stay in order."""
    with StubTrackingServer(FAULTS) as server:
        tracker = Tracker(server.url, SITE, sleep=lambda _: None, workers=4, batch_size=10)
        _track(tracker, 700)
        assert tracker.flush(timeout=30)
        tracker.close(timeout=30)
    _assert_exactly_once_in_order(server, 700)
    assert tracker.stats.sent == 700 and tracker.stats.pending == 0


def test_retry_after_is_honoured_and_backoff_has_jitter() -> None:
    """The delay after a 429 is its Retry-After; others grow exponentially with equal jitter."""
    delays: list[float] = []
    policy = RetryPolicy(max_retries=3, initial_delay=1.0, max_delay=30.0)
    script = [("status", 429, "7"), ("status", 503), ("status", 503)]
    with StubTrackingServer(script) as server:
        tracker = Tracker(
            server.url, SITE, sleep=delays.append, retry_policy=policy, rand=lambda: 1.0
        )
        _track(tracker, 10)
        tracker.close(timeout=30)
    # attempt 0 answered 429 (Retry-After 7); attempts 1 and 2 answered 503: 2 s and 4 s backoff
    assert delays == [7.0, 2.0, 4.0]
    jitter: list[float] = []
    with StubTrackingServer([("status", 503)]) as server:
        tracker = Tracker(
            server.url, SITE, sleep=jitter.append, retry_policy=policy, rand=lambda: 0.0
        )
        _track(tracker, 1)
        tracker.close(timeout=30)
    assert jitter == [0.5]  # half the 1 s backoff: the jitter's lower bound
    assert len(server.hits) == 1


def test_partial_answer_resumes_after_tracked() -> None:
    """After `tracked: 30` only the remaining hits of the batch are sent again."""
    with StubTrackingServer([("partial", 30, 503)]) as server:
        tracker = Tracker(server.url, SITE, sleep=lambda _: None, batch_size=95)
        _track(tracker, 95)
        tracker.close(timeout=30)
    _assert_exactly_once_in_order(server, 95)
    assert tracker.stats.retried == 65


def test_exhausted_retries_go_to_the_error_callback() -> None:
    """When retries run out the hits are counted failed and handed to on_error, not lost."""
    reported: list[tuple[TrackingError, Sequence[Hit]]] = []
    policy = RetryPolicy(max_retries=2)
    with StubTrackingServer([("status", 503)] * 3) as server:
        tracker = Tracker(
            server.url, SITE, sleep=lambda _: None, retry_policy=policy,
            on_error=lambda error, hits: reported.append((error, hits)),
        )  # fmt: skip
        _track(tracker, 5)
        tracker.close(timeout=30)
        assert server.requests == 3
    assert (tracker.stats.sent, tracker.stats.failed, tracker.stats.pending) == (0, 5, 0)
    [(error, hits)] = reported
    assert error.status_code == 503 and "retries exhausted" in str(error)
    assert [h.query for h in hits] == [h.query for h in hits if "action_name=" in h.query]
    assert len(hits) == 5


def test_bad_request_is_not_retried() -> None:
    """A 400 after `tracked: 2`: two hits are sent, the rest fail at once."""
    reported: list[int] = []
    with StubTrackingServer([("partial", 2, 400)]) as server:
        tracker = Tracker(server.url, SITE, on_error=lambda e, hits: reported.append(len(hits)))
        _track(tracker, 6)
        tracker.close(timeout=30)
    assert server.requests == 1 and len(server.hits) == 2
    assert (tracker.stats.sent, tracker.stats.failed) == (2, 4) and reported == [4]


def test_batches_of_95_by_default() -> None:
    """200 hits make bulk requests of 95, 95 and 10."""
    with StubTrackingServer() as server:
        tracker = Tracker(server.url, SITE)
        _track(tracker, 200)
        assert tracker.flush(timeout=30)
        assert server.requests == 3
        tracker.close()
    _assert_exactly_once_in_order(server, 200)


def test_flush_sends_a_partial_batch_and_close_drains() -> None:
    """flush() does not wait for a full batch; close() sends what is still queued."""
    with StubTrackingServer() as server:
        tracker = Tracker(server.url, SITE, flush_interval=3600)
        _track(tracker, 3)
        assert tracker.flush(timeout=30)
        assert len(server.hits) == 3
        _track(tracker, 4, start=3)
        tracker.close(timeout=30)
        assert len(server.hits) == 7
    _assert_exactly_once_in_order(server, 7)
    with pytest.raises(TrackerClosedError):
        tracker.track_page_view(url="https://example.com/late")


def _held_tracker(server: StubTrackingServer, **settings: Any) -> Tracker:
    """A tracker whose first request the server holds, with 2 more hits queued behind it."""
    tracker = Tracker(server.url, SITE, batch_size=1, max_queue_size=2, **settings)
    _track(tracker, 1)
    assert server.arrived.wait(10)
    _track(tracker, 2, start=1)  # fills the queue while the first request is held
    return tracker


def test_full_queue_blocks_until_room() -> None:
    """on_full='block': a caller waits while the queue is full, then its hit is queued."""
    with StubTrackingServer([("hold",)]) as server:
        tracker = _held_tracker(server)
        done = threading.Event()

        def caller() -> None:
            tracker.track_page_view(
                url="https://example.com/3", action_name="3", visitor_id=VISITORS[0]
            )
            done.set()

        thread = threading.Thread(target=caller)
        thread.start()
        assert not done.wait(0.3)  # still blocked: the queue is full
        server.release.set()
        thread.join(10)
        assert done.is_set()
        tracker.close(timeout=30)
    assert sorted(h["action_name"] for h in server.hits) == ["0", "1", "2", "3"]
    assert tracker.stats.dropped == 0


def test_full_queue_drops_with_a_count() -> None:
    """on_full='drop': the hit is refused (False) and counted; the queued ones all arrive."""
    with StubTrackingServer([("hold",)]) as server:
        tracker = _held_tracker(server, on_full="drop")
        assert tracker.track_page_view(url="https://example.com/x", visitor_id=VISITORS[0]) is False
        assert tracker.stats.dropped == 1
        server.release.set()
        tracker.close(timeout=30)
    assert len(server.hits) == 3
    stats = tracker.stats
    assert stats.queued == 3 and stats.sent == 3 and stats.dropped == 1


def test_block_timeout_counts_a_drop() -> None:
    """A block that times out drops the hit with a count instead of waiting forever."""
    with StubTrackingServer([("hold",)]) as server:
        tracker = _held_tracker(server, block_timeout=0.05)
        assert tracker.track_page_view(url="https://example.com/x") is False
        assert tracker.stats.dropped == 1
        server.release.set()
        tracker.close(timeout=30)


def test_dry_run_sends_nothing_and_counts() -> None:
    """dry_run=True: no request, hits counted as sent."""
    with StubTrackingServer() as server:
        tracker = Tracker(server.url, SITE, dry_run=True)
        _track(tracker, 20)
        tracker.close(timeout=30)
        assert server.requests == 0
    assert tracker.stats.sent == 20


def test_settings_are_checked() -> None:
    """Wrong settings raise ConfigurationError naming the setting."""
    for kwargs, word in (
        ({"batch_size": 0}, "batch_size"),
        ({"max_queue_size": -1}, "max_queue_size"),
        ({"on_full": "wait"}, "on_full"),
        ({"flush_interval": 0}, "flush_interval"),
        ({"workers": 0}, "workers"),
    ):
        with pytest.raises(ConfigurationError, match=word):
            Tracker("example.piwik.pro", SITE, **kwargs)
    with pytest.raises(ConfigurationError, match="site_id"):
        Tracker("example.piwik.pro", " ")


def test_hits_are_flushed_at_interpreter_exit() -> None:
    """A script that never calls close() still delivers its hits when Python exits."""
    import subprocess
    import sys

    script = (
        "import sys\nfrom piwik_pro.tracking import Tracker\n"
        "t = Tracker(sys.argv[1], sys.argv[2], flush_interval=3600)\n"
        "for i in range(7): t.track_page_view(url=f'https://example.com/{i}', action_name=str(i))\n"
    )
    with StubTrackingServer() as server:
        subprocess.run([sys.executable, "-c", script, server.url, SITE], check=True, timeout=60)
        assert sorted(hit["action_name"] for hit in server.hits) == [str(i) for i in range(7)]
