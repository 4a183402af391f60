from django.apps import AppConfig


class PressConfig(AppConfig):
    name = "undersigned.press"
    label = "press"
