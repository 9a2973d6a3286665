"""The errors services raise that the screens act on, importable without the storage layer.

``StorageError`` is defined by storage (it classifies driver errors); screens import it from
here, so ``ui`` never imports ``desk_app.storage``.
"""

from desk_app.domain.validation import ValidationFailed
from desk_app.storage.conflicts import ConflictError
from desk_app.storage.db import StorageError

__all__ = ["ConflictError", "StorageError", "ValidationFailed"]
