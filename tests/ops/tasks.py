"""Tasks the operations tests put on the queue."""

from django_tasks import task


@task()
def nothing_to_do() -> None:
    return None


@task()
def always_fails() -> None:
    raise ValueError("This task fails on purpose.")
