"""The machinery both services run on, and which imports neither of them.

Layers, top down: a service's facade calls a flow (`flow`: sans-I/O steps, one sync and one async
driver) or a generated operation (`operation`, `operation_spec`); a call is checked and built
(`request`), sent with retries under one deadline (`send`, `retry`, `deadline`) and read into a
model or a typed error (`answers`). Around them: the clients' shared base (`base_client`,
`options`, `log`), lists (`paging`), files (`files`, `download`), waiting (`polling`) and text
checks that run in linear time (`text`).
"""
