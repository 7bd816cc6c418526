"""DOCX writer: translates a Document into a Word file people edit, restyle and forward.

Split the way Pandoc splits its Docx writer, one job per module:

| module | job |
|---|---|
| `writer` | `DocxWriter`: sequences the steps below; `default_reference_docx` |
| `reference` | the base package: a user's reference document (or template), or the default |
| `styles` | the look of every named style, as WordprocessingML, from the theme |
| `stylemap` | style names resolved to ids in the target document; missing ones added |
| `numbering` | list definitions and restartable list instances |
| `fonts` | Word font family names, font table and theme fonts |
| `blocks` | the Translator: paragraphs, headings, lists, page breaks |
| `inline` | runs, emphasis, hyperlinks, bookmarks, text cleaning |
| `tables` | key-facts table and callout box |
| `figures` | pictures with alt text and numbered captions |
| `fields` | PAGE / NUMPAGES, SEQ and the TOC field |
| `furniture` | page setup, headers, footers, logo |
| `settings` | compatibility mode, language, update-fields-on-open |
| `package` | core and extended properties, reproducible zip |
| `oxml` | low-level element helpers |

Three rules shape the code:

* Styles, not direct formatting. Every paragraph names a style from `styles`, so
  restyling "Heading 1" in Word restyles every heading. Inline emphasis (bold, italic) is
  the only run formatting; code and links use character styles.
* A user's reference document wins, as Pandoc's ``--reference-doc`` does: it is opened as
  the base package, its body is cleared, and its styles, page setup, headers and footers
  are kept. A style it lacks is added from the defaults with one warning naming them all
  (``warnings.warn`` with `DocxStyleWarning`), so the output never names a style that does
  not exist. A reference with a header or footer of its own keeps all of them as they are
  (Word fields there, such as TITLE, PAGE and NUMPAGES, are filled per document); one
  without gets briefkit's, drawn with its Header, Footer and Marking styles.
* Reproducible bytes: no clock, no random ids; the zip is rewritten with fixed timestamps
  and a stable entry order (`package`).
"""
from __future__ import annotations

from .inline import DocxTextWarning
from .package import document_datetime
from .stylemap import DocxStyleWarning
from .writer import DocxWriter, default_reference_docx

__all__ = ["DocxStyleWarning", "DocxTextWarning", "DocxWriter", "default_reference_docx", "document_datetime"]
