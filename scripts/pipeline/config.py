"""The project's own inputs to the pipeline: area list, names table and paths."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
CACHE = ROOT / ".cache"
UPSTREAM_CACHE = CACHE / "upstream"
DRIFT = CACHE / "drift.json"
GENERATED = ROOT / "generated"
PACKAGE = "piwik_pro_api"
FACADE = ROOT / "src" / "piwik_pro"
# The repaired, merged spec: committed package data (``piwik_pro/openapi.json``).
REPAIRED_SPEC = FACADE / "openapi.json"
RESOURCES = FACADE / "_resources"
INVENTORY = SPECS / "inventory.json"
REFERENCE = ROOT / "docs" / "reference.md"
DEFAULT_FROM = ROOT.parent / "shared" / "piwik-openapi"
# Set to 1 where the spec files must be found (CI): their absence is then an error.
REQUIRE_UPSTREAM_ENV = "PIWIK_PRO_REQUIRE_UPSTREAM"
NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
RESERVED_PREFIXES = ("iter_", "with_", "_")


class PipelineError(Exception):
    """An input of the pipeline is wrong; the message says what to change."""


@dataclass(frozen=True, slots=True)
class SpecFile:
    """One published spec file and the area (client namespace) it becomes."""

    file: str
    area: str
    url: str


@dataclass(frozen=True, slots=True)
class FriendlyName:
    """Where one operation lives on the client: ``client.<area>[.<group>].<name>``."""

    area: str
    group: str | None
    name: str

    @property
    def dotted(self) -> str:
        return ".".join(p for p in (self.area, self.group, self.name) if p)

    @property
    def operation_id(self) -> str:
        return "_".join(p for p in (self.area, self.group, self.name) if p)

    @property
    def tag(self) -> str:
        return "_".join(p for p in (self.area, self.group) if p)


def load_areas(path: Path = SPECS / "areas.toml") -> tuple[str, list[SpecFile]]:
    """Read the area list; returns the docs release and the spec files in order."""
    data = tomllib.loads(path.read_text())
    base = data["base_url"]
    files = [SpecFile(s["file"], s["area"], base + s["file"]) for s in data["spec"]]
    for spec in files:
        _check_name(spec.area, f"area of {spec.file}")
    return str(data["release"]), files


def load_names(path: Path = SPECS / "names.toml") -> dict[str, FriendlyName]:
    """Read the names table: ``"METHOD /path"`` -> friendly name."""
    names: dict[str, FriendlyName] = {}
    for area, table in tomllib.loads(path.read_text()).items():
        _check_name(area, "area")
        for key, value in table.items():
            if isinstance(value, dict):
                _check_name(key, f"group {area}.{key}")
                for op_key, name in value.items():
                    _add_name(names, op_key, FriendlyName(area, key, name))
            else:
                _add_name(names, key, FriendlyName(area, None, value))
    _check_unique(names)
    return names


def derived_area(file: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """The namespace of a spec file the area list does not name, from its file name.

    ``customer_data_platform_public_webhooks_api.json`` becomes
    ``customer_data_platform_public_webhooks``; a clash with a listed area gets ``_new``.
    """
    stem = re.sub(r"[^a-z0-9]+", "_", file.lower().removesuffix(".json")).strip("_")
    stem = stem.removesuffix("_api").strip("_") or "area"
    if not stem[0].isalpha() or stem.startswith(RESERVED_PREFIXES):
        stem = f"area_{stem}"
    name = stem
    while name in taken:
        name += "_new"
    return name


def _add_name(names: dict[str, FriendlyName], key: str, name: FriendlyName) -> None:
    _check_name(name.name, f"name of {key!r}")
    if key in names:
        raise PipelineError(f"names.toml: {key!r} is named twice; keep one entry")
    names[key] = name


def _check_name(name: str, what: str) -> None:
    if not NAME_RE.match(name) or name.startswith(RESERVED_PREFIXES):
        raise PipelineError(
            f"names: {what} is {name!r}; use snake_case matching {NAME_RE.pattern} "
            f"without the reserved prefixes {', '.join(RESERVED_PREFIXES)}"
        )


def _check_unique(names: dict[str, FriendlyName]) -> None:
    seen: dict[str, str] = {}
    groups = {(n.area, n.group) for n in names.values() if n.group}
    for key, name in names.items():
        if name.dotted in seen:
            raise PipelineError(
                f"names.toml: {key!r} and {seen[name.dotted]!r} are both {name.dotted}"
            )
        seen[name.dotted] = key
        if name.group is None and (name.area, name.name) in groups:
            raise PipelineError(f"names.toml: {name.dotted} is also a group name; rename one")


def operation_key(method: str, path: str) -> str:
    return f"{method.upper()} {path}"
