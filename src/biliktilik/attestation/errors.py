"""Errors of the attestation Platform, with a stable code and a translated whole-sentence message."""

from django.utils.translation import gettext_lazy as _

from biliktilik.errors import DomainError, InvalidInput, NotFound


class PlatformPermissionDenied(DomainError):
    status = 403
    code = "permission_denied"

    def __init__(self, message=None):
        super().__init__(message or _("Your role does not allow this on the Platform."))


class QuestionNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no question with this id."), code="not_found")


class CampaignNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no campaign with this id that you may see."), code="not_found")


class AttesteeNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no attestee with this id that you may see."), code="not_found")


class AttemptNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no attempt with this id that you may see."), code="not_found")


class AppealNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no appeal with this id that you may see."), code="not_found")


class BadQuestion(InvalidInput):
    """A question whose content does not make a question of its kind; ``loc`` names the part."""

    def __init__(self, message, *, loc: list, **params):
        super().__init__(message, code="invalid_question", loc=loc, **params)


class Conflict(DomainError):
    status = 409


class NotAdmitted(Conflict):
    code = "not_admitted"

    def __init__(self):
        super().__init__(_("You are not admitted to this test; the campaign's list says why."))


class OutsideTestingWindow(Conflict):
    code = "outside_testing_window"

    def __init__(self, *, start, end):
        super().__init__(
            _("The test can be taken from %(start)s to %(end)s only."),
            start=start.strftime("%d.%m.%Y"),
            end=end.strftime("%d.%m.%Y"),
        )


class AttemptClosed(Conflict):
    code = "attempt_closed"

    def __init__(self):
        super().__init__(
            _("This test is already submitted or its time is over: answers are no longer saved.")
        )
