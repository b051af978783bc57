import io
import json
import logging

import pytest
import redis


@pytest.fixture
def json_lines():
    """What the configured console handler would write (its JSON formatter and request-id
    filter), for every record reaching the root logger during the test; read as parsed lines."""
    console = next(h for h in logging.getLogger().handlers if h.name == "console")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(console.formatter)
    for log_filter in console.filters:
        handler.addFilter(log_filter)
    root = logging.getLogger()
    root.addHandler(handler)

    def read() -> list[dict]:
        return [json.loads(line) for line in stream.getvalue().splitlines()]

    yield read
    root.removeHandler(handler)


@pytest.fixture
def local_redis():
    """The Redis server of this machine, when one runs (CI's machine may have none)."""
    connection = redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1)
    try:
        connection.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis server on 127.0.0.1:6379")
    return connection
