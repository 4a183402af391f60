"""The parser's word tables: plain constants, no logic and no imports.

Each module holds the words one part of the parser recognises (places,
organisations, roles, honorifics, list headings), with a comment on where
each table comes from and why it is needed.
"""
