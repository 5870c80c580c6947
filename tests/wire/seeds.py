"""Seeded collections for the stub server, shaped like the documented responses."""

from __future__ import annotations

import copy
import re

from piwik_pro.testing._refs import resolve
from piwik_pro.testing._samples import SampleGenerator, stable_uuid
from recording.calls import Call, Operation, load_spec

from .stub import Collection

__all__ = ["SEEDED", "SPEC", "collection_of", "path_of"]

SPEC = load_spec()
SEEDED = 5


def path_of(call: Call) -> str:
    """The concrete path of ``call``: the template with its positional ids filled in."""
    args = iter(call.args)
    return re.sub(r"\{[^{}]+\}", lambda _: str(next(args)), call.template)


def collection_of(op: Operation) -> Collection:
    """Five items shaped like the documented response's first item, with seeded ids."""
    status = next(code for code in op.raw["responses"] if code.startswith("2"))
    response = resolve(SPEC, op.raw["responses"][status])
    media = next(iter(response["content"].values()))
    page = SampleGenerator(SPEC).generate(media["schema"])
    template = page.pop("data")[0]
    items = []
    for index in range(SEEDED):
        item = copy.deepcopy(template)
        item["id"] = stable_uuid(f"{op.name}/{index}")
        items.append(item)
    return Collection(items, envelope=page, with_total="total" in page.get("meta", {}))
