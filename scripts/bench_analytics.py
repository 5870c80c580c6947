"""Benchmarks of the analytics rows (a section of ``make bench``, g and h; also runs alone).

    python scripts/bench_analytics.py [--rows 200000] [--rounds 5]

g) Rows per second through ``client.analytics.iter_rows`` (typed dicts: dates, enum
   pairs, ints) over a raw ``httpx`` POST of the same pages plus ``json.loads`` and a
   loop over the parsed rows (the raw arrays, untouched), both
   against one local server on 127.0.0.1 that serves the same precomputed page bytes,
   in interleaved rounds. The headline is the median of the per-round time ratios.
   Target: <= 1.5.
h) Peak memory growth (resident set size sampled every 5,000 rows, in a fresh child
   process, over the RSS just before the first request) while streaming
   1,000,000 raw-data rows through ``iter_sessions`` in pages of 10,000, from before the
   first request to the end (the stub server's precomputed page is made before). Target:
   <= 100 MB.

It prints figures; it fails nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from piwik_pro import PiwikPro

Row = tuple[str, str, str, bool]
WEBSITE = "70236925-724f-404e-b634-7b5633bc0bcc"
QUERY = "/api/analytics/v1/query/"
SESSIONS = "/api/analytics/v1/sessions/"
COLUMNS: list[Any] = [
    {"column_id": "timestamp", "transformation_id": "to_date"},
    "device_type",
    "user_id",
    "sessions",
    "page_views",
]
RAW_COLUMNS = ["session_id", "visitor_id", "timestamp", "resolution", "device_type"]
TOKEN = json.dumps({"access_token": "t", "token_type": "Bearer", "expires_in": 3600}).encode()


def query_page(offset: int, size: int, count: int) -> bytes:
    """A documented-shape query page: rows ``offset`` .. ``offset + size`` (capped)."""
    rows = [
        [f"2024-01-{i % 28 + 1:02d}", [i % 4, "Smartphone"], f"user {i}", i * 7 % 1000, i % 13]
        for i in range(offset, min(offset + size, count))
    ]
    return json.dumps({"data": rows, "meta": {"count": count}}).encode()


def raw_page(size: int, count: int) -> bytes:
    """A raw sessions page (the same rows whatever the offset: only memory is measured)."""
    rows = [
        [str(2_000_000 + i), f"{i:016x}", "2024-01-01T00:21:03", "375x667", [1, "Smartphone"]]
        for i in range(size)
    ]
    return json.dumps({"data": rows, "meta": {"columns": RAW_COLUMNS, "count": count}}).encode()


@contextmanager
def serve(answer: Callable[[str, dict[str, Any]], bytes]) -> Iterator[str]:
    """A keep-alive HTTP/1.1 server on 127.0.0.1 answering ``answer(path, body)``."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            data = TOKEN if self.path == "/auth/token" else answer(self.path, json.loads(raw))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def rows_per_second(total: int, rounds: int, page_size: int = 10_000) -> Row:
    pages = {o: query_page(o, page_size, total) for o in range(0, total, page_size)}
    body = {"website_id": WEBSITE, "columns": COLUMNS, "date_from": "2024-01-01"}
    with serve(lambda path, sent: pages[sent["offset"]]) as url:
        raw = httpx.Client(base_url=url, headers={"Authorization": "Bearer t"})
        client = PiwikPro(url, "bench-id", "bench-secret")

        def by_hand() -> int:
            n = 0
            for offset in range(0, total, page_size):
                sent = {**body, "date_to": "2024-01-31", "offset": offset, "limit": page_size}
                n += sum(1 for _ in json.loads(raw.post(QUERY, json=sent).content)["data"])
            return n

        def through_iter_rows() -> int:
            rows = client.analytics.iter_rows(
                WEBSITE, COLUMNS, date_from="2024-01-01", date_to="2024-01-31", page_size=page_size
            )
            return sum(1 for _ in rows)

        assert by_hand() == through_iter_rows() == total  # also the warm-up
        times: dict[str, list[float]] = {"raw": [], "iter_rows": []}
        for index in range(rounds):
            order = [("raw", by_hand), ("iter_rows", through_iter_rows)]
            for name, run in order if index % 2 == 0 else order[::-1]:
                started = time.perf_counter()
                run()
                times[name].append(time.perf_counter() - started)
        raw.close()
        client.close()
    ratios = [a / b for a, b in zip(times["iter_rows"], times["raw"], strict=True)]
    ratio = statistics.median(ratios)
    print(f"g) {total:,} query rows in pages of {page_size:,}, {rounds} interleaved rounds:")
    for name, values in times.items():
        best = min(values)
        print(f"   {name:<10} best {best:6.3f} s = {total / best:>10,.0f} rows/s")
    print(f"   iter_rows / (httpx + json.loads): median of rounds {ratio:.3f}x")
    return "g) iter_rows over raw pages + json.loads", f"{ratio:.3f}x", "<= 1.50", ratio <= 1.5


def stream_memory(total: int = 1_000_000, page_size: int = 10_000) -> float:
    """In this process: MB of RSS growth while streaming ``total`` raw rows."""
    import piwik_pro.analytics._resource  # noqa: F401  (code loaded: not counted as growth)

    page = raw_page(page_size, total)
    with serve(lambda path, sent: page) as url, PiwikPro(url, "bench-id", "bench-secret") as client:
        rows = client.analytics.iter_sessions(
            WEBSITE, ["resolution", "device_type"], date_from="2024-01-01",
            date_to="2024-01-31", page_size=page_size,
        )  # fmt: skip
        before = peak = _rss()  # before the first page
        count = 0
        for count, _ in enumerate(rows, 1):
            if count % 5_000 == 0:
                peak = max(peak, _rss())
    assert count == total, count
    return (peak - before) / 2**20


def _rss() -> int:
    """Resident set size of this process now, in bytes (Linux /proc)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def memory_row() -> Row:
    done = subprocess.run(
        [sys.executable, __file__, "--memory-child"], capture_output=True, text=True, check=True
    )
    growth = float(done.stdout.strip().splitlines()[-1])
    print("h) 1,000,000 raw session rows through iter_sessions (pages of 10,000), fresh process:")
    print(f"   peak RSS growth (sampled each 5,000 rows) over the start: {growth:.1f} MB")
    what = "h) RSS growth streaming 1,000,000 raw rows"
    return what, f"{growth:.1f} MB", "<= 100 MB", growth <= 100


def run(total: int = 200_000, rounds: int = 5) -> list[Row]:
    """Both figures, for ``scripts/bench.py``."""
    return [rows_per_second(total, rounds), memory_row()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=200_000, help="query rows per side in d)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds in d)")
    parser.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        print(f"{stream_memory():.1f}")
        return 0
    for what, measured, target, met in run(args.rows, args.rounds):
        print(f"  {what:<50} {measured:>9}  {target:<9} {'ok' if met else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
