from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from undersigned.common.health import health_check


@never_cache
def healthz(request):
    """For load balancers and monitoring: 200 while the database answers, 503 while it does not.

    The queue and the workers' heartbeat are reported, not judged: an app server whose worker is
    late still serves sign-ons, so it should stay in the load balancer. Monitoring alerts on
    `worker.last_heartbeat_age_s` and `queue.oldest_waiting_age_s` instead.
    """
    health = health_check()
    response = JsonResponse(health.as_dict(), status=200 if health.database_up else 503)
    if not health.database_up:
        response["Retry-After"] = str(settings.UNDERSIGNED_RETRY_AFTER_SECONDS)
    return response
