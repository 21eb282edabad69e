"""``python -m tripletex_async.cli``: the ``tripletex`` command."""

from . import main

main()
