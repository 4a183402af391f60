"""The "ratelimit" cache when no Redis is configured: counters in one database table, built for counting.

Django's DatabaseCache took about five queries per counted attempt (add, get, incr or one row per
attempt, and a COUNT(*) of its whole table on every write, to cull it), and a surge filled it to its
maximum size. Here a counted attempt is one statement, `INSERT ... ON CONFLICT DO UPDATE ... RETURNING`
(SQLite 3.35 and PostgreSQL alike), atomic across app servers; nothing is culled on the way, the daily
housekeeping deletes expired rows (`delete_expired`).

It keeps the cache API, so Redis can take its place by configuration alone, but it holds whole numbers
only: the counters of common/ratelimit.py and the used answers of common/pow.py (True, stored as 1).
"""

import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.db import connections, router

from undersigned.common.models import RateCounter

# An entry set without a timeout expires in some thirty million years.
NEVER = 1e15


class CounterCache(BaseCache):
    """`CACHES["ratelimit"] = {"BACKEND": "undersigned.common.counters.CounterCache"}`: RateCounter rows."""

    def __init__(self, location, params):  # no location: the table is the model's
        super().__init__(params)

    def count(self, key, timeout=DEFAULT_TIMEOUT, version=None) -> int:
        """Add one to `key` (from 0 when it is missing or expired) and return the new count, in one
        statement. A fresh entry expires after `timeout`; counting again does not extend it, as a fixed
        window needs."""
        expires, moment = self._expires(timeout), time.time()
        row = self._upsert(
            "{count} = CASE WHEN {table}.{expires} > %s THEN {table}.{count} + 1 ELSE 1 END, "
            "{expires} = CASE WHEN {table}.{expires} > %s THEN {table}.{expires} ELSE %s END",
            (self._key(key, version), 1, expires, moment, moment, expires),
        )
        return row[0]

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        """Store `value` unless `key` holds an unexpired one; True when stored. One statement, so of two
        servers adding the same key at once exactly one succeeds (a used anti-bot answer)."""
        value, expires = _whole(value), self._expires(timeout)
        row = self._upsert(
            "{count} = %s, {expires} = %s WHERE {table}.{expires} <= %s",
            (self._key(key, version), value, expires, value, expires, time.time()),
        )
        return row is not None

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> None:
        value, expires = _whole(value), self._expires(timeout)
        self._upsert(
            "{count} = %s, {expires} = %s", (self._key(key, version), value, expires, value, expires)
        )

    def get(self, key, default=None, version=None):
        live = RateCounter.objects.filter(key=self._key(key, version), expires__gt=time.time())
        return next(iter(live.values_list("count", flat=True)), default)

    def incr(self, key, delta=1, version=None) -> int:
        row = self._execute(
            "UPDATE {table} SET {count} = {count} + %s WHERE {key} = %s AND {expires} > %s RETURNING {count}",
            (delta, self._key(key, version), time.time()),
        )
        if row is None:
            raise ValueError(f"Key '{key}' not found")
        return row[0]

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        live = RateCounter.objects.filter(key=self._key(key, version), expires__gt=time.time())
        return live.update(expires=self._expires(timeout)) > 0

    def delete(self, key, version=None) -> bool:
        deleted, _ = RateCounter.objects.filter(key=self._key(key, version)).delete()
        return deleted > 0

    def has_key(self, key, version=None) -> bool:
        return self.get(key, version=version) is not None

    def clear(self) -> None:
        RateCounter.objects.all().delete()

    def _key(self, key, version) -> str:
        key = self.make_key(key, version)
        self.validate_key(key)
        return key

    def _expires(self, timeout) -> float:
        expires = self.get_backend_timeout(timeout)
        return NEVER if expires is None else expires

    def _upsert(self, update: str, params: tuple):
        """INSERT (key, count, expires) ... ON CONFLICT (key) DO UPDATE SET <update> RETURNING count: the
        row's count after the statement, or None when the update's WHERE left the row alone. Raw SQL
        because the ORM's bulk_create(update_conflicts=True) cannot return the value it wrote, and the
        count is what a counter is for; the table and column names come from the model."""
        return self._execute(
            "INSERT INTO {table} ({key}, {count}, {expires}) VALUES (%s, %s, %s) "
            f"ON CONFLICT ({{key}}) DO UPDATE SET {update} RETURNING {{count}}",
            params,
        )

    @staticmethod
    def _execute(template: str, params: tuple):
        connection = connections[router.db_for_write(RateCounter)]
        meta, quote = RateCounter._meta, connection.ops.quote_name
        names = {name: quote(meta.get_field(name).column) for name in ("key", "count", "expires")}
        with connection.cursor() as cursor:
            cursor.execute(template.format(table=quote(meta.db_table), **names), params)
            return cursor.fetchone()


def _whole(value) -> int:
    """The one kind of value this cache holds; anything else is a programming error, said at once."""
    if isinstance(value, bool | int):
        return int(value)
    raise TypeError(f"the ratelimit cache holds whole numbers only, not {type(value).__name__}")


def delete_expired(now=None) -> int:
    """The housekeeping job: delete counters whose window has ended. `now` is a datetime (or None)."""
    moment = now.timestamp() if now is not None else time.time()
    deleted, _ = RateCounter.objects.filter(expires__lte=moment).delete()
    return deleted
