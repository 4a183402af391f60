from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "undersigned.common"
    label = "common"
