"""Composition root: harden the process, then start the GUI or run a CLI command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from caseapp import cli, hardening


def main(argv: Sequence[str] | None = None) -> int:
    hardening.harden_process()
    args = cli.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.self_test:
        if args.command is not None:
            sys.stderr.write("caseapp: --self-test takes no command\n")
            return 2
        from caseapp import selftest

        return selftest.run()
    if args.command is None:
        # Imported only now: the CLI never pays for Qt.
        from caseapp.gui.application import run_gui

        return run_gui(cli.vault_dir(args))
    return cli.run(args)
