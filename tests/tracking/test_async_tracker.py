"""AsyncTracker over real sockets: the same guarantees as Tracker, from an asyncio task."""

from __future__ import annotations

import asyncio

import pytest

from piwik_pro.tracking import AsyncTracker, TrackerClosedError

from .stub import StubTrackingServer
from .test_tracker import FAULTS, SITE, VISITORS, _assert_exactly_once_in_order


async def _track(tracker: AsyncTracker, count: int, start: int = 0) -> list[bool]:
    results = []
    for i in range(start, start + count):
        visitor = VISITORS[i % len(VISITORS)]
        url = f"https://example.com/{i}"
        results.append(
            await tracker.track_page_view(url=url, action_name=str(i), visitor_id=visitor)
        )
    return results


async def _no_sleep(delay: float) -> None:
    await asyncio.sleep(0)


async def test_faults_lose_nothing_and_keep_order() -> None:
    """429, 503, resets and partial answers: every hit arrives once, per visitor in order."""
    with StubTrackingServer(FAULTS) as server:
        tracker = AsyncTracker(server.url, SITE, sleep=_no_sleep)
        await _track(tracker, 400)
        await tracker.close(timeout=30)
    _assert_exactly_once_in_order(server, 400)
    stats = tracker.stats
    assert (stats.sent, stats.failed, stats.pending) == (400, 0, 0) and stats.retried > 0


async def test_several_workers_keep_each_visitor_in_order() -> None:
    """workers=3 tasks under the same faults: each hit once, each visitor's in order."""
    with StubTrackingServer(FAULTS) as server:
        tracker = AsyncTracker(server.url, SITE, sleep=_no_sleep, workers=3, batch_size=10)
        await _track(tracker, 500)
        assert await tracker.flush(timeout=30)
        await tracker.close(timeout=30)
    _assert_exactly_once_in_order(server, 500)
    assert tracker.stats.sent == 500 and tracker.stats.pending == 0


async def test_flush_and_close_drain() -> None:
    """flush() sends a partial batch at once; leaving `async with` sends the rest."""
    with StubTrackingServer() as server:
        async with AsyncTracker(server.url, SITE, flush_interval=3600) as tracker:
            await _track(tracker, 3)
            assert await tracker.flush(timeout=30)
            assert len(server.hits) == 3
            await _track(tracker, 5, start=3)
        assert len(server.hits) == 8
    _assert_exactly_once_in_order(server, 8)
    with pytest.raises(TrackerClosedError):
        await tracker.track_event(category="c", action="a")


async def test_full_queue_drops_with_a_count() -> None:
    """on_full='drop' with a held request: hits beyond the queue are refused and counted."""
    with StubTrackingServer([("hold",)]) as server:
        tracker = AsyncTracker(server.url, SITE, batch_size=1, max_queue_size=2, on_full="drop")
        await _track(tracker, 1)
        await asyncio.to_thread(server.arrived.wait, 10)
        assert await _track(tracker, 3, start=1) == [True, True, False]
        assert tracker.stats.dropped == 1
        server.release.set()
        await tracker.close(timeout=30)
    assert len(server.hits) == 3 and tracker.stats.sent == 3


async def test_full_queue_blocks_until_room() -> None:
    """on_full='block': the awaiting caller resumes once the worker makes room."""
    with StubTrackingServer([("hold",)]) as server:
        tracker = AsyncTracker(server.url, SITE, batch_size=1, max_queue_size=2)
        await _track(tracker, 3)
        await asyncio.to_thread(server.arrived.wait, 10)
        blocked = asyncio.ensure_future(_track(tracker, 1, start=3))
        await asyncio.sleep(0.05)
        assert not blocked.done()
        server.release.set()
        assert await asyncio.wait_for(blocked, 10) == [True]
        await tracker.close(timeout=30)
    _assert_exactly_once_in_order(server, 4)
