"""The check-in bot: core package (settings, database, scheduler, the Bot class, the local sandbox)."""
