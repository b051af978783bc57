"""The published OpenAPI document is true: one schema per name, the shapes the endpoints really
take and give, every body operation's 413/415 documented; the docs page needs no network."""

import re
from collections import defaultdict

from django.contrib.staticfiles import finders

from .schemas import operation_schemas


def test_no_two_schemas_of_the_api_share_a_name():
    by_name = defaultdict(set)
    for schema in operation_schemas(responses=True):
        by_name[schema.__name__].add(f"{schema.__module__}.{schema.__qualname__}")
    assert {name: sorted(c) for name, c in by_name.items() if len(c) > 1} == {}


def resolve(spec, schema):
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def test_every_component_is_the_schema_of_the_class_of_its_name(client):
    spec = client.get("/api/v1/openapi.json").json()
    classes = {schema.__name__: schema for schema in operation_schemas(responses=True)}
    for name, component in spec["components"]["schemas"].items():
        if name in classes and "properties" in component:
            expected = set(classes[name].model_json_schema(by_alias=True).get("properties", {}))
            assert set(component["properties"]) == expected, name


def test_the_register_search_documents_its_real_results(client):
    spec = client.get("/api/v1/openapi.json").json()
    answer = spec["paths"]["/api/v1/register/positions"]["get"]["responses"]["200"]
    page = resolve(spec, answer["content"]["application/json"]["schema"])
    item = resolve(spec, page["properties"]["results"]["items"])
    assert {"id", "block", "link", "title", "aliases", "source", "score"} <= set(item["properties"])
    assert "register_confirmed" not in item["properties"]


def test_the_qualification_check_documents_the_work_record_it_takes(client):
    spec = client.get("/api/v1/openapi.json").json()
    body = spec["paths"]["/api/v1/rules/qualification"]["post"]["requestBody"]
    request = resolve(spec, body["content"]["application/json"]["schema"])
    work = resolve(spec, request["properties"]["work"]["items"])
    assert set(work["properties"]) == {
        "from",
        "to",
        "sector",
        "qualification_level",
        "category",
        "management",
    }


def test_every_operation_with_a_body_documents_413_and_415(client):
    spec = client.get("/api/v1/openapi.json").json()
    bodies = [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if "requestBody" in op
    ]
    assert len(bodies) >= 10
    for path, method, operation in bodies:
        assert {"413", "415", "422"} <= set(operation["responses"]), (method, path)


def test_registry_operations_document_401_and_403(client):
    spec = client.get("/api/v1/openapi.json").json()
    for path, item in spec["paths"].items():
        if path.startswith(("/api/v1/employees", "/api/v1/organizations")):
            for method, operation in item.items():
                assert {"401", "403"} <= set(operation["responses"]), (method, path)


def test_the_docs_page_loads_everything_from_our_own_static_files(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    references = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(r.endswith("swagger-ui-bundle.js") for r in references)
    assert "cdn" not in html.lower()
    for reference in references:
        assert reference.startswith("/") and not reference.startswith("//"), reference
        static = reference.removeprefix("/static/")
        assert static != reference and finders.find(static), reference
