"""The bench's sync workload test runs on the exchange tests' network of three stations."""

from tests.unit.exchange.conftest import network_template

__all__ = ["network_template"]
