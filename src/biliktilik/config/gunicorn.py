"""Gunicorn's configuration for `biliktilik serve` (read from the environment).

Threaded workers (gthread): our views wait on the database far more than they compute, so a few
processes of a few threads each keep both cores busy without the memory of many processes.
"""

import os

from biliktilik.env import env_int, env_str
from biliktilik.ops.logs import logging_config

logconfig_dict = logging_config(env_str("BILIKTILIK_LOG_LEVEL", "info").upper())
wsgi_app = "biliktilik.config.wsgi:application"
bind = env_str("BILIKTILIK_BIND", f"127.0.0.1:{env_int('PORT', default=8000)}")
workers = env_int("BILIKTILIK_WEB_WORKERS", default=min(2 * (os.cpu_count() or 1) + 1, 5))
worker_class = "gthread"
threads = env_int("BILIKTILIK_WEB_THREADS", default=4)
timeout = env_int("BILIKTILIK_WEB_TIMEOUT", default=60)
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so that a slow leak never grows without bound.
max_requests = 5000
max_requests_jitter = 500
# Requests are logged by our own middleware (JSON, with the request id); gunicorn logs errors.
accesslog = None
errorlog = "-"
# Behind a reverse proxy on another machine, set FORWARDED_ALLOW_IPS to the proxy's address.
forwarded_allow_ips = env_str("FORWARDED_ALLOW_IPS", "127.0.0.1")
proc_name = "biliktilik-web"
# Several servers may run on one machine (tests, a second instance): no shared control socket.
control_socket_disable = True
# The application and the law (every act, the register, the calendar) are loaded once, in the
# master, before it forks: workers start warm and share those pages of memory.
preload_app = True


def when_ready(server):
    from django.urls import get_resolver
    from django.utils import translation

    from biliktilik.lawbook import loader

    loader.default()
    get_resolver().url_patterns  # imports every view, schema and the API  # noqa: B018
    for language in ("kk", "ru", "en"):
        with translation.override(language):
            translation.gettext("Kazakh")


def pre_fork(server, worker):
    # Nothing opened in the master may be inherited by a worker.
    from django.db import connections

    connections.close_all()


def child_exit(server, worker):
    """A worker's metrics files are merged away when it exits (multiprocess Prometheus)."""
    from biliktilik.ops.metrics import gunicorn_child_exit

    gunicorn_child_exit(server, worker)
