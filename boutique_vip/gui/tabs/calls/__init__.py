from boutique_vip.gui.tabs.calls.tab import CallsTab

__all__ = ["CallsTab"]
