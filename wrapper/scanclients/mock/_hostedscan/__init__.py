"""The mock HostedScan: scans and their result files (`service`), saved targets and found risks
(`state`), targets/risks/reports routes (`resources`), what scanners find (`findings`) and
rendered reports (`reports`)."""
