"""Pages of the Platform: the question bank (methodologists)."""

from django.urls import path

from . import views_bank

urlpatterns = [
    path("bank/", views_bank.bank, name="bank"),
    path("bank/new/", views_bank.question_edit, name="question_new"),
    path("bank/<int:question_id>/", views_bank.question_edit, name="question_edit"),
    path("bank/coverage/", views_bank.coverage, name="coverage"),
    path("bank/import/", views_bank.bank_import, name="bank_import"),
]
