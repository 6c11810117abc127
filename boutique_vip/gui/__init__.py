"""The PySide6 window. Widgets call services only; they never open a database session themselves."""
