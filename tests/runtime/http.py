"""A small HTTP client for the runtime tests: one keep-alive connection per thread."""

from __future__ import annotations

import http.client
import json
import re
import threading
import urllib.parse
import uuid
from dataclasses import dataclass


@dataclass
class Answer:
    status: int
    headers: dict
    body: bytes
    cookies: list

    def json(self):
        return json.loads(self.body)


class Client:
    def __init__(self, port: int, headers: dict | None = None):
        self.port = port
        self.headers = dict(headers or {})
        self.local = threading.local()

    def _connection(self) -> http.client.HTTPConnection:
        if getattr(self.local, "connection", None) is None:
            self.local.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        return self.local.connection

    def request(self, method: str, path: str, *, json_body=None, form=None, headers=None) -> Answer:
        body, sent = None, {**self.headers, **(headers or {})}
        if json_body is not None:
            body, sent["Content-Type"] = json.dumps(json_body).encode(), "application/json"
        elif form is not None:
            body = urllib.parse.urlencode(form).encode()
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            connection = self._connection()
            try:
                connection.request(method, path, body=body, headers=sent)
                response = connection.getresponse()
                pairs = response.getheaders()
                return Answer(
                    response.status,
                    {k.lower(): v for k, v in pairs},
                    response.read(),
                    [v.split(";")[0].strip() for k, v in pairs if k.lower() == "set-cookie"],
                )
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # The server closed a kept-alive connection (a worker recycled): open a new one once.
                connection.close()
                self.local.connection = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def upload(self, path: str, *, fields: dict, file_field: str, file_name: str, content: bytes, csrf: str):
        """A multipart form post, as a browser sends a file input."""
        boundary = "----biliktilik" + uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
            for name, value in {**fields, "csrfmiddlewaretoken": csrf}.items()
        ]
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
            "Content-Type: text/csv\r\n\r\n".encode()
            + content
            + b"\r\n"
        )
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        connection = self._connection()
        headers = {**self.headers, "Content-Type": f"multipart/form-data; boundary={boundary}"}
        headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read(), [])

    def csrf(self, path: str) -> str:
        page = self.get(path)
        return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.body).group(1).decode()

    def get(self, path, **kwargs) -> Answer:
        return self.request("GET", path, **kwargs)

    def patch(self, path, body, **kwargs) -> Answer:
        return self.request("PATCH", path, json_body=body, **kwargs)


def signed_in(port: int, username: str, password: str) -> Client:
    """A client with the session of a user who signed in through the sign-in page."""
    client = Client(port)
    page = client.get("/accounts/login/")
    csrf = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.body).group(1).decode()
    cookie = _cookies(page)
    answer = client.request(
        "POST",
        "/accounts/login/",
        form={"csrfmiddlewaretoken": csrf, "username": username, "password": password},
        headers={"Cookie": cookie, "Referer": f"http://127.0.0.1:{port}/accounts/login/"},
    )
    assert answer.status == 302, answer.body[:500]
    client.headers["Cookie"] = "; ".join(filter(None, [cookie, _cookies(answer)]))
    return client


def _cookies(answer: Answer) -> str:
    return "; ".join(answer.cookies)
