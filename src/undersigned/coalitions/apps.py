from django.apps import AppConfig


class CoalitionsConfig(AppConfig):
    name = "undersigned.coalitions"
    label = "coalitions"
