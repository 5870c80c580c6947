"""Benchmark of server-side tracking: Tracker against raw httpx bulk POSTs of the same batches.

    python scripts/bench_tracking.py [--hits 100000] [--rounds 3]   (part of make bench)

A local Tracking API stand-in runs in a child process (so it does not compete with the
tracker for this process's GIL) and answers every ``POST /ppms.php`` with 202, counting
the hits it received. In interleaved rounds:

- baseline: the same hits, pre-built, cut into batches of 95 and sent one after another
  with ``httpx.Client.post(url, json={"requests": batch})`` on one keep-alive connection;
- Tracker with ready hits: the same pre-built hits queued with ``Tracker.track_hit``, then
  ``flush()``: what the tracker's queue, worker and bookkeeping cost over raw sending;
- Tracker building hits: ``Tracker.track_page_view(url=..., action_name=..., visitor_id=...)``
  for each hit, then ``flush()``: the same plus building and encoding every hit in the
  caller, which competes with the worker for the GIL.

Both trackers get a queue that holds every hit, so the caller never waits for room.

Figures (medians over rounds): hits per second of each and their ratios to the baseline
(target: >= 0.8 for the same batches), the caller's cost per ``track_*`` call in µs (the
caller's loop time divided by the hits, the worker running meanwhile), and memory: the
growth of the resident set over one run and after all runs, and, under tracemalloc, the
peak and what is retained after ``close()`` for a tracker with the default queue (a leak
would show there). The server's count checks that every hit arrived.
"""

from __future__ import annotations

import argparse
import gc
import os
import socket
import statistics
import subprocess
import sys
import time
import tracemalloc

import httpx

from piwik_pro.tracking import Hit, Tracker, page_view

Row = tuple[str, str, str, bool]
SITE = "892d04bd-6e2b-4914-bfb4-bac721b37235"
BATCH = 95

SERVER = r"""
import asyncio, sys

count = 0

async def handle(reader, writer):
    global count
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            body = await reader.readexactly(length) if length else b""
            if head.startswith(b"GET /count"):
                text = str(count).encode()
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(text), text))
            else:
                count += body.count(b'"?')
                writer.write(b"HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", int(sys.argv[1]))
    print("ready", flush=True)
    async with server:
        await server.serve_forever()

asyncio.run(main())
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss() -> int:
    """Resident set size of this process in bytes (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _args(i: int) -> dict[str, str]:
    return {
        "url": f"https://example.com/shop/item/{i}?ref=bench",
        "action_name": f"Item {i}",
        "visitor_id": f"{i % 997:016x}",
    }


def _baseline(url: str, batches: list[list[str]]) -> float:
    with httpx.Client() as http:
        http.post(url, json={"requests": batches[0][:1]})  # connect outside the timing
        started = time.perf_counter()
        for batch in batches:
            http.post(url, json={"requests": batch}).raise_for_status()
        return time.perf_counter() - started


def _tracker(host: str, args: list[dict[str, str]], hits: list[Hit]) -> tuple[float, float, int]:
    """(seconds until every hit is sent, caller seconds in track calls, RSS growth).

    With ``hits`` the caller queues those ready hits (``track_hit``); otherwise it builds
    each one from ``args`` (``track_page_view``)."""
    gc.collect()
    before = _rss()
    tracker = Tracker(host, SITE, max_queue_size=len(args) + 1)
    tracker.track_page_view(url="https://example.com/warm-up")  # connect outside the timing
    tracker.flush()
    started = time.perf_counter()
    if hits:
        track_hit = tracker.track_hit
        for hit in hits:
            track_hit(hit)
    else:
        track = tracker.track_page_view
        for kwargs in args:
            track(**kwargs)  # type: ignore[arg-type]
    calls = time.perf_counter() - started
    tracker.flush()
    total = time.perf_counter() - started
    grown = _rss() - before
    tracker.close()
    stats = tracker.stats
    assert stats.sent == len(args) + 1 and not stats.failed and not stats.dropped, stats
    return total, calls, grown


def _traced(host: str, args: list[dict[str, str]]) -> tuple[int, int]:
    """(peak, retained after close) bytes allocated by one run of a tracker with the default
    settings (a queue of 10,000: the caller waits when it is full), under tracemalloc."""
    gc.collect()
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    tracker = Tracker(host, SITE)
    for kwargs in args:
        tracker.track_page_view(**kwargs)  # type: ignore[arg-type]
    tracker.close()
    del tracker
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak - start, current - start


def _count(url: str) -> int:
    return int(httpx.get(url + "/count").text)


def tracking_rows(count: int = 100_000, rounds: int = 3) -> list[Row]:
    """Run the benchmark, print its figures, return the summary rows."""
    port = _free_port()
    child = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(port)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        return _measure(f"http://127.0.0.1:{port}", count, rounds)
    finally:
        child.terminate()
        child.wait(10)


def _measure(host: str, count: int, rounds: int) -> list[Row]:
    args = [_args(i) for i in range(count)]
    hits = [page_view(SITE, **a) for a in args]  # type: ignore[arg-type]
    queries = [hit.query for hit in hits]
    batches = [queries[i : i + BATCH] for i in range(0, count, BATCH)]
    url = host + "/ppms.php"
    raw, ready, built, ready_calls, built_calls, growth = [], [], [], [], [], []
    first_rss = _rss()
    for _ in range(rounds):
        raw.append(_baseline(url, batches))
        total, calls, _ = _tracker(host, args, hits)
        ready.append(total)
        ready_calls.append(calls / count * 1e6)
        total, calls, grown = _tracker(host, args, [])
        built.append(total)
        built_calls.append(calls / count * 1e6)
        growth.append(grown)
    gc.collect()
    drift = _rss() - first_rss
    peak, retained = _traced(host, args)
    expected = rounds * (3 * count + 3) + count  # each timed run also sends a warm-up hit
    arrived = _count(host)
    ratio_ready = statistics.median(raw) / statistics.median(ready)
    ratio_built = statistics.median(raw) / statistics.median(built)
    per_ready, per_built = statistics.median(ready_calls), statistics.median(built_calls)
    median_growth = statistics.median(growth) / 2**20
    print(f"\nd) tracking: {count:,} hits a run, {rounds} interleaved rounds, batches of {BATCH}")
    print(
        f"   raw httpx bulk POSTs of the ready batches: {count / statistics.median(raw):,.0f}/s",
    )
    print(
        f"   Tracker.track_hit(ready hit):       {count / statistics.median(ready):,.0f} hits/s,"
        f" {ratio_ready:.3f}x raw; caller {per_ready:.1f} µs a call"
    )
    print(
        f"   Tracker.track_page_view(url=...):   {count / statistics.median(built):,.0f} hits/s,"
        f" {ratio_built:.3f}x raw; caller {per_built:.1f} µs a call (builds the hit)"
    )
    print(
        f"   RSS growth over one track_page_view run: {median_growth:.1f} MiB (median);"
        f" after all {rounds * 3} runs: {drift / 2**20:+.1f} MiB"
    )
    print(
        f"   tracemalloc, default queue of 10,000: peak {peak / 2**20:.1f} MiB,"
        f" retained after close() {retained / 2**10:.0f} KiB"
    )
    print(f"   hits the server counted: {arrived:,} of {expected:,} sent")
    return [
        (f"d) Tracker(track_hit) / raw httpx bulk, {count:,}", f"{ratio_ready:.3f}x", ">= 0.80",
         ratio_ready >= 0.8),
        ("   Tracker(track_page_view) / raw httpx bulk", f"{ratio_built:.3f}x", "", True),
        ("   caller µs per track_page_view (with build)", f"{per_built:.1f}", "", True),
        ("   RSS growth over one run (MiB)", f"{median_growth:.1f}", "", True),
        ("   retained after close(), tracemalloc (KiB)", f"{retained / 2**10:.0f}", "", True),
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--hits", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    for what, measured, target, met in tracking_rows(options.hits, options.rounds):
        print(f"  {what:<50} {measured:>9}  {target:<8} {'ok' if met or not target else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
