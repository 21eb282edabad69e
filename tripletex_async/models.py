"""Every model of the Tripletex API: ``from tripletex_async.models import Customer``.

The classes are generated from the spec (package ``tripletex_async_api.models``) and each one is
loaded on first use, so importing this module costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tripletex_async_api.models import *  # noqa: F403  (the static view of every model)
else:

    def __getattr__(name: str) -> Any:
        from tripletex_async_api import models

        value = getattr(models, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    from tripletex_async_api import models

    return dir(models)
