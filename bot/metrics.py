"""What a host watches, in the Prometheus format (the official prometheus-client library).

Counts and timings only: no label ever holds a member's id, name or words, only the kind of
message (`checkin`, `goal`, …), an outcome or a scope. Each bot has its own registry, so several
bots in one process (the tests) never mix their numbers.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

LAG_BUCKETS = (1, 5, 15, 30, 60, 120, 300, 900, 1800, 3600, 7200)
RESPONSE_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.deliveries = Counter(
            "checkin_deliveries", "Bot-initiated DMs by kind and outcome", ["kind", "outcome"], registry=self.registry
        )
        self.lag = Histogram(
            "checkin_delivery_lag_seconds", "From when a DM was due to when it was sent", ["kind"],
            buckets=LAG_BUCKETS, registry=self.registry,
        )  # fmt: skip
        self.rate_limited = Counter(
            "checkin_discord_rate_limited", "429 answers from Discord", ["scope"], registry=self.registry
        )
        self.responses = Histogram(
            "checkin_interaction_response_seconds", "From a member's interaction to the bot's answer",
            buckets=RESPONSE_BUCKETS, registry=self.registry,
        )  # fmt: skip
        self.pacer_wait = Gauge(
            "checkin_pacer_wait_seconds", "Seconds requests have spent waiting for the send budget, in all",
            registry=self.registry,
        )  # fmt: skip
        self.gateway_latency = Gauge(
            "checkin_gateway_latency_seconds", "Heartbeat round trip to Discord's gateway", registry=self.registry
        )
        self.active_schedules = Gauge(
            "checkin_active_schedules", "Active schedules by kind", ["kind"], registry=self.registry
        )
        self.dm_closed = Gauge(
            "checkin_members_dm_closed", "Members whose DMs are closed to the bot", registry=self.registry
        )

    def delivered(self, kind: str, outcome: str, lag: float | None) -> None:
        self.deliveries.labels(kind=kind, outcome=outcome).inc()
        if lag is not None:
            self.lag.labels(kind=kind).observe(max(0.0, lag))

    def watch(self, pacer_wait: Callable[[], float], gateway_latency: Callable[[], float]) -> None:
        """Values read at each scrape."""
        self.pacer_wait.set_function(pacer_wait)
        self.gateway_latency.set_function(gateway_latency)

    def refresh(self, active: dict[str, int], dm_closed: int) -> None:
        """Figures from the database, read at each scrape."""
        self.active_schedules.clear()
        for kind, count in active.items():
            self.active_schedules.labels(kind=kind).set(count)
        self.dm_closed.set(dm_closed)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
