from allauth.account.adapter import DefaultAccountAdapter


class StaffOnlyAccountAdapter(DefaultAccountAdapter):
    """Accounts are for department staff and are created by an administrator, never by signup."""

    def is_open_for_signup(self, request):
        return False
