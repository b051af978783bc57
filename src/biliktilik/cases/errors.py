"""Errors of case management, with a stable code and a translated whole-sentence message."""

from django.utils.translation import gettext_lazy as _

from biliktilik.errors import DomainError, InvalidInput, NotFound


class CasePermissionDenied(DomainError):
    status = 403
    code = "permission_denied"

    def __init__(self, message=None):
        super().__init__(message or _("Your role does not allow this on this case."))


class CaseNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no case with this id that you may see."), code="not_found")


class StepNotFound(NotFound):
    def __init__(self):
        super().__init__(
            _("The case has no step with this number."), code="not_found", loc=["path", "number"]
        )


class UnknownProcedure(InvalidInput):
    def __init__(self, procedure: str):
        super().__init__(
            _("No regulation in our sources has a procedure “%(procedure)s”."),
            code="unknown_procedure",
            loc=["body", "procedure"],
            procedure=procedure,
        )


class ProcedureNotInForce(InvalidInput):
    code = "procedure_not_in_force"

    def __init__(self, *, procedure: str, on: str, periods: str):
        super().__init__(
            _(
                "The procedure “%(procedure)s” was not in force on %(on)s: its regulation was in force "
                "%(periods)s."
            ),
            code="procedure_not_in_force",
            loc=["body", "registered_on"],
            procedure=procedure,
            on=on,
            periods=periods,
        )


class Conflict(DomainError):
    status = 409


class CaseClosed(Conflict):
    code = "case_closed"

    def __init__(self):
        super().__init__(_("The case is already closed: its steps can no longer change."))


class NotCurrentStep(Conflict):
    code = "not_current_step"

    def __init__(self, *, number: int, current: int | None):
        super().__init__(
            _(
                "Step %(number)s is not the case's current step (the current one is %(current)s): "
                "no step is skipped."
            ),
            number=number,
            current=current,
        )


class NothingToReturnTo(Conflict):
    code = "first_step"

    def __init__(self):
        super().__init__(_("The first step has no step before it to return the case to."))


class NotAtIntake(Conflict):
    code = "not_at_intake"

    def __init__(self):
        super().__init__(
            _(
                "Documents can be refused as incomplete or expired only at intake, "
                "before the first step is done."
            )
        )


class RefusalBeforeEvaluation(Conflict):
    code = "refusal_before_evaluation"

    def __init__(self):
        super().__init__(
            _(
                "A motivated refusal comes after the commission's evaluation; "
                "the commission has not finished it."
            )
        )


class NoCertificate(Conflict):
    code = "no_certificate"

    def __init__(self):
        super().__init__(
            _("The case has no certificate: only a completed case of an issuing procedure has one.")
        )
