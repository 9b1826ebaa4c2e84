"""Names: transliteration consistency of people, places, organisations and weapon systems.

``keys`` folds romanization differences into a key, ``variants`` decides and groups spellings,
``chinese`` reads Wade-Giles as Pinyin, ``gazetteer`` loads the house-style data in ``rules/names/``,
``article`` finds what one article gets wrong, ``index`` compares articles across a site, ``report``
serves ``lintnews names report``. The ``names`` rule type (``lintnews.checks.names``) ties them together.
"""
