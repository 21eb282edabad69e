"""The package's pytest entry point: the emulator fixtures of `tripletex_async.testing`.

Loaded by every pytest run in an environment where tripletex-async is installed, so it must never
break one: the fixtures are registered only when what they need (the `emulator` extra and
pytest-asyncio) is installed.
"""

from __future__ import annotations

from importlib.util import find_spec

MISSING = [name for name in ("starlette", "uvicorn", "pytest_asyncio") if find_spec(name) is None]

if not MISSING:
    from .testing import (
        tripletex_client,
        tripletex_emulator,
        tripletex_emulator_config,
        tripletex_server,
    )

    __all__ = ["tripletex_client", "tripletex_emulator", "tripletex_emulator_config", "tripletex_server"]
