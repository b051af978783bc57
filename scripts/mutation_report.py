"""The score of the last mutation run per module, from the results mutmut keeps in ``mutants/``.

``make mutation`` prints it after ``mutmut results``; ``bench/README.md`` records the figures and
what each survivor is. A module's score is the share of its checked mutants that a test killed
(a timeout counts as not killed: it is what a mutant no test notices does). The statuses are
mutmut's own (``mutmut.stats.status_by_exit_code``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from mutmut.stats import status_by_exit_code

COLUMNS = ("killed", "survived", "timeout", "no tests", "not checked")


def module_counts(root: Path) -> dict[str, Counter]:
    counts: dict[str, Counter] = {}
    for meta in sorted(root.glob("src/**/*.py.meta")):
        codes = json.loads(meta.read_text("utf-8")).get("exit_code_by_key", {})
        if not codes:
            continue
        module = str(meta.relative_to(root / "src"))[: -len(".py.meta")].replace("/", ".")
        counts[module] = Counter(status_by_exit_code[code] for code in codes.values())
    return counts


def score(counter: Counter) -> float | None:
    checked = sum(n for status, n in counter.items() if status != "not checked")
    return 100 * counter["killed"] / checked if checked else None


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path("mutants")
    counts = module_counts(root)
    if not counts:
        print(f"no mutation results in {root}/: run `make mutation` first")
        return 1
    print(f"{'module':40} {'mutants':>7} " + " ".join(f"{c:>11}" for c in COLUMNS) + "   score")
    for module, counter in counts.items():
        value = score(counter)
        shown = f"{value:6.1f} %" if value is not None else "      -"
        print(
            f"{module:40} {sum(counter.values()):7} "
            + " ".join(f"{counter[c]:11}" for c in COLUMNS)
            + f"  {shown}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
