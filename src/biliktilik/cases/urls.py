"""The case staff's pages under /cases/: the list, intake, a case and its actions, the head of
unit's dashboard."""

from django.urls import path

from . import views, views_dashboard

app_name = "cases"

urlpatterns = [
    path("", views.case_list, name="cases"),
    path("new/", views.case_new, name="case_new"),
    path("dashboard/", views_dashboard.dashboard, name="dashboard"),
    path("dashboard/open.svg", views_dashboard.chart_open, name="chart_open"),
    path("dashboard/times.svg", views_dashboard.chart_times, name="chart_times"),
    path("<int:case_id>/", views.case_page, name="case"),
    path("<int:case_id>/steps/<int:number>/complete/", views.step_complete, name="step_complete"),
    path("<int:case_id>/steps/<int:number>/return/", views.step_return, name="step_return"),
    path("<int:case_id>/refuse/", views.case_refuse, name="case_refuse"),
]
