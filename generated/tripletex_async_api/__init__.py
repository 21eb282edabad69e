"""The generated half of tripletex-async (by scripts/regen from the locked spec; do not edit).

`models` (one class per schema), `api` (one module per operation, each with its `OPERATION`),
`facade` (`tx.<group>.<operation>`) and `operations` (every operation). Users import from
`tripletex_async` and `tripletex_async.models`.
"""
