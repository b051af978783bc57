from django.urls import path

from . import views

app_name = "home"
urlpatterns = [
    path("", views.home, name="home"),
    path("audit/", views.audit_page, name="audit"),
    path("charts/acts.svg", views.acts_chart, name="acts_chart"),
    path("charts/categories.svg", views.categories_chart, name="categories_chart"),
    path("charts/expiries.svg", views.expiries_chart, name="expiries_chart"),
]
