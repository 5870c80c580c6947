"""Generated endpoint modules import their models when they use them, not when imported.

Each check runs in a fresh interpreter: which modules a process has loaded is the fact
under test, and this test process has long imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import piwik_pro_api

API = Path(piwik_pro_api.__file__).parent / "api"
ENDPOINT = "piwik_pro_api.api.tag_manager_tags.tag_manager_tags_create"
MODELS = "piwik_pro_api.models"
# What tags.create answers for a custom tag (the recorded cassette's body): the first
# member of the union, so parsing it tries nothing else.
CUSTOM_TAG = {
    "data": {
        "id": "f607c535-7537-4b26-97a6-2086daa868e3",
        "type": "tag",
        "attributes": {
            "code": "<script>console.log('test');</script>",
            "disable_in_debug_mode": False,
            "document_write": False,
            "is_active": True,
            "is_published": True,
            "priority": 0,
            "tag_type": "async",
            "name": "test",
            "respect_visitors_privacy": True,
            "scheduler": {"date_ranges": [], "times_of_day": []},
            "consent_type": "not_require_consent",
            "template": "custom_tag",
            "template_options": {},
            "created_at": "2020-05-05T15:01:30+02:00",
            "updated_at": "2020-05-05T15:01:30+02:00",
        },
        "relationships": {"triggers": {"data": []}},
    }
}
PARSE = f"""
import json, sys
import httpx
from piwik_pro_api.client import Client
from piwik_pro_api.types import LENIENT, STRICT, strictness
from {ENDPOINT} import _parse_response
body, level = json.loads(sys.argv[1]), {{"lenient": LENIENT, "strict": STRICT}}[sys.argv[2]]
try:
    with strictness(level):
        response = httpx.Response(201, json=body)
        kind = type(_parse_response(client=Client(base_url="http://x"), response=response)).__name__
except TypeError as exc:
    kind = f"TypeError: {{exc}}"
members = sorted(m for m in sys.modules if m.startswith("{MODELS}.tag_manager_tags_create_"))
print(json.dumps([kind, members]))
"""


def run(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_importing_every_endpoint_module_imports_no_model() -> None:
    """All 178 endpoint modules import without loading a single model module."""
    names = sorted(
        f"piwik_pro_api.api.{p.parent.name}.{p.stem}"
        for p in API.glob("*/*.py")
        if p.name != "__init__.py"
    )
    assert len(names) > 150
    code = (
        f"import importlib, sys\nfor name in {names!r}:\n    importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.startswith('{MODELS}')))"
    )
    assert run(code) == "[]"


def test_union_parsing_imports_only_the_members_it_tries() -> None:
    """A custom tag parses into the first member; no other member's model is imported."""
    kind, members = json.loads(run(PARSE, json.dumps(CUSTOM_TAG), "lenient"))
    assert kind == "TagManagerTagsCreateResponseCustomTagAsynchronous"
    assert f"{MODELS}.tag_manager_tags_create_response_custom_tag_asynchronous" in members
    # the member and its nested models (some shared with the request body's), nothing else
    assert all("_custom_tag_asynchronous" in m for m in members), members


def test_a_value_no_member_accepts_is_kept_raw_or_refused_in_strict_mode() -> None:
    """Lazy members change nothing for an unknown kind of tag: a dict, or strict mode's error."""
    unknown = json.dumps({"data": {"template": "new"}})
    kind, members = json.loads(run(PARSE, unknown, "lenient"))
    assert kind == "dict"
    assert f"{MODELS}.tag_manager_tags_create_response_video_you_tube_tag" in members  # tried
    kind, _ = json.loads(run(PARSE, unknown, "strict"))
    assert kind.startswith("TypeError: ") and "no member accepts" in kind


def test_facade_checks_a_union_result_without_importing_the_other_members() -> None:
    """Operation.accepts resolves the parsed value's own class only."""
    code = f"""
import json, sys
import httpx
from piwik_pro._resources.tag_manager import _TAG_MANAGER_TAGS_CREATE as op
from piwik_pro_api.client import Client
response = httpx.Response(201, json=json.loads(sys.argv[1]))
parsed = op.load()._parse_response(client=Client(base_url="http://x"), response=response)
loaded = [m for m in sys.modules if m.startswith("{MODELS}.tag_manager_tags_create_response_")]
print(json.dumps([op.accepts(parsed), op.accepts(object()), len(loaded)]))
"""
    accepted, rejected, loaded = json.loads(run(code, json.dumps(CUSTOM_TAG)))
    assert (accepted, rejected) == (True, False)
    assert loaded < 5  # the custom tag's model and its nested ones, not 38 members
