"""The version of scanclients, in its own module: the package, the User-Agent and the command line
read it from here, so that no module imports the package back to learn it."""

__all__ = ["__version__"]

__version__ = "0.1.0"
