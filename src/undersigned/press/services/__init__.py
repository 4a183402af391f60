from undersigned.press.services.attachments import attachment_create, attachment_delete
from undersigned.press.services.exports import export_build, export_ensure_built, export_path, export_request
from undersigned.press.services.release import release_publish, release_save, release_unpublish

__all__ = [
    "attachment_create", "attachment_delete", "export_build", "export_ensure_built", "export_path",
    "export_request", "release_publish", "release_save", "release_unpublish",
]  # fmt: skip
