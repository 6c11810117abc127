"""Boutique VIP: customer care for a clothing boutique."""

__version__ = "0.1.0"
