"""Users and roles (DESIGN.md §3)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from caseapp.core.errors import InvalidUserName


class Role(enum.StrEnum):
    ADMIN = "admin"
    ATTORNEY = "attorney"
    PARALEGAL = "paralegal"
    INTAKE = "intake"

    @property
    def label(self) -> str:
        return self.value.capitalize()


USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def validate_user_name(name: str) -> str:
    """Return the name stripped of surrounding space, or raise InvalidUserName."""
    stripped = name.strip()
    if not USER_NAME.fullmatch(stripped):
        raise InvalidUserName()
    return stripped


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: Role
    uuid: str

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN
