"""Type pinyin into the running StationDesk through fcitx5 and read back what its fields hold.

Started by tools/ime-check.sh (which brings up the screen, the session bus, fcitx5 and the program)
under Debian's python3, for pyatspi. It does to the program only what a user does — real X key
presses and mouse clicks through xdotool — and reads the result from the widgets themselves over
the accessibility bus (AT-SPI, served by Qt with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1): a field
"holds 张" when Qt's own accessible text of that QLineEdit / QPlainTextEdit says so. fcitx5's state
comes from fcitx5-remote. Exit 0 when both fields hold exactly 张; otherwise the step that failed
and what the field held instead go to stderr.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pyatspi  # Debian's python3-pyatspi; not in the project's virtualenv

T = TypeVar("T")
Node = Any  # pyatspi.Accessible: a proxy generated at run time, without type information

APP_NAME = "StationDesk"  # QApplication.applicationName
USER_FIELD = "用户名(U)"  # the sign-in panel's field, named by its label (mnemonic marker dropped)
SEARCH_TOOLTIP = "搜索："  # the client search box has no label; Qt reports its tooltip as description
NAME_COLUMN = "姓名"  # first column of the client register
LOG_VISIT = "记录访视(V)…"
NARRATIVE = "服务内容与过程(T)"
PINYIN = "zhang"
EXPECTED = "张"  # the first candidate for "zhang" in fcitx5's pinyin dictionary
KEY_DELAY_MS = "120"  # a brisk typist; the machine running this is often busy


class CheckFailed(Exception):
    """A step of the check did not come about; the message says which and what was seen."""


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 30.0) -> T:
    """Poll `probe` until it returns something truthy; the accessibility bus answers
    asynchronously, so a widget that is not there yet is retried, not failed."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = probe()
        except Exception:  # a proxy of a widget that just went away raises anything
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise CheckFailed(f"waited {timeout:.0f} s for {what}")
        time.sleep(0.25)


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=60).stdout.strip()


# --- the accessibility tree --------------------------------------------------------------------


def application() -> Node | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        child = desktop.getChildAtIndex(index)
        if child is not None and child.name == APP_NAME:
            return child
    return None


def showing(node: Node) -> bool:
    return bool(node.getState().contains(pyatspi.STATE_SHOWING))


def walk(node: Node) -> Iterator[Node]:
    """Depth first, leaving out what is not on screen (hidden pages and dialogs)."""
    yield node
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None and showing(child):
            yield from walk(child)


def find(role: str, name: str | None = None, description: str | None = None) -> Node | None:
    root = application()
    if root is None:
        return None
    for node in walk(root):
        if node.getRoleName() != role:
            continue
        if name is not None and node.name != name:
            continue
        if description is not None and not (node.description or "").startswith(description):
            continue
        return node
    return None


def text_of(node: Node) -> str:
    return str(node.queryText().getText(0, -1))


def has_state(node: Node, state: Any) -> bool:
    return bool(node.getState().contains(state))


def first_client_cell() -> Node | None:
    """The first name in the client register (the table whose first column is 姓名)."""
    root = application()
    if root is None:
        return None
    for table in walk(root):
        if table.getRoleName() != "table":
            continue
        headers = [c for c in walk(table) if c.getRoleName() == "table column header"]
        if not headers or headers[0].name != NAME_COLUMN:
            continue
        return next((c for c in walk(table) if c.getRoleName() == "table cell" and c.name), None)
    return None


# --- the user's hands and eyes -------------------------------------------------------------------


def click(node: Node) -> None:
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    run("xdotool", "mousemove", "--sync", str(box.x + box.width // 2), str(box.y + box.height // 2), "click", "1")


def press(*keys: str) -> None:
    run("xdotool", "key", "--delay", KEY_DELAY_MS, *keys)


def type_text(text: str) -> None:
    run("xdotool", "type", "--delay", KEY_DELAY_MS, text)


def screenshot(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    run("import", "-window", "root", str(path))
    print(f"  screenshot {path}")


def im_state() -> tuple[int, str]:
    """fcitx5's state for the focused input context: 0 none focused, 1 off, 2 on; and its input method."""
    return int(run("fcitx5-remote") or 0), run("fcitx5-remote", "-n")


# --- the steps ---------------------------------------------------------------------------------


def sign_in(user: str, password: str) -> None:
    field = wait_for("the sign-in form on the accessibility bus", lambda: find("text", USER_FIELD), 120)
    click(field)
    # An input context with the focus proves the program's Qt reached fcitx5 at all.
    state = wait_for("an input context of the program focused in fcitx5 (did Qt reach it?)", lambda: im_state()[0])
    if state == 2:
        press("ctrl+space")  # user name and password are typed with the input method off
        wait_for("fcitx5 switched off for the sign-in", lambda: im_state()[0] == 1, 10)
    type_text(user)
    if text_of(field) != user:
        raise CheckFailed(f"the user name field holds {text_of(field)!r} after typing {user!r}")
    press("Tab")
    type_text(password)
    press("Return")
    print(f"  signed in as {user} (typed with the input method off)")


def pinyin_on() -> None:
    if im_state() != (2, "pinyin"):
        press("ctrl+space")  # fcitx5's trigger key, as a user switches to Chinese
    wait_for("fcitx5 on, with pinyin", lambda: im_state() == (2, "pinyin"), 10)


def type_pinyin(field: Node, what: str) -> None:
    """Type `zhang` and a space into the focused `field`; it must then hold exactly 张."""
    wait_for(f"the {what} focused", lambda: has_state(field, pyatspi.STATE_FOCUSED), 10)
    if text_of(field):
        raise CheckFailed(f"the {what} is not empty before typing: {text_of(field)!r}")
    pinyin_on()
    type_text(PINYIN)
    # The letters are fcitx5's preedit, not the field's text: nothing may have landed in it yet.
    time.sleep(0.5)
    if text_of(field):
        raise CheckFailed(f"the {what} took the letters themselves: {text_of(field)!r}")
    press("space")
    try:
        wait_for(f"{EXPECTED} in the {what}", lambda: text_of(field) == EXPECTED, 10)
    except CheckFailed as error:
        raise CheckFailed(f"{error}; it holds {text_of(field)!r}") from None
    print(f"  {what}: {text_of(field)!r} (read over AT-SPI)")


def search_box_check(shots: Path) -> None:
    box = wait_for("the client search box (signed in)", lambda: find("text", description=SEARCH_TOOLTIP), 120)
    click(box)
    type_pinyin(box, "client search box")
    screenshot(shots / "ime-search-zhang.png")


def narrative_check(shots: Path) -> None:
    try:
        cell = wait_for("a row in the client register", first_client_cell, 5)
    except CheckFailed:  # nobody called 张 among this user's clients: list them all again
        click(wait_for("the client search box", lambda: find("text", description=SEARCH_TOOLTIP), 5))
        press("ctrl+a", "BackSpace")
        cell = wait_for("a row in the client register", first_client_cell, 10)
    print("  opening a new visit record for the first client listed")
    click(cell)
    button = wait_for(
        "the 记录访视 button enabled",
        lambda: (b := find("push button", LOG_VISIT)) is not None and has_state(b, pyatspi.STATE_ENABLED) and b,
        10,
    )
    click(button)
    field = wait_for("the visit dialog's narrative field", lambda: find("text", NARRATIVE), 30)
    press("alt+t")  # its label's mnemonic: focuses the field and scrolls the form to it
    type_pinyin(field, "visit narrative")
    screenshot(shots / "ime-narrative-zhang.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--user", required=True)
    parser.add_argument("--password-file", type=Path, required=True)
    parser.add_argument("--screenshots", type=Path, required=True)
    args = parser.parse_args(argv)
    password = args.password_file.read_text(encoding="utf-8").strip()
    try:
        sign_in(args.user, password)
        search_box_check(args.screenshots)
        narrative_check(args.screenshots)
    except (CheckFailed, subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        screenshot(args.screenshots / "ime-failed.png")
        print(f"ime-check: FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
