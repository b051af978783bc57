"""Staff registry endpoints: /organizations and /employees with their records and what the law
says about each employee. Every endpoint needs a signed-in viewer and sees only what they may.

Scoping: an object the viewer may not see answers 404 whether read or written (its existence is
not revealed); an object they may see but not change answers 403 on a write. An organization
named in a body or a filter that the viewer may not see is refused like an unknown one (422).
"""

# Each module adds its endpoints to the one router, in the order the API's document lists them.
# isort: off
from . import organizations, employees, records, law  # noqa: F401

# isort: on
from .common import router

__all__ = ["router"]
