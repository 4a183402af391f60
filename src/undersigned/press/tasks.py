from undersigned.common.tasks import task


@task()
def build_export(export_id: int) -> None:
    """Runs in the worker for lists too long to export inside a request."""
    from undersigned.press.models import ExportFile
    from undersigned.press.services import export_build

    export = ExportFile.objects.select_related("statement", "version").filter(pk=export_id).first()
    if export is None or export.status != ExportFile.Status.QUEUED:
        return
    export_build(export=export)
