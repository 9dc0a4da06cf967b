"""Ground-floor protections that apply to every request and to start-up (issue 12)."""
