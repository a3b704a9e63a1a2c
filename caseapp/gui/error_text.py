"""What the paralegal reads when an operation fails: never a traceback."""

from __future__ import annotations

import logging

from caseapp.core.errors import CaseappError

log = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    """The message to show for ``exc``; the log gets only its type name."""
    if isinstance(exc, CaseappError):
        log.info("refused: %s", type(exc).__name__)
        return str(exc)
    log.warning("unexpected failure: %s", type(exc).__name__)
    return (
        f"Something unexpected went wrong ({type(exc).__name__}). Nothing else was "
        "changed. Try again; if it happens again, tell your administrator."
    )
