from django.urls import path

from . import views

app_name = "catalog"
urlpatterns = [
    path("acts/", views.act_list, name="acts"),
    path("acts/search/", views.act_search, name="search"),
    path("acts/<str:act_id>/", views.act_detail, name="act"),
    path("acts/<str:act_id>/compare/", views.act_compare, name="compare"),
    path("register/", views.register, name="register"),
    path("requirements/", views.requirements, name="requirements"),
    path("standard/", views.standard, name="standard"),
    path("standard/<str:card_id>/", views.card, name="card"),
    path("attestation/", views.attestation, name="attestation"),
    path("procedures/", views.procedures, name="procedures"),
]
