"""The attestation Platform (order-2024-422 as worded by order-2025-271): the question bank,
campaigns, admission, online tests, appeals, the assessment of professional activity and the
decisions that update the registry."""
