"""A local Piwik PRO sandbox for tests, demos and benchmarks.

It serves the merged OpenAPI document of the whole Piwik PRO API: it issues
client-credentials tokens, validates every request against its operation with
openapi-core, answers with documented examples or schema-built values, keeps the
resources you create, counts Tracking API hits per site and visitor
(``sandbox.tracking``), and can inject faults (429/5xx, delays, dropped connections,
expired tokens, partial bulk answers)::

    from piwik_pro.testing import Sandbox

    with Sandbox() as sandbox:
        sandbox.faults.add(status=429, retry_after="1", times=2)
        client = sandbox.client()

Run one from the shell with ``python -m piwik_pro.testing``; in pytest, add
``pytest_plugins = ["piwik_pro.testing.pytest_plugin"]`` and use the
``piwik_pro_sandbox`` fixture. Needs the ``sandbox`` extra (openapi-core).
"""

from ._app import RequestRecord
from ._faults import Fault, Faults
from ._sandbox import Sandbox
from ._spec import SPEC_ENV_VAR, SpecNotFoundError, find_spec, load_spec
from ._tracking import TrackedHit, TrackingLog

__all__ = [
    "SPEC_ENV_VAR",
    "Fault",
    "Faults",
    "RequestRecord",
    "Sandbox",
    "SpecNotFoundError",
    "TrackedHit",
    "TrackingLog",
    "find_spec",
    "load_spec",
]
