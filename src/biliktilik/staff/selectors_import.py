"""Reads for the import pages: the viewer's own import jobs and where they may import."""

from __future__ import annotations

from django.db.models import QuerySet

from .errors import ImportJobNotFound
from .models import ImportJob, Organization
from .scoping import can_write_in, visible_organizations


def import_jobs(*, viewer) -> QuerySet[ImportJob]:
    return ImportJob.objects.filter(created_by=viewer)


def import_job_get(*, viewer, job_id: int) -> ImportJob:
    job = import_jobs(viewer=viewer).filter(pk=job_id).first()
    if job is None:
        raise ImportJobNotFound()
    return job


def writable_organizations(*, viewer) -> list[Organization]:
    """The organizations the viewer may import into, for the template's list of ids."""
    return [o for o in visible_organizations(viewer).order_by("path") if can_write_in(viewer, o)]
