"""The commission's part of a case page: the forms' targets under /cases/<id>/evaluation/
(``views_evaluation``); the page itself is the case's (``cases:case``)."""

from django.urls import path

from . import views_evaluation

app_name = "case_evaluation"

urlpatterns = [
    path("<int:case_id>/evaluation/checklist/", views_evaluation.checklist_set, name="checklist"),
    path("<int:case_id>/evaluation/records/", views_evaluation.records_set, name="records"),
    path("<int:case_id>/evaluation/", views_evaluation.evaluation_record, name="evaluate"),
    path("<int:case_id>/evaluation/vote/", views_evaluation.vote_cast, name="vote"),
    path("<int:case_id>/evaluation/protocol/", views_evaluation.protocol_draw, name="protocol"),
]
