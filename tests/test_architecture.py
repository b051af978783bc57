"""The rules and the lawbook are pure Python: facts in, results out, no Django."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "biliktilik"


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", ["rules", "lawbook"])
def test_pure_packages_never_import_django(package):
    offenders = {
        str(path.relative_to(SRC)): sorted(m for m in imported_modules(path) if m.split(".")[0] == "django")
        for path in (SRC / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_architecture_check_would_catch_a_django_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from django.db import models\nimport os\n")
    assert "django.db" in imported_modules(sample)


@pytest.mark.parametrize("module", ["staff/iin.py", "staff/demo_people.py", "text.py"])
def test_pure_staff_helpers_never_import_django(module):
    assert sorted(m for m in imported_modules(SRC / module) if m.split(".")[0] == "django") == []
