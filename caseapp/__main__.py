"""``python -m caseapp``."""

import sys

from caseapp.app import main

sys.exit(main())
