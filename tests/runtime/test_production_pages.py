"""What `make run` serves to someone who mistypes an address: never Django's debug pages."""

import re

from .http import Client


def test_an_unknown_page_is_our_own_404_without_the_url_patterns(instance):
    answer = Client(instance.port).get("/no/such/page/", headers={"Cookie": "django_language=ru"})
    page = answer.body.decode()
    assert answer.status == 404
    assert "Страница не найдена" in page
    assert "URLconf" not in page and "urlpatterns" not in page and "DEBUG" not in page


def test_an_unknown_api_address_is_json_in_the_contract_shape(instance):
    answer = Client(instance.port).get("/api/v1/no/such/thing")
    assert answer.status == 404 and answer.json()["code"] == "not_found"


def test_the_pages_are_styled_by_files_the_server_itself_serves_hashed(instance):
    client = Client(instance.port)
    page = client.get("/").body.decode()
    stylesheet = page.split('rel="stylesheet" href="')[1].split('"')[0]
    assert stylesheet.startswith("/static/biliktilik/site.") and stylesheet.count(".") == 2, stylesheet
    answer = client.get(stylesheet, headers={"Accept-Encoding": "gzip"})
    assert answer.status == 200 and answer.headers["content-encoding"] == "gzip"
    assert "immutable" in answer.headers["cache-control"]


def test_the_api_docs_load_without_any_other_host(instance):
    client = Client(instance.port)
    docs = client.get("/api/v1/docs").body.decode()
    assert "https://" not in docs and "//cdn" not in docs
    assets = re.findall(r'(?:src|href)="(/static/ninja/[^"]+)"', docs)
    assert any("swagger-ui-bundle" in a for a in assets) and any(a.endswith(".css") for a in assets)
    for path in assets:
        assert client.get(path).status == 200, path
