"""The mock PDCP: every operation of the spec answered (`service`), scans with state (`scans`),
and PDCP's error shape (`errors`)."""
