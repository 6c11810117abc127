from boutique_vip.gui.tabs.customers.tab import CustomersTab

__all__ = ["CustomersTab"]
