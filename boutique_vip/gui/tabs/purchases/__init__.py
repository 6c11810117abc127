from boutique_vip.gui.tabs.purchases.tab import PurchasesTab

__all__ = ["PurchasesTab"]
