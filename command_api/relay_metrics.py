"""The relay's own numbers at its /metrics: what it published, where it is, whether it fails.

They were only in its /readyz. The relay's lag and stall are the API's to export (`relay_lag`):
a relay that is down exports nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

from command_api.relay import Relay
from dsl2png.sampling import export


class RelayCollector(Collector):
    """Reads the relay's counters at each scrape (they live on the relay, nothing to keep in step)."""

    def __init__(self, relay: Relay) -> None:
        self.relay = relay

    def collect(self) -> Iterator[Metric]:
        relay = self.relay
        counted = (
            ("dsl2png_relay_published",
             "Render requests the relay put on the queue, once each (a retry whose earlier, unacknowledged try "
             "reached the queue during a NATS outage counts here, not as a duplicate)", relay.published),
            ("dsl2png_relay_duplicates",
             "Publishes the queue dropped as already there that this relay had not tried before (a republish "
             "after a restart or a failed pass, from its last written position)", relay.duplicates),
            ("dsl2png_relay_skipped", "Requests not published because their job had already ended (cache hits)",
             relay.skipped),
            ("dsl2png_relay_errors", "Relay passes that failed (the event store or the queue did not answer)",
             relay.errors),
        )  # fmt: skip
        for name, help_text, value in counted:
            yield CounterMetricFamily(name, help_text, value=value)
        yield GaugeMetricFamily(
            "dsl2png_relay_position",
            "Notification id of the last event the relay read (0 before the first)",
            value=relay.position or 0,
        )
        yield GaugeMetricFamily(
            "dsl2png_relay_failing",
            "1 while the relay's last pass failed (its /readyz says why), else 0",
            value=0 if relay.last_error is None else 1,
        )


def export_relay_metrics(relay: Relay) -> Callable[[], None]:
    """Export `relay`'s numbers from this process's /metrics; returns the function that stops."""
    return export(RelayCollector(relay))
