"""Regenerate the client from the published Piwik PRO OpenAPI specs.

    python scripts/regen.py [--from DIR] [--out ROOT] [--coverage | --check | --specs-only]

Reads the area list, spec fixes and names table in specs/, writes the repaired merged
spec to .cache/openapi.json and the generated code, resource classes, inventory and
reference page under ROOT (default: the repository), and prints the drift report
against the previous inventory. --coverage also prints per-area coverage; --check
regenerates into a temporary root and fails on any difference; --specs-only writes
only .cache/openapi.json. See `make help`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline.cli import main

if __name__ == "__main__":
    sys.exit(main())
