"""Pages of the Platform: the employee's own tests, the test, its result and the appeal."""

from django.urls import path

from . import views_testing

urlpatterns = [
    path("my/", views_testing.my_tests, name="my_tests"),
    path("my/<int:attestee_id>/start/", views_testing.attempt_start, name="attempt_start"),
    path("attempts/<int:attempt_id>/", views_testing.attempt_page, name="attempt"),
    path("attempts/<int:attempt_id>/result/", views_testing.result_page, name="result"),
]
