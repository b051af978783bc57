"""Biliktilik: the qualification law of Kazakhstan's social-protection sector as software."""

__version__ = "0.1.0"
