"""The fusion tests' event and document builders, shared without a common package.

Tests run with `--import-mode=importlib`, which adds no test folder to `sys.path`, so the
one definition in `tests/fuse/builders.py` is loaded by its path.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "peninsula_test_fuse_builders", Path(__file__).parents[1] / "fuse" / "builders.py"
)
assert _spec and _spec.loader
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)

doc = _module.doc
ev = _module.ev
