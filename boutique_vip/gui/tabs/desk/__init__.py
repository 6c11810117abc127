from boutique_vip.gui.tabs.desk.tab import DeskTab

__all__ = ["DeskTab"]
