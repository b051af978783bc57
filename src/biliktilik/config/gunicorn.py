"""Gunicorn's configuration for `biliktilik serve` (read from the environment).

Threaded workers (gthread): our views wait on the database far more than they compute, so a few
processes of a few threads each keep both cores busy without the memory of many processes.
"""

import os

from biliktilik.env import env_int, env_str

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
loglevel = env_str("BILIKTILIK_LOG_LEVEL", "info").lower()
# Behind a reverse proxy on another machine, set FORWARDED_ALLOW_IPS to the proxy's address.
forwarded_allow_ips = env_str("FORWARDED_ALLOW_IPS", "127.0.0.1")
proc_name = "biliktilik-web"


def child_exit(server, worker):
    """A worker's metrics files are merged away when it exits (multiprocess Prometheus)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
