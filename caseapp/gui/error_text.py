"""What the paralegal reads when an operation fails: never a traceback."""

from __future__ import annotations

import logging

from caseapp.core.errors import CaseappError
from caseapp.gui.i18n import tr

log = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    """The message to show for ``exc``; the log gets only its type name."""
    if isinstance(exc, CaseappError):
        log.info("refused: %s", type(exc).__name__)
        # Loaded on first use: the unlock screen should not pay for the extractor.
        from caseapp.gui.core_messages import translate_message

        return translate_message(str(exc))
    log.warning("unexpected failure: %s", type(exc).__name__)
    return tr(
        "Something unexpected went wrong (%1). Nothing else was "
        "changed. Try again; if it happens again, tell your administrator."
    ).replace("%1", type(exc).__name__)
