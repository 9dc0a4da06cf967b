"""The demo's own parts: a server command with an in-process scheduler, and a phone simulator.

Nothing here runs in production: the simulator answers only when DEBUG and the console
messaging backend are on (see views.enabled)."""
