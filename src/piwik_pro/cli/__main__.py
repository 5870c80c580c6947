"""``python -m piwik_pro.cli``: the same as the ``piwik-pro`` console script."""

import sys

from . import main

sys.exit(main())
