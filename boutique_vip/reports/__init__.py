"""Printed sheets (ReportLab): each builder takes plain data and returns PDF bytes; it never queries."""
