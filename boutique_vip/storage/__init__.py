"""The database: typed SQLAlchemy models, the engine with its pragmas, migrations, repositories."""
