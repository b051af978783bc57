from django.urls import path

from . import views

app_name = "simulations"
urlpatterns = [
    path("", views.simulation_list, name="list"),
    path("drafts/new/", views.draft_new, name="draft_new"),
    path("drafts/<int:draft_id>/", views.draft_detail, name="draft"),
    path("<int:simulation_id>/", views.simulation_detail, name="simulation"),
    path("<int:simulation_id>/people/<int:employee_id>/", views.change_detail, name="change"),
    path("<int:simulation_id>/export.xlsx", views.simulation_export, name="export"),
    path("<int:simulation_id>/chart-kinds.svg", views.chart_kinds, name="chart_kinds"),
    path("<int:simulation_id>/chart-regions.svg", views.chart_regions, name="chart_regions"),
]
