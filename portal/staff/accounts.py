"""allauth's side of staff sign-in: no signup, where each role lands, and failed-login limits
that one address cannot turn against other people's accounts."""

from allauth.account.adapter import DefaultAccountAdapter

from portal.client_ip import client_ip

from .landing import staff_home_url


class StaffOnlyAccountAdapter(DefaultAccountAdapter):
    """Accounts are for department staff and are created by an administrator, never by signup."""

    def is_open_for_signup(self, request):
        return False

    def get_client_ip(self, request):
        # allauth's rate limits key on this; behind the proxy it must be the client, not the proxy.
        return client_ip(request) or super().get_client_ip(request)

    def get_login_redirect_url(self, request):
        # Without ?next=, each role goes to its own home: never a page it may not open.
        return staff_home_url(request.user) or super().get_login_redirect_url(request)

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth counts failed logins per account ("key") and per address (ACCOUNT_RATE_LIMITS).
        # The account's count is kept per address too: someone guessing at a dispatcher's
        # password locks that account only for their own address, never for the dispatcher.
        key = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{key}@{client_ip(request)}"
