"""Every API answer a test gets is checked against the OpenAPI document we publish.

``ContractClient`` is Django's test client (the suite's ``client`` fixture): each response under
/api/ must be documented for its path, method and status, and its body must match the schema
documented there; an address or method the document does not have must still answer JSON in
the contract's error shape. A mismatch fails the test that made the call.
"""

from __future__ import annotations

import json
import re
from functools import cache

from django.test import Client
from jsonschema import Draft202012Validator

API_PREFIX = "/api/"
OPENAPI_URL = "/api/v1/openapi.json"
UNCHECKED = {OPENAPI_URL, "/api/v1/docs"}
ERROR_SCHEMA = {"$ref": "#/components/schemas/ErrorOut"}


@cache
def published() -> dict:
    response = Client().get(OPENAPI_URL)
    assert response.status_code == 200, response.content
    return response.json()


@cache
def _templates() -> list[tuple[re.Pattern, str]]:
    """Path templates as patterns, the most literal first (/calendar/add before /calendar/{date});
    a parameter is one segment, else (ids such as procedures' that hold a slash) several."""
    patterns = []
    for segment in ("[^/]+", ".+"):
        for template in sorted(published()["paths"], key=lambda t: t.count("{")):
            pattern = re.sub(r"\\{[^}]+\\}", segment, re.escape(template))
            patterns.append((re.compile(f"^{pattern}$"), template))
    return patterns


def operation_of(path: str, method: str) -> tuple[str | None, dict | None]:
    """The documented path template and operation answering a request, if any."""
    for pattern, template in _templates():
        if pattern.match(path):
            return template, published()["paths"][template].get(method.lower())
    return None, None


def _validator(schema: dict) -> Draft202012Validator:
    return Draft202012Validator({**schema, "components": published()["components"]})


def problems(method: str, path: str, response) -> list[str]:
    """What is wrong with a response as the published document describes it (empty: nothing)."""
    if not path.startswith(API_PREFIX) or path in UNCHECKED or path.startswith("/api/v1/docs"):
        return []
    status = str(response.status_code)
    template, operation = operation_of(path, method)
    where = f"{method} {template or path} → {status}"
    if operation is None:
        if response.status_code < 400:
            return [f"{where}: an undocumented address answered a success"]
        schema = ERROR_SCHEMA
    else:
        documented = operation.get("responses", {})
        if status not in documented:
            return [f"{where}: status not documented (documented: {', '.join(documented)})"]
        content = documented[status].get("content")
        if not content:
            return [] if not response.content else [f"{where}: a body where none is documented"]
        if "application/json" not in content:
            # A file (an export): its media type must be one the document names.
            media_type = response.get("Content-Type", "").split(";", 1)[0].strip()
            named = {t.split(";", 1)[0].strip() for t in content}
            return (
                []
                if media_type in named
                else [f"{where}: answered {media_type}, not {', '.join(sorted(named))}"]
            )
        schema = content["application/json"]["schema"]
    if not response.get("Content-Type", "").startswith("application/json"):
        return [f"{where}: answered {response.get('Content-Type')}, not JSON"]
    body = json.loads(response.content)
    return [
        f"{where}: {'/'.join(map(str, error.absolute_path)) or '(body)'}: {error.message}"
        for error in _validator(schema).iter_errors(body)
    ]


class ContractClient(Client):
    def request(self, **request):
        response = super().request(**request)
        found = problems(request["REQUEST_METHOD"], request["PATH_INFO"], response)
        assert not found, "The answer does not match the published OpenAPI document:\n" + "\n".join(found)
        return response
