"""The Qt halves of `stationdesk bench`: the probe that drives the real window and the bare
baseline window. They live under desktop/ui because only the UI may import Qt; `desktop.bench`
starts them as subprocesses by module path and file path, and no product module imports them."""
