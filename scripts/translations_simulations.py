# ruff: noqa: E501 - one entry per line, as in the other tables
"""Kazakh and Russian for the simulations pages; merged into scripts/translate.py's table."""

SIMULATIONS: dict[str, dict[str, str | list[str]]] = {
}
