"""The simulations' refusals, in the contract's error shape."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from biliktilik.errors import DomainError, InvalidInput, NotFound


class DraftRefused(InvalidInput):
    """The checker refused the draft: each problem names its path in the YAML."""

    code = "draft_invalid"

    def __init__(self, problems, *, field: str = "amendment"):
        self.field = field
        from .problems import problem_text

        self.problems = problems
        self.errors = [{"loc": ["body", field, *p.loc], "msg": problem_text(p)} for p in problems]
        super().__init__(
            _("The draft is not valid: %(count)s problem(s), each named by its place in the YAML."),
            count=len(problems),
        )


class SimulationPermissionDenied(DomainError):
    status = 403
    code = "permission_denied"

    def __init__(self):
        super().__init__(_("Only methodologists, HR officers and administrators may run simulations."))


class SimulationNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no simulation with this id that you may see."), code="not_found")


class DraftNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no draft with this id that you may see."), code="not_found")


class ChangeNotFound(NotFound):
    def __init__(self):
        super().__init__(_("This person is not among the simulation's changes."), code="not_found")


class DraftStale(DomainError):
    status = 412
    code = "precondition_failed"

    def __init__(self):
        super().__init__(
            _("The draft was changed by someone else meanwhile; reload it and make your change again.")
        )
