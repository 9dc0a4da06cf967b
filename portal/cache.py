"""Django's Redis cache, with one redis-py client per connection pool instead of one per call.

Django's RedisCacheClient builds a new ``redis.Redis`` for every cache operation. Building one
copies redis-py's table of about 170 response callbacks into a case-insensitive dict, which costs
more CPU than the GET it is made for (measured: about 0.3 ms of a public page's render per cache
read, five to ten reads a page). A ``redis.Redis`` over a connection pool is safe to share between
threads (each command borrows a connection from the pool), so each pool gets one, made once.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


class RedisCache(DjangoRedisCache):
    """settings.CACHES backend: ``portal.cache.RedisCache``."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
