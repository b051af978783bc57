"""The attestation Platform's endpoints (docs/api.md, "Attestation platform"). Parse, call a
service, shape the answer; the modules register on one router."""

from . import bank, campaigns, review, testing  # noqa: F401 - the endpoints register on the router
from .common import router

__all__ = ["router"]
