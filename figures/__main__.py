"""``python -m figures``: the ``figures`` command line."""

import sys

from figures.cli import main

sys.exit(main())
