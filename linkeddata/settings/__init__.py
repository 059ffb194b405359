"""The settings a publisher gives: ``linkeddata.toml`` beside the collection, read into one
frozen :class:`Settings` tree.

:data:`SETTINGS` lists every setting once, with its type, default and help: the loader checks
a file against it, the CLI makes its options from it and ``docs/settings.md`` documents it (a
test holds the three together). A command-line option overrides the file, which overrides the
default. The kinds of value are :mod:`.kinds`, the list :mod:`.table`, the tree of checked
values :mod:`.tree`, and the reading of the file :mod:`.loading`. A mistake in the file is
refused with the file and the key:

>>> import tempfile
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / SETTINGS_FILE).write_text('[dataset]\\nlicence = "CC BY"\\n')
>>> load_settings(folder)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
linkeddata.errors.SettingsError: /.../linkeddata.toml: dataset.licence: not an absolute IRI: 'CC BY'
"""

from .kinds import Text
from .loading import SETTINGS_FILE, load_settings
from .table import BY_NAME, CLIENT_WINDOW, MAX_RECORD_BYTES, SECTIONS, SETTINGS, Setting
from .tree import DatasetSettings, Publisher, ServeSettings, Settings

__all__ = [
    "BY_NAME",
    "CLIENT_WINDOW",
    "MAX_RECORD_BYTES",
    "SECTIONS",
    "SETTINGS",
    "SETTINGS_FILE",
    "DatasetSettings",
    "Publisher",
    "ServeSettings",
    "Setting",
    "Settings",
    "Text",
    "load_settings",
]
