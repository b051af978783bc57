from django.urls import path

from . import views

app_name = "calculators"
urlpatterns = [
    path("qualification/", views.qualification, name="qualification"),
    path("attestation/", views.attestation, name="attestation"),
    path("deadlines/", views.deadlines, name="deadlines"),
]
