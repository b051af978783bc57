"""The architecture, checked: the rules and the lawbook are pure Python (facts in, results out,
no Django), and the parts of ``src/biliktilik`` depend on each other only as the table below
says, with no cycle between them. An import inside a function counts as much as one at the top
of a module: it is a dependency all the same."""

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


# --- the layering ---

# Small modules every part may use; they use only each other (and the outside world).
SHARED = {"charts", "choices", "errors", "forms", "languages", "text", "vocabulary"}
# What each part may import besides SHARED. Read from the bottom up: the law (lawbook, rules)
# needs nothing of ours; the API's plumbing only the rules' errors; accounts (roles, tokens) no
# domain app; the domain apps what lies below them; config assembles everything and nothing
# imports it (Django names it in DJANGO_SETTINGS_MODULE, a string).
ALLOWED = {
    "lawbook": set(),
    "rules": {"lawbook"},
    "audit": set(),
    "jobs": set(),
    "db": set(),
    "api": {"rules"},
    "ops": {"jobs"},
    "accounts": {"api", "audit"},
    "calendar_app": {"api", "rules"},
    "catalog": {"accounts", "api", "lawbook", "rules"},
    "calculators": {"api", "calendar_app", "catalog", "lawbook", "rules"},
    "staff": {"accounts", "api", "audit", "calculators", "jobs", "lawbook", "rules"},
    # the attestation of employees (issue 8): above the registry it attests
    "attestation": {"accounts", "api", "audit", "calendar_app", "jobs", "lawbook", "rules", "staff"},
    # state-service cases (issue 9): the provider's organizations, the procedures of the law, the
    # provider's signature on their documents
    "cases": {"accounts", "api", "audit", "calendar_app", "jobs", "lawbook", "rules", "signing", "staff"},
    # draft amendments tried on the registry (issue 11): the law and its overlay, the registry's
    # people and the Platform's recorded results, run as a job
    "simulations": {
        "accounts", "api", "attestation", "audit", "calendar_app", "catalog", "jobs", "lawbook", "rules",
        "staff",
    },
    # each role's home page: the numbers of every domain app
    "home": {"accounts", "attestation", "audit", "calculators", "catalog", "lawbook", "rules", "staff"},
    # the command line and the process supervisor around the web app
    "cli": {"lawbook", "rules", "serve"},
    "serve": {"ops"},
    "env": set(),
    "secret": set(),
    # signed documents (the provider's key, PAdES, QR codes): Django's settings and checks, no
    # app's models; the apps that issue documents build on it
    "signing": set(),
}
ALLOWED["config"] = set(ALLOWED)  # config assembles everything


def part_names(root: Path) -> set[str]:
    """The parts of the tree: each package and each top-level module."""
    packages = {p.name for p in root.iterdir() if (p / "__init__.py").is_file()}
    modules = {p.stem for p in root.glob("*.py") if p.stem != "__init__"}
    return packages | modules


def imported_parts(path: Path, root: Path, parts: set[str]) -> set[str]:
    """The parts a module imports, wherever the import stands (relative imports resolved)."""
    package = ["biliktilik", *path.relative_to(root).parts[:-1]]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            dotted = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = [*base, *(node.module.split(".") if node.module else [])]
            # `from biliktilik import forms` imports the part `forms`
            dotted = [".".join([*module, alias.name]) for alias in node.names] + [".".join(module)]
        else:
            continue
        for name in dotted:
            head = name.split(".")
            if len(head) > 1 and head[0] == "biliktilik" and head[1] in parts:
                found.add(head[1])
    return found


def part_graph(root: Path) -> dict[str, set[str]]:
    """Which part imports which (a part's imports of itself left out)."""
    parts = part_names(root)
    graph: dict[str, set[str]] = {part: set() for part in parts}
    for path in root.rglob("*.py"):
        relative = path.relative_to(root)
        part = relative.parts[0] if len(relative.parts) > 1 else relative.stem
        if part in parts:
            graph[part] |= imported_parts(path, root, parts) - {part}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of two or more parts (Tarjan's algorithm), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while (member := stack.pop()) != node:
                group.append(member)
            group.append(node)
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def violations(graph: dict[str, set[str]]) -> dict[str, list[str]]:
    """For each part, what it imports that the table does not allow it."""
    found = {}
    for part, targets in graph.items():
        allowed = SHARED if part in SHARED else ALLOWED.get(part, set()) | SHARED
        if extra := sorted(targets - allowed):
            found[part] = extra
    return found


def test_there_is_no_cycle_between_the_parts_of_the_application():
    assert cycles(part_graph(SRC)) == []


def test_each_part_imports_only_what_the_layering_allows():
    assert violations(part_graph(SRC)) == {}


def test_every_part_of_the_application_has_its_place_in_the_layering():
    assert sorted(part_names(SRC) - SHARED - set(ALLOWED)) == []


def test_nothing_imports_config():
    graph = part_graph(SRC)
    assert sorted(part for part, targets in graph.items() if "config" in targets) == []


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "biliktilik" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root / "biliktilik"


def test_the_checker_would_catch_a_cycle_made_by_an_import_inside_a_function(tmp_path):
    root = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "staff/__init__.py": "",
            "staff/views.py": "from biliktilik.accounts.permissions import role_of\n",
            "accounts/__init__.py": "",
            "accounts/permissions.py": "def scope():\n    from ..staff import views\n",
            "audit/__init__.py": "",
            "audit/models.py": "import biliktilik.staff.views\n",
        },
    )
    graph = part_graph(root)
    assert graph == {"staff": {"accounts"}, "accounts": {"staff"}, "audit": {"staff"}}
    assert cycles(graph) == [["accounts", "staff"]]


def test_the_checker_would_catch_an_import_the_table_does_not_allow(tmp_path):
    root = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "forms.py": "from biliktilik import text\n",
            "text.py": "",
            "lawbook/__init__.py": "from biliktilik import forms\n",
            "rules/__init__.py": "from biliktilik.staff.models import Employee\n",
            "staff/__init__.py": "",
            "staff/models.py": "from biliktilik.config import settings\n",
            "config/__init__.py": "",
        },
    )
    assert violations(part_graph(root)) == {"rules": ["staff"], "staff": ["config"]}
