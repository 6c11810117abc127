"""Business rules in plain Python: no Qt, no database, no clock. Each rule is handed ``today`` and the rules."""
