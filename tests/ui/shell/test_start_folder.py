"""File prompts start on a removable drive when one is mounted, else in Documents."""

from __future__ import annotations

from desktop.ui.shell.start_folder import Volume, choose_start


def test_a_mounted_removable_drive_comes_first() -> None:
    volumes = [
        Volume("/", True, False, False),
        Volume("/boot/efi", True, False, False),
        Volume("/media/caseworker/U盘", True, False, False),
    ]
    assert choose_start(volumes, "/home/caseworker/文档") == "/media/caseworker/U盘"


def test_windows_says_which_drive_is_removable() -> None:
    volumes = [Volume("C:/", True, False, False), Volume("E:/", True, False, True)]
    assert choose_start(volumes, "C:/Users/li/Documents") == "E:/"


def test_without_a_writable_drive_documents() -> None:
    volumes = [
        Volume("/", True, False, False),
        Volume("/media/cdrom", True, True, False),  # read-only: a CD, nothing can be saved there
        Volume("/run/media/li/EMPTY", False, False, False),  # a card reader without a card
    ]
    assert choose_start(volumes, "/home/li/Documents") == "/home/li/Documents"
