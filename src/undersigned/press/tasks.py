from undersigned.common.tasks import task
from undersigned.press import services
from undersigned.press.models import ExportFile


@task()
def build_export(export_id: int) -> None:
    """Runs in the worker for lists too long to export inside a request."""
    export = ExportFile.objects.select_related("statement", "version").filter(pk=export_id).first()
    if export is None or export.status != ExportFile.Status.QUEUED:
        return
    services.export_build(export=export)
