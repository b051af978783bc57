"""State-service cases (issue 9): an application for a service whose procedure is in ``law/``,
worked step by step by the provider's staff on the Kazakhstan working-day calendar."""
