"""The ``biliktilik`` command: Django's management commands, plus ``law check``.

``biliktilik law check`` validates ``law/``; ``biliktilik rules qualification|attestation FILE``
evaluates a rule from a JSON file; ``biliktilik serve`` runs the web server and the job workers;
every other word goes to Django (``biliktilik migrate``, ``biliktilik worker``,
``biliktilik runserver``, ``biliktilik demo`` ...).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "biliktilik.config.settings")
    if argv[1:3] == ["law", "check"]:
        from biliktilik.lawbook.__main__ import main as law_check

        return law_check(argv[3:])
    if argv[1:2] == ["serve"]:
        from biliktilik.serve import main as serve

        return serve(argv[2:])
    if argv[1:2] == ["rules"]:
        from biliktilik.rules.cli import main as rules_main

        return rules_main(argv[2:])
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
