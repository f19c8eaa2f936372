"""Random but realistic people for the demo: names with common, compound, polyphonic and rare
characters, and mobile numbers in allocated segments."""

from __future__ import annotations

import random

from desktop.services.demo import pools

MOBILE_PREFIXES = (
    "138",
    "139",
    "137",
    "136",
    "135",
    "150",
    "151",
    "152",
    "158",
    "159",
    "186",
    "187",
    "188",
    "189",
    "177",
    "180",
    "181",
    "199",
    "191",
    "166",
)


class DemoPeople:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        common = pools.SURNAMES[:10]
        self.surnames = list(pools.SURNAMES) + list(common) * pools.COMMON_WEIGHT

    def surname(self) -> str:
        roll = self.rng.random()
        if roll < 0.01:
            return self.rng.choice(pools.COMPOUND_SURNAMES)
        if roll < 0.04:
            return self.rng.choice(pools.POLYPHONIC_SURNAMES)
        return self.rng.choice(self.surnames)

    def name(self) -> tuple[str, int]:
        """A full name and a sex code (1 male, 2 female)."""
        rng = self.rng
        chars = pools.RARE_GIVEN_CHARS if rng.random() < 0.03 else pools.GIVEN_CHARS
        given = rng.choice(chars) + (rng.choice(pools.GIVEN_CHARS) if rng.random() < 0.7 else "")
        return self.surname() + given, rng.choice((1, 2))

    def mobile(self) -> str:
        return "+86" + self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
