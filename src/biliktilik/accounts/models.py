"""Who may see and change what: a role per account, an organization for scoped roles, tokens."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("administrator")
    METHODOLOGIST = "methodologist", _("methodologist")
    HR_OFFICER = "hr_officer", _("HR officer")
    COMMISSION_MEMBER = "commission_member", _("commission member")
    EMPLOYEE = "employee", _("employee")
    AUDITOR = "auditor", _("auditor")
    # The service provider's case staff (state-service cases); their labels are the procedures'
    # actors (vocabulary.ACTOR). The commission's members are COMMISSION_MEMBER.
    INTAKE_OFFICER = "intake_officer", _("intake officer")
    HEAD_OF_UNIT = "head_of_unit", _("head of unit")
    EXECUTOR = "executor", _("responsible executor")
    COMMISSION_SECRETARY = "commission_secretary", _("commission secretary")
    MANAGEMENT = "management", _("management")


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    role = models.CharField(max_length=20, choices=Role.choices)
    organization = models.ForeignKey(
        "staff.Organization",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="for HR officers, commission members and case staff: the root of the subtree they work in",
    )
    employee = models.OneToOneField(
        "staff.Employee",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="account",
        help_text="for employees: their own record",
    )

    def __str__(self) -> str:
        return f"{self.user} ({self.role})"


class ApiToken(models.Model):
    """A bearer token; only its SHA-256 is stored, the token itself is shown once. It stops
    working when it expires or is revoked (``expires_at`` empty: tokens made by ``createuser``)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=8)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def is_valid_at(self, when) -> bool:
        return self.revoked_at is None and (self.expires_at is None or when < self.expires_at)
