from django.contrib.auth import views as auth_views
from django.urls import path

from . import views
from .forms import SignInForm

app_name = "accounts"
urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(template_name="accounts/login.html", authentication_form=SignInForm),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("manage/", views.manage_list, name="manage"),
    path("manage/new/", views.manage_new, name="manage_new"),
    path("manage/<int:user_id>/", views.manage_account, name="manage_account"),
    path("manage/<int:user_id>/active/", views.manage_active, name="manage_active"),
    path("manage/<int:user_id>/tokens/", views.manage_token_create, name="manage_token_create"),
    path(
        "manage/<int:user_id>/tokens/<int:token_id>/revoke/",
        views.manage_token_revoke,
        name="manage_token_revoke",
    ),
]
