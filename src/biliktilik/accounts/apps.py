from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "biliktilik.accounts"
    label = "accounts"
    verbose_name = "Accounts and roles"
