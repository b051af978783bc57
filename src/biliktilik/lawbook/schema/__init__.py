"""The schema of the law files under ``law/``.

Every model forbids unknown keys and types every value, so a typo in a law file fails
loudly instead of being ignored. Cross-file checks (citations resolve, validity periods
join up, amendments have targets) live in ``checks.py``; this package only describes shape,
one module per part of the law (``base``, ``points``, ``register``, ``requirements``,
``standard``, ``attestation``, ``services``) and the act file that holds them (``act``).

Conventions the files follow:
- ``kk`` text is the official text taken from the seed; ``ru`` and ``en`` are our own
  unofficial translations unless the act lists the language in ``official_languages``.
- A point id is a string: ``"9"``, ``"12-1"``, ``"appendix-13"``; a sub-point id likewise
  (``"1"``, ``"2"``). A citation names the consolidated base act and its point, and the
  amending act that gave the wording (``wording_by``), null for the original wording.
- Every typed value carries ``source``: the citation it rests on.
"""

from .act import Act, natural_key
from .attestation import (
    ActivityAssessment,
    Attestation,
    CategoryRank,
    Decision,
    DecisionBand,
    IntValue,
    Outcome,
    ScoreBand,
    Threshold,
)
from .base import (
    ACT_ID,
    POINT_ID,
    Attestee,
    Category,
    CcCategory,
    Citation,
    DayKind,
    EducationField,
    EducationLevel,
    Lang,
    LawyerNote,
    LText,
    QualificationLevel,
    Sector,
    Strict,
    Term,
)
from .points import (
    Amendment,
    Cell,
    EntryIntoForce,
    Point,
    PointVersion,
    Publication,
    Registration,
    Repeal,
    SubPoint,
)
from .register import LEVEL, LINK, Block, Position, Register, RegisterGrade
from .requirements import (
    Characteristic,
    EducationRequirement,
    ExperienceRequirement,
    Gap,
    Ladder,
    LadderRequirement,
    LadderStep,
    ManagerRequirement,
    Requirement,
)
from .services import Actor, Procedure, Service, ServiceFact, Services, Step
from .standard import LabourFunction, OccupationCard, Skill, Standard

__all__ = [
    "ACT_ID",
    "POINT_ID",
    "Lang",
    "EducationLevel",
    "EducationField",
    "Sector",
    "QualificationLevel",
    "Category",
    "CcCategory",
    "Attestee",
    "DayKind",
    "Strict",
    "LText",
    "LawyerNote",
    "Citation",
    "Registration",
    "Publication",
    "EntryIntoForce",
    "Repeal",
    "Amendment",
    "Cell",
    "SubPoint",
    "PointVersion",
    "Point",
    "Block",
    "LINK",
    "LEVEL",
    "Position",
    "RegisterGrade",
    "Register",
    "EducationRequirement",
    "ExperienceRequirement",
    "LadderStep",
    "Ladder",
    "Gap",
    "ManagerRequirement",
    "LadderRequirement",
    "Requirement",
    "Characteristic",
    "Skill",
    "LabourFunction",
    "OccupationCard",
    "Standard",
    "CategoryRank",
    "IntValue",
    "Term",
    "Threshold",
    "ScoreBand",
    "ActivityAssessment",
    "Decision",
    "DecisionBand",
    "Outcome",
    "Attestation",
    "Service",
    "Actor",
    "Step",
    "Procedure",
    "ServiceFact",
    "Services",
    "Act",
    "natural_key",
]
