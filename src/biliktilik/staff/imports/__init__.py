"""Import files of the staff registry: organizations, employees, work history and education.

``columns`` defines each kind's columns once (kk/ru/en headers, required, type); ``reading``
reads XLSX or CSV; ``cells`` reads one cell; ``validation`` checks every row and column and
collects all errors. No HTTP and no database here: the service in ``staff.services_import``
gives the validator what is registered and where the user may write, then writes.
"""

from .columns import KINDS, Column, Kind
from .reading import Table, UnreadableFile, read_table
from .validation import Context, RegisteredEmployee, Result, RowError, validate

__all__ = [
    "KINDS",
    "Column",
    "Context",
    "Kind",
    "RegisteredEmployee",
    "Result",
    "RowError",
    "Table",
    "UnreadableFile",
    "read_table",
    "validate",
]
