"""HostedScan: the `HostedScan` clients over the hand-written spec's models and `_core`.

`client` (the clients), `operations` (the operations as data for the machinery), `args` and
`bodies` (what a facade hands the machinery, checked), `filters` (list filters), `flows` (wait,
join a scan to its risks), and one facade module per resource: `scans`, `targets`, `reports`,
`resources` (results and risks).
"""
