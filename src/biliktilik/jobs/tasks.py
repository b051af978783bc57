"""The one task the queue carries: run an attempt of a job."""

from django.apps import apps
from django_tasks import task

from . import runner


@task()
def run_job(model: str, job_id: int) -> None:
    runner.run(apps.get_model(model), job_id)
