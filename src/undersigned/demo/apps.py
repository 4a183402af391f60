from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "undersigned.demo"
    label = "demo"
