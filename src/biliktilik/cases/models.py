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
