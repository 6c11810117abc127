from boutique_vip.gui.tabs.gifts.tab import GiftsTab

__all__ = ["GiftsTab"]
