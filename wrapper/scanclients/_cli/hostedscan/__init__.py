"""`scanclients hostedscan ...`: the group and its scan commands (`group`), saved targets
(`targets`), risks and reports (`risks`)."""
