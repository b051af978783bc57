"""The question-file package is pure Python: no Django, so it runs (and is tested) alone."""

import ast
from pathlib import Path

import biliktilik.attestation.formats as formats

PACKAGE = Path(formats.__file__).parent


def test_it_never_imports_django():
    imported = set()
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module.split(".")[0])
    assert "django" not in imported
    assert "biliktilik" not in imported  # nothing of the app either: only its own modules
