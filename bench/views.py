"""Baselines for bench/signon_load.py, served by the same gunicorn, middleware and database as the product.

They are the ceiling the sign-on path is compared with: `hello` does no database work, `insert` does
exactly one INSERT. Neither is reachable in the product: only `bench.settings` routes to them.
"""

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from bench.models import BenchRow


@require_GET
def hello(request):
    return HttpResponse("hello", content_type="text/plain")


@csrf_exempt
@require_POST
def insert(request):
    BenchRow.objects.create(payload=request.POST.get("payload", "")[:64])
    return HttpResponse("inserted", content_type="text/plain")
