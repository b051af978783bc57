"""``python -m biliktilik.lawbook [ACT_ID ...]``: load ``law/`` and print every problem.

With act ids, only problems that name one of them are printed (useful while encoding).
"""

import sys

from . import checks, loader


def main(argv: list[str]) -> int:
    try:
        book = loader.load()
    except loader.LawFileError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    problems = checks.check(book)
    if argv:
        problems = [p for p in problems if any(a in p for a in argv)]
    for problem in problems:
        print(problem)
    print(f"{len(book.acts)} acts, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
