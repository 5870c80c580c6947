"""Import cost of every generated endpoint module, each in a fresh process.

    python scripts/bench_imports.py [--runs N]

Bytecode is compiled first (as an installed wheel has it). For each module the best of
N wall-clock runs of ``python -c "import <module>"`` is compared with the best of N runs
of ``python -c "import httpx"`` measured in the same call; prints the slowest modules,
the largest difference in milliseconds and the model-module count. The five slowest, and
the module that names the most models (``tag_manager.tags.create``), are measured again as
the median of interleaved (module, httpx) pairs, since single runs on a shared machine are
noisy.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "generated" / "piwik_pro_api"


def best_of(module: str, runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {module}"], check=True, env=env)
        times.append(time.perf_counter() - started)
    return min(times)


def paired_difference(module: str, rounds: int, env: dict[str, str]) -> float:
    """Median over interleaved rounds of (import module) - (import httpx), in seconds."""
    differences = [best_of(module, 1, env) - best_of("httpx", 1, env) for _ in range(rounds)]
    return statistics.median(differences)


def model_names(module: str) -> int:
    """How many model modules an endpoint module names (imports, eagerly or lazily)."""
    path = (ROOT / "generated" / module.replace(".", "/")).with_suffix(".py")
    return len(set(re.findall(r"from \.\.\.models\.(\w+) import", path.read_text())))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    compileall.compile_dir(str(PACKAGE), quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT / "generated")
    modules = sorted(
        ".".join(p.relative_to(ROOT / "generated").with_suffix("").parts)
        for p in (PACKAGE / "api").glob("*/*.py")
        if p.name != "__init__.py"
    )
    baseline = best_of("httpx", args.runs * 2, env)
    costs = {m: best_of(m, args.runs, env) - baseline for m in modules}
    # A shared machine makes single runs noisy: measure the slowest candidates again, with
    # more runs and a fresh baseline, before naming the slowest.
    candidates = sorted(costs, key=costs.__getitem__, reverse=True)[:5]
    # ... and the module that names the most models (the largest unions), whatever its
    # first, noisy, figure: the one a lazy model import matters most to.
    heaviest = max(modules, key=model_names)
    candidates += [heaviest] if heaviest not in candidates else []
    costs = {m: paired_difference(m, args.runs * 4, env) for m in candidates}
    slowest = sorted(costs.items(), key=lambda kv: kv[1], reverse=True)
    for module, cost in slowest:
        names = f"names {model_names(module)} models"
        print(f"  +{cost * 1000:6.1f} ms  {module} ({names})")
    models = len([p for p in (PACKAGE / "models").glob("*.py") if p.name != "__init__.py"])
    print(f"import httpx: {baseline * 1000:.1f} ms (best of {args.runs * 6})")
    module, cost = slowest[0]
    print(f"endpoint modules: {len(modules)}; slowest over httpx: {cost * 1000:.1f} ms ({module})")
    print(f"model modules: {models} (the naive generation writes 5,008)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
