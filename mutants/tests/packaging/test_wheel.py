"""The built distributions: a wheel that installs on its own, carries its types and its spec.

Slow (about a minute): builds the sdist and, from it, the wheel with ``python -m build``;
installs the wheel with the ``sandbox`` extra into a fresh virtual environment outside the
checkout; runs a user's script and mypy there. The module shares one build and one
environment.

Offline and pinned: nothing here reaches the package index (``PIP_NO_INDEX`` is set for
every subprocess). The build runs ``--no-isolation`` with the dev environment's backend;
the wheel's dependencies come from ``.cache/wheelhouse``, which ``make install`` fills
with exactly the versions of ``.venv``; mypy is the dev environment's own, pointed at the
new environment with ``--python-executable`` (so it sees only what the wheel installed).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "src" / "piwik_pro" / "openapi.json"
SPEC_IN_SDIST = "src/piwik_pro/openapi.json"
RUNTIME = {"httpx", "attrs", "python-dateutil"}
SANDBOX_EXTRA = {"openapi-core"}
WHEELHOUSE = ROOT / ".cache" / "wheelhouse"


@dataclass(frozen=True)
class Dist:
    wheel: Path
    sdist: Path
    spec_sha256: str


@dataclass(frozen=True)
class Env:
    python: Path
    prefix: Path
    work: Path  # a working directory outside the checkout


def _clean_env() -> dict[str, str]:
    """The environment without anything that could point Python back at the checkout."""
    dropped = ("PYTHON", "VIRTUAL_ENV", "PIWIK_PRO_", "MYPY")
    env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    env["PYTHONNOUSERSITE"] = "1"
    env["PIP_NO_INDEX"] = "1"  # offline: a missing package fails instead of downloading
    return env


def _run(
    args: list[str | Path], *, cwd: Path, timeout: float = 600, check: bool = True
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if check and done.returncode != 0:
        pytest.fail(f"{args} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _outside_checkout(path: Path) -> Path:
    assert not path.resolve().is_relative_to(ROOT), f"{path} is inside the checkout"
    return path


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    """The sdist, and the wheel built from it, in a temporary directory."""
    assert SPEC.is_file(), f"{SPEC} is missing: restore it with git or run `make regen`"
    spec_sha256 = _sha256(SPEC)
    out = _outside_checkout(tmp_path_factory.mktemp("dist"))
    build = [sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT]
    _run(build, cwd=out, timeout=300)
    wheels, sdists = sorted(out.glob("*.whl")), sorted(out.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, sorted(out.iterdir())
    print(f"wheel {wheels[0].name}: {wheels[0].stat().st_size:,} bytes")
    return Dist(wheels[0], sdists[0], spec_sha256)


@pytest.fixture(scope="module")
def venv(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Env:
    """A fresh virtual environment with only the wheel (and its sandbox extra) installed."""
    home = _outside_checkout(tmp_path_factory.mktemp("wheel-env"))
    prefix, work = home / "venv", home / "work"
    work.mkdir()
    _run([sys.executable, "-m", "venv", prefix], cwd=home, timeout=120)
    python = prefix / ("Scripts" if os.name == "nt" else "bin") / "python"
    stamp = WHEELHOUSE / ".stamp"
    assert stamp.is_file(), f"{WHEELHOUSE} is not filled: run `make install`"
    offline = ["--no-index", "--find-links", WHEELHOUSE, "-c", WHEELHOUSE / "constraints.txt"]
    _run([python, "-m", "pip", "install", "--quiet", *offline, f"{dist.wheel}[sandbox]"], cwd=work)
    return Env(python, prefix, work)


def _python(env: Env, code: str) -> subprocess.CompletedProcess[str]:
    script = env.work / "script.py"
    script.write_text(textwrap.dedent(code), encoding="utf-8")
    return _run([env.python, script], cwd=env.work, timeout=120)


# --------------------------------------------------------------------------- the files


def test_wheel_holds_both_packages_their_types_and_the_spec(dist: Dist) -> None:
    """The wheel has piwik_pro and piwik_pro_api with py.typed, the merged spec, nothing else."""
    with zipfile.ZipFile(dist.wheel) as wheel:
        names = set(wheel.namelist())
        spec = wheel.read("piwik_pro/openapi.json")
    assert {"piwik_pro/py.typed", "piwik_pro_api/py.typed"} <= names
    assert hashlib.sha256(spec).hexdigest() == dist.spec_sha256
    assert "paths" in json.loads(spec)
    tops = {name.split("/")[0] for name in names}
    dist_info = {top for top in tops if top.endswith(".dist-info")}
    assert tops - dist_info == {"piwik_pro", "piwik_pro_api"} and len(dist_info) == 1
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)


def test_sdist_can_build_the_wheel_on_its_own(dist: Dist) -> None:
    """The sdist carries the sources and the committed spec (the wheel was built from it)."""
    with tarfile.open(dist.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
        spec = sdist.extractfile(f"{dist.sdist.name.removesuffix('.tar.gz')}/{SPEC_IN_SDIST}")
        assert spec is not None
        assert hashlib.sha256(spec.read()).hexdigest() == dist.spec_sha256
    expected = {
        "pyproject.toml",
        SPEC_IN_SDIST,
        "src/piwik_pro/py.typed",
        "generated/piwik_pro_api/py.typed",
        "src/piwik_pro/testing/_spec.py",
    }
    assert expected <= names
    assert not any(name.startswith(".cache/") for name in names)


def test_wheel_builds_from_the_sdist_without_spec_files(
    dist: Dist, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No published spec files, no pipeline: the unpacked sdist without scripts/ and
    specs/ still builds a wheel carrying the committed spec."""
    unpacked = _outside_checkout(tmp_path_factory.mktemp("no-upstream"))
    with tarfile.open(dist.sdist) as sdist:
        sdist.extractall(unpacked, filter="data")
    (source,) = unpacked.iterdir()
    for pipeline_input in ("scripts", "specs"):
        shutil.rmtree(source / pipeline_input)
    out = unpacked / "out"
    build = [sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", out, source]
    _run(build, cwd=unpacked)
    (wheel,) = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as built:
        spec = built.read("piwik_pro/openapi.json")
    assert hashlib.sha256(spec).hexdigest() == dist.spec_sha256


# --------------------------------------------------------------------------- installed


def test_runtime_dependencies_are_exactly_httpx_attrs_and_dateutil(venv: Env) -> None:
    """Installed metadata: httpx, attrs, python-dateutil; openapi-core only for [sandbox]."""
    done = _python(
        venv,
        """
        import json
        from importlib import metadata

        meta = metadata.metadata("piwik-pro")
        print(json.dumps({
            "requires": metadata.requires("piwik-pro"),
            "extras": meta.get_all("Provides-Extra"),
            "python": meta["Requires-Python"],
        }))
        """,
    )
    found = json.loads(done.stdout)
    requirements = [Requirement(text) for text in found["requires"]]
    plain = {r.name for r in requirements if r.marker is None}
    sandbox = {r.name for r in requirements if r.marker and r.marker.evaluate({"extra": "sandbox"})}
    assert plain == RUNTIME
    assert sandbox == SANDBOX_EXTRA
    assert len(requirements) == len(RUNTIME) + len(SANDBOX_EXTRA)
    assert found["extras"] == ["sandbox"]
    assert found["python"] == ">=3.11"


def test_import_comes_from_the_environment_not_the_checkout(venv: Env) -> None:
    """piwik_pro, piwik_pro_api and the sandbox spec are all loaded from the new environment."""
    done = _python(
        venv,
        """
        import sys
        import piwik_pro, piwik_pro_api
        from piwik_pro._openapi import spec_resource
        from piwik_pro.testing import find_spec

        print(piwik_pro.__file__)
        print(piwik_pro_api.__file__)
        print(find_spec())
        print(spec_resource())
        print("piwik_pro_api" in sys.modules and "piwik_pro._client" in sys.modules)
        """,
    )
    *paths, flag = done.stdout.splitlines()
    assert len(paths) == 4 and flag == "True"
    prefix = venv.prefix.resolve()
    for path in map(Path, paths):
        assert path.resolve().is_relative_to(prefix), path
        assert "site-packages" in path.parts
        assert not path.resolve().is_relative_to(ROOT), path
    assert paths[2] == paths[3] and paths[2].endswith(os.path.join("piwik_pro", "openapi.json"))


WALKTHROUGH = """
from piwik_pro import NotFoundError
from piwik_pro.testing import Sandbox

with Sandbox() as sandbox, sandbox.client() as client:
    print("sandbox: started")
    invited = client.users.invite(email="wheel@example.com", language="en-US")
    user_id = str(invited.data.id)
    print("invite: ok")
    user = client.users.get(user_id)
    print(f"get: {user.data.attributes.email} {user.data.attributes.language}")
    client.users.update(user_id, language="de-DE")
    print(f"update: {client.users.get(user_id).data.attributes.language}")
    client.users.delete(user_id)
    try:
        client.users.get(user_id)
    except NotFoundError as exc:
        print(f"delete: gone ({exc.status_code})")
"""


def test_walkthrough_runs_against_the_packaged_sandbox(venv: Env) -> None:
    """Sandbox (spec from the package), client, invite, get, update to de-DE, delete: exit 0."""
    done = _python(venv, WALKTHROUGH)
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        "sandbox: started",
        "invite: ok",
        "get: wheel@example.com en-US",
        "update: de-DE",
        "delete: gone (404)",
    ]


# --------------------------------------------------------------------------- types


USAGE_OK = """
from piwik_pro import AsyncPiwikPro, NotFoundError, PiwikPro, RequestOptions
from piwik_pro_api.models.json_api_user_object import JsonApiUserObject
from piwik_pro_api.types import Unset


def language_of(client: PiwikPro, user_id: str) -> str | None:
    try:
        user: JsonApiUserObject = client.users.get(user_id)
    except NotFoundError:
        return None
    if isinstance(user.data, Unset) or isinstance(user.data.attributes, Unset):
        return None
    language = user.data.attributes.language
    return None if isinstance(language, Unset) else language


def rename(client: PiwikPro, user_id: str) -> None:
    client.users.update(user_id, language="de-DE", request_options=RequestOptions(timeout=5))
    client.users.delete(user_id)


async def count_users(client: AsyncPiwikPro) -> int:
    return len([user async for user in client.users.iter_list(page_size=100)])
"""

USAGE_BAD = """
from piwik_pro import PiwikPro


def wrong(client: PiwikPro) -> int:
    return client.users.get("user-id")  # error: returns a model, not an int


def missing(client: PiwikPro) -> None:
    client.users.get()  # error: the user id is required
"""


def _mypy(env: Env, name: str, code: str) -> subprocess.CompletedProcess[str]:
    file = env.work / name
    file.write_text(textwrap.dedent(code).lstrip(), encoding="utf-8")
    cache = env.work / ".mypy_cache"
    args: list[str | Path] = [sys.executable, "-m", "mypy", "--python-executable", env.python]
    args += ["--strict", "--cache-dir", cache, file]
    return _run(args, cwd=env.work, timeout=300, check=False)


def test_user_code_passes_mypy_strict_against_the_installed_wheel(venv: Env) -> None:
    """mypy --strict, looking only at the new environment, accepts a user's facade calls."""
    done = _mypy(venv, "usage_ok.py", USAGE_OK)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout


def test_misuse_fails_mypy_strict_so_the_types_are_real(venv: Env) -> None:
    """The installed types are not Any: wrong return types and missing ids are errors."""
    done = _mypy(venv, "usage_bad.py", USAGE_BAD)
    lines = textwrap.dedent(USAGE_BAD).lstrip().splitlines()
    marked = {n for n, line in enumerate(lines, 1) if "# error:" in line}
    reported = {int(n) for n in re.findall(r"usage_bad\.py:(\d+): error", done.stdout)}
    assert done.returncode == 1, done.stdout + done.stderr
    assert reported == marked, done.stdout
