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

from . import catalog, convert, fetch, fixes, lift, merge, normalize
from .config import (
    DEFAULT_FROM,
    DRIFT,
    GENERATED,
    INVENTORY,
    PACKAGE,
    REFERENCE,
    REPAIRED_SPEC,
    REQUIRE_UPSTREAM_ENV,
    RESOURCES,
    ROOT,
    SPECS,
    PipelineError,
    load_areas,
    load_names,
    operation_key,
)
from .drift import drift, format_drift, write_drift
from .inventory import build_inventory, read_inventory, write_inventory
from .reference import write_reference
from .vocab import X_GENERATED, operations

# What a regeneration writes, relative to the root it writes under; the first, the repaired
# spec, is the upstream stage's output, the rest are regenerated from it.
OUTPUTS = tuple(
    p.relative_to(ROOT)
    for p in (REPAIRED_SPEC, GENERATED / PACKAGE, RESOURCES, INVENTORY, REFERENCE)
)
# The committed spec says what it is at its top (JSON has no comments).
MARKER = {
    X_GENERATED: "Written by scripts/regen.py (make regen) from the published Piwik PRO "
    "specs and specs/*.toml; do not edit by hand: change the inputs and run make regen."
}
# Never compared: caches, all git-ignored.
IGNORED_DIRS = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})


def build_spec(
    source: Path | None, previous: list[dict[str, Any]] | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fetch, repair, merge and lift: the document the generator reads, and a report.

    ``previous`` is the inventory being replaced: operations the names table lacks keep
    the names it gave them (see ``merge.merge``).
    """
    release, files = load_areas()
    names = load_names()
    fetched = fetch.fetch(files, source, release)
    if not fetched.docs:
        raise PipelineError(fetch.nothing_found(source, release))
    converted = convert.convert(fetched.docs)
    repaired = fixes.repair(fetched.docs)
    doc, merge_report = merge.merge(fetched.docs, fetched.files, names, release, previous)
    rewrites = normalize.normalize(doc)
    models = lift.lift(doc)
    report = {
        "converted": converted,
        "fixes": repaired,
        "derived_names": merge_report.derived_names,
        "unused_names": merge_report.unused_names,
        "renamed_parameters": merge_report.renamed_parameters,
        "kept_names": merge_report.kept_names,
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
    text = json.dumps({**MARKER, **doc}, indent=1, sort_keys=False)
    partial.write_text(text + "\n")
    os.replace(partial, path)
    return path


def committed_spec(out: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The committed repaired spec under ``out``, in place of the upstream stage."""
    spec_path = out / REPAIRED_SPEC.relative_to(ROOT)
    if not spec_path.is_file():
        raise PipelineError(f"{spec_path} is missing; run `make regen FROM=dir` to write it")
    doc: dict[str, Any] = json.loads(spec_path.read_text())
    names = load_names()
    keys = (operation_key(method, path) for path, method, _, _ in operations(doc))
    report: dict[str, Any] = {
        "converted": {},
        "fixes": {},
        "rewrites": {},
        "derived_names": [key for key in keys if key not in names],
        "components": len(doc.get("components", {}).get("schemas", {})),
    }
    for key in (
        "unused_names",
        "renamed_parameters",
        "kept_names",
        "new_areas",
        "missing_areas",
        "skipped",
    ):
        report[key] = []  # upstream-stage findings: none without the spec files
    return doc, report


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
        help="root to write the repaired spec and the generated files under",
    )
    parser.add_argument(
        "--coverage",
        action="store_true",
        help="then print per-area coverage; fail if an operation is not generated",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--specs-only", action="store_true", help="only write the repaired spec (under --out)"
    )
    parser.add_argument(
        "--committed-spec",
        action="store_true",
        help="skip the upstream stage: regenerate from the committed repaired spec "
        f"({REPAIRED_SPEC.relative_to(ROOT)}); --check does this when no spec files are found",
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
    downstream = args.committed_spec or (args.check and source is None)
    if downstream and not args.committed_spec and os.environ.get(REQUIRE_UPSTREAM_ENV) == "1":
        print(f"regen: ${REQUIRE_UPSTREAM_ENV}=1 but there are {NO_SPEC_FILES}")
        return 1
    if downstream and args.specs_only:
        _parser().error("--committed-spec and --specs-only exclude each other")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="piwik-check-") as tmp:
        root = Path(tmp) if args.check else args.out
        try:
            previous = _previous_inventory(args.out)
            previous_doc = _previous_spec(args.out)
            doc, report, spec_path = _spec_stage(source, args.out, root, downstream, previous)
            extra: tuple[Path, ...] = ()
            if not args.specs_only:
                write_outputs(doc, report, spec_path, root)
                extra = catalog.write_catalog(root)
            entries = build_inventory(doc, report["derived_names"])
        except PipelineError as exc:
            print(f"regen: {exc}")
            return 1
        _print_report(report)
        result = drift(previous or [], entries, previous_doc, doc, report["skipped"])
        print(format_drift(result))
        if not args.check:
            write_drift(result, args.out / DRIFT.relative_to(ROOT))
        if not entries:
            print("regen: no operation was generated")
            return 1
        if not args.specs_only:
            print(f"models: {model_count(root)} modules")
        print(f"regen: done in {time.perf_counter() - started:.1f}s")
        status = 0
        if args.check:
            compared = (OUTPUTS[1:] if downstream else OUTPUTS) + extra
            status |= _report_check(compare_outputs(root, args.out, compared))
            status |= _report_skipped_check(report["skipped"])
            if downstream and not args.committed_spec:
                print(UPSTREAM_NOT_CHECKED)
        if args.coverage:
            status |= _report_coverage(doc, root)
            status |= _report_corpus(doc, source)
    return status


CORPUS = SPECS / "corpus.toml"
NO_SPEC_FILES = f"no spec files ({DEFAULT_FROM} does not exist and no FROM=dir was given)"
UPSTREAM_NOT_CHECKED = (
    f"check: upstream stage not checked: {NO_SPEC_FILES}, "
    f"so only what {REPAIRED_SPEC.relative_to(ROOT)} regenerates was compared"
)


def _spec_stage(
    source: Path | None,
    out: Path,
    root: Path,
    downstream: bool,
    previous: list[dict[str, Any]] | None,
) -> tuple[dict[str, Any], dict[str, Any], Path]:
    """The repaired spec: built from the spec files, or the committed one (``downstream``)."""
    if downstream:
        doc, report = committed_spec(out)
    else:
        doc, report = build_spec(source, previous)
    # under the root written to: another --out (or --check) leaves the repository's spec alone
    return doc, report, write_spec(doc, root / REPAIRED_SPEC.relative_to(ROOT))


def _previous_spec(out: Path) -> dict[str, Any] | None:
    """The merged spec the run replaces (to classify the drift): under ``out``, else the
    repository's; None when there is none or it cannot be read."""
    for path in (out / REPAIRED_SPEC.relative_to(ROOT), REPAIRED_SPEC):
        try:
            doc: dict[str, Any] = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        return doc
    return None


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


def _report_corpus(doc: dict[str, Any], source: Path | None) -> int:
    """The conformance corpus figure; fails on a disagreement ``specs/corpus.toml`` lacks."""
    from .corpus import collect
    from .corpus_check import check, explain, load_disagreements, summary

    if source is None:
        print("corpus: not checked (no spec files)")
        return 0
    examples = collect(source, source.parent / "piwik-docs")
    outcomes = check(examples, doc)
    explained, unlisted, stale = explain(outcomes, load_disagreements(CORPUS))
    print(summary(outcomes, len(examples)))
    for match, found in explained.items():
        print(f"  listed: {len(found)} from {match}")
    for outcome in unlisted:
        print(f"  NOT LISTED in {CORPUS.name}: {outcome.example.key}: {outcome.problem}")
    for entry in stale:
        print(f"  stale entry of {CORPUS.name} (matches nothing now): {entry.match}")
    return 1 if unlisted or stale else 0


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
    for key, name, old_key in report["kept_names"]:
        print(
            f"name kept: {key} moved from {old_key} and stays {name}; re-key it in specs/names.toml"
        )
    for key, listed in report["renamed_parameters"]:
        print(f"name kept: {key} is {listed} in specs/names.toml (path parameters renamed)")

    if report["converted"]:
        print(convert.format_report(report["converted"]))
    for name, per_file in report["fixes"].items():
        dead = [f for f, n in per_file.items() if n == 0]
        if dead:
            print(f"fix {name}: changed nothing in {', '.join(dead)} (fixed upstream? remove it)")
    for line in normalize.format_report(report["rewrites"]):
        print(line)
    for key in report["unused_names"]:
        print(f"name unused: {key} is in specs/names.toml but in no spec")
    print(f"components: {report['components']}")
