"""The request examples of the API contract (docs/api.md), shared by the API and command-line tests."""

ATTESTATION = {
    "as_of": "2025-11-03",
    "attestee": "category_applicant",
    "reattestation": False,
    "test_percent": 82.5,
    "current_category": "none",
    "declared_category": "career_consultant",
    "rating": 4.3,
    "violations": 0,
    "test_finished_on": "2025-11-03",
}
