"""``biliktilik rules qualification FILE.json`` / ``biliktilik rules attestation FILE.json``.

Prints the same JSON as the API (``-`` reads standard input). ``--language kk|ru|en`` picks
the language of the explanation text. Exit status: 0 on an answer, 2 on refused input (the
error is printed in the API's error shape).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from pydantic import ValidationError

from biliktilik.lawbook import loader

from . import calendar as kzcal
from . import run
from .explain import LawGap
from .inputs import AttestationIn, QualificationIn
from .messages import text

MODELS = {"qualification": QualificationIn, "attestation": AttestationIn}


def _json_default(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _dump(data: dict, out) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2, default=_json_default)
    out.write("\n")


def _error(code: str, message: str, errors: list[dict]) -> dict:
    return {"code": code, "message": message, "errors": errors}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="biliktilik rules", description=__doc__.splitlines()[0])
    parser.add_argument("rule", choices=sorted(MODELS))
    parser.add_argument("file", help="JSON input as in the API contract; - for standard input")
    parser.add_argument("--language", choices=("kk", "ru", "en"), default="kk")
    args = parser.parse_args(argv)
    try:
        raw = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
        payload = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        _dump(_error("unreadable_input", str(exc), []), sys.stdout)
        return 2
    try:
        data = MODELS[args.rule].model_validate(payload)
        law = loader.load()
        if args.rule == "qualification":
            result = run.qualification(data, law=law, language=args.language)
        else:
            calendar = kzcal.default(loader.LAW_DIR / "calendar" / "kz.yaml")
            result = run.attestation(data, law=law, calendar=calendar, language=args.language)
    except ValidationError as exc:
        errors = [{"loc": list(e["loc"]), "msg": e["msg"]} for e in exc.errors()]
        _dump(_error("validation_error", "The input has invalid fields.", errors), sys.stdout)
        return 2
    except (LawGap, run.InputError) as exc:
        message = text(exc.code, exc.params, args.language)
        _dump(_error(exc.code, message, [{"loc": [exc.field], "msg": message}]), sys.stdout)
        return 2
    try:
        _dump(result, sys.stdout)
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early; that is not our error
        sys.stderr.close()
    return 0
