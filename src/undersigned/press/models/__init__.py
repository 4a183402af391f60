from undersigned.press.models.attachment import Attachment
from undersigned.press.models.export import ExportFile
from undersigned.press.models.release import Quote, Release

__all__ = ["Attachment", "ExportFile", "Quote", "Release"]
