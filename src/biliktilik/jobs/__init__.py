"""Background jobs: work that outlives a request, run by ``biliktilik worker`` processes.

A job is a row of a model derived from ``Job`` (its state, progress and outcome, which the
pages show); the task queue only carries "run job X". A running attempt beats a heartbeat; an
attempt whose heartbeat stops (its process died) is retried, and after ``max_attempts`` the job
ends ``failed`` with a reason the user sees. Nothing stays ``running``.
"""
