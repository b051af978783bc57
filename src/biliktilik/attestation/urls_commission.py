"""Pages of the Platform: the commission (appeals, annulments, assessments, decisions)."""

from django.urls import path

from . import views_commission as views

urlpatterns = [
    path("campaigns/<int:campaign_id>/commission/", views.commission_page, name="commission"),
    path(
        "campaigns/<int:campaign_id>/questions/<int:question_id>/annul/", views.annulment_page, name="annul"
    ),
    path("campaigns/<int:campaign_id>/assessments/file/", views.assessment_file, name="assessment_file"),
    path("appeals/<int:appeal_id>/", views.appeal_page, name="appeal"),
    path("attestees/<int:attestee_id>/assessment/", views.assessment_page, name="assessment"),
    path("attestees/<int:attestee_id>/decision/confirm/", views.decision_confirm, name="decision_confirm"),
]
