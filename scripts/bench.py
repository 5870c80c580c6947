"""Benchmarks: the facade's cost per call, the shared token, the import cost.

    python scripts/bench.py [--calls 2000] [--runs 15]        (or: make bench)
    python scripts/bench.py --cold-start                       (c and i only)

a) Per-call time of ``client.users.get(id)`` over a raw ``httpx`` GET of the same URL with a
   bearer header and ``response.json()``. Both go through ONE ``httpx.Client`` (so one
   keep-alive connection) to a local sandbox, after a warm-up, interleaved in rounds whose
   order alternates so that drift hits both alike. The headline is the median over rounds
   of facade/raw time within a round. Target: facade/raw <= 1.10.
b) Token requests made by 1,000 calls from 32 threads on one fresh ``PiwikPro``, and by 200
   asyncio tasks making 1,000 calls on one fresh ``AsyncPiwikPro``. Target: exactly 1 each.
c) Wall time of ``python -c "import piwik_pro"`` over ``python -c "import httpx"``: best of
   N interleaved runs each, with the bytecode of src/ and generated/ compiled first and
   PYTHONDONTWRITEBYTECODE removed from the children's environment. Target: <= 1.3.
d) Server-side tracking (scripts/bench_tracking.py): 100,000 hits through ``Tracker``
   against a local server in a child process, over raw httpx bulk POSTs of the same
   batches; the caller's µs per ``track_page_view`` and memory growth.
e) The async twin of a): ``await client.users.get(id)`` on ``AsyncPiwikPro`` over
   ``await http.get(...)`` + ``.json()``, one ``httpx.AsyncClient`` limited to ONE connection,
   interleaved rounds as in a). Target: facade/raw <= 1.10.
f) Wall time of 1,000 calls from 500 asyncio tasks on one ``AsyncPiwikPro`` whose
   ``httpx.AsyncClient`` pools up to 100 connections, next to raw httpx doing the same (best
   of a few interleaved runs each, after a warm-up that opens the connections).

g) and h): analytics rows and raw-data streaming memory (``scripts/bench_analytics.py``).
i) Cold start: wall time of a fresh ``python -c`` that imports piwik_pro, builds a client from
   the environment and makes one ``users.get`` (token request included) against the sandbox
   this process serves, over one that imports httpx and makes the same two requests raw
   (token POST, GET + ``.json()``): medians of N interleaved runs each, and the median of
   the paired differences.

It prints figures; it fails nothing (exit 0): timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from bench_tracking import tracking_rows
from piwik_pro import AsyncPiwikPro, PiwikPro
from piwik_pro.testing import Sandbox

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_analytics  # sections g and h, documented there

ROOT = Path(__file__).resolve().parents[1]
Row = tuple[str, str, str, bool]  # what, measured, target, met


# --------------------------------------------------------------------------- a) per call


def raw_token(http: httpx.Client, sandbox: Sandbox) -> str:
    credentials = {"client_id": sandbox.client_id, "client_secret": sandbox.client_secret}
    response = http.post("/auth/token", json={"grant_type": "client_credentials", **credentials})
    response.raise_for_status()
    return str(response.json()["access_token"])


def interleaved(
    calls: dict[str, Callable[[], object]], n: int, rounds: int
) -> dict[str, list[float]]:
    """Seconds per call of each function: a warm-up, then ``rounds`` alternating rounds."""
    for call in calls.values():
        for _ in range(max(100, n // 10)):
            call()
    times: dict[str, list[float]] = {name: [] for name in calls}
    names = list(calls)
    for index in range(rounds):
        for name in names if index % 2 == 0 else names[::-1]:
            call, sink = calls[name], times[name]
            for _ in range(n // rounds):
                started = time.perf_counter()
                call()
                sink.append(time.perf_counter() - started)
    return times


def round_ratios(facade: list[float], raw: list[float], rounds: int) -> list[float]:
    """facade/raw time of each round: the two sides of a round ran back to back."""
    size = len(raw) // rounds
    chunks = range(0, size * rounds, size)
    return [sum(facade[i : i + size]) / sum(raw[i : i + size]) for i in chunks]


def per_call(sandbox: Sandbox, user_id: str, n: int, rounds: int = 40) -> Row:
    path = f"/api/users/v2/{user_id}"
    with httpx.Client(base_url=sandbox.url) as http:
        http.headers["Authorization"] = f"Bearer {raw_token(http, sandbox)}"
        client = PiwikPro(sandbox.url, sandbox.client_id, sandbox.client_secret, http_client=http)
        user = client.users.get(user_id).data
        assert user and str(user.id) == http.get(path).json()["data"]["id"] == user_id
        calls: dict[str, Callable[[], object]] = {
            "raw httpx": lambda: http.get(path).json(),
            "facade": lambda: client.users.get(user_id),
        }
        times = interleaved(calls, n, rounds)
    raw, facade = times["raw httpx"], times["facade"]
    print(f"a) GET /api/users/v2/{{id}}: {len(raw):,} calls each on one keep-alive connection,")
    print(f"   {rounds} interleaved rounds (order alternating) after a warm-up")
    for name, values in times.items():
        mean, median = statistics.fmean(values), statistics.median(values)
        print(f"   {name:<10} mean {mean * 1e6:7.1f} µs   median {median * 1e6:7.1f} µs")
    by_mean = statistics.fmean(facade) / statistics.fmean(raw)
    by_median = statistics.median(facade) / statistics.median(raw)
    by_round = statistics.median(round_ratios(facade, raw, rounds))
    extra = (statistics.fmean(facade) - statistics.fmean(raw)) * 1e6
    print(f"   facade/raw: of means {by_mean:.3f}x, of medians {by_median:.3f}x,")
    print(f"   median of the {rounds} paired rounds {by_round:.3f}x ({extra:+.0f} µs a call)")
    met = by_round <= 1.10
    return "a) facade / raw httpx per call (paired rounds)", f"{by_round:.3f}x", "<= 1.10", met


# --------------------------------------------------------------------------- b) one token


def thread_tokens(sandbox: Sandbox, user_id: str, calls: int = 1000, threads: int = 32) -> int:
    before = sandbox.token_requests
    barrier = threading.Barrier(threads)
    with sandbox.client() as client:

        def work(index: int) -> None:
            if index < threads:  # the first call of every thread starts at once
                barrier.wait()
            client.users.get(user_id)

        with ThreadPoolExecutor(max_workers=threads) as pool:
            list(pool.map(work, range(calls)))
        counted = client.auth.token_requests
    served = sandbox.token_requests - before
    print(f"b) {calls:,} calls from {threads} threads: token requests {served} (client: {counted})")
    return served


async def task_tokens(sandbox: Sandbox, user_id: str, calls: int = 1000, tasks: int = 200) -> int:
    before = sandbox.token_requests
    async with sandbox.async_client() as client:

        async def work() -> None:
            for _ in range(calls // tasks):
                await client.users.get(user_id)

        await asyncio.gather(*(work() for _ in range(tasks)))
        counted = client.auth.token_requests
    served = sandbox.token_requests - before
    print(f"   {calls:,} calls from {tasks} tasks: token requests {served} (client: {counted})")
    return served


# --------------------------------------------------------------------------- e) async per call


async def ainterleaved(
    calls: dict[str, Callable[[], Awaitable[object]]], n: int, rounds: int
) -> dict[str, list[float]]:
    """The async twin of :func:`interleaved`."""
    for call in calls.values():
        for _ in range(max(100, n // 10)):
            await call()
    times: dict[str, list[float]] = {name: [] for name in calls}
    names = list(calls)
    for index in range(rounds):
        for name in names if index % 2 == 0 else names[::-1]:
            call, sink = calls[name], times[name]
            for _ in range(n // rounds):
                started = time.perf_counter()
                await call()
                sink.append(time.perf_counter() - started)
    return times


async def async_per_call(sandbox: Sandbox, user_id: str, n: int, rounds: int = 40) -> Row:
    path = f"/api/users/v2/{user_id}"
    one = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=sandbox.url, limits=one) as http:
        with httpx.Client(base_url=sandbox.url) as sync_http:
            http.headers["Authorization"] = f"Bearer {raw_token(sync_http, sandbox)}"
        client = AsyncPiwikPro(
            sandbox.url, sandbox.client_id, sandbox.client_secret, http_client=http
        )

        async def raw() -> object:
            return (await http.get(path)).json()

        async def facade() -> object:
            return await client.users.get(user_id)

        times = await ainterleaved({"raw httpx": raw, "facade": facade}, n, rounds)
    by_round = statistics.median(round_ratios(times["facade"], times["raw httpx"], rounds))
    print(
        f"e) async GET /api/users/v2/{{id}}: {len(times['raw httpx']):,} calls each, one connection"
    )
    for name, values in times.items():
        mean, median = statistics.fmean(values), statistics.median(values)
        print(f"   {name:<10} mean {mean * 1e6:7.1f} µs   median {median * 1e6:7.1f} µs")
    extra = (statistics.fmean(times["facade"]) - statistics.fmean(times["raw httpx"])) * 1e6
    print(f"   facade/raw: median of the {rounds} paired rounds {by_round:.3f}x ({extra:+.0f} µs)")
    what = "e) async facade / raw httpx per call (paired rounds)"
    return what, f"{by_round:.3f}x", "<= 1.10", by_round <= 1.10


# --------------------------------------------------------------------------- f) 500 tasks


async def _burst(call: Callable[[], Awaitable[object]], calls: int, tasks: int) -> float:
    """Seconds for ``calls`` calls spread over ``tasks`` concurrent tasks."""

    async def work(count: int) -> None:
        for _ in range(count):
            await call()

    share = [calls // tasks + (1 if i < calls % tasks else 0) for i in range(tasks)]
    started = time.perf_counter()
    await asyncio.gather(*(work(count) for count in share))
    return time.perf_counter() - started


async def pooled_burst(
    sandbox: Sandbox, user_id: str, calls: int = 1000, tasks: int = 500, runs: int = 3
) -> Row:
    path = f"/api/users/v2/{user_id}"
    pool = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    async with (
        httpx.AsyncClient(base_url=sandbox.url, limits=pool, timeout=60) as raw_http,
        httpx.AsyncClient(base_url=sandbox.url, limits=pool, timeout=60) as http,
    ):
        with httpx.Client(base_url=sandbox.url) as sync_http:
            raw_http.headers["Authorization"] = f"Bearer {raw_token(sync_http, sandbox)}"
        client = AsyncPiwikPro(
            sandbox.url, sandbox.client_id, sandbox.client_secret, http_client=http
        )

        async def raw() -> object:
            return (await raw_http.get(path)).json()

        async def facade() -> object:
            return await client.users.get(user_id)

        sides = {"raw httpx": raw, "facade": facade}
        for call in sides.values():
            await _burst(call, calls, tasks)  # warm-up: opens the 100 connections
        times: dict[str, list[float]] = {name: [] for name in sides}
        for index in range(runs):
            for name in list(sides) if index % 2 == 0 else list(sides)[::-1]:
                times[name].append(await _burst(sides[name], calls, tasks))
        tokens = client.auth.token_requests
    best = {name: min(values) for name, values in times.items()}
    print(f"f) {calls:,} calls from {tasks} tasks over a 100-connection pool, best of {runs}:")
    for name, seconds in best.items():
        print(f"   {name:<10} {seconds:6.3f} s  ({calls / seconds:,.0f} calls/s)")
    ratio = best["facade"] / best["raw httpx"]
    print(f"   facade/raw {ratio:.3f}x; token requests {tokens}")
    what = f"f) {calls:,} calls / {tasks} tasks / 100 connections"
    return what, f"{best['facade']:.3f} s", f"raw {best['raw httpx']:.3f} s", True


# --------------------------------------------------------------------------- c) import


def import_time(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - started


def process_times(codes: dict[str, str], env: dict[str, str], runs: int) -> dict[str, list[float]]:
    """Seconds of ``runs`` fresh ``python -c`` runs of each code, interleaved, after a warm-up."""
    for code in codes.values():
        import_time(code, env)  # warm-up: caches, and any bytecode still missing
    times: dict[str, list[float]] = {name: [] for name in codes}
    for index in range(runs):
        for name in list(codes) if index % 2 == 0 else list(codes)[::-1]:
            times[name].append(import_time(codes[name], env))
    return times


def import_ratio(runs: int) -> Row:
    for folder in ("src", "generated"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    codes = {"python": "pass", "httpx": "import httpx", "piwik_pro": "import piwik_pro"}
    times = process_times(codes, env, runs)
    print(f"c) whole process, best (median) of {runs} interleaved runs each:")
    for name, values in times.items():
        best, median = min(values) * 1e3, statistics.median(values) * 1e3
        print(f"   python -c {codes[name]!r:<20} {best:6.1f} ms ({median:6.1f} ms)")
    ratio = min(times["piwik_pro"]) / min(times["httpx"])
    median_ratio = statistics.median(times["piwik_pro"]) / statistics.median(times["httpx"])
    print(f"   import piwik_pro / import httpx: best {ratio:.3f}x   median {median_ratio:.3f}x")
    what = f"c) import piwik_pro / import httpx (best of {runs})"
    return what, f"{ratio:.3f}x", "<= 1.30", ratio <= 1.3


# --------------------------------------------------------------------------- i) cold start

# A fresh interpreter's first call, token request included, against the sandbox served
# by this process. The credentials and the user id come from the environment.
COLD_RAW = """\
import os, httpx
url, user = os.environ["PIWIK_PRO_HOST"], os.environ["BENCH_USER_ID"]
with httpx.Client(base_url=url) as http:
    form = {"grant_type": "client_credentials", "client_id": os.environ["PIWIK_PRO_CLIENT_ID"],
            "client_secret": os.environ["PIWIK_PRO_CLIENT_SECRET"]}
    token = http.post("/auth/token", json=form).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert http.get(f"/api/users/v2/{user}", headers=headers).json()["data"]["id"] == user
"""
COLD_FACADE = """\
import os
from piwik_pro import PiwikPro
with PiwikPro.from_env() as client:
    assert str(client.users.get(os.environ["BENCH_USER_ID"]).data.id) == os.environ["BENCH_USER_ID"]
"""


def cold_start(sandbox: Sandbox, user_id: str, runs: int) -> Row:
    """Fresh-process ``import piwik_pro`` + client + ``users.get`` over httpx doing the same."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {
        "PIWIK_PRO_HOST": sandbox.url,
        "PIWIK_PRO_CLIENT_ID": sandbox.client_id,
        "PIWIK_PRO_CLIENT_SECRET": sandbox.client_secret,
        "BENCH_USER_ID": user_id,
    }
    codes = {"raw httpx": COLD_RAW, "piwik_pro": COLD_FACADE}
    times = process_times(codes, env, runs)
    print("i) cold start: a fresh process imports, builds a client, fetches a token and makes")
    print(f"   one GET /api/users/v2/{{id}} to the sandbox; {runs} interleaved runs each:")
    for name, values in times.items():
        best, median = min(values) * 1e3, statistics.median(values) * 1e3
        print(f"   {name:<10} best {best:6.1f} ms   median {median:6.1f} ms")
    pairs = [f - r for f, r in zip(times["piwik_pro"], times["raw httpx"], strict=True)]
    extra = statistics.median(pairs) * 1e3
    ratio = statistics.median(times["piwik_pro"]) / statistics.median(times["raw httpx"])
    print(f"   piwik_pro / raw httpx: median {ratio:.3f}x ({extra:+.1f} ms, median of pairs)")
    what = f"i) cold start: import + first call / raw httpx ({runs} runs)"
    return what, f"{ratio:.3f}x", "", True


# --------------------------------------------------------------------------- main


def _deep_backlog() -> None:
    """Let the sandbox accept 100 connections at once (its listen backlog is 5).

    With a full accept queue Linux drops the handshake's last ACK, and a client that sent
    its request on such a connection waits for an answer that never comes.
    """
    from piwik_pro.testing._server import SandboxServer

    SandboxServer.request_queue_size = 256


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--calls", type=int, default=2000, help="timed calls per side in a)")
    parser.add_argument("--runs", type=int, default=15, help="processes per command in c)")
    parser.add_argument(
        "--cold-start", action="store_true", help="only c) and i): the fresh-process figures"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    if args.cold_start:
        return cold_start_only(args.runs)
    _deep_backlog()
    rows: list[Row] = []
    with Sandbox() as sandbox, sandbox.client() as client:
        invited = client.users.invite(email="bench@example.com", language="en-US").data
        assert invited and invited.id, "the sandbox did not create a user"
        user_id = str(invited.id)
        rows.append(per_call(sandbox, user_id, args.calls))
        threads = thread_tokens(sandbox, user_id)
        tasks = asyncio.run(task_tokens(sandbox, user_id))
        rows.append(asyncio.run(async_per_call(sandbox, user_id, args.calls)))
        rows.append(asyncio.run(pooled_burst(sandbox, user_id)))
        rows.append(cold_start(sandbox, user_id, args.runs))
    rows.append(("b) token requests, 1,000 calls / 32 threads", str(threads), "== 1", threads == 1))
    rows.append(("   token requests, 1,000 calls / 200 tasks", str(tasks), "== 1", tasks == 1))
    rows.append(import_ratio(args.runs))
    rows += tracking_rows()
    rows.extend(bench_analytics.run())
    print(f"\nsummary ({time.perf_counter() - started:.0f} s)")
    print(f"  {'figure':<52} {'measured':>9}  {'target':<8}")
    for what, measured, target, met in rows:
        print(f"  {what:<52} {measured:>9}  {target:<8} {'ok' if met else 'MISSED'}")
    return 0


def cold_start_only(runs: int) -> int:
    rows = [import_ratio(runs)]
    with Sandbox() as sandbox, sandbox.client() as client:
        invited = client.users.invite(email="bench@example.com", language="en-US").data
        assert invited and invited.id, "the sandbox did not create a user"
        rows.append(cold_start(sandbox, str(invited.id), runs))
    for what, measured, _, _ in rows:
        print(f"  {what:<60} {measured:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
