"""Error types. Each carries a message a paralegal can act on.

The GUI shows ``str(error)``; logs record only ``type(error).__name__``.
Messages never contain client data.
"""

from __future__ import annotations


class CaseappError(Exception):
    """Base class: a refused or failed operation with a human message."""

    default_message = "The operation could not be completed."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self)


class VaultNotFound(CaseappError):
    default_message = (
        "No vault was found in this folder. Create one first (caseapp init) "
        "or choose the folder that holds vault.db and vault.keys."
    )


class VaultExists(CaseappError):
    default_message = "A vault already exists in this folder; nothing was changed."


class VaultAlreadyOpen(CaseappError):
    default_message = (
        "This vault is already open on this computer. "
        "Close the other caseapp window or command first."
    )


class VaultLocked(CaseappError):
    default_message = "The vault is locked. Unlock it again to continue."


class WrongPassphrase(CaseappError):
    default_message = (
        "That user name and passphrase do not open this vault. "
        "Check the user name and Caps Lock, then try again."
    )


class UnlockThrottled(CaseappError):
    """Too many failed unlocks: the next attempt must wait."""

    def __init__(self, remaining_seconds: float) -> None:
        self.remaining_seconds = max(0.0, remaining_seconds)
        secs = max(1, round(self.remaining_seconds))
        super().__init__(
            f"Too many failed attempts. Wait {secs} second{'s' if secs != 1 else ''} "
            "before trying again."
        )


class CorruptKeyFile(CaseappError):
    default_message = (
        "The key file (vault.keys) is damaged and its backup copy could not be used. "
        "Unlock with the recovery code, or restore the vault from a backup."
    )


class CorruptVault(CaseappError):
    default_message = (
        "The vault database is damaged or is not a caseapp vault. "
        "Nothing was changed; restore it from a backup."
    )


class VaultTooNew(CaseappError):
    default_message = (
        "This vault was written by a newer version of caseapp. "
        "Install the newer version to open it; nothing was changed."
    )


class InvalidRecoveryCode(CaseappError):
    default_message = (
        "That is not a valid recovery code. It has 8 groups of 5 characters, "
        "as printed on the recovery sheet."
    )


class WrongRecoveryCode(CaseappError):
    default_message = "That recovery code does not open this vault."


class WeakPassphrase(CaseappError):
    default_message = (
        "That passphrase is too easy to guess. Use at least 12 characters, "
        "for example four or more unrelated words."
    )


class InvalidUserName(CaseappError):
    default_message = (
        "User names are 1 to 64 letters, digits, dots, hyphens or underscores, "
        "starting with a letter or digit."
    )


class UserNotFound(CaseappError):
    default_message = "There is no such user in this vault."


class UserExists(CaseappError):
    default_message = "A user with that name already exists in this vault."


class PermissionDenied(CaseappError):
    default_message = "Your role does not allow this action. Ask an administrator."


class LastAdministrator(CaseappError):
    default_message = "A vault must keep at least one administrator; nothing was changed."


class InvalidKdfParameters(CaseappError):
    default_message = (
        "The key file asks for key-derivation settings outside the safe range. "
        "It may have been tampered with; unlock with the recovery code or restore a backup."
    )


class StorageFailure(CaseappError):
    default_message = (
        "The vault could not be written. Check that the disk is not full and the "
        "folder is writable; the last change was not saved."
    )


class InvalidCheckpoint(CaseappError):
    default_message = (
        "A checkpoint is written SEQUENCE:HEAD, for example 1234:9f86d081884c7d65, "
        "as printed in a PDF footer or by `caseapp audit checkpoint`."
    )


class InvalidAuditAnchor(CaseappError):
    default_message = (
        "That is not a valid audit anchor. It has 8 groups of 5 characters, as "
        "written down when the vault was created (it is not the recovery code)."
    )


class AuditLogBroken(CaseappError):
    default_message = (
        "The audit log does not verify: entries may have been edited or removed. "
        "Tell the supervising attorney; run `caseapp audit verify` for details."
    )


class NotFound(CaseappError):
    default_message = "That record does not exist (it may have been removed)."


class InvalidInput(CaseappError):
    default_message = "Some of the information entered is not valid."
