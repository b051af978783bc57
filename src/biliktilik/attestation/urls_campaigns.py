"""Pages of the Platform: campaigns (the HR officer), their lists, export and dashboard."""

from django.urls import path

from . import views_campaigns as views

urlpatterns = [
    path("campaigns/", views.campaign_list, name="campaigns"),
    path("campaigns/new/", views.campaign_new, name="campaign_new"),
    path("campaigns/<int:campaign_id>/", views.campaign_page, name="campaign"),
    path("campaigns/<int:campaign_id>/attestees.xlsx", views.campaign_export, name="campaign_export"),
    path("campaigns/<int:campaign_id>/dashboard/", views.campaign_dashboard, name="campaign_dashboard"),
    path("campaigns/<int:campaign_id>/chart.svg", views.campaign_chart, name="campaign_chart"),
]
