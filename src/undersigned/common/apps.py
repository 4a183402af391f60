from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "undersigned.common"
    label = "common"

    def ready(self):
        # Registers the daily housekeeping with the scheduler; apps add their jobs to it in their ready().
        from undersigned.common import counters, housekeeping

        housekeeping.register_housekeeping("common.expired_counters", counters.delete_expired)

        try:  # pragma: no cover - depends on the Django version, as common.tasks
            from django.tasks.signals import task_finished, task_started
        except ImportError:
            from django_tasks.signals import task_finished, task_started

        # Emails a task sends are recorded under its id (emails.record_send).
        task_started.connect(_task_started, dispatch_uid="undersigned-task-started")
        task_finished.connect(_task_finished, dispatch_uid="undersigned-task-finished")


def _task_started(sender, task_result, **kwargs):
    from undersigned.common import emails

    emails.task_began(task_result.id)


def _task_finished(sender, task_result, **kwargs):
    from undersigned.common import emails

    emails.task_ended()
