"""The cases' endpoints (the contract's "Cases"): parse, call a service, shape the answer."""

from . import (
    cases,  # noqa: F401 - the endpoints register on the router
    documents,  # noqa: F401
    evaluation,  # noqa: F401
)
from .cases import router

__all__ = ["router"]
