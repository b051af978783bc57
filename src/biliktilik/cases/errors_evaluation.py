"""Errors of the commission's evaluation, votes and protocol (409: the case is not where the
write belongs), with a stable code and a translated whole-sentence message."""

from django.utils.translation import gettext_lazy as _

from .errors import Conflict


class NotCommissionStep(Conflict):
    code = "not_commission_step"

    def __init__(self):
        super().__init__(
            _("The commission evaluates and votes only while the case's current step is the commission's.")
        )


class NotSecretaryStep(Conflict):
    code = "not_secretary_step"

    def __init__(self):
        super().__init__(
            _("The protocol is drawn up only while the case's current step is the commission secretary's.")
        )


class EvaluationMissing(Conflict):
    code = "evaluation_missing"

    def __init__(self):
        super().__init__(_("The commission has not recorded its evaluation of this case yet."))


class StepBeforeEvaluation(EvaluationMissing):
    """The commission's step completed before its evaluation is recorded (the same code: the
    evaluation is what is missing), with a sentence saying what the step needs."""

    def __init__(self):
        Conflict.__init__(
            self,
            _(
                "The commission's step is completed once its evaluation, with its recommendation, is "
                "recorded: the commission has not recorded it yet."
            ),
        )


class ProtocolMissing(Conflict):
    code = "protocol_missing"

    def __init__(self):
        super().__init__(
            _(
                "The commission secretary's step is completed once the protocol, with its number and "
                "date, is drawn up: the secretary has not drawn it up yet."
            )
        )


class RefusalBeforeProtocol(ProtocolMissing):
    """A motivated refusal before the protocol: management decides on it (Appendix 13, 7.a.5)."""

    def __init__(self):
        Conflict.__init__(
            self,
            _(
                "Management decides to refuse on the basis of the commission's protocol: the secretary "
                "has not drawn it up yet."
            ),
        )


class EvaluationFrozen(Conflict):
    code = "evaluation_frozen"

    def __init__(self):
        super().__init__(
            _("The commission's protocol is drawn up: its evaluation and votes can no longer change.")
        )


class NoVotes(Conflict):
    code = "no_votes"

    def __init__(self):
        super().__init__(_("No member of the commission has voted: the protocol has no decision to record."))


class VotesTied(Conflict):
    code = "votes_tied"

    def __init__(self, *, issue: int, refuse: int):
        super().__init__(
            _(
                "The votes are tied (%(issue)s to issue, %(refuse)s to refuse) and the regulation names "
                "no quorum or casting vote: return the case to the commission for a decision by a "
                "majority."
            ),
            issue=issue,
            refuse=refuse,
        )


class RefusalWithoutGrounds(Conflict):
    code = "refusal_without_grounds"

    def __init__(self):
        super().__init__(
            _(
                "The majority votes to refuse, but the evaluation gives no grounds: the commission "
                "records its reasoning first."
            )
        )
