"""Regenerate the client from the published Piwik PRO OpenAPI specs.

    python scripts/regen.py [--from DIR] [--out ROOT] [--committed-spec] [--coverage]
                            [--check | --specs-only]

Reads the area list, spec fixes and names table in specs/, writes the repaired merged
spec (src/piwik_pro/openapi.json, committed) and the generated code, resource classes,
inventory and reference page under ROOT (default: the repository), and prints the drift
report against the previous inventory. --coverage also prints per-area coverage; --check
regenerates into a temporary root and fails on any difference (without spec files to
read, it regenerates from the committed spec and says the upstream stage was not
checked); --committed-spec skips the upstream stage; --specs-only writes only the spec.
See `make help`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline.cli import main

if __name__ == "__main__":
    sys.exit(main())
