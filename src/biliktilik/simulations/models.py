"""Draft amendments saved by name, their runs over the registry, and what each run found.

Nothing here is registry data or law in force: a draft is text, a simulation reads the registry
and writes only its own rows.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from biliktilik.jobs.models import Job


class Draft(models.Model):
    """A named draft amendment: YAML in the format of ``law/acts/`` (``lawbook.drafts``)."""

    title = models.CharField(max_length=300)
    amendment = models.TextField()
    act_id = models.CharField(max_length=64, help_text="the id the YAML gives the draft act")
    effective_from = models.DateField(help_text="its assumed entry into force")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(
        default=1, help_text="raised by every save: a stale form is refused"
    )

    class Meta:
        ordering = ["-updated_at", "-id"]

    def __str__(self) -> str:
        return self.title


class Simulation(Job):
    """One run of a draft over the employees its author may see, on one date. The draft's text
    is copied in: a later edit of the draft does not change what this run found."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    title = models.CharField(max_length=300)
    as_of = models.DateField()
    amendment = models.TextField()
    act_id = models.CharField(max_length=64)
    draft = models.ForeignKey(
        Draft, null=True, blank=True, on_delete=models.SET_NULL, related_name="simulations"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.FloatField(default=0)
    people = models.PositiveIntegerField(default=0)
    people_total = models.PositiveIntegerField(default=0)
    evaluated = models.PositiveIntegerField(default=0)
    changed = models.PositiveIntegerField(default=0)
    summary = models.JSONField(
        null=True, blank=True, help_text="counts by kind, organization, region, position"
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.title} on {self.as_of} ({self.status})"

    def perform(self, attempt) -> None:
        from .services import simulation_perform

        simulation_perform(simulation=self, attempt=attempt)

    @property
    def finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED}


class SimulationChange(models.Model):
    """One person whose result differs between the law in force and the draft, for one
    requirement (``order-2017-360/54``) or for the attestation outcome (``attestation``)."""

    class Kind(models.TextChoices):
        GAIN = "gain", _("gains")
        LOSE = "lose", _("loses")
        UP = "up", _("moves up")
        DOWN = "down", _("moves down")
        OTHER = "other", _("changes otherwise")

    simulation = models.ForeignKey(Simulation, on_delete=models.CASCADE, related_name="changes")
    employee = models.ForeignKey("staff.Employee", on_delete=models.CASCADE, related_name="+")
    requirement = models.CharField(max_length=40)
    kind = models.CharField(max_length=6, choices=Kind.choices)
    before = models.JSONField()
    after = models.JSONField()
    organization = models.ForeignKey("staff.Organization", on_delete=models.CASCADE, related_name="+")
    region = models.CharField(max_length=40, blank=True)
    position = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["simulation", "id"]
        indexes = [models.Index(fields=["simulation", "kind"])]

    def __str__(self) -> str:
        return f"{self.employee_id}: {self.requirement} {self.kind}"
