"""The staff registry: organizations, employees and their records.

Nothing derived is stored: whether a category has expired, what a record qualifies for, or
which position someone held on a date are computed for the date asked (see selectors.py).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.choices import choices, text_choices
from biliktilik.jobs.models import Job

from . import collation


def sort_key_field() -> models.TextField:
    """A name's place in an alphabet (``collation.sort_key``), set by every write of the name:
    the services, the imports (COPY and ``bulk_create``) and the demo data."""
    return models.TextField(editable=False, default="")


def employee_sort_keys(values) -> dict[str, str]:
    """The keys of an employee's full name (``values``: the employee or a mapping of its fields)
    in Kazakh, and in Russian as a Russian page shows it (each part in Russian, else Kazakh)."""
    get = values.get if isinstance(values, dict) else (lambda name: getattr(values, name, ""))
    parts = ("last_name", "first_name", "patronymic")
    kk = " ".join(get(f"{p}_kk") or "" for p in parts)
    ru = " ".join(get(f"{p}_ru") or get(f"{p}_kk") or "" for p in parts)
    return {"sort_kk": collation.sort_key(kk, "kk"), "sort_ru": collation.sort_key(ru, "ru")}


def organization_sort_keys(values) -> dict[str, str]:
    get = values.get if isinstance(values, dict) else (lambda name: getattr(values, name, ""))
    kk, ru = get("name_kk") or "", get("name_ru") or get("name_kk") or ""
    return {"sort_kk": collation.sort_key(kk, "kk"), "sort_ru": collation.sort_key(ru, "ru")}


SORT_FIELDS = ["sort_kk", "sort_ru"]


def with_sort_keys(instance):
    """The employee or organization with its sort keys set from its names (before it is saved)."""
    keys = employee_sort_keys if isinstance(instance, Employee) else organization_sort_keys
    for name, value in keys(instance).items():
        setattr(instance, name, value)
    return instance


class Organization(models.Model):
    Kind = text_choices("Kind", vocabulary.ORGANIZATION_KIND)
    Significance = text_choices("Significance", vocabulary.SIGNIFICANCE)

    name_kk = models.CharField(max_length=300)
    name_ru = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    significance = models.CharField(max_length=20, choices=Significance.choices, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    path = models.CharField(
        max_length=255, db_index=True, editable=False, help_text="ids from the root, e.g. /1/4/9/"
    )
    region = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The name's place in the Kazakh and the Russian alphabet (organization_sort_keys).
    sort_kk = sort_key_field()
    sort_ru = sort_key_field()

    class Meta:
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name_kk

    def tree_path(self) -> str:
        """The path this organization should have: its parent's path and its own id."""
        return f"{self.parent.path if self.parent_id else '/'}{self.pk}/"


class Employee(models.Model):
    Sex = text_choices("Sex", vocabulary.SEX)

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="employees")
    iin = models.CharField(max_length=12, unique=True)
    last_name_kk = models.CharField(max_length=100)
    first_name_kk = models.CharField(max_length=100)
    patronymic_kk = models.CharField(max_length=100, blank=True)
    last_name_ru = models.CharField(max_length=100, blank=True)
    first_name_ru = models.CharField(max_length=100, blank=True)
    patronymic_ru = models.CharField(max_length=100, blank=True)
    sex = models.CharField(max_length=6, choices=Sex.choices)
    birth_date = models.DateField()
    phone = models.CharField(max_length=32, blank=True)
    email = models.EmailField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The full name's place in the Kazakh and the Russian alphabet (employee_sort_keys).
    sort_kk = sort_key_field()
    sort_ru = sort_key_field()

    class Meta:
        ordering = ["last_name_kk", "first_name_kk", "id"]
        indexes = [
            models.Index(fields=["organization", "last_name_kk"]),
            models.Index(fields=["sort_kk", "id"], name="employee_sort_kk"),
            models.Index(fields=["sort_ru", "id"], name="employee_sort_ru"),
        ]

    def __str__(self) -> str:
        return f"{self.last_name_kk} {self.first_name_kk}"


class PositionHeld(models.Model):
    """A position held over a period; the position on any past date is known."""

    employee = models.ForeignKey(Employee, on_delete=models.CASCADE, related_name="positions")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    title = models.CharField(max_length=300, help_text="as written in the order of appointment")
    register_position = models.CharField(
        max_length=32, blank=True, help_text="register id, e.g. B2.other.2.05"
    )
    register_confirmed = models.BooleanField(default=False)
    requirement = models.CharField(max_length=32, blank=True, help_text="e.g. order-2017-360/54")
    qualification_level = models.CharField(
        max_length=6, blank=True, choices=choices(vocabulary.QUALIFICATION_LEVEL)
    )
    start = models.DateField()
    end = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["employee", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="position_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.start}–{self.end or '…'})"


class Education(models.Model):
    employee = models.ForeignKey(Employee, on_delete=models.CASCADE, related_name="education")
    level = models.CharField(max_length=20, choices=choices(vocabulary.EDUCATION_LEVEL))
    field = models.CharField(max_length=20, choices=choices(vocabulary.EDUCATION_FIELD))
    institution = models.CharField(max_length=300, blank=True)
    graduated_on = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.level} ({self.field})"


class WorkPeriod(models.Model):
    employee = models.ForeignKey(Employee, on_delete=models.CASCADE, related_name="work")
    start = models.DateField()
    end = models.DateField(null=True, blank=True)
    sector = models.CharField(max_length=20, choices=choices(vocabulary.SECTOR))
    qualification_level = models.CharField(
        max_length=6, blank=True, choices=choices(vocabulary.QUALIFICATION_LEVEL)
    )
    category = models.CharField(max_length=10, blank=True, choices=choices(vocabulary.CATEGORY))
    management = models.BooleanField(default=False)
    employer = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["employee", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="work_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.sector} {self.start}–{self.end or '…'}"


class CategoryAward(models.Model):
    """A category assigned by a decision; valid_until is fixed by the law when assigned."""

    employee = models.ForeignKey(Employee, on_delete=models.CASCADE, related_name="categories")
    category = models.CharField(max_length=20, choices=choices(vocabulary.AWARD_CATEGORY))
    assigned_on = models.DateField()
    valid_until = models.DateField()
    decision = models.CharField(max_length=300, help_text="the decision (attestation, order) that gave it")

    class Meta:
        ordering = ["employee", "-assigned_on"]

    def __str__(self) -> str:
        return f"{self.category} {self.assigned_on}–{self.valid_until}"


class AttestationRecord(models.Model):
    """What an attestation decided about the person, as the commission confirmed it: the decision,
    the category that resulted, a re-attestation due date (p.27(2)) and a dismissal (p.28(1)),
    which is a decision for HR to act on, never a deletion."""

    employee = models.ForeignKey(Employee, on_delete=models.CASCADE, related_name="attestation_records")
    decided_on = models.DateField()
    decision = models.CharField(max_length=30, choices=choices(vocabulary.DECISION))
    resulting_category = models.CharField(
        max_length=20, blank=True, choices=choices(vocabulary.ATTESTATION_CATEGORY)
    )
    reattestation_due = models.DateField(null=True, blank=True)
    dismissal = models.BooleanField(default=False)
    basis = models.CharField(max_length=300, help_text="the campaign and decision it comes from")

    class Meta:
        ordering = ["employee", "-decided_on", "-id"]

    def __str__(self) -> str:
        return f"{self.decision} on {self.decided_on}"


class Training(models.Model):
    employee = models.ForeignKey(Employee, on_delete=models.CASCADE, related_name="training")
    course = models.CharField(max_length=300)
    hours = models.PositiveIntegerField()
    profile = models.CharField(max_length=100, blank=True)
    completed_on = models.DateField()

    def __str__(self) -> str:
        return f"{self.course} ({self.hours} h)"


class ImportJob(Job):
    """One uploaded file being imported by a worker: the file itself until it is done, its
    progress for the page to poll, then its report.

    Operational state, not registry data: the import it runs records the audit entry.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        IMPORTED = "imported", _("imported")
        REJECTED = "rejected", _("rejected: the file has errors")
        FAILED = "failed", _("failed")

    class Kind(models.TextChoices):
        ORGANIZATIONS = "organizations", _("organizations")
        EMPLOYEES = "employees", _("employees")
        WORK = "work", _("work history")
        EDUCATION = "education", _("education")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    file_name = models.CharField(max_length=255)
    language = models.CharField(max_length=8)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    content = models.BinaryField(null=True, editable=False)
    rows_done = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(default=0)
    report = models.JSONField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_jobs"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    released_on_failure = {"content": None}

    class Meta:
        ordering = ["-created_at", "-id"]

    def perform(self, attempt) -> None:
        from .services_import import import_job_perform

        import_job_perform(job=self, attempt=attempt)

    def __str__(self) -> str:
        return f"{self.kind} {self.file_name} ({self.status})"

    @property
    def finished(self) -> bool:
        return self.status in {self.Status.IMPORTED, self.Status.REJECTED, self.Status.FAILED}
