from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "undersigned.accounts"
    verbose_name = "Accounts"
