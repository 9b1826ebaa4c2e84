"""Grammar and style matches from a LanguageTool server.

The package talks LanguageTool's HTTP protocol (``POST /v2/check``) with the standard library only, so
start-up stays fast: ``prose`` turns a document's paragraphs into the plain text the server should see
(and maps offsets back), ``client`` sends batches with a timeout, retries and back-off, ``cache`` keeps
answers per paragraph on disk, ``local`` starts a server from a LanguageTool directory
(``LTP_JAR_DIR_PATH``, language-tool-python's variable), ``service`` ties them together for a run, and
``merge`` folds a match into a lintnews finding at the same span.
"""
