"""What the Platform's endpoints share: the router (every role writes something; the services
say who may what), ids, the choices of the bodies."""

from __future__ import annotations

from typing import Annotated

from ninja import Field, Path, Router

from biliktilik import vocabulary
from biliktilik.accounts.auth import api_auth
from biliktilik.accounts.models import Role
from biliktilik.api.types import AUTH_ERRORS, MAX_ID, ErrorOut

from .. import selectors
from ..errors import AttemptNotFound, AttesteeNotFound, CampaignNotFound
from ..models import Attempt

# Every role writes something on the Platform (a taker their answers); the services say who may what.
router = Router(tags=["attestation"], auth=api_auth(writers=frozenset(Role.values)))
PathId = Path(..., ge=1, le=MAX_ID)
CONFLICT_ERRORS = {**AUTH_ERRORS, 409: ErrorOut}
Text = Annotated[str, Field(max_length=5000)]
Tag = Annotated[str, Field(min_length=1, max_length=120)]
Kind = vocabulary.QUESTION_KIND.literal()
QuestionStatus = vocabulary.QUESTION_STATUS.literal()
Attestee = vocabulary.ATTESTEE.literal()
Declared = vocabulary.ATTESTATION_CATEGORY.literal(without=("none",))


def campaign_of(request, campaign_id: int):
    campaign = (
        selectors.visible_campaigns(request.auth)
        .filter(pk=campaign_id)
        .select_related("organization")
        .first()
    )
    if campaign is None:
        raise CampaignNotFound()
    return campaign


def attestee_of(request, attestee_id: int):
    entry = (
        selectors.visible_attestees(request.auth).filter(pk=attestee_id).select_related("campaign").first()
    )
    if entry is None:
        raise AttesteeNotFound()
    return entry


def own_attempt(request, attempt_id: int) -> Attempt:
    attempt = selectors.own_attempt(request.auth, attempt_id)
    if attempt is None:
        raise AttemptNotFound()
    return attempt
