"""Command line of the pipeline (``scripts/regen.py``)."""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from . import fetch, fixes, lift, merge, normalize
from .config import (
    DEFAULT_FROM,
    GENERATED,
    INVENTORY,
    PACKAGE,
    REFERENCE,
    REPAIRED_SPEC,
    RESOURCES,
    ROOT,
    PipelineError,
    load_areas,
    load_names,
)
from .inventory import build_inventory, drift, format_drift, read_inventory, write_inventory
from .reference import write_reference

# What a regeneration writes, relative to the root it writes under.
OUTPUTS = tuple(p.relative_to(ROOT) for p in (GENERATED / PACKAGE, RESOURCES, INVENTORY, REFERENCE))
# Never compared: caches, all git-ignored.
IGNORED_DIRS = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})


def build_spec(source: Path | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fetch, repair, merge and lift: the document the generator reads, and a report."""
    release, files = load_areas()
    names = load_names()
    fetched = fetch.fetch(files, source, release)
    if not fetched.docs:
        raise PipelineError(f"no spec file of specs/areas.toml found in {source or 'the cache'}")
    repaired = fixes.repair(fetched.docs)
    doc, merge_report = merge.merge(fetched.docs, fetched.files, names, release)
    rewrites = normalize.normalize(doc)
    models = lift.lift(doc)
    report = {
        "fixes": repaired,
        "derived_names": merge_report.derived_names,
        "unused_names": merge_report.unused_names,
        "renamed_parameters": merge_report.renamed_parameters,
        "new_areas": [(spec.file, spec.area) for spec in fetched.new],
        "missing_areas": fetched.missing,
        "components": models,
        "rewrites": rewrites,
        "skipped": [],
    }
    return doc, report


def write_spec(doc: dict[str, Any], path: Path = REPAIRED_SPEC) -> Path:
    """Write the merged spec atomically: a sandbox may be reading the previous one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(doc, indent=1, sort_keys=False) + "\n")
    os.replace(partial, path)
    return path


def write_outputs(doc: dict[str, Any], report: dict[str, Any], spec_path: Path, root: Path) -> None:
    """Generated package, resource classes, inventory and reference page, under ``root``.

    Operations the generator skips leave the document (and the spec written for the
    sandbox) and go to ``report["skipped"]``; the rest is generated.
    """
    from .generate import run_generator
    from .resources import write_resources

    generated = root / GENERATED.relative_to(ROOT)
    skipped = run_generator(spec_path, generated)
    if skipped:
        for item in skipped:
            doc["paths"].get(item.path, {}).pop(item.method.lower(), None)
        doc["paths"] = {path: item for path, item in doc["paths"].items() if item}
        write_spec(doc, spec_path)
    report["skipped"] = [{"method": s.method, "path": s.path, "reason": s.reason} for s in skipped]
    entries = build_inventory(doc, report["derived_names"])
    write_resources(doc, generated, root / RESOURCES.relative_to(ROOT))
    write_inventory(entries, root / INVENTORY.relative_to(ROOT))
    write_reference(entries, root / REFERENCE.relative_to(ROOT))


def compare_outputs(fresh: Path, committed: Path, outputs: tuple[Path, ...] = OUTPUTS) -> list[str]:
    """One line per file that differs, is missing from ``committed`` or is extra there."""
    problems: list[str] = []
    for rel in outputs:
        new_files, old_files = _files(fresh / rel), _files(committed / rel)
        for name in sorted(new_files | old_files):
            shown = (rel / name).as_posix() if name != "." else rel.as_posix()
            if name not in old_files:
                problems.append(f"missing: {shown} (regeneration would create it)")
            elif name not in new_files:
                problems.append(f"extra:   {shown} (regeneration would not write it)")
            elif not filecmp.cmp(new_files[name], old_files[name], shallow=False):
                problems.append(f"differs: {shown}")
    return problems


def _files(path: Path) -> dict[str, Path]:
    """Relative name -> file, for a file (named ``"."``) or every file under a directory."""
    if path.is_file():
        return {".": path}
    if not path.is_dir():
        return {}
    found = {}
    for file in sorted(path.rglob("*")):
        rel = file.relative_to(path)
        if file.is_file() and not IGNORED_DIRS & set(rel.parts) and file.suffix != ".pyc":
            found[rel.as_posix()] = file
    return found


def model_count(root: Path) -> int:
    """Model modules of the generated package under ``root`` (``__init__`` left out)."""
    models = root / GENERATED.relative_to(ROOT) / PACKAGE / "models"
    return sum(1 for p in models.glob("*.py") if p.name != "__init__.py")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        default=None,
        help="directory holding the published spec files "
        "(default: ../shared/piwik-openapi when it exists, else download)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT,
        help="root to write generated files (and .cache/openapi.json) under",
    )
    parser.add_argument(
        "--coverage",
        action="store_true",
        help="then print per-area coverage; fail if an operation is not generated",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--specs-only", action="store_true", help="only write .cache/openapi.json (under --out)"
    )
    mode.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary root and fail if any file under --out differs",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    source = args.source or (DEFAULT_FROM if DEFAULT_FROM.is_dir() else None)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="piwik-check-") as tmp:
        root = Path(tmp) if args.check else args.out
        try:
            doc, report = build_spec(source)
            # under the root written to: another --out leaves the repository's spec alone
            spec_path = write_spec(doc, root / REPAIRED_SPEC.relative_to(ROOT))
            previous = _previous_inventory(args.out)
            if not args.specs_only:
                write_outputs(doc, report, spec_path, root)
            entries = build_inventory(doc, report["derived_names"])
        except PipelineError as exc:
            print(f"regen: {exc}")
            return 1
        _print_report(report)
        print(
            format_drift(drift(previous, entries))
            if previous is not None
            else "drift: no previous inventory"
        )
        if not args.specs_only:
            print(f"models: {model_count(root)} modules")
        print(f"regen: done in {time.perf_counter() - started:.1f}s")
        status = 0
        if args.check:
            status |= _report_check(compare_outputs(root, args.out))
            status |= _report_skipped_check(report["skipped"])
        if args.coverage:
            status |= _report_coverage(doc, root)
    return status


def _previous_inventory(out: Path) -> list[dict[str, Any]] | None:
    """The inventory the run replaces: under ``out``, else the repository's."""
    return read_inventory(out / INVENTORY.relative_to(ROOT)) or read_inventory(INVENTORY)


def _report_check(problems: list[str]) -> int:
    if not problems:
        print("generated files are up to date")
        return 0
    print("\n".join(problems))
    print(f"check: {len(problems)} generated files differ; run `make regen` and commit the result")
    return 1


def _report_coverage(doc: dict[str, Any], root: Path) -> int:
    from .coverage import coverage, format_coverage

    result = coverage(doc, root / GENERATED.relative_to(ROOT))
    print(format_coverage(result))
    return 1 if result.not_generated else 0


def _report_skipped_check(skipped: list[dict[str, str]]) -> int:
    if skipped:
        print(f"check: {len(skipped)} operations of this release are not generated (skipped)")
    return 1 if skipped else 0


def _print_report(report: dict[str, Any]) -> None:
    for file, area in report["new_areas"]:
        print(
            f"area new: {file} is not in specs/areas.toml; generated as client.{area} "
            f'(add [[spec]] file = "{file}" with its area to specs/areas.toml)'
        )
    for file in report["missing_areas"]:
        print(f"area removed: {file} is in specs/areas.toml but not in this release")
    for key, listed in report["renamed_parameters"]:
        print(f"name kept: {key} is {listed} in specs/names.toml (path parameters renamed)")
    for item in report["skipped"]:
        print(f"skipped: {item['method']} {item['path']}: {item['reason']}")
    for name, per_file in report["fixes"].items():
        dead = [f for f, n in per_file.items() if n == 0]
        if dead:
            print(f"fix {name}: changed nothing in {', '.join(dead)} (fixed upstream? remove it)")
    for key in report["unused_names"]:
        print(f"name unused: {key} is in specs/names.toml but in no spec")
    print(f"components: {report['components']}")
