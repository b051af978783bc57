"""The project's documents are in the repository: code cites ``docs/`` files that exist, never a
document outside it, and the documents' relative links lead somewhere."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CITED = re.compile(r"docs/[\w./-]+\.md")
OUTSIDE = re.compile(r"DOMAIN\.md|contract/API\.md|/work/shared")
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def _code_files() -> list[Path]:
    files = [
        *(ROOT / "src").rglob("*.py"),
        *(ROOT / "tests").rglob("*.py"),
        *(ROOT / "tests").rglob("*.yaml"),
    ]
    return [f for f in files if f.name != "test_docs.py"]


def cited_documents(text: str) -> set[str]:
    return {m.rstrip(".") for m in CITED.findall(text)}


def broken_links(document: Path) -> list[str]:
    links = LINK.findall(document.read_text(encoding="utf-8"))
    return [
        link
        for link in links
        if "://" not in link and not link.startswith("mailto:") and not (document.parent / link).exists()
    ]


def test_code_cites_only_documents_that_exist():
    missing = {
        str(f.relative_to(ROOT)): sorted(
            d for d in cited_documents(f.read_text(encoding="utf-8")) if not (ROOT / d).exists()
        )
        for f in _code_files()
    }
    assert {k: v for k, v in missing.items() if v} == {}


def test_code_cites_no_document_outside_the_repository():
    outside = [
        str(f.relative_to(ROOT))
        for f in _code_files()
        if OUTSIDE.search(f.read_text(encoding="utf-8")) and f.name != "test_notes_and_tables.py"
    ]
    assert outside == []


def test_every_relative_link_of_the_documents_leads_somewhere():
    documents = [ROOT / "README.md", ROOT / "law" / "README.md", *(ROOT / "docs").rglob("*.md")]
    assert {str(d.relative_to(ROOT)): broken_links(d) for d in documents if broken_links(d)} == {}


SETTINGS_READ_IN = [
    "src/biliktilik/config/settings.py",
    "src/biliktilik/config/gunicorn.py",
    "src/biliktilik/env.py",
    "src/biliktilik/serve.py",
    "src/biliktilik/lawbook/loader.py",
    "src/biliktilik/ops/metrics.py",
]
READ = re.compile(r"""(?:env_(?:str|int|bool)|environ\.get|environ\.setdefault)\(\s*["']([A-Z_]+)["']""")
NAMED = re.compile(r"""^[A-Z_]*ENV = ["']([A-Z_]+)["']""", re.MULTILINE)


def settings_read(text: str) -> set[str]:
    return set(READ.findall(text)) | set(NAMED.findall(text))


def test_the_readme_lists_every_setting_the_application_reads():
    names = set().union(*(settings_read((ROOT / f).read_text(encoding="utf-8")) for f in SETTINGS_READ_IN))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Settings (environment)")[1].split("\n## ")[0]
    assert "DATABASE_URL" in names and "BILIKTILIK_BIND" in names
    assert sorted(n for n in names - {"DJANGO_SETTINGS_MODULE"} if f"`{n}`" not in section) == []


def test_the_checks_would_catch_a_missing_document_and_a_broken_link(tmp_path):
    assert cited_documents("see ``docs/reading/nowhere.md``.") == {"docs/reading/nowhere.md"}
    assert OUTSIDE.search("as DOMAIN.md says")
    page = tmp_path / "page.md"
    (tmp_path / "there.md").write_text("")
    page.write_text("[a](there.md) [b](missing.md#part) [c](https://example.org/x.md)")
    assert broken_links(page) == ["missing.md"]
    assert settings_read('x = env_int("BILIKTILIK_NEW", default=1)\nMY_ENV = "OTHER"') == {
        "BILIKTILIK_NEW",
        "OTHER",
    }
