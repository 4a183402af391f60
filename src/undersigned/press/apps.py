from django.apps import AppConfig


class PressConfig(AppConfig):
    name = "undersigned.press"
    label = "press"

    def ready(self):
        from undersigned.signatures.page_sections import statement_page_section_add

        # Downloads, the press release and attachments, on the statement's public page.
        statement_page_section_add("press/_statement_extras.html")
