"""Garbage cycles are collected by the GUI thread's timer, never by the automatic collector."""

from __future__ import annotations

import gc
import weakref

from pytestqt.qtbot import QtBot

from desktop.ui.shell.collector import MainThreadCollector


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_the_collector_switches_automatic_collection_off_and_collects_on_its_timer(qtbot: QtBot) -> None:
    gc.enable()
    collector = MainThreadCollector()
    assert not gc.isenabled()
    node = _Node()
    gone = weakref.ref(node)
    del node
    assert gone() is not None  # nobody collected it yet
    collector.threshold = (0, 0, 0)  # as if every generation had passed its threshold
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)  # the timer's check, on this thread
    assert collector.timer.isActive()
