"""The Platform's records: the question bank (questions and their versions), campaigns, their
attestees, attempts with the questions drawn for them and the answers given, appeals, the
assessment of professional activity and the decisions.

What the law computes (admission, thresholds, decisions) is computed by the rules from these
facts and stored only as the explained snapshot the commission saw and confirmed.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from biliktilik import vocabulary
from biliktilik.choices import choices, text_choices


class Question(models.Model):
    """A question of the bank. Its content lives in versions: editing a question that an
    attempt has shown makes a new version, so the attempt keeps the one it showed."""

    Status = text_choices("Status", vocabulary.QUESTION_STATUS)
    Kind = text_choices("Kind", vocabulary.QUESTION_KIND)

    status = models.CharField(max_length=10, choices=Status.choices, default="draft")
    tags = models.JSONField(default=list, help_text="what it tests: standard items, points of acts")
    audience = models.JSONField(default=list, help_text="attestee kinds; empty: every kind")
    name = models.CharField(max_length=255, blank=True, help_text="a short name, as Moodle keeps one")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"question {self.pk}"

    @property
    def current(self) -> QuestionVersion:
        # From the prefetched versions when the list was read with them (one query for a page).
        return max(self.versions.all(), key=lambda version: version.number)


class QuestionVersion(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    kind = models.CharField(max_length=20, choices=Question.Kind.choices)
    text = models.JSONField(help_text='{"kk": ..., "ru": ...}')
    options = models.JSONField(help_text='[{"id", "text": {"kk", "ru"}, "correct"}]')
    extra = models.JSONField(default=dict, help_text="what a Moodle file carries besides, kept for export")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["question", "number"]
        constraints = [models.UniqueConstraint(fields=["question", "number"], name="one_number_per_version")]

    def __str__(self) -> str:
        return f"question {self.question_id} v{self.number}"

    @property
    def correct(self) -> frozenset[str]:
        return frozenset(o["id"] for o in self.options if o["correct"])


class Campaign(models.Model):
    """An attestation run by a centre: its testing window and how the test is drawn."""

    organization = models.ForeignKey("staff.Organization", on_delete=models.PROTECT, related_name="campaigns")
    title = models.CharField(max_length=300)
    testing_from = models.DateField()
    testing_to = models.DateField()
    questions = models.PositiveSmallIntegerField(help_text="questions drawn per attestee")
    time_limit_minutes = models.PositiveSmallIntegerField()
    tags = models.JSONField(default=list, help_text="topics drawn from; empty: the whole ready bank")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-testing_from", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(testing_to__gte=models.F("testing_from")), name="campaign_window_ordered"
            )
        ]

    def __str__(self) -> str:
        return self.title


class Attestee(models.Model):
    """A person on a campaign's list (p.9, Appendix 1): who they are attested as, and whether
    they are admitted (p.14) with the explanation the rules gave."""

    Status = text_choices("Status", vocabulary.ATTESTEE_STATUS)

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="attestees")
    employee = models.ForeignKey("staff.Employee", on_delete=models.PROTECT, related_name="attestations")
    attestee = models.CharField(max_length=20, choices=choices(vocabulary.ATTESTEE))
    reattestation = models.BooleanField(default=False)
    current_category = models.CharField(max_length=20, choices=choices(vocabulary.ATTESTATION_CATEGORY))
    declared_category = models.CharField(
        max_length=20,
        blank=True,
        choices=choices(
            vocabulary.ATTESTATION_CATEGORY, only=("career_consultant", "case_manager", "mentor")
        ),
    )
    learning_plan_hours = models.PositiveIntegerField()
    admitted = models.BooleanField(default=False)
    admission = models.JSONField(default=dict, help_text="the rules' explanation and citations")
    status = models.CharField(max_length=12, choices=Status.choices, default="not_admitted")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["campaign", "id"]
        constraints = [
            models.UniqueConstraint(fields=["campaign", "employee"], name="one_entry_per_campaign")
        ]

    def __str__(self) -> str:
        return f"{self.employee} in {self.campaign}"


class Attempt(models.Model):
    """The one test of an attestee: the questions drawn for them (in order, options shuffled),
    the server's deadline, and the answers as they were saved."""

    Status = text_choices("Status", vocabulary.ATTEMPT_STATUS)

    attestee = models.OneToOneField(Attestee, on_delete=models.CASCADE, related_name="attempt")
    started_at = models.DateTimeField()
    deadline = models.DateTimeField()
    status = models.CharField(max_length=12, choices=Status.choices, default="in_progress")
    finished_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=2, default="kk")
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    percent = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"attempt {self.pk} ({self.status})"


class DrawnQuestion(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="drawn")
    position = models.PositiveSmallIntegerField()
    version = models.ForeignKey(QuestionVersion, on_delete=models.PROTECT, related_name="drawn")
    option_order = models.JSONField(help_text="the option ids in the order this taker sees them")
    chosen = models.JSONField(null=True, blank=True, help_text="the option ids last saved; null: unanswered")
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="one_question_per_place"),
            models.UniqueConstraint(fields=["attempt", "version"], name="a_question_drawn_once"),
        ]

    def __str__(self) -> str:
        return f"question {self.position} of attempt {self.attempt_id}"


class Annulment(models.Model):
    """A question found defective in a campaign counts as right for every taker."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="annulments")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField()
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["campaign", "question"], name="annulled_once")]

    def __str__(self) -> str:
        return f"question {self.question_id} annulled in {self.campaign_id}"


class Appeal(models.Model):
    Status = text_choices("Status", vocabulary.APPEAL_STATUS)

    attempt = models.OneToOneField(Attempt, on_delete=models.CASCADE, related_name="appeal")
    status = models.CharField(max_length=10, choices=Status.choices, default="open")
    filed_at = models.DateTimeField()
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    percent_before = models.FloatField(null=True, blank=True)
    percent_after = models.FloatField(null=True, blank=True)

    def __str__(self) -> str:
        return f"appeal {self.pk} ({self.status})"


class AppealItem(models.Model):
    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey(DrawnQuestion, on_delete=models.PROTECT, related_name="+")
    justification = models.TextField()
    upheld = models.BooleanField(null=True)
    comment = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["appeal", "question"], name="one_item_per_question")]

    def __str__(self) -> str:
        return f"appeal {self.appeal_id}, question {self.question_id}"


class Assessment(models.Model):
    """Appendix 1-2 for a career-centre specialist who passed: the figures from other systems
    (null: not given — a gap, never 0) and the commission's column."""

    attestee = models.OneToOneField(Attestee, on_delete=models.CASCADE, related_name="assessment")
    rating = models.FloatField(null=True, blank=True)
    violations = models.PositiveIntegerField(null=True, blank=True)
    source = models.CharField(max_length=20, blank=True, help_text="how the figures came: file, api, form")
    commission_note = models.TextField(blank=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    assessed_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"assessment of attestee {self.attestee_id}"


class Decision(models.Model):
    """The p.30 decision as the rules formed it, and its confirmation by the commission."""

    attestee = models.OneToOneField(Attestee, on_delete=models.CASCADE, related_name="decision")
    outcome = models.JSONField(help_text="the rules' result with its explanation, when confirmed")
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField()
    award = models.ForeignKey(
        "staff.CategoryAward", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"decision on attestee {self.attestee_id}"
