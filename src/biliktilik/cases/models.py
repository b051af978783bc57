"""A case (an application for a state service) and its steps, one row per step of the procedure
in force on the registration date. The procedure itself stays in ``law/``: a case keeps the
citation of the one it follows and the terms it copied, so a later amendment of the law data
does not rewrite the history of a case already worked."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from biliktilik import vocabulary
from biliktilik.choices import choices, text_choices


class Case(models.Model):
    Status = text_choices("Status", vocabulary.CASE_STATUS)

    number = models.CharField(max_length=30, unique=True, help_text="e.g. FC-2019-000123")
    procedure = models.CharField(max_length=100, help_text="the procedure's id in law/")
    source = models.JSONField(help_text="the citation of the procedure followed (act, point, wording_by)")
    registered_on = models.DateField()
    channel = models.CharField(max_length=20, choices=choices(vocabulary.CASE_CHANNEL))
    status = models.CharField(max_length=10, choices=Status.choices, default="open")
    ending = models.CharField(max_length=20, choices=choices(vocabulary.CASE_ENDING), blank=True)
    ended_on = models.DateField(null=True, blank=True)
    ending_reason = models.TextField(blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    applicant_name = models.CharField(max_length=300)
    applicant_citizenship = models.CharField(max_length=100)
    applicant_document = models.CharField(max_length=200, help_text="the identity document: kind and number")
    applicant_contact = models.CharField(max_length=300, blank=True)
    applicant_occupation = models.CharField(max_length=300, help_text="the occupation claimed")
    organization = models.ForeignKey("staff.Organization", on_delete=models.PROTECT, related_name="cases")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-registered_on", "-id"]
        indexes = [models.Index(fields=["status", "registered_on"])]

    def __str__(self) -> str:
        return self.number


class CaseStep(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="steps")
    number = models.PositiveSmallIntegerField()
    actor = models.CharField(max_length=30, choices=choices(vocabulary.ACTOR))
    term_days = models.PositiveSmallIntegerField()
    term_kind = models.CharField(max_length=10, choices=choices(vocabulary.TERM_KIND))
    due = models.DateField()
    done_on = models.DateField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(blank=True)
    # When the step's holder sent the case back to the step before: the latest return's note stays
    # here (the audit trail keeps every return).
    returned_on = models.DateField(null=True, blank=True)
    return_note = models.TextField(blank=True)

    class Meta:
        ordering = ["case", "number"]
        constraints = [models.UniqueConstraint(fields=["case", "number"], name="one_step_per_number")]
        indexes = [models.Index(fields=["done_on", "due"])]

    def __str__(self) -> str:
        return f"{self.case_id}/{self.number}"


class ApplicantEducation(models.Model):
    """The applicant's education as the documents submitted show it (for the commission's
    evaluation against the requirement of the occupation claimed)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="education")
    level = models.CharField(max_length=20, choices=choices(vocabulary.EDUCATION_LEVEL))
    field = models.CharField(max_length=20, choices=choices(vocabulary.EDUCATION_FIELD))
    institution = models.CharField(max_length=300, blank=True)
    document = models.CharField(
        max_length=300, blank=True, help_text="the diploma: its kind, number and date"
    )

    class Meta:
        ordering = ["case", "id"]

    def __str__(self) -> str:
        return f"{self.level} ({self.field})"


class ApplicantExperience(models.Model):
    """A period of the applicant's work experience as the documents submitted show it."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="experience")
    start = models.DateField()
    end = models.DateField(null=True, blank=True)
    sector = models.CharField(max_length=20, choices=choices(vocabulary.SECTOR))
    management = models.BooleanField(default=False)
    employer = models.CharField(max_length=300, blank=True)
    document = models.CharField(max_length=300, blank=True, help_text="what shows it: kind, number and date")

    class Meta:
        ordering = ["case", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="applicant_experience_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.start}–{self.end or '…'} ({self.sector})"


class CaseDocument(models.Model):
    """One item of the documents checklist of the case's procedure: whether it was submitted, and
    until when it is valid (an expired document is a ground to refuse acceptance)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="documents")
    item = models.CharField(max_length=60, help_text="the checklist item's code")
    submitted = models.BooleanField(default=False)
    valid_until = models.DateField(null=True, blank=True)
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["case", "id"]
        constraints = [models.UniqueConstraint(fields=["case", "item"], name="one_checklist_row_per_item")]

    def __str__(self) -> str:
        return f"{self.case_id}/{self.item}"


class Evaluation(models.Model):
    """The commission's evaluation (step 3): the requirement read (where it is in ``law/``), the
    rules' explanation as it stood, the commission's own reasoning, and its recommendation; the
    secretary's protocol (step 4) gets its number and date here."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="evaluation")
    requirement = models.CharField(
        max_length=40, blank=True, help_text="e.g. order-2017-360/54; blank: none in law/"
    )
    explanation = models.JSONField(default=dict, blank=True, help_text="the rules' result, stored as shown")
    reasoning = models.TextField(blank=True, help_text="the commission's own reasoning")
    recommendation = models.CharField(
        max_length=10, blank=True, choices=choices(vocabulary.CASE_RECOMMENDATION)
    )
    protocol_number = models.CharField(max_length=40, blank=True)
    protocol_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.case_id}: {self.recommendation or '…'}"


class Vote(models.Model):
    """A commission member's vote on the recommendation."""

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="votes")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    vote = models.CharField(max_length=10, choices=choices(vocabulary.CASE_RECOMMENDATION))
    comment = models.TextField(blank=True)
    cast_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["evaluation", "cast_at", "id"]
        constraints = [models.UniqueConstraint(fields=["evaluation", "member"], name="one_vote_per_member")]

    def __str__(self) -> str:
        return f"{self.evaluation_id}/{self.member_id}: {self.vote}"


class Certificate(models.Model):
    """A certificate issued on a case — the first one, a duplicate or a re-issue — with what it
    shows (copied when issued, so a later edit of the case does not change a signed paper), its
    public verification code and the signed PDF."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="certificates")
    kind = models.CharField(max_length=10, choices=choices(vocabulary.CERTIFICATE_KIND))
    replaces = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="replaced_by"
    )
    number = models.CharField(max_length=40, unique=True)
    code = models.CharField(max_length=40, unique=True, help_text="the public verification code")
    holder_name = models.CharField(max_length=300)
    holder_citizenship = models.CharField(max_length=100)
    occupation = models.CharField(max_length=300)
    issued_on = models.DateField()
    valid_until = models.DateField()
    revoked_on = models.DateField(null=True, blank=True, help_text="when a re-issue or a revocation ended it")
    pdf = models.BinaryField(help_text="the signed PDF as issued")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["case", "issued_on", "id"]

    def __str__(self) -> str:
        return self.number
