"""`scanclients pdcp ...`: the group (`group`), scans (`scans`, `scan_create`), findings in and
out (`findings`), any operation (`call`) and `whoami` (`account`)."""
