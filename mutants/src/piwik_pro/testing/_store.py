"""In-memory resources: what was created, changed or deleted through the sandbox.

Keys are concrete request paths without a trailing slash: a collection
(``/api/users/v2``) holds item paths (``/api/users/v2/<id>``) in creation order; a
deleted item leaves a tombstone so it, and everything below it, answers 404.
"""

from __future__ import annotations

import copy
import threading
from typing import Any

from ._samples import stable_uuid

__all__ = ["ResourceStore", "normalise"]


def normalise(path: str) -> str:
    """A store key: the path without a trailing slash."""
    return path.rstrip("/") or "/"


class ResourceStore:
    """Thread-safe resource storage for one sandbox."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, dict[str, Any]] = {}
        self._members: dict[str, list[str]] = {}
        self._gone: set[str] = set()
        self._counter = 0

    def new_id(self, like: Any) -> str | int:
        """A fresh id shaped like ``like`` (int ids count up; others are uuid strings)."""
        with self._lock:
            self._counter += 1
            number = self._counter
        if isinstance(like, int) and not isinstance(like, bool):
            return 1000 + number
        return stable_uuid(f"piwik-pro-sandbox-resource-{number}")

    def put(self, item_path: str, resource: dict[str, Any]) -> None:
        """Store (or replace) a resource; it joins its parent collection."""
        key = normalise(item_path)
        parent = key.rpartition("/")[0] or "/"
        with self._lock:
            self._gone.discard(key)
            if key not in self._items:
                self._members.setdefault(parent, []).append(key)
            self._items[key] = copy.deepcopy(resource)

    def get(self, item_path: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._items.get(normalise(item_path))
            return copy.deepcopy(found) if found is not None else None

    def delete(self, item_path: str) -> None:
        """Forget a resource and leave a tombstone."""
        key = normalise(item_path)
        parent = key.rpartition("/")[0] or "/"
        with self._lock:
            if self._items.pop(key, None) is not None:
                self._members[parent].remove(key)
            self._gone.add(key)

    def is_gone(self, path: str) -> bool:
        """Whether ``path`` is, or lies below, a deleted resource."""
        key = normalise(path)
        with self._lock:
            if not self._gone:
                return False
            return any(key == g or key.startswith(g + "/") for g in self._gone)

    def members(self, collection_path: str) -> list[dict[str, Any]] | None:
        """The stored members of a collection, or None if nothing was ever stored there."""
        with self._lock:
            keys = self._members.get(normalise(collection_path))
            return None if keys is None else [copy.deepcopy(self._items[k]) for k in keys]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._members.clear()
            self._gone.clear()
