"""The few errors the library raises. Each message is one line: what, where, how to fix."""


class PeninsulaError(Exception):
    """Base class: the CLI prints `error: <message>` and exits non-zero."""


class InputError(PeninsulaError):
    """A missing or unreadable file, or a document that cannot be used."""


class DateError(PeninsulaError):
    """A bad `--published` or `--dct` value, or a TimeML DCT that is not a date."""


class KnowledgeError(PeninsulaError):
    """A knowledge file that breaks its schema; the message lists every problem."""


class StoreError(PeninsulaError):
    """A bad or unreachable database URL, or a failed write."""
