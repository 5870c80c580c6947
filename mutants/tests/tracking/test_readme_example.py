"""The README's server-side tracking example runs as written and its printed stats are true."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from .stub import StubTrackingServer
from .test_tracker import SITE

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def test_readme_tracking_example() -> None:
    """The example sends its three hits to the host it names and prints the counters shown."""
    section = README.split("## Server-side tracking", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert code is not None
    printed = re.search(r"# (TrackerStats\(.*\))", code.group(1))
    assert printed is not None
    with StubTrackingServer() as server:
        source = code.group(1).replace('"example.piwik.pro"', repr(server.url))
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(source, "README.md", "exec"), {"site_id": SITE})
        assert [hit.get("e_c") or hit.get("e_t") or "pv" for hit in server.hits] == [
            "pv", "video", "order",
        ]  # fmt: skip
    assert out.getvalue().strip() == printed.group(1)
