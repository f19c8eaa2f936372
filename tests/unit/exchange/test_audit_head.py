"""The district's check that a station's audit history continues, from heads alone (no key)."""

from __future__ import annotations

from desktop.services.exchange.audit_head import continues


def test_a_later_head_that_repeats_the_earlier_macs_continues() -> None:
    seen = [[10, "m10"], [25, "m25"]]
    assert continues(seen, {"seq": 40, "mac": "m40", "earlier": [[10, "m10"], [25, "m25"]]}) == ("continues", None)


def test_a_rewritten_history_shows_at_the_first_known_seq_that_differs() -> None:
    seen = [[10, "m10"], [25, "m25"]]
    assert continues(seen, {"seq": 40, "mac": "x40", "earlier": [[10, "m10"], [25, "x25"]]}) == ("broken", 25)


def test_a_truncated_history_shows() -> None:
    assert continues([[25, "m25"]], {"seq": 20, "mac": "m20", "earlier": []}) == ("broken", 21)


def test_no_overlap_is_unchecked_and_a_first_report_continues() -> None:
    assert continues([[25, "m25"]], {"seq": 40, "mac": "m40", "earlier": []}) == ("unchecked", None)
    assert continues([], {"seq": 5, "mac": "m5", "earlier": []}) == ("continues", None)
