from django.urls import path

from . import import_views, views

app_name = "staff"
urlpatterns = [
    path("employees/", views.employee_list, name="employees"),
    path("employees/export.xlsx", import_views.employee_export, name="employee_export"),
    path("employees/new/", views.employee_new, name="employee_new"),
    path("employees/<int:employee_id>/", views.employee_card, name="employee"),
    path("employees/<int:employee_id>/edit/", views.employee_edit, name="employee_edit"),
    path("employees/<int:employee_id>/delete/", views.employee_delete, name="employee_delete"),
    path("employees/<int:employee_id>/<str:kind>/add/", views.record_add, name="employee_record_add"),
    path(
        "employees/<int:employee_id>/positions/<int:position_id>/register/",
        views.position_register_confirm,
        name="position_register_confirm",
    ),
    path("organizations/", views.organization_tree, name="organizations"),
    path("organizations/<int:organization_id>/edit/", views.organization_edit, name="organization_edit"),
    path("imports/", import_views.imports, name="imports"),
    path(
        "imports/templates/<str:kind>-<str:language>.<str:fmt>",
        import_views.import_template,
        name="import_template",
    ),
    path("imports/<int:job_id>/", import_views.import_job, name="import_job"),
]
