"""Read a pasted statement or press release and extract its signatories.

Pure Python, no Django: the web import screen and the `undersigned parse`
command both call `parse_document()`.

    >>> result = parse_document("Signed by:\\n\\n1. Kenya Mangrove Network\\n2. Dr Jane Roe, Acme Trust, Boston, MA")
    >>> [(e.kind, e.person, e.organization, e.country) for e in result.entries]
    [('organization', None, 'Kenya Mangrove Network', 'KE'), ('individual', 'Jane Roe', 'Acme Trust', 'US')]
"""

from .model import Entry, ParseResult, Statement
from .parser import parse_document
from .sources import ListSourceError, read_text_file

__all__ = ["Entry", "ListSourceError", "ParseResult", "Statement", "parse_document", "read_text_file"]
