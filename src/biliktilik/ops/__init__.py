"""Operating the service: health and readiness probes, request logs, Prometheus metrics."""
