"""Command line of the pipeline (``scripts/regen.py``)."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from . import fetch, fixes, lift, merge, normalize
from .config import DEFAULT_FROM, REPAIRED_SPEC, ROOT, PipelineError, load_areas, load_names


def build_spec(source: Path | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fetch, repair, merge and lift: the document the generator reads, and a report."""
    release, files = load_areas()
    names = load_names()
    docs = fetch.fetch(files, source)
    repaired = fixes.repair(docs)
    doc, merge_report = merge.merge(docs, files, names, release)
    rewrites = normalize.normalize(doc)
    models = lift.lift(doc)
    report = {
        "fixes": repaired,
        "derived_names": merge_report.derived_names,
        "unused_names": merge_report.unused_names,
        "components": models,
        "rewrites": rewrites,
    }
    return doc, report


def write_spec(doc: dict[str, Any], path: Path = REPAIRED_SPEC) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=1, sort_keys=False) + "\n")
    return path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--from", dest="source", type=Path, default=None,
                        help="directory holding the published spec files "
                        "(default: ../shared/piwik-openapi when it exists, else download)")
    parser.add_argument("--out", type=Path, default=ROOT, help="root to write generated files under")
    parser.add_argument("--specs-only", action="store_true", help="only write .cache/openapi.json")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    source = args.source or (DEFAULT_FROM if DEFAULT_FROM.is_dir() else None)
    started = time.perf_counter()
    try:
        doc, report = build_spec(source)
        spec_path = write_spec(doc)
        if not args.specs_only:
            from .generate import run_generator

            run_generator(spec_path, args.out / "generated")
    except PipelineError as exc:
        print(f"regen: {exc}")
        return 1
    _print_report(report)
    print(f"regen: done in {time.perf_counter() - started:.1f}s")
    return 0


def _print_report(report: dict[str, Any]) -> None:
    for name, per_file in report["fixes"].items():
        dead = [f for f, n in per_file.items() if n == 0]
        if dead:
            print(f"fix {name}: changed nothing in {', '.join(dead)} (fixed upstream? remove it)")
    for key, dotted in report["derived_names"]:
        print(f"name needed: {key} has no entry in specs/names.toml; using {dotted}")
    for key in report["unused_names"]:
        print(f"name unused: {key} is in specs/names.toml but in no spec")
    print(f"components: {report['components']}")
