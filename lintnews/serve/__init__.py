"""``lintnews serve``: the editor's web page and the HTTP API a CMS calls on save.

Nothing here is imported by the command line unless ``lintnews serve`` runs, so ``lintnews check``
never pays for Starlette, uvicorn or textstat.
"""
