"""Regenerate the client from the published Piwik PRO OpenAPI specs.

    python scripts/regen.py [--from DIR] [--out ROOT] [--coverage] [--specs-only]

Reads the area list, spec fixes and names table in specs/, writes the repaired merged
spec to .cache/openapi.json and the generated code, inventory and reference page
under ROOT (default: the repository). See `make help`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
