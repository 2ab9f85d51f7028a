"""Python clients for ProjectDiscovery Cloud Platform (PDCP) and HostedScan."""

__version__ = "0.1.0"
