"""`scanclients hostedscan ...`: the group and its scan commands (`group`, `scan_create`), saved
targets (`targets`), risks and reports (`risks`)."""
