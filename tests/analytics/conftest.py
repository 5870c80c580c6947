"""Fixtures of the analytics tests: a sandbox whose analytics endpoints serve N rows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from piwik_pro import PiwikPro, RetryPolicy
from piwik_pro.testing import Sandbox
from piwik_pro.testing.pytest_plugin import piwik_pro_sandbox

__all__ = ["WEBSITE", "client", "piwik_pro_sandbox", "sandbox"]

WEBSITE = "70236925-724f-404e-b634-7b5633bc0bcc"
QUERY_PATH = "/api/analytics/v1/query/"
FAST_RETRIES = RetryPolicy(max_retries=3, initial_delay=0.01, max_delay=0.05)


@pytest.fixture
def sandbox(piwik_pro_sandbox: Sandbox) -> Sandbox:
    """The plugin's function-scoped sandbox."""
    return piwik_pro_sandbox


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[PiwikPro]:
    """A client of the sandbox that retries quickly."""
    with sandbox.client(retry_policy=FAST_RETRIES) as facade:
        yield facade


def page_requests(sandbox: Sandbox, path: str = QUERY_PATH) -> list[int]:
    """Statuses of the requests the sandbox answered on ``path``."""
    return [r.status for r in sandbox.requests if r.path == path]
