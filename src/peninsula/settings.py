"""One Settings object carries every threshold, path and default."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def default_db_url() -> str:
    """`$PENINSULA_DB`, else `./peninsula.db` in the current directory."""
    return os.environ.get("PENINSULA_DB") or f"sqlite:///{Path('peninsula.db').resolve()}"


@dataclass(frozen=True, slots=True)
class Settings:
    db_url: str = field(default_factory=default_db_url)
    # fusion: how far apart (days) two day-precision mentions of one event may lie
    fuse_day_window: int = 1
    # events below this confidence are dropped by extract
    min_confidence: float = 0.0
    # relations index: exponential smoothing factor for the smoothed line
    index_smoothing: float = 0.3
    # shifts: ruptures penalty and the minimum segment size (periods)
    shift_penalty: float = 3.0
    shift_min_size: int = 2
    # shifts: the least change of level (index points) worth an alert
    shift_min_change: float = 3.0
    # shifts in pressure (net intensity per period): the shortest regime (periods), the
    # least ratio between the pressures on either side, and the least z-score of the change
    shift_pressure_min_size: int = 3
    shift_pressure_ratio: float = 3.0
    shift_pressure_z: float = 3.0
    batch_size: int = 200
