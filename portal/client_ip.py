"""The client's address, for every rate limit and the audit trail. The one place that reads it.

Behind a reverse proxy REMOTE_ADDR is the proxy, and the client is in X-Forwarded-For, which
anyone can also send. So the header is believed only as far as it was written by proxies we
trust (TRUSTED_PROXIES: addresses or networks): read from the right, each hop added by a
trusted proxy is skipped, and the first address that is not a trusted proxy is the client.
Everything to its left was written by the client itself and is ignored. With no trusted
proxies (the default) the header is never read.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(proxy.strip(), strict=False) for proxy in proxies)


def _address(value: str):
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [2001:db8::1]:443
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # 192.0.2.1:443
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _trusted(address, networks) -> bool:
    if address.version == 6 and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(address in network for network in networks)


def client_ip(request) -> str:
    """The client's IP address as text, or "" when there is no request or no valid address."""
    if request is None:
        return ""
    remote = request.META.get("REMOTE_ADDR", "")
    peer = _address(remote)
    networks = _networks(tuple(settings.TRUSTED_PROXIES))
    if peer is None:
        # No peer address at all means a Unix socket, which only a local process (the proxy)
        # can reach: with proxies configured, its header is believed like a listed proxy's.
        if remote or not networks:
            return ""
    elif not networks or not _trusted(peer, networks):
        return str(peer)
    client = peer
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for hop in reversed(forwarded.split(",") if forwarded else []):
        address = _address(hop)
        if address is None:
            # A hop we cannot read: nothing left of it can be trusted either.
            break
        client = address
        if not _trusted(address, networks):
            break
    return str(client) if client is not None else ""
