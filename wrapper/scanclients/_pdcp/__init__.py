"""ProjectDiscovery Cloud Platform: the `PDCP` clients over the generated client and `_core`.

`client` (the clients), `options` and `credentials` (settings, the key `nuclei -auth` stores),
`scans` (the `pd.scans` facade), `flows` and `wait` (create, wait, import, export as sans-I/O
flows), `create_params` (the keyword parameters of a scan), `nuclei_import` (nuclei results in)
and `export_stream` (a scan's export decoded as it streams).
"""
