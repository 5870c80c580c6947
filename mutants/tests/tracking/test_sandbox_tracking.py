"""The sandbox's Tracking API: no token, hits counted per site and visitor, faults applied."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from piwik_pro import PiwikPro
from piwik_pro.testing import Sandbox
from piwik_pro.tracking import Tracker, page_view

from .stub import StubTrackingServer
from .test_tracker import SITE, VISITORS

OTHER_SITE = "45e07cbf-c8b3-42f3-a6d6-a5a176f623ef"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh(sandbox: Sandbox) -> None:
    sandbox.reset()


def _queries(site: str, count: int, start: int = 0) -> list[str]:
    return [
        page_view(site, url=f"https://example.com/{i}", action_name=str(i),
                  visitor_id=VISITORS[i % 3]).query
        for i in range(start, start + count)
    ]  # fmt: skip


def test_single_and_bulk_hits_without_a_token(sandbox: Sandbox) -> None:
    """A GET hit and a bulk POST are answered 202 with no Authorization and counted."""
    with httpx.Client(base_url=sandbox.url) as http:
        single = http.get("/ppms.php" + _queries(SITE, 1)[0])
        bulk = http.post(
            "/ppms.php", json={"requests": _queries(SITE, 4, 1) + _queries(OTHER_SITE, 2)}
        )
    assert (single.status_code, bulk.status_code) == (202, 202)
    assert sandbox.token_requests == 0
    counts = sandbox.tracking.counts()
    assert counts == {SITE: {VISITORS[0]: 2, VISITORS[1]: 2, VISITORS[2]: 1}, OTHER_SITE: {
        VISITORS[0]: 1, VISITORS[1]: 1}}  # fmt: skip
    names = [h.params["action_name"] for h in sandbox.tracking.hits(SITE, VISITORS[0])]
    assert names == ["0", "3"]


def test_an_invalid_hit_stops_the_bulk_with_its_index(sandbox: Sandbox) -> None:
    """The hit before an invalid one is recorded; the answer is 400 with `tracked: 1`."""
    bad = "?idsite=" + SITE + "&rec=7"
    with httpx.Client(base_url=sandbox.url) as http:
        answer = http.post("/ppms.php", json={"requests": [*_queries(SITE, 1), bad]})
    assert answer.status_code == 400 and answer.json()["tracked"] == 1
    assert "rec" in answer.json()["message"]
    assert len(sandbox.tracking.hits()) == 1


def test_partial_answer_is_injected(sandbox: Sandbox) -> None:
    """fail_partially(tracked=2) records two hits and answers 503 saying so."""
    sandbox.tracking.fail_partially(tracked=2, status=503)
    with httpx.Client(base_url=sandbox.url) as http:
        first = http.post("/ppms.php", json={"requests": _queries(SITE, 5)})
        second = http.post("/ppms.php", json={"requests": _queries(SITE, 1, 5)})
    assert first.status_code == 503 and first.json() == {
        "status": "error", "tracked": 2, "message": "Injected by the sandbox."}  # fmt: skip
    assert second.status_code == 202
    assert [h.params["action_name"] for h in sandbox.tracking.hits()] == ["0", "1", "5"]


def test_tracker_through_sandbox_faults(sandbox: Sandbox) -> None:
    """Tracker against the sandbox with 429, 503, a dropped connection and a partial answer:
    every hit recorded once, each visitor's in order."""
    sandbox.faults.add(status=429, retry_after="3", times=1, path_prefix="/ppms.php")
    sandbox.faults.add(drop=True, times=1, path_prefix="/ppms.php")
    sandbox.faults.add(status=503, times=1, path_prefix="/ppms.php")
    sandbox.tracking.fail_partially(tracked=17, status=503)
    delays: list[float] = []
    tracker = Tracker(sandbox.url, SITE, sleep=delays.append)
    for i in range(300):
        url = f"https://example.com/{i}"
        tracker.track_page_view(url=url, action_name=str(i), visitor_id=VISITORS[i % 7])
    tracker.close(timeout=60)
    hits = sandbox.tracking.hits(SITE)
    assert sorted(int(h.params["action_name"]) for h in hits) == list(range(300))
    for visitor in VISITORS:
        seen = [int(h.params["action_name"]) for h in sandbox.tracking.hits(SITE, visitor)]
        assert seen == sorted(seen)
    assert delays[0] == 3.0 and len(delays) == 4
    assert sandbox.token_requests == 0 and tracker.stats.sent == 300


def test_facade_tracking_reads_like_the_docs() -> None:
    """client.tracking.track(url=, _id=, rec=1) sends those wire names and fetches no token."""
    with StubTrackingServer() as server, PiwikPro(server.url, "id", "secret") as client:
        client.tracking.track(idsite=SITE, rec=1, url="https://example.com/a", _id=VISITORS[0])
        assert server.requests == 1  # no token request reached the stub
    [hit] = server.hits
    assert hit == {"idsite": SITE, "rec": "1", "url": "https://example.com/a", "_id": VISITORS[0]}


async def test_async_facade_tracking_needs_no_token(sandbox: Sandbox) -> None:
    """The async client sends a tracking hit without fetching a token."""
    async with sandbox.async_client() as client:
        await client.tracking.track(
            idsite=SITE, rec=1, url="https://example.com/b", _id=VISITORS[1]
        )
    assert sandbox.token_requests == 0
    assert sandbox.tracking.counts() == {SITE: {VISITORS[1]: 1}}
